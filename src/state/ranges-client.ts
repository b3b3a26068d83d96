/**
 * The page's side of the ranges (SPEC §12): sends each valid scenario with an uncertainty block to the
 * Web Worker and passes on what comes back, newest request only. Where no Worker exists (tests, very
 * old browsers) the same steps run on this thread, one month per task, so the page still answers.
 */
import { proxy, wrap, type Remote } from 'comlink';
import { RangesRun, type PriceBook, type Scenario } from '../domain';
import { FIRST_ANSWER_SAMPLES, type RangesUpdate, type RangesWorkerApi } from './ranges-protocol';

export type RangesListener = (update: RangesUpdate) => void;

export interface RangesClient {
  /** Starts sizing `scenario`'s futures; updates of older requests are dropped. */
  run(scenario: Scenario, listener: RangesListener): void;
  /** Stops listening (an unmounted page). */
  stop(): void;
  /** Starts the worker and warms its engine ahead of a first run (no-op without a worker, or once started). */
  warm(): void;
}

/** The same steps as the worker, on this thread: one month per task. */
function runHere(scenario: Scenario, priceBook: PriceBook, listener: RangesListener, isCurrent: () => boolean): void {
  const block = scenario.uncertainty;
  if (!block) return;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const next = (work: () => void) => setTimeout(() => { if (isCurrent()) work(); }, 0);
  try {
    const first = new RangesRun(scenario, { ...block, horizonMonths: 0 }, priceBook, Math.min(FIRST_ANSWER_SAMPLES, block.samples));
    first.step();
    listener({ phase: 'first', result: first.result(), elapsedMs: elapsed() });
  } catch (error) {
    listener({ phase: 'error', message: String(error), elapsedMs: elapsed() });
    return;
  }
  const full = new RangesRun(scenario, block, priceBook);
  const step = () => {
    try {
      full.step();
      listener({ phase: full.done ? 'done' : full.monthsSized === 1 ? 'month0' : 'timeline', result: full.result(), elapsedMs: elapsed() });
      if (!full.done) next(step);
    } catch (error) {
      listener({ phase: 'error', message: String(error), elapsedMs: elapsed() });
    }
  };
  next(step);
}

/**
 * `createWorker` makes the worker (null where there is none); it is called once, on the first run.
 * `priceBook` is used only without a worker (the worker has the bundled one).
 */
export function createRangesClient(createWorker: () => Worker | null, priceBook: PriceBook): RangesClient {
  let remote: Remote<RangesWorkerApi> | null | undefined;
  let request = 0;
  const connect = (): Remote<RangesWorkerApi> | null => {
    if (remote === undefined) {
      const worker = createWorker();
      remote = worker ? wrap<RangesWorkerApi>(worker) : null;
    }
    return remote;
  };
  return {
    warm() {
      if (remote !== undefined || request > 0) return;
      void connect()?.warm().catch(() => undefined);
    },
    run(scenario, listener) {
      const mine = (request += 1);
      const isCurrent = () => mine === request;
      const onUpdate = (update: RangesUpdate) => { if (isCurrent()) listener(update); };
      const worker = connect();
      if (worker === null) {
        runHere(scenario, priceBook, onUpdate, isCurrent);
        return;
      }
      worker.run(scenario, proxy(onUpdate)).catch((error: unknown) => onUpdate({ phase: 'error', message: String(error), elapsedMs: 0 }));
    },
    stop() {
      request += 1;
    },
  };
}
