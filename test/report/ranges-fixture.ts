/**
 * A hand-built SPEC §12 ranges result, laid on a real sizing result (so option ids, labels and the
 * recommendation are the engine's), for report tests that need exactly the figures they state.
 *
 * The workload is I = Ip = O = Op = 1 MiB/s (see report-model.test.ts): the single answer recommends
 * MSK Standard kafka.m7g.large. Over 2,000 futures (seed 7, confidence 0.9, 12 months):
 *
 * | option                    | fits now | P(cheapest) | cost P10/P50/P90 now at month m (USD/month)  | brokers P10/P50/P90 now → month 12 | at risk from | unavailable by 12 |
 * |---------------------------|---------:|------------:|----------------------------------------------|------------------------------------|-------------:|------------------:|
 * | Standard kafka.m7g.large  |     1    |   0.55      | 800 + 10m / 835.35 + 10m / 900 + 50m         | 3/3/3 → 3/6/9                      |  never       | 0                 |
 * | Standard kafka.m5.large   |     1    |   0.005     | 810 + 10m / 848.49 + 10m / 910 + 50m         | 3/3/3 → 3/3/3                      |  never       | 0                 |
 * | Standard kafka.m5.xlarge  |     1    |   0         | 850 / 900 / 950                              | 3/3/3 → 3/3/3                      |  never       | 0                 |
 * | Express express.m7g.large |     0.4  |   0.3       | 650 / 700 / 750                              | 3/3/6 → 3/3/6                      |  month 2     | 0.7               |
 * | Express express.m7g.xlarge|     0.95 |   0.145     | 700 / 760 / 820                              | 3/3/3 → 3/3/3                      |  never       | 0.05              |
 * | MSK Serverless            |     1    |   0         | 1,200 / 1,300 / 1,400                        | none                               |  month 0     | 0.62 (half by 9)  |
 * | Self-managed m7g.large    |     1    |   null      | 824.68 / 824.68 / 824.68                     | 3/3/3 → 3/3/3                      |  month 7     | 0.25              |
 * | Self-managed m5.large     |     0.3  |   null      | 700 / 750 / 800                              | 3/3/3                              |  month 0     | 0.8               |
 * | Standard kafka.t3.small   |     0    |   0         | none (fits no future)                        | none                               |  month 0     | 1                 |
 *
 * Least regret: express.m7g.xlarge with a score of 0.0314.
 */
import type { OptionRanges, Percentiles, RangeFigures, RangesResult, SizingResult } from '../../src/domain';
import { sizeWith } from '../support/factories';

export const SMALL = { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1 } as const;
export const HORIZON = 12;
/** The uncertainty block the figures stand for: peak ingress 0.5–2 MiB/s around 1, growth 1–5 % (likely 3). */
export const ENTERED = {
  confidence: 0.9,
  peakIngressMiBps: { low: 0.5, high: 2 },
  monthlyGrowthPct: { low: 1, likely: 3, high: 5 },
  horizonMonths: HORIZON,
  seed: 7,
} as const;

const p = (p10: number, p50: number, p90: number): Percentiles => ({ p10, p50, p90 });
const fixed = (cost: Percentiles | null, brokers: Percentiles | null) => (): RangeFigures => ({ monthlyCostUsd: cost, brokers });

interface Spec {
  readonly id: string;
  readonly pAvailable: number;
  readonly pCheapest: number | null;
  readonly at: (month: number) => RangeFigures;
  readonly firstMonthP10: number | null;
  /** When at least half the futures have outgrown it (null: never within the horizon). */
  readonly firstMonthP50?: number;
  readonly pByHorizon: number;
}

export const SPECS: readonly Spec[] = [
  {
    id: 'msk-standard:kafka.m7g.large',
    pAvailable: 1,
    pCheapest: 0.55,
    firstMonthP10: null,
    pByHorizon: 0,
    at: (m) => ({ monthlyCostUsd: p(800 + 10 * m, 835.35 + 10 * m, 900 + 50 * m), brokers: m === HORIZON ? p(3, 6, 9) : p(3, 3, 3) }),
  },
  {
    id: 'msk-standard:kafka.m5.large',
    pAvailable: 1,
    pCheapest: 0.005,
    firstMonthP10: null,
    pByHorizon: 0,
    at: (m) => ({ monthlyCostUsd: p(810 + 10 * m, 848.49 + 10 * m, 910 + 50 * m), brokers: p(3, 3, 3) }),
  },
  {
    id: 'msk-standard:kafka.m5.xlarge',
    pAvailable: 1,
    pCheapest: 0,
    firstMonthP10: null,
    pByHorizon: 0,
    at: fixed(p(850, 900, 950), p(3, 3, 3)),
  },
  {
    id: 'msk-express:express.m7g.large',
    pAvailable: 0.4,
    pCheapest: 0.3,
    firstMonthP10: 2,
    pByHorizon: 0.7,
    at: fixed(p(650, 700, 750), p(3, 3, 6)),
  },
  {
    id: 'msk-express:express.m7g.xlarge',
    pAvailable: 0.95,
    pCheapest: 0.145,
    firstMonthP10: null,
    pByHorizon: 0.05,
    at: fixed(p(700, 760, 820), p(3, 3, 3)),
  },
  {
    id: 'msk-serverless:serverless',
    pAvailable: 1,
    pCheapest: 0,
    firstMonthP10: 0,
    firstMonthP50: 9,
    pByHorizon: 0.62,
    at: fixed(p(1200, 1300, 1400), null),
  },
  {
    id: 'self-managed:m7g.large',
    pAvailable: 1,
    pCheapest: null,
    firstMonthP10: 7,
    pByHorizon: 0.25,
    at: fixed(p(824.68, 824.68, 824.68), p(3, 3, 3)),
  },
  {
    id: 'self-managed:m5.large',
    pAvailable: 0.3,
    pCheapest: null,
    firstMonthP10: 0,
    pByHorizon: 0.8,
    at: fixed(p(700, 750, 800), p(3, 3, 3)),
  },
  { id: 'msk-standard:kafka.t3.small', pAvailable: 0, pCheapest: 0, firstMonthP10: 0, pByHorizon: 1, at: fixed(null, null) },
];

/** The least-regret plan of the hand-built ranges: 5 % of futures move, in month 9 at the median, to kafka.m7g.large. */
export const LEAST_REGRET = {
  id: 'msk-express:express.m7g.xlarge',
  score: 0.0314,
  pMove: 0.05,
  medianMoveMonth: 9,
  moveTo: 'msk-standard:kafka.m7g.large',
  costP50: 19_003.5,
} as const;

/** The ranges above; `overrides` replace top-level fields (e.g. a shorter run). */
export function handBuiltRanges(overrides: Partial<RangesResult> = {}): RangesResult {
  const horizonMonths = overrides.horizonMonths ?? HORIZON;
  const options = SPECS.map((s): OptionRanges => ({
    id: s.id,
    pAvailable: s.pAvailable,
    pCheapest: s.pCheapest,
    now: s.at(0),
    atHorizon: s.at(horizonMonths),
    limit: { firstMonthP10: s.firstMonthP10, firstMonthP50: s.firstMonthP50 ?? null, pByHorizon: s.pByHorizon },
    // Self-managed options are never recommended, so they have no plan (SPEC §12 v2.1).
    plan:
      s.pCheapest === null
        ? null
        : s.id === LEAST_REGRET.id
          ? LEAST_REGRET
          : { score: 0.2, pMove: s.pByHorizon, medianMoveMonth: s.firstMonthP50 ?? null, moveTo: null, costP50: 20_000 },
  }));
  return {
    samples: 2000,
    samplesWithChoice: 2000,
    seed: 7,
    confidence: 0.9,
    horizonMonths,
    monthsSized: horizonMonths + 1,
    options,
    leastRegret: LEAST_REGRET,
    timeline: Array.from({ length: horizonMonths + 1 }, (_, month) => ({
      month,
      options: Object.fromEntries(SPECS.map((s) => [s.id, s.at(month)])),
    })),
    ...overrides,
  };
}

/** The 1 MiB/s workload's real result with the hand-built ranges. */
export function resultWithRanges(overrides: Partial<RangesResult> = {}): SizingResult {
  return { ...sizeWith({ name: 'Orders', ...SMALL, uncertainty: ENTERED }), ranges: handBuiltRanges(overrides) };
}
