/**
 * The Web Worker that sizes a scenario's futures (SPEC §12), so typing never waits for them. Each run
 * reports as it goes: a first answer from a few hundred samples, month 0 from every sample, then the
 * timeline month by month. A newer run makes an older one stop at its next month (it yields between
 * months so the newer request can arrive).
 */
import { expose } from 'comlink';
import { parseScenario, RangesRun, scenarioContextOf, type PriceBook, type RangesBuffers, type Scenario } from '../domain';
import { FIRST_ANSWER_SAMPLES, PROGRESS_EVERY_MS, type RangesUpdate, type RangesWorkerApi } from './ranges-protocol';
import { rangesSteps } from './ranges-steps';

let generation = 0;
/** The page's price book, injected by `init` (the worker bundles no prices of its own). */
let priceBook: PriceBook | null = null;

function pricesOrThrow(): PriceBook {
  if (priceBook === null) throw new Error('The ranges worker was asked to size before it was given a price book.');
  return priceBook;
}
/**
 * Working memory of the last run of each size, reused by the next (allocating some 16 MB per keystroke
 * cost more than sizing month 0). Safe because a run is dropped for good once a newer one starts.
 */
const spare = new Map<number, RangesBuffers>();

function newRun(scenario: Scenario, block: NonNullable<Scenario['uncertainty']>, samples: number): RangesRun {
  const run = new RangesRun(scenario, block, pricesOrThrow(), samples, spare.get(samples));
  spare.set(samples, run.buffers);
  return run;
}

/** Lets queued messages (a newer run) in; a MessageChannel round trip is not clamped as nested timers are. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

async function run(scenario: Scenario, onUpdate: (update: RangesUpdate) => void): Promise<void> {
  const block = scenario.uncertainty;
  if (!block) return;
  const mine = (generation += 1);
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  let reported = Number.NEGATIVE_INFINITY;
  try {
    for (const { phase, run: sized } of rangesSteps(block, (b, samples) => newRun(scenario, b, samples))) {
      // Every phase is reported but the months between, at most every PROGRESS_EVERY_MS.
      if (phase !== 'timeline' || performance.now() - reported >= PROGRESS_EVERY_MS) {
        onUpdate({ phase, result: sized.result(), elapsedMs: elapsed() });
        reported = performance.now();
      }
      await yieldToMessages();
      if (mine !== generation) return;
    }
  } catch (error) {
    onUpdate({ phase: 'error', message: error instanceof Error ? error.message : String(error), elapsedMs: elapsed() });
  }
}

/**
 * A small run of the default scenario with a range, so the engine's code is loaded and compiled
 * before the user's first scenario arrives (the page asks for it when ranges are about to be used).
 */
function warm(): void {
  if (priceBook === null) return;
  const parsed = parseScenario(
    { uncertainty: { peakIngressMiBps: { low: 20, high: 80 }, horizonMonths: 2, samples: FIRST_ANSWER_SAMPLES } },
    scenarioContextOf(priceBook),
  );
  if (!parsed.ok || !parsed.value.uncertainty || generation > 0) return;
  newRun(parsed.value, parsed.value.uncertainty, FIRST_ANSWER_SAMPLES).finish();
}

/** A new price book drops the working memory of the old one's tables. */
function init(book: PriceBook): void {
  priceBook = book;
  spare.clear();
}

const api: RangesWorkerApi = { init, run, warm };
expose(api);
