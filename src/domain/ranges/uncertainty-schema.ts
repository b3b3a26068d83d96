/**
 * The scenario's optional `uncertainty` block (SPEC §12): ranges around the inputs a user knows only
 * roughly, compound monthly growth, the horizon, and how many futures to draw with which seed.
 * One schema gives the type, defaults and field rules; `uncertaintyFieldErrors` checks that each
 * range contains the scenario's own value. Field names in errors carry the `uncertainty.` prefix, as
 * `parseScenario` names nested fields.
 */
import '../zod-setup';
import { z } from 'zod';
import { describeValue } from '../describe-value';
import type { FieldError } from '../field-error';

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

const positive = (what: string) =>
  z
    .number({ error: `must be a number (${what})` })
    .gt(0, { error: `must be greater than 0 ${what}` })
    .refine(Number.isFinite, { error: `must be a finite number (${what})` });

const range = (what: string) => z.strictObject({ low: positive(what), high: positive(what) });

const growthPct = z
  .number({ error: 'must be a number (% a month)' })
  .min(GROWTH_PCT_BOUNDS[0], { error: `must be from ${GROWTH_PCT_BOUNDS[0]} to ${GROWTH_PCT_BOUNDS[1]} % a month` })
  .max(GROWTH_PCT_BOUNDS[1], { error: `must be from ${GROWTH_PCT_BOUNDS[0]} to ${GROWTH_PCT_BOUNDS[1]} % a month` });

/** "10,000": bounds in messages read as the page writes them. */
const grouped = (n: number) => n.toLocaleString('en-US');

const wholeNumber = (min: number, max: number, unit: string) =>
  z
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be a whole number from ${grouped(min)} to ${grouped(max)}${unit}` })
    .max(max, { error: `must be a whole number from ${grouped(min)} to ${grouped(max)}${unit}` });

export const uncertaintySchema = z.strictObject({
  confidence: z
    .number({ error: `must be a number from ${CONFIDENCE_BOUNDS[0]} to ${CONFIDENCE_BOUNDS[1]} (0.8 means 80 %)` })
    .min(CONFIDENCE_BOUNDS[0], { error: `must be from ${CONFIDENCE_BOUNDS[0]} to ${CONFIDENCE_BOUNDS[1]}` })
    .max(CONFIDENCE_BOUNDS[1], { error: `must be from ${CONFIDENCE_BOUNDS[0]} to ${CONFIDENCE_BOUNDS[1]}` })
    .default(DEFAULT_CONFIDENCE),
  peakIngressMiBps: range('MiB/s').nullable().default(null),
  egressToIngress: range('× ingress').nullable().default(null),
  retentionHours: range('hours').nullable().default(null),
  partitions: range('partitions').nullable().default(null),
  monthlyGrowthPct: z.strictObject({ low: growthPct, likely: growthPct, high: growthPct }).default({ low: 0, likely: 0, high: 0 }),
  horizonMonths: wholeNumber(0, MAX_HORIZON_MONTHS, ' months').default(DEFAULT_HORIZON_MONTHS),
  samples: wholeNumber(SAMPLE_BOUNDS[0], SAMPLE_BOUNDS[1], ' futures').default(DEFAULT_SAMPLES),
  seed: wholeNumber(0, MAX_SEED, '').default(DEFAULT_SEED),
});

/** A valid, normalised uncertainty block: every key present; a null range is certain. */
export type Uncertainty = z.output<typeof uncertaintySchema>;
export interface ValueRange {
  readonly low: number;
  readonly high: number;
}

/** The block with every key at its default: everything certain, 24 months, 2,000 samples, seed 1. */
export const DEFAULT_UNCERTAINTY: Uncertainty = uncertaintySchema.parse({});

/** What each range is around, read from the normalised scenario (egress derived when consumer groups are set). */
export interface UncertaintyScenarioView {
  readonly peakIngressMiBps: number;
  readonly peakEgressMiBps: number;
  readonly retentionHours: number;
  readonly partitions: number;
}

/** The scenario's value ("likely") a range is around. */
export function likelyValue(key: RangeKey, s: UncertaintyScenarioView): number {
  switch (key) {
    case 'peakIngressMiBps':
      return s.peakIngressMiBps;
    case 'egressToIngress':
      return s.peakEgressMiBps / s.peakIngressMiBps;
    case 'retentionHours':
      return s.retentionHours;
    case 'partitions':
      return s.partitions;
  }
}

const LIKELY_NAMES: Readonly<Record<RangeKey, string>> = {
  peakIngressMiBps: 'peakIngressMiBps',
  egressToIngress: 'peak egress ÷ peak ingress',
  retentionHours: 'retentionHours',
  partitions: 'partitions',
};

function fieldError(field: string, value: unknown, rule: string): FieldError {
  return { field, message: `${field} = ${describeValue(value)}: ${rule}` };
}

/** Up to 4 significant digits, so a ratio such as 2.3333… reads as a person would write it. */
function shortNumber(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/**
 * SPEC §12: each range contains the scenario's value (low ≤ likely ≤ high), and growth's
 * low ≤ likely ≤ high. Messages name the range's end and the scenario field it must contain.
 */
export function uncertaintyFieldErrors(block: Uncertainty, s: UncertaintyScenarioView): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of RANGE_KEYS) {
    const r = block[key];
    if (r === null) continue;
    const likely = likelyValue(key, s);
    const name = LIKELY_NAMES[key];
    if (r.low > likely)
      errors.push(
        fieldError(
          `uncertainty.${key}.low`,
          r.low,
          `must be at most the scenario's ${name} (${shortNumber(likely)}): a range must contain the likely value`,
        ),
      );
    if (r.high < likely)
      errors.push(
        fieldError(
          `uncertainty.${key}.high`,
          r.high,
          `must be at least the scenario's ${name} (${shortNumber(likely)}): a range must contain the likely value`,
        ),
      );
  }
  const g = block.monthlyGrowthPct;
  if (g.low > g.likely)
    errors.push(fieldError('uncertainty.monthlyGrowthPct.low', g.low, `must be at most the likely growth (${g.likely} % a month)`));
  if (g.high < g.likely)
    errors.push(fieldError('uncertainty.monthlyGrowthPct.high', g.high, `must be at least the likely growth (${g.likely} % a month)`));
  return errors;
}
