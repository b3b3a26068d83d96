/**
 * Validation messages as the page says them: the field's label instead of its key, in plain words.
 * The domain's messages name keys ("peakIngressMiBps = 5: must be at least avgIngressMiBps (20 MiB/s)"),
 * which is right for files and the CLI; on the page the field's own label says which field it is.
 */
import { RANGE_FIELDS, RANGE_KEYS, SCENARIO_FIELDS, type FieldError, type FieldInfo } from '../domain';
import { formatNumber } from '../report/format';

/** The replication block's inputs (SPEC §11), labelled as the Replication and DR inputs label them. */
const REPLICATION_LABELS: readonly (readonly [string, string])[] = [
  ['replication.pattern', 'Replication pattern'],
  ['replication.targetRegion', 'Target region'],
  ['replication.replicatedShare', 'Share of ingress replicated'],
  ['replication.identicalTopicNames', 'Keep identical topic names'],
  ['replication.sourceClusters', 'Clusters feeding the hub'],
  ['replication.migrationWeeks', 'Migration period'],
  ['replication.copyExistingData', 'Copy the data already retained'],
  ['replication.tool', 'Tool used for the totals'],
  ['replication.sourceKind', 'Source cluster runs on'],
];

/** The uncertainty block's inputs (SPEC §12), labelled as the Ranges and growth inputs label them. */
export const UNCERTAINTY_LABELS: readonly (readonly [string, string])[] = [
  ...RANGE_KEYS.flatMap((key) =>
    (['low', 'high'] as const).map((end) => [`uncertainty.${key}.${end}`, `${RANGE_FIELDS[key].label}, ${end}`] as const),
  ),
  ['uncertainty.monthlyGrowthPct.low', 'Monthly growth, low'],
  ['uncertainty.monthlyGrowthPct.likely', 'Monthly growth, likely'],
  ['uncertainty.monthlyGrowthPct.high', 'Monthly growth, high'],
  ['uncertainty.horizonMonths', 'Horizon'],
  ['uncertainty.confidence', 'Confidence of each range'],
  ['uncertainty.samples', 'Futures drawn'],
  ['uncertainty.seed', 'Random seed'],
];

const LABELS: ReadonlyMap<string, string> = new Map([
  ...SCENARIO_FIELDS.map((f) => [f.key, f.label] as const),
  ...REPLICATION_LABELS,
  ...UNCERTAINTY_LABELS,
]);
const KEY_PATTERN = new RegExp(
  `\\b(${[...LABELS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replaceAll('.', '\\.'))
    .join('|')})\\b`,
  'g',
);

/** The label a page shows for a field key ("peakIngressMiBps" → "Peak ingress"), or the key itself. */
export function labelOf(key: string): string {
  return LABELS.get(key) ?? key;
}

/** Field keys inside a rule replaced by their labels in lower case ("avgIngressMiBps" → "average ingress"). */
function withLabels(rule: string): string {
  return (
    rule
      .replace(KEY_PATTERN, (key) => (LABELS.get(key) ?? key).toLowerCase())
      .replace(/"auto", null \(off\) or /, 'Auto, Off or ')
      // On the page an optional field is left empty, not set to null; long numbers read with separators.
      .replace(/, or null\b/g, ', or leave it empty')
      .replace(/\b\d{5,}\b/g, (digits) => formatNumber(Number(digits), 0))
  );
}

/** The rule of an error, without "key = value: ", as a sentence: for the message under the field. */
export function fieldMessage(error: FieldError, typedText?: string): string {
  const at = error.message.indexOf(': ');
  const rule = withLabels(at >= 0 ? error.message.slice(at + 2) : error.message);
  if (typedText !== undefined && typedText.trim() === '' && /^must be a (whole )?number/.test(rule)) return 'Enter a value.';
  const hint =
    typedText !== undefined && /[.,]/.test(typedText) && /^must be a number/.test(rule)
      ? ' Write decimals with one separator, e.g. 12.5 or 12,5.'
      : '';
  // The message names what was typed, so it is clear which value is refused (the results keep the last valid one).
  const typed = typedText?.trim() ?? '';
  if (typed !== '') return `“${typed}” is not allowed: ${rule}.${hint}`;
  return `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.${hint}`;
}

/** "Peak ingress: Must be at least average ingress (20 MiB/s)." for lists away from the field. */
export function labelledMessage(error: FieldError): string {
  const field = error.field.split('.').length > 1 && !LABELS.has(error.field) ? error.field : labelOf(error.field);
  return `${field}: ${fieldMessage(error)}`;
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
