/**
 * The ranges slice's source (SPEC §12): one subscription to the store sends each new valid scenario
 * with an uncertainty block to the ranges client (a Web Worker) and writes every update back into
 * the store, so the page, the Recommendation box and the exports all read the same answer, and an
 * export waits for the worker instead of sizing the futures again on the main thread.
 */
import type { RangesResult, Scenario } from '../domain';
import type { RangesClient } from './ranges-client';
import type { RangesUpdate } from './ranges-protocol';

/** What the page shows of the ranges: the latest update and the last complete answer. */
export interface RangesView {
  /** The scenario the update belongs to. */
  readonly scenario: Scenario;
  readonly update: RangesUpdate;
  /** The last complete answer (every month to the horizon), possibly of an earlier scenario: the charts draw it. */
  readonly complete: RangesResult | null;
  /** The scenario `complete` belongs to. */
  readonly completeScenario: Scenario | null;
}

/** The view after `update` for `scenario`. */
export function nextRangesView(previous: RangesView | null, scenario: Scenario, update: RangesUpdate): RangesView {
  const done = update.phase === 'done';
  return {
    scenario,
    update,
    complete: done ? update.result : (previous?.complete ?? null),
    completeScenario: done ? scenario : (previous?.completeScenario ?? null),
  };
}

/** The part of a store the follower needs. */
export interface RangesStore<S> {
  getState(): S;
  subscribe(listener: (state: S) => void): () => void;
}

export interface RangesSliceState {
  readonly ranges: RangesView | null;
  readonly receiveRanges: (view: RangesView | null) => void;
}

/**
 * Follows the store: each new valid scenario (`scenarioOf`) with an uncertainty block is sized by the
 * client, loaded on first need (`loadClient`); one without drops the ranges. Returns the unsubscribe.
 */
export function followRanges<S extends RangesSliceState>(
  store: RangesStore<S>,
  scenarioOf: (state: S) => Scenario | null,
  loadClient: () => Promise<RangesClient>,
  loadedClient: () => RangesClient | null,
): () => void {
  let active = true;
  let asked: Scenario | null = null;
  const run = (client: RangesClient, scenario: Scenario) => {
    if (scenario.uncertainty === null) {
      client.stop();
      return;
    }
    client.run(scenario, (update) => {
      if (!active) return;
      const state = store.getState();
      state.receiveRanges(nextRangesView(state.ranges, scenario, update));
    });
  };
  const follow = (state: S) => {
    const scenario = scenarioOf(state);
    if (scenario === null || scenario === asked) return;
    asked = scenario;
    if (scenario.uncertainty === null && state.ranges !== null) state.receiveRanges(null);
    const client = loadedClient();
    if (client) run(client, scenario);
    else if (scenario.uncertainty !== null)
      void loadClient().then((c) => {
        if (active && asked === scenario) run(c, scenario);
      });
  };
  follow(store.getState());
  const unsubscribe = store.subscribe(follow);
  return () => {
    active = false;
    unsubscribe();
    loadedClient()?.stop();
  };
}

/**
 * The finished ranges of `scenario` for an export: at once when the store has them, else when the
 * worker finishes them (never sized again on this thread). Rejects with the worker's message when it
 * fails, or when the scenario changes before they are done.
 */
export function finishedRanges<S extends RangesSliceState>(store: RangesStore<S>, scenario: Scenario): Promise<RangesResult> {
  const settled = (view: RangesView | null): RangesResult | Error | null => {
    if (view === null || view.scenario !== scenario)
      return view !== null && view.completeScenario === scenario && view.complete ? view.complete : null;
    if (view.update.phase === 'done') return view.update.result;
    if (view.update.phase === 'error') return new Error(view.update.message);
    return null;
  };
  return new Promise((resolve, reject) => {
    const check = (state: S): boolean => {
      const outcome = settled(state.ranges);
      if (outcome === null) return false;
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
      return true;
    };
    if (check(store.getState())) return;
    const unsubscribe = store.subscribe((state) => {
      if (check(state)) unsubscribe();
    });
  });
}
