import { startTransition, useEffect, useState } from 'react';
import type { RangesResult, Scenario } from '../../domain';
import type { RangesClient } from '../../state/ranges-client';
import type { RangesUpdate } from '../../state/ranges-protocol';

/** The client, its worker and comlink load only when a scenario first has ranges. */
let loading: Promise<RangesClient> | null = null;
function loadClient(): Promise<RangesClient> {
  loading ??= import('./ranges-connection').then((m) => m.rangesClient);
  return loading;
}

export interface RangesView {
  /** The scenario the update belongs to. */
  readonly scenario: Scenario;
  readonly update: RangesUpdate;
  /** The last complete answer (every month to the horizon), possibly of an earlier scenario: the charts draw it. */
  readonly complete: RangesResult | null;
}

/**
 * The ranges of the current valid scenario (SPEC §12), computed off the main thread. While the form is
 * invalid (`scenario` null) the last answer stays; a scenario without an uncertainty block has none.
 * `isCurrent` is false while the answer on screen belongs to an earlier scenario. Updates render at
 * low priority, so a keystroke never waits for a table or chart to redraw.
 */
export function useRanges(scenario: Scenario | null): { readonly view: RangesView | null; readonly isCurrent: boolean } {
  const [view, setView] = useState<RangesView | null>(null);
  useEffect(() => {
    if (scenario === null) return undefined;
    let active = true;
    void loadClient().then((client) => {
      if (!active) return;
      if (scenario.uncertainty === null) client.stop();
      else {
        client.run(scenario, (update) => {
          if (!active) return;
          startTransition(() => setView((previous) => ({
            scenario,
            update,
            complete: update.phase === 'done' ? update.result : previous?.complete ?? null,
          })));
        });
      }
    });
    return () => { active = false; };
  }, [scenario]);
  if (scenario !== null && scenario.uncertainty === null) return { view: null, isCurrent: true };
  return { view, isCurrent: scenario === null || view?.scenario === scenario };
}
