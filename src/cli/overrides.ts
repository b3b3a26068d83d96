/** `--set key=value` overrides applied to a scenario file's raw JSON before validation. */
import { inputError, rowAtPath, setFieldValue, type ParseResult } from '../domain';

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
/** The deepest key a scenario has: `uncertainty.peakIngressMiBps.low`. */
const MAX_DEPTH = 3;

/**
 * The value as the field holds it: text fields and text choices (name, region, purpose, controller
 * type, replication pattern, target region) keep the text as typed, so `--set name=2024` stays a name; anything else is read as JSON when
 * it parses (numbers, booleans, null, "auto"), else as text for validation to reject with its message.
 */
function parseValue(key: string, text: string): unknown {
  const info = rowAtPath(key);
  const textChoices =
    info?.kind === 'select' && (typeof info.choices === 'string' || info.choices?.some((c) => typeof c.value === 'string'));
  if (info?.kind === 'text' || textChoices) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export type OverrideResult = ParseResult<Record<string, unknown>>;

/** Applies each `key=value` to a copy of `raw`; dotted keys reach any block (`selfManaged.opsHoursPerMonth`, `replication.targetRegion`, `uncertainty.peakIngressMiBps.low`). */
export function applyOverrides(raw: unknown, sets: readonly string[]): OverrideResult {
  if (sets.length === 0) return { ok: true, value: raw as Record<string, unknown> };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: true, value: raw as Record<string, unknown> };
  const copy: Record<string, unknown> = structuredClone(raw as Record<string, unknown>);
  for (const set of sets) {
    const eq = set.indexOf('=');
    const path = set.slice(0, eq).split('.');
    if (path.some((p) => FORBIDDEN_KEYS.has(p) || p === '') || path.length > MAX_DEPTH) {
      return { ok: false, errors: [inputError('(override)', { code: 'bad-override', params: { set, key: set.slice(0, eq) } })] };
    }
    const key = path.join('.');
    setFieldValue(copy, key, parseValue(key, set.slice(eq + 1)));
  }
  return { ok: true, value: copy };
}
