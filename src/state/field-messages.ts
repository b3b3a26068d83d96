/**
 * Validation messages as the page says them. The domain gives each error a rule (a code and its
 * parameters); the page words that rule with the fields' labels instead of their keys ("must be at
 * least average ingress (20 MiB/s)"), never by rewriting the domain's English.
 */
import {
  ASSUMPTION_FIELDS,
  CURRENT_FIELDS,
  KINESIS_FIELDS,
  REPLICATION_FIELDS,
  ruleText,
  SCENARIO_FIELDS,
  UNCERTAINTY_FIELDS,
  type FieldError,
  type FieldInfo,
  type RuleWords,
} from '../domain';
import { formatNumber } from '../report/format';

const LABELS: ReadonlyMap<string, string> = new Map([
  ...SCENARIO_FIELDS.map((f) => [f.key, f.label] as const),
  ...REPLICATION_FIELDS.map((f) => [`replication.${f.key}`, f.label] as const),
  ...UNCERTAINTY_FIELDS.map((f) => [`uncertainty.${f.key}`, f.label] as const),
  ...ASSUMPTION_FIELDS.map((f) => [f.key, f.label] as const),
  ...CURRENT_FIELDS.map((f) => [`current.${f.key}`, `Current cluster: ${f.label.toLowerCase()}`] as const),
  ...KINESIS_FIELDS.map((f) => [`kinesis.${f.key}`, `Kinesis: ${f.label.toLowerCase()}`] as const),
]);

/** The label a page shows for a field key ("peakIngressMiBps" → "Peak ingress"), or the key itself. */
export function labelOf(key: string): string {
  return LABELS.get(key) ?? key;
}

/** The page's words: labels in lower case, long whole numbers with separators, an empty field instead of null. */
const PAGE_WORDS: RuleWords = {
  field: (key) => labelOf(key).toLowerCase(),
  number: (n) => (Number.isInteger(n) && Math.abs(n) >= 10_000 ? formatNumber(n, 0) : String(n)),
  empty: 'leave it empty',
  autoOrOff: 'Auto, Off',
};

/** The rule of an error as a sentence, for the message under the field (`typedText`: what the field holds as typed). */
export function fieldMessage(error: FieldError, typedText?: string): string {
  const rule = ruleText(error, PAGE_WORDS);
  const notNumber = error.code === 'type' && (error.params.expected === 'number' || error.params.expected === 'whole');
  if (typedText !== undefined && typedText.trim() === '' && notNumber) return 'Enter a value.';
  const hint =
    typedText !== undefined && /[.,]/.test(typedText) && notNumber && error.params.expected === 'number'
      ? ' Write decimals with one separator, e.g. 12.5 or 12,5.'
      : '';
  // The message names what was typed, so it is clear which value is refused (the results keep the last valid one).
  const typed = typedText?.trim() ?? '';
  if (typed !== '') return `“${typed}” is not allowed: ${rule}.${hint}`;
  return `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.${hint}`;
}

/** "Peak ingress: Must be at least average ingress (20 MiB/s)." for lists away from the field. */
export function labelledMessage(error: FieldError): string {
  return `${labelOf(error.field)}: ${fieldMessage(error)}`;
}

/** A field's allowed values from the field table, as its help says them: "Allowed: 0.1 to 0.95." (null without bounds). */
export function allowedText(info: Pick<FieldInfo, 'bounds' | 'unit'>): string | null {
  const b = info.bounds;
  if (b === undefined) return null;
  const unit = info.unit === '' || info.unit === 'fraction' ? '' : ` ${info.unit}`;
  const n = (value: number) => formatNumber(value, 4);
  if (b.integer) return `Allowed: whole numbers from ${n(b.min)} to ${n(b.max)}${unit}.`;
  if (b.minExclusive) return `Allowed: above ${n(b.min)}, up to ${n(b.max)}${unit}.`;
  return `Allowed: ${n(b.min)} to ${n(b.max)}${unit}.`;
}
