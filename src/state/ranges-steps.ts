/**
 * The order a ranges run goes in (SPEC §12), shared by the Web Worker and the same-thread fallback:
 * a first answer from a few hundred futures (when the block asks for more), then month 0 from every
 * future, then one month per step to the horizon. The caller decides when to report and to yield.
 */
import type { RangesRun, Uncertainty } from '../domain';
import { FIRST_ANSWER_SAMPLES, type RangesPhase } from './ranges-protocol';

export interface RangesStep {
  readonly phase: RangesPhase;
  /** The run the step advanced: `run.result()` is the answer so far. */
  readonly run: RangesRun;
}

/** `newRun(block, samples)` makes a run of the scenario for that block and sample count. */
export function* rangesSteps(block: Uncertainty, newRun: (block: Uncertainty, samples: number) => RangesRun): Generator<RangesStep> {
  if (block.samples > FIRST_ANSWER_SAMPLES) {
    const first = newRun({ ...block, horizonMonths: 0 }, FIRST_ANSWER_SAMPLES);
    first.step();
    yield { phase: 'first', run: first };
  }
  const full = newRun(block, block.samples);
  do {
    full.step();
    yield { phase: full.done ? 'done' : full.monthsSized === 1 ? 'month0' : 'timeline', run: full };
  } while (!full.done);
}
