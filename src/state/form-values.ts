/**
 * The form holds what the user typed, as text, so "1." or "" survive a keystroke; converting it to a
 * scenario input is a pure step, and `parseScenario` then says what is wrong with it.
 */
import { SCENARIO_FIELDS, type Scenario } from '../domain';

export type FormValue = string | boolean;
export type FormValues = Readonly<Record<string, FormValue>>;

export type FieldKind = 'text' | 'number' | 'optionalNumber' | 'boolean' | 'select' | 'provisionedThroughput';

/** How each field is edited; everything else is a required number. */
const KINDS: Readonly<Record<string, FieldKind>> = {
  name: 'text',
  region: 'select',
  replicationFactor: 'select',
  availabilityZones: 'select',
  nearestReplicaFetch: 'boolean',
  tlsInTransit: 'boolean',
  useMaxPartitions: 'boolean',
  laggingConsumerPct: 'optionalNumber',
  ramCacheSeconds: 'optionalNumber',
  localRetentionHours: 'optionalNumber',
  provisionedThroughputMiBps: 'provisionedThroughput',
  consumerGroups: 'optionalNumber',
  purpose: 'select',
  'selfManaged.controllerInstance': 'select',
  'selfManaged.controllerCount': 'select',
};

export function fieldKind(key: string): FieldKind {
  return KINDS[key] ?? 'number';
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Text to a number when it is one; otherwise the text itself, so validation can name it. */
function numberFromText(text: string): number | string {
  const trimmed = text.trim().replace(/,/g, '');
  return NUMBER_TEXT.test(trimmed) ? Number(trimmed) : text.trim();
}

function valueFromForm(key: string, value: FormValue | undefined): unknown {
  const kind = fieldKind(key);
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  switch (kind) {
    case 'text': return value;
    case 'optionalNumber': return value.trim() === '' ? null : numberFromText(value);
    case 'select': return key === 'region' || key === 'purpose' || key === 'selfManaged.controllerInstance' ? value : numberFromText(value);
    // "auto", "" (off) or a fixed rate.
    case 'provisionedThroughput': return value.trim() === 'auto' ? 'auto' : value.trim() === '' ? null : numberFromText(value);
    default: return numberFromText(value);
  }
}

/** The scenario input (format v2 shape) the form describes. */
export function scenarioInputFromForm(form: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = { version: 2 };
  const selfManaged: Record<string, unknown> = {};
  for (const field of SCENARIO_FIELDS) {
    const value = valueFromForm(field.key, form[field.key]);
    if (value === undefined) continue;
    if (field.key.startsWith('selfManaged.')) selfManaged[field.key.slice('selfManaged.'.length)] = value;
    else input[field.key] = value;
  }
  input['selfManaged'] = selfManaged;
  return input;
}

function textOf(value: unknown): FormValue {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return '';
  return String(value);
}

/** The form showing a valid scenario. Local retention equal to retention shows as empty (no tiering). */
export function formFromScenario(s: Scenario): FormValues {
  const form: Record<string, FormValue> = {};
  for (const field of SCENARIO_FIELDS) {
    const [head, tail] = field.key.split('.');
    const top = (s as unknown as Record<string, unknown>)[head ?? ''];
    const value = tail === undefined ? top : (top as Record<string, unknown>)[tail];
    form[field.key] = textOf(value);
  }
  if (s.localRetentionHours === s.retentionHours) form['localRetentionHours'] = '';
  return form;
}
