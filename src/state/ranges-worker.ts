/**
 * The Web Worker that sizes a scenario's futures (SPEC §12), so typing never waits for them. Each run
 * reports as it goes: a first answer from a few hundred samples, month 0 from every sample, then the
 * timeline month by month. A newer run makes an older one stop at its next month (it yields between
 * months so the newer request can arrive).
 */
import { expose } from 'comlink';
import { BUNDLED_PRICE_BOOK } from '../data/bundled-prices';
import { RangesRun, type Scenario } from '../domain';
import { FIRST_ANSWER_SAMPLES, PROGRESS_EVERY_MS, type RangesUpdate, type RangesWorkerApi } from './ranges-protocol';

let generation = 0;

/** Lets queued messages (a newer run) in; a MessageChannel round trip is not clamped as nested timers are. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

async function run(scenario: Scenario, onUpdate: (update: RangesUpdate) => void): Promise<void> {
  const block = scenario.uncertainty;
  if (!block) return;
  const mine = (generation += 1);
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  try {
    if (block.samples > FIRST_ANSWER_SAMPLES) {
      const first = new RangesRun(scenario, { ...block, horizonMonths: 0 }, BUNDLED_PRICE_BOOK, FIRST_ANSWER_SAMPLES);
      first.step();
      onUpdate({ phase: 'first', result: first.result(), elapsedMs: elapsed() });
      await yieldToMessages();
      if (mine !== generation) return;
    }
    const full = new RangesRun(scenario, block, BUNDLED_PRICE_BOOK);
    full.step();
    onUpdate({ phase: full.done ? 'done' : 'month0', result: full.result(), elapsedMs: elapsed() });
    let reported = performance.now();
    while (!full.done) {
      await yieldToMessages();
      if (mine !== generation) return;
      full.step();
      if (full.done || performance.now() - reported >= PROGRESS_EVERY_MS) {
        onUpdate({ phase: full.done ? 'done' : 'timeline', result: full.result(), elapsedMs: elapsed() });
        reported = performance.now();
      }
    }
  } catch (error) {
    onUpdate({ phase: 'error', message: error instanceof Error ? error.message : String(error), elapsedMs: elapsed() });
  }
}

const api: RangesWorkerApi = { run };
expose(api);
