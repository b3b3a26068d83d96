/**
 * The ranges slice (SPEC §12): the store follows the current valid scenario into the ranges client,
 * keeps its latest answer, and an export waits for the finished answer instead of sizing again.
 * The client is the real one, on this thread (no Worker in tests).
 */
import { describe, expect, it } from 'vitest';
import { sizeRanges, type Scenario } from '../../src/domain';
import { createCalculatorStore } from '../../src/state/calculator-store';
import { createRangesClient } from '../../src/state/ranges-client';
import { finishedRanges, followRanges } from '../../src/state/ranges-follow';
import { createSizingSelector } from '../../src/state/sizing-selector';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';
import { memoryStorage } from '../support/memory-storage';

const UNCERTAINTY = { peakIngressMiBps: { low: 20, high: 80 }, horizonMonths: 2, samples: 250, seed: 3 };

function setUp() {
  const store = createCalculatorStore(makeScenario(), () => memoryStorage());
  const select = createSizingSelector(BUNDLED_PRICE_BOOK);
  const scenarioOf = (s: ReturnType<typeof store.getState>) =>
    select(s.form, s.assumptions, undefined, { replication: s.replication, uncertainty: s.uncertainty }).scenario;
  const client = createRangesClient(() => null, BUNDLED_PRICE_BOOK);
  const stop = followRanges(
    store,
    scenarioOf,
    () => Promise.resolve(client),
    () => client,
  );
  return { store, scenarioOf, stop };
}

describe('the ranges slice', () => {
  it('holds nothing while the scenario has no uncertainty block', () => {
    const { store, stop } = setUp();
    expect(store.getState().ranges).toBeNull();
    stop();
  });

  it("sizes the current scenario's futures into the store, and an export gets exactly the sized answer", async () => {
    const { store, scenarioOf, stop } = setUp();
    store.getState().addUncertainty(UNCERTAINTY);
    const scenario = scenarioOf(store.getState()) as Scenario;
    expect(scenario.uncertainty).not.toBeNull();
    const ranges = await finishedRanges(store, scenario);
    // The same futures sized in one call (same seed): the answer is the engine's, bit for bit.
    expect(ranges).toEqual(sizeRanges(scenario, scenario.uncertainty as NonNullable<Scenario['uncertainty']>, BUNDLED_PRICE_BOOK));
    expect(store.getState().ranges).toMatchObject({ scenario, complete: ranges, completeScenario: scenario, update: { phase: 'done' } });
    stop();
  });

  it('drops the ranges when the uncertainty block is removed', async () => {
    const { store, scenarioOf, stop } = setUp();
    store.getState().addUncertainty(UNCERTAINTY);
    await finishedRanges(store, scenarioOf(store.getState()) as Scenario);
    store.getState().removeUncertainty();
    expect(store.getState().ranges).toBeNull();
    stop();
  });

  it('answers an export at once with the last complete answer of that scenario', async () => {
    const { store, scenarioOf, stop } = setUp();
    store.getState().addUncertainty(UNCERTAINTY);
    const scenario = scenarioOf(store.getState()) as Scenario;
    const first = await finishedRanges(store, scenario);
    expect(await finishedRanges(store, scenario)).toBe(first);
    stop();
  });
});
