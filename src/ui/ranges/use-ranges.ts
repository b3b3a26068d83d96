import { startTransition, useEffect, useState } from 'react';
import type { RangesResult, Scenario } from '../../domain';
import type { RangesClient } from '../../state/ranges-client';
import type { RangesUpdate } from '../../state/ranges-protocol';
import { sizingOf, useCalculator } from '../app-store';

/** The client, its worker and comlink load only when a scenario first has ranges. */
let client: RangesClient | null = null;
let loading: Promise<RangesClient> | null = null;
function loadClient(): Promise<RangesClient> {
  loading ??= import('./ranges-connection').then((m) => (client = m.rangesClient));
  return loading;
}

/** Loads the ranges worker and warms it, ahead of a first scenario with ranges (on a sign of intent). */
export function prepareRanges(): void {
  void loadClient().then((c) => c.warm());
}

export interface RangesView {
  /** The scenario the update belongs to. */
  readonly scenario: Scenario;
  readonly update: RangesUpdate;
  /** The last complete answer (every month to the horizon), possibly of an earlier scenario: the charts draw it. */
  readonly complete: RangesResult | null;
  /** The scenario `complete` belongs to. */
  readonly completeScenario: Scenario | null;
}

/**
 * The ranges of the current valid scenario (SPEC §12), computed off the main thread. The worker is
 * asked from the store's change itself, before React draws the keystroke, so it starts at once.
 * While the form is invalid the last answer stays; a scenario without an uncertainty block has none.
 * `isCurrent` (against `scenario`, the page's current valid scenario) is false while the answer on
 * screen belongs to an earlier one.
 */
export function useRanges(scenario: Scenario | null): { readonly view: RangesView | null; readonly isCurrent: boolean } {
  const [view, setView] = useState<RangesView | null>(null);
  useEffect(() => {
    let active = true;
    let asked: Scenario | null = null;
    const run = (c: RangesClient, s: Scenario) => {
      if (s.uncertainty === null) {
        c.stop();
        return;
      }
      c.run(s, (update) => {
        if (!active) return;
        const done = update.phase === 'done';
        const next = (previous: RangesView | null): RangesView => ({
          scenario: s,
          update,
          complete: done ? update.result : previous?.complete ?? null,
          completeScenario: done ? s : previous?.completeScenario ?? null,
        });
        // Progress redraws a status line and a small table: at normal priority, so it is not queued
        // behind the deferred results. The finished projection redraws the charts: at low priority,
        // so a keystroke never waits for them.
        if (done) startTransition(() => setView(next));
        else setView(next);
      });
    };
    const follow = (state: Parameters<typeof sizingOf>[0]) => {
      const s = sizingOf(state).scenario;
      if (s === null || s === asked) return;
      asked = s;
      if (client) run(client, s);
      else if (s.uncertainty !== null) void loadClient().then((c) => { if (active && asked === s) run(c, s); });
    };
    follow(useCalculator.getState());
    const unsubscribe = useCalculator.subscribe(follow);
    return () => {
      active = false;
      unsubscribe();
      client?.stop();
    };
  }, []);
  if (scenario !== null && scenario.uncertainty === null) return { view: null, isCurrent: true };
  return { view, isCurrent: scenario !== null && view?.scenario === scenario };
}
