/**
 * The scenario's optional `uncertainty` block (SPEC §12): ranges around the inputs a user knows only
 * roughly, compound monthly growth, the horizon, and how many futures to draw with which seed.
 * One schema gives the type, defaults and field rules; `uncertaintyFieldErrors` checks that each
 * range contains the scenario's own value. Field names in errors carry the `uncertainty.` prefix, as
 * `parseScenario` names nested fields.
 */
import '../zod-setup';
import { z } from 'zod';
import { fieldError, type FieldError } from '../field-error';
import { numberDefault, numberOf } from '../field-table';
import { RANGE_KEYS, uncertaintyRow, type RangeKey } from './uncertainty-fields';

export {
  CONFIDENCE_BOUNDS,
  DEFAULT_CONFIDENCE,
  DEFAULT_HORIZON_MONTHS,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  GROWTH_PCT_BOUNDS,
  MAX_HORIZON_MONTHS,
  MAX_SEED,
  RANGE_FIELDS,
  RANGE_KEYS,
  SAMPLE_BOUNDS,
  type RangeKey,
} from './uncertainty-fields';

const row = uncertaintyRow;

const range = (key: RangeKey) => z.strictObject({ low: numberOf(row(`${key}.low`)), high: numberOf(row(`${key}.high`)) });
const growth = (end: 'low' | 'likely' | 'high') => numberOf(row(`monthlyGrowthPct.${end}`));
const withDefault = (key: 'confidence' | 'horizonMonths' | 'samples' | 'seed') => numberOf(row(key)).default(numberDefault(row(key)));

/** The block's keys in SPEC §12's order, each built from its rows (uncertainty-fields.ts). */
export const uncertaintySchema = z.strictObject({
  confidence: withDefault('confidence'),
  peakIngressMiBps: range('peakIngressMiBps').nullable().default(null),
  egressToIngress: range('egressToIngress').nullable().default(null),
  retentionHours: range('retentionHours').nullable().default(null),
  partitions: range('partitions').nullable().default(null),
  monthlyGrowthPct: z.strictObject({ low: growth('low'), likely: growth('likely'), high: growth('high') }).default({
    low: numberDefault(row('monthlyGrowthPct.low')),
    likely: numberDefault(row('monthlyGrowthPct.likely')),
    high: numberDefault(row('monthlyGrowthPct.high')),
  }),
  horizonMonths: withDefault('horizonMonths'),
  samples: withDefault('samples'),
  seed: withDefault('seed'),
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
    if (r.low > likely)
      errors.push(
        fieldError(`uncertainty.${key}.low`, r.low, { code: 'range-excludes-likely', params: { end: 'low', other: key, likely } }),
      );
    if (r.high < likely)
      errors.push(
        fieldError(`uncertainty.${key}.high`, r.high, { code: 'range-excludes-likely', params: { end: 'high', other: key, likely } }),
      );
  }
  const g = block.monthlyGrowthPct;
  if (g.low > g.likely)
    errors.push(fieldError('uncertainty.monthlyGrowthPct.low', g.low, { code: 'growth-order', params: { end: 'low', likely: g.likely } }));
  if (g.high < g.likely)
    errors.push(
      fieldError('uncertainty.monthlyGrowthPct.high', g.high, { code: 'growth-order', params: { end: 'high', likely: g.likely } }),
    );
  return errors;
}
