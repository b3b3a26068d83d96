/**
 * The page's side of the ranges (SPEC §12): sends each valid scenario with an uncertainty block to the
 * Web Worker and passes on what comes back, newest request only. Where no Worker exists (tests, very
 * old browsers) the same steps run on this thread, one month per task, so the page still answers.
 */
import { proxy, wrap, type Remote } from 'comlink';
import { RangesRun, type PriceBook, type Scenario } from '../domain';
import type { RangesUpdate, RangesWorkerApi } from './ranges-protocol';
import { rangesSteps } from './ranges-steps';

export type RangesListener = (update: RangesUpdate) => void;

export interface RangesClient {
  /** Starts sizing `scenario`'s futures; updates of older requests are dropped. */
  run(scenario: Scenario, listener: RangesListener): void;
  /** Stops listening (an unmounted page). */
  stop(): void;
  /** Starts the worker and warms its engine ahead of a first run (no-op without a worker, or once started). */
  warm(): void;
}

/** The same steps as the worker, on this thread: one step per task. */
function runHere(scenario: Scenario, priceBook: PriceBook, listener: RangesListener, isCurrent: () => boolean): void {
  const block = scenario.uncertainty;
  if (!block) return;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const steps = rangesSteps(block, (b, samples) => new RangesRun(scenario, b, priceBook, samples));
  const next = () => {
    if (!isCurrent()) return;
    try {
      const step = steps.next();
      if (step.done) return;
      listener({ phase: step.value.phase, result: step.value.run.result(), elapsedMs: elapsed() });
      setTimeout(next, 0);
    } catch (error) {
      listener({ phase: 'error', message: String(error), elapsedMs: elapsed() });
    }
  };
  next();
}

/**
 * `createWorker` makes the worker (null where there is none); it is called once, on the first run.
 * `priceBook` is what the futures are priced with: sent to the worker once as it starts (the worker
 * bundles no prices), or used on this thread where there is no worker.
 */
export function createRangesClient(createWorker: () => Worker | null, priceBook: PriceBook): RangesClient {
  let remote: Remote<RangesWorkerApi> | null | undefined;
  let request = 0;
  const connect = (): Remote<RangesWorkerApi> | null => {
    if (remote === undefined) {
      const worker = createWorker();
      remote = worker ? wrap<RangesWorkerApi>(worker) : null;
      // Calls to one worker are handled in order, so every run and warm-up after this has the prices.
      void remote?.init(priceBook).catch(() => undefined);
    }
    return remote;
  };
  return {
    warm() {
      if (remote !== undefined || request > 0) return;
      void connect()
        ?.warm()
        .catch(() => undefined);
    },
    run(scenario, listener) {
      const mine = (request += 1);
      const isCurrent = () => mine === request;
      const onUpdate = (update: RangesUpdate) => {
        if (isCurrent()) listener(update);
      };
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
