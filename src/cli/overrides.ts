/** `--set key=value` overrides applied to a scenario file's raw JSON before validation. */

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** The value as JSON when it parses (numbers, booleans, null), else as text. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export type OverrideResult = { readonly ok: true; readonly value: Record<string, unknown> } | { readonly ok: false; readonly error: string };

/** Applies each `key=value` (dotted keys reach into `selfManaged`) to a copy of `raw`. */
export function applyOverrides(raw: unknown, sets: readonly string[]): OverrideResult {
  if (sets.length === 0) return { ok: true, value: raw as Record<string, unknown> };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: true, value: raw as Record<string, unknown> };
  const copy: Record<string, unknown> = structuredClone(raw as Record<string, unknown>);
  for (const set of sets) {
    const eq = set.indexOf('=');
    const path = set.slice(0, eq).split('.');
    if (path.some((p) => FORBIDDEN_KEYS.has(p) || p === '') || path.length > 2) {
      return { ok: false, error: `--set ${set}: "${set.slice(0, eq)}" is not a scenario field` };
    }
    const value = parseValue(set.slice(eq + 1));
    const [head, tail] = path as [string, string | undefined];
    if (tail === undefined) {
      copy[head] = value;
    } else {
      const inner = copy[head];
      const target: Record<string, unknown> = inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? { ...(inner as Record<string, unknown>) } : {};
      target[tail] = value;
      copy[head] = target;
    }
  }
  return { ok: true, value: copy };
}
