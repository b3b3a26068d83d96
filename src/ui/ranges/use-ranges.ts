import { useEffect } from 'react';
import type { Scenario } from '../../domain';
import type { RangesClient } from '../../state/ranges-client';
import { followRanges, type RangesView } from '../../state/ranges-follow';
import { sizingOf, useCalculator } from '../app-store';

export type { RangesView };

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

/**
 * Keeps the store's ranges slice (SPEC §12) following the current valid scenario, for as long as the
 * page is mounted: the worker is asked from the store's change itself, before React draws the
 * keystroke, so it starts at once.
 */
export function useFollowRanges(): void {
  useEffect(
    () =>
      followRanges(
        useCalculator,
        (state) => sizingOf(state).scenario,
        loadClient,
        () => client,
      ),
    [],
  );
}

/**
 * The ranges of the current valid scenario, from the store. While the form is invalid the last answer
 * stays; a scenario without an uncertainty block has none. `isCurrent` (against `scenario`, the
 * page's current valid scenario) is false while the answer on screen belongs to an earlier one.
 */
export function useRanges(scenario: Scenario | null): { readonly view: RangesView | null; readonly isCurrent: boolean } {
  const view = useCalculator((s) => s.ranges);
  if (scenario !== null && scenario.uncertainty === null) return { view: null, isCurrent: true };
  return { view, isCurrent: scenario !== null && view?.scenario === scenario };
}
