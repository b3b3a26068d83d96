/**
 * The cost of the workload as it grows (the cost-versus-ingress chart, on screen and in the PDF):
 * today's workload scaled by a list of multiples, each class's cheapest available option sized and
 * priced at each. The domain computes it; reports only draw it.
 */
import type { EditableAssumptions } from './assumptions';
import { cellOf } from './kernel/kernel-buffers';
import type { PriceBook } from './price-book';
import { RECOMMENDATION_CLASSES, type RecommendationClass } from './result';
import { parseScenario, type Scenario, type ScenarioContext } from './scenario';
import { sizeBatch } from './size-options';

/**
 * Multiples of today's workload the curve samples by default: quarter steps from a quarter to four
 * times, dense enough for the broker-count steps to show, and 1 (today) always among them.
 */
export const WORKLOAD_MULTIPLIERS: readonly number[] = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 3.75, 4];

/** A class's cheapest option at one multiple: what it is and what it costs. */
export interface GrowthPick {
  readonly optionId: string;
  /** Brokers, or null for MSK Serverless. */
  readonly brokers: number | null;
  /** Provisioned storage throughput per broker, MiB/s (0: off). */
  readonly pstMiBps: number;
  readonly monthlyTotalUsd: number;
}

/** One sample of the curve: the workload scaled by `multiplier`, and each class's pick there (null: none available). */
export interface GrowthPoint {
  readonly multiplier: number;
  /** The scaled peak ingress, MiB/s. */
  readonly peakIngressMiBps: number;
  readonly byClass: Readonly<Record<RecommendationClass, GrowthPick | null>>;
}

/** Today's workload times `multiplier`: ingress and egress, average and peak, so fan-out stays the same. */
function scaleWorkload(scenario: Scenario, multiplier: number): Scenario {
  return {
    ...scenario,
    avgIngressMiBps: scenario.avgIngressMiBps * multiplier,
    peakIngressMiBps: scenario.peakIngressMiBps * multiplier,
    avgEgressMiBps: scenario.avgEgressMiBps * multiplier,
    peakEgressMiBps: scenario.peakEgressMiBps * multiplier,
  };
}

/**
 * Each class's cheapest option as the workload scales by `multipliers`, ascending. Each scaled
 * scenario goes through `parseScenario`; a multiple the schema refuses (e.g. above the throughput
 * maximum) is left out (1, the scenario itself, always passes). One batch through the sizing kernel.
 */
export function sizeGrowthCurve(
  scenario: Scenario,
  priceBook: PriceBook,
  context: ScenarioContext,
  assumptions: EditableAssumptions,
  multipliers: readonly number[] = WORKLOAD_MULTIPLIERS,
): readonly GrowthPoint[] {
  const scaled = multipliers.flatMap((multiplier) => {
    const parsed = parseScenario(scaleWorkload(scenario, multiplier), context);
    return parsed.ok ? [{ multiplier, scenario: parsed.value }] : [];
  });
  const { table, figures } = sizeBatch(
    scaled.map((p) => p.scenario),
    priceBook,
    assumptions,
  );
  return scaled.map(({ multiplier, scenario: s }, row): GrowthPoint => {
    const byClass = {} as Record<RecommendationClass, GrowthPick | null>;
    RECOMMENDATION_CLASSES.forEach((cls, i) => {
      const index = figures.byClass[row * RECOMMENDATION_CLASSES.length + i] ?? -1;
      const cell = cellOf(figures, row, index);
      const total = index < 0 ? Number.NaN : (figures.total[cell] ?? Number.NaN);
      const brokers = figures.brokers[cell] ?? Number.NaN;
      byClass[cls] = Number.isNaN(total)
        ? null
        : {
            optionId: table.options[index]?.id ?? '',
            brokers: Number.isNaN(brokers) ? null : brokers,
            pstMiBps: figures.pstMiBps[cell] ?? 0,
            monthlyTotalUsd: total,
          };
    });
    return { multiplier, peakIngressMiBps: s.peakIngressMiBps, byClass };
  });
}
