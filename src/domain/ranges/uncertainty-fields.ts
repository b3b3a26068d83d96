/**
 * The uncertainty block's fields (SPEC §12), one row each, by dotted key within the block
 * ("peakIngressMiBps.low"): the schema (uncertainty-schema.ts) builds its bounds, defaults and
 * messages from these rows, and the Ranges and growth inputs render them. A new key is one row here
 * and one line in the schema.
 */
import { rowOf, type FieldInfo } from '../field-table';

/** SPEC §12 bounds. */
export const CONFIDENCE_BOUNDS = [0.5, 0.99] as const;
export const GROWTH_PCT_BOUNDS = [-50, 100] as const;
export const MAX_HORIZON_MONTHS = 60;
export const SAMPLE_BOUNDS = [250, 10_000] as const;
export const MAX_SEED = 4_294_967_295;
export const DEFAULT_CONFIDENCE = 0.8;
export const DEFAULT_HORIZON_MONTHS = 24;
export const DEFAULT_SAMPLES = 2000;
export const DEFAULT_SEED = 1;

/** The inputs that may carry a `{low, high}` range, in SPEC §12's order. */
export const RANGE_KEYS = ['peakIngressMiBps', 'egressToIngress', 'retentionHours', 'partitions'] as const;
export type RangeKey = (typeof RANGE_KEYS)[number];

/**
 * How each range is named: its label, the unit its ends are typed in, and the unit after a figure in
 * a sentence (none for a ratio or a count). The page, its messages and the reports all read it.
 */
export const RANGE_FIELDS: Readonly<Record<RangeKey, { readonly label: string; readonly unit: string; readonly unitInText: string }>> = {
  peakIngressMiBps: { label: 'Peak ingress', unit: 'MiB/s', unitInText: ' MiB/s' },
  egressToIngress: { label: 'Egress ÷ ingress', unit: '×', unitInText: '' },
  retentionHours: { label: 'Retention', unit: 'hours', unitInText: ' hours' },
  partitions: { label: 'Partitions', unit: 'partitions', unitInText: '' },
};

/** What a range's ends are said in, in messages (" MiB/s", " × ingress"). */
const RANGE_WORDING: Readonly<Record<RangeKey, string>> = {
  peakIngressMiBps: ' MiB/s',
  egressToIngress: ' × ingress',
  retentionHours: ' hours',
  partitions: ' partitions',
};

const GROWTH_ENDS = ['low', 'likely', 'high'] as const;
const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

// A range's ends: above 0, no other bound (SPEC §12); each range must contain the likely value (a rule across fields).
const rangeRows = RANGE_KEYS.flatMap((range) =>
  (['low', 'high'] as const).map((end) => ({
    key: `${range}.${end}` as const,
    kind: 'number' as const,
    bounds: { min: 0, minExclusive: true, max: Number.POSITIVE_INFINITY },
    says: { unit: RANGE_WORDING[range], what: ` (${RANGE_WORDING[range].trim()})`, split: true },
    default: null,
    label: `${RANGE_FIELDS[range].label}, ${end}`,
    inputLabel: `${capitalised(end)} (${RANGE_FIELDS[range].unit})`,
    unit: RANGE_FIELDS[range].unit,
    group: 'uncertainty' as const,
    help: '',
  })),
);

const growthRows = GROWTH_ENDS.map((end) => ({
  key: `monthlyGrowthPct.${end}` as const,
  kind: 'number' as const,
  bounds: { min: GROWTH_PCT_BOUNDS[0], max: GROWTH_PCT_BOUNDS[1] },
  says: { unit: ' % a month', what: ' (% a month)' },
  default: 0,
  label: `Monthly growth, ${end}`,
  inputLabel: `${capitalised(end)} (% a month)`,
  unit: '% a month',
  group: 'uncertainty' as const,
  help: '',
}));

const ROWS = [
  ...rangeRows,
  ...growthRows,
  {
    key: 'horizonMonths',
    kind: 'number',
    bounds: { min: 0, max: MAX_HORIZON_MONTHS, integer: true },
    says: { unit: ' months' },
    default: DEFAULT_HORIZON_MONTHS,
    labelNote: 'both',
    label: 'Horizon',
    unit: 'months',
    group: 'uncertainty',
    help: 'How far ahead to project, month by month.',
  },
  {
    key: 'confidence',
    kind: 'number',
    bounds: { min: CONFIDENCE_BOUNDS[0], max: CONFIDENCE_BOUNDS[1] },
    says: { what: ' (0.8 means 80 %)' },
    default: DEFAULT_CONFIDENCE,
    labelNote: 'bounds',
    label: 'Confidence of each range',
    unit: 'fraction',
    group: 'uncertainty',
    help: 'Share of outcomes between low and high: 0.8 makes them the P10 and P90.',
  },
  {
    key: 'samples',
    kind: 'number',
    bounds: { min: SAMPLE_BOUNDS[0], max: SAMPLE_BOUNDS[1], integer: true },
    says: { unit: ' futures' },
    default: DEFAULT_SAMPLES,
    labelNote: 'bounds',
    label: 'Futures drawn',
    unit: 'futures',
    group: 'uncertainty',
    help: 'More futures give steadier percentiles and take longer.',
  },
  {
    key: 'seed',
    kind: 'number',
    bounds: { min: 0, max: MAX_SEED, integer: true },
    default: DEFAULT_SEED,
    label: 'Random seed',
    unit: '',
    group: 'uncertainty',
    help: 'The same seed gives the same answer; a share link carries it.',
  },
] as const satisfies readonly (FieldInfo & { readonly inputLabel?: string })[];

/** A key within the uncertainty block ("peakIngressMiBps.low", "seed"): a misspelt key fails to compile. */
export type UncertaintyKey = (typeof ROWS)[number]['key'];

/** A row of the block: `inputLabel` names a range's end beside its range's name ("Low (MiB/s)"). */
export type UncertaintyField = FieldInfo<UncertaintyKey> & { readonly inputLabel?: string };

export const UNCERTAINTY_FIELDS: readonly UncertaintyField[] = ROWS;

/** An uncertainty field's row. */
export function uncertaintyRow(key: UncertaintyKey): UncertaintyField {
  return rowOf(UNCERTAINTY_FIELDS, key, 'uncertainty');
}

/** The row at a dotted key within the block, if it is one. */
export function uncertaintyRowAt(key: string): UncertaintyField | undefined {
  return UNCERTAINTY_FIELDS.find((f) => f.key === key);
}
