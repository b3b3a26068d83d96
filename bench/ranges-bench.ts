/**
 * Ranges and growth in Node (SPEC §12 speed): 2,000 futures at month 0, and the whole timeline, for
 * the "Start-up growing 6 % a month" preset and for a scenario with every input uncertain.
 */
import { BUNDLED_PRICE_BOOK } from '../src/data/bundled-prices';
import { parseScenario, RangesRun, scenarioContextOf, type Scenario } from '../src/domain';
import { PRESETS } from '../src/state/presets';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function scenarioOf(raw: Record<string, unknown>): Scenario {
  const parsed = parseScenario(raw, scenarioContextOf(BUNDLED_PRICE_BOOK));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.value;
}

/** Month 0 and the whole timeline of one run, ms. */
function timeRun(s: Scenario): { month0: number; timeline: number; options: number } {
  const block = s.uncertainty;
  if (!block) throw new Error('no uncertainty block');
  const start = performance.now();
  const run = new RangesRun(s, block, BUNDLED_PRICE_BOOK);
  run.step();
  run.result();
  const month0 = performance.now() - start;
  run.finish();
  return { month0, timeline: performance.now() - start, options: run.table.options.length };
}

export function runRangesNodeBench(): void {
  const growth = PRESETS.find((p) => p.id === 'startup-growth')?.scenario ?? {};
  const cases: readonly [string, Scenario][] = [
    ['"Start-up growing 6 % a month" preset', scenarioOf({ ...growth })],
    [
      'every input uncertain',
      scenarioOf({
        uncertainty: {
          peakIngressMiBps: { low: 15, high: 120 },
          egressToIngress: { low: 1, high: 4 },
          retentionHours: { low: 48, high: 720 },
          partitions: { low: 100, high: 3000 },
          monthlyGrowthPct: { low: -2, likely: 4, high: 12 },
        },
      }),
    ],
  ];
  for (const [label, s] of cases) {
    const cold = timeRun(s);
    const warm = Array.from({ length: 7 }, () =>
      timeRun({ ...s, uncertainty: s.uncertainty ? { ...s.uncertainty, seed: s.uncertainty.seed + 1 } : null }),
    );
    const months = (s.uncertainty?.horizonMonths ?? 0) + 1;
    console.log(
      `Ranges in Node (${label}, 2,000 futures × ${months} months × ${cold.options} options): month 0 first run in this process (after the engine benchmarks above) ${cold.month0.toFixed(0)} ms, then median ${median(warm.map((w) => w.month0)).toFixed(0)} ms; whole timeline first run ${cold.timeline.toFixed(0)} ms, then median ${median(warm.map((w) => w.timeline)).toFixed(0)} ms (7 runs)`,
    );
  }
}
