/**
 * Helpers for the ranges tests (SPEC §12): scenarios with an uncertainty block, the futures SPEC §12
 * describes built by hand as ordinary scenarios (so that single sizings give the expected numbers),
 * the split log-normal draws written out from the spec's formula, and nearest rank by hand.
 */
import {
  FieldRandom,
  inverseNormal,
  sizeRanges,
  sizeScenario,
  type RangesResult,
  type Scenario,
  type SizedOption,
  type SizingResult,
  type Uncertainty,
} from '../../../src/domain';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../../support/factories';

export { BUNDLED_PRICE_BOOK, makeScenario };

/** The four throughputs SPEC §12 scales together (a peak-ingress draw scales all four, growth too). */
export interface Throughputs {
  readonly avgIngressMiBps: number;
  readonly peakIngressMiBps: number;
  readonly avgEgressMiBps: number;
  readonly peakEgressMiBps: number;
}

/** SPEC §2 default throughputs: I 20, Ip 40, O 40, Op 80 MiB/s. */
export const DEFAULT_THROUGHPUTS: Throughputs = { avgIngressMiBps: 20, peakIngressMiBps: 40, avgEgressMiBps: 40, peakEgressMiBps: 80 };

/** The block of a scenario that has one; fails the test otherwise. */
export function blockOf(s: Scenario): Uncertainty {
  if (s.uncertainty === null) throw new Error('the scenario has no uncertainty block');
  return s.uncertainty;
}

/** A scenario (SPEC §2 defaults + `fields`) with this uncertainty block, sized over its futures. */
export function rangesFor(fields: Record<string, unknown>, uncertainty: Record<string, unknown>, samples?: number): RangesResult {
  const s = makeScenario({ ...fields, uncertainty });
  return sizeRanges(s, blockOf(s), BUNDLED_PRICE_BOOK, samples);
}

/**
 * The single sizing of the scenario `fields` with every throughput × `multiplier`, built by hand and
 * parsed like any input (no uncertainty block): what SPEC §12 says a future must equal.
 */
export function sizeScaled(fields: Record<string, unknown>, base: Throughputs, multiplier: number): SizingResult {
  return sizeScenario(
    makeScenario({
      ...fields,
      avgIngressMiBps: base.avgIngressMiBps * multiplier,
      peakIngressMiBps: base.peakIngressMiBps * multiplier,
      avgEgressMiBps: base.avgEgressMiBps * multiplier,
      peakEgressMiBps: base.peakEgressMiBps * multiplier,
    }),
    BUNDLED_PRICE_BOOK,
  );
}

/** True when the single sizing offers the option: available and priced. */
export function isOffered(option: SizedOption): boolean {
  return option.available && option.monthlyCostUsd !== null;
}

/** The option's monthly total in a single sizing; fails the test when it has none. */
export function totalOf(option: SizedOption): number {
  if (option.monthlyCostUsd === null) throw new Error(`${option.id} has no monthly cost`);
  return option.monthlyCostUsd.total;
}

/** The option's storage line in a single sizing; fails the test when it has none. */
export function storageLineOf(option: SizedOption): number {
  if (option.monthlyCostUsd === null) throw new Error(`${option.id} has no monthly cost`);
  return option.monthlyCostUsd.storage;
}

/** The option with this id in a ranges result; fails the test if there is none. */
export function rangesOption(ranges: RangesResult, id: string) {
  const found = ranges.options.find((o) => o.id === id);
  if (!found) throw new Error(`no option ${id} in the ranges`);
  return found;
}

/**
 * SPEC §12 "Sampling", written out: z = Φ⁻¹(u) with u from the field's generator (seed, key),
 * x = likely × exp(σ z), σ = ln(likely/low)/zc for z < 0 and ln(high/likely)/zc for z ≥ 0,
 * zc = Φ⁻¹((1 + confidence)/2), clamped to [low/2, 2 × high] (the tests keep away from the inputs'
 * own bounds, so that clamp never binds here).
 */
export function specDraws(seed: number, key: string, n: number, low: number, likely: number, high: number, confidence: number): number[] {
  const zc = inverseNormal((1 + confidence) / 2);
  const random = new FieldRandom(seed, key);
  const draws: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const z = inverseNormal(random.nextUniform());
    const sigma = z < 0 ? Math.log(likely / low) / zc : Math.log(high / likely) / zc;
    draws.push(Math.min(2 * high, Math.max(low / 2, likely * Math.exp(sigma * z))));
  }
  return draws;
}

/** Nearest rank by hand (SPEC §12): the ⌈pct·N/100⌉-th smallest value, 1-based; undefined for no values. */
export function nearestRankOf(values: readonly number[], pct: number): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.ceil((pct * sorted.length) / 100) - 1];
}

/** P10/P50/P90 by hand, or null for no values. */
export function percentilesByHand(values: readonly number[]): { p10: number; p50: number; p90: number } | null {
  const [p10, p50, p90] = [10, 50, 90].map((pct) => nearestRankOf(values, pct));
  return p10 === undefined || p50 === undefined || p90 === undefined ? null : { p10, p50, p90 };
}

/** `expect(...).toBeCloseTo` to the cent takes 2 digits: |difference| < 0.005 USD. */
export const CENTS = 2;
