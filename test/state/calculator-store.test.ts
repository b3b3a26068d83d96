import { describe, expect, it } from 'vitest';
import { createCalculatorStore, STORAGE_KEY } from '../../src/state/calculator-store';
import { createSizingSelector } from '../../src/state/sizing-selector';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';
import { memoryStorage } from '../support/memory-storage';

describe('the calculator store', () => {
  it('persists what the user typed and restores it in a new session', () => {
    const storage = memoryStorage();
    const first = createCalculatorStore(makeScenario(), () => storage);
    first.getState().setField('peakIngressMiBps', '77');
    const second = createCalculatorStore(makeScenario(), () => storage);
    expect(second.getState().form['peakIngressMiBps']).toBe('77');
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ version: 2 });
  });

  it('persists the table sorted by provisioned throughput', () => {
    const storage = memoryStorage();
    createCalculatorStore(makeScenario(), () => storage)
      .getState()
      .setTableView({ sortKey: 'pst', sortAscending: false });
    const second = createCalculatorStore(makeScenario(), () => storage);
    expect(second.getState().tableView).toMatchObject({ sortKey: 'pst', sortAscending: false });
  });

  it('falls back to the defaults with a notice when the stored state is corrupt', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ state: { form: 'nonsense' }, version: 1 }) });
    const store = createCalculatorStore(makeScenario(), () => storage);
    expect(store.getState().form['peakIngressMiBps']).toBe('40');
    expect(store.getState().notices[0]?.tone).toBe('error');
    expect(store.getState().notices[0]?.text).toContain('could not be read');
  });

  it('survives storage that is not JSON at all, with a notice', async () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{{{' });
    const store = createCalculatorStore(makeScenario(), () => storage);
    expect(store.getState().form['peakIngressMiBps']).toBe('40');
    await Promise.resolve();
    expect(store.getState().notices.map((n) => n.text)).toContain(
      'Your saved calculator state could not be read (it is not valid JSON), so the defaults are loaded.',
    );
  });
});

describe('stored state from version 1', () => {
  /** What version 1 of the store wrote: the form as text, TLS factor 0.7 by default, PST '' meaning off. */
  function v1Storage(form: Record<string, string | boolean>, tlsFactor: number): Storage {
    const state = {
      form,
      assumptions: { tlsFactor, pageCacheShare: 0.5 },
      saved: [],
      tableView: { sortKey: 'cost', sortAscending: true, deployment: '', family: '', showUnavailable: true },
    };
    return memoryStorage({ [STORAGE_KEY]: JSON.stringify({ state, version: 1 }) });
  }

  it('moves the old default TLS factor 0.7 to the new default 1.0 and an empty PST field (off in v1) to "auto" (SPEC §2, §4.1)', () => {
    const store = createCalculatorStore(makeScenario(), () => v1Storage({ peakIngressMiBps: '77', provisionedThroughputMiBps: '' }, 0.7));
    expect(store.getState().assumptions.tlsFactor).toBe(1);
    expect(store.getState().form['provisionedThroughputMiBps']).toBe('auto');
    // What the user typed is kept, and the fields v1 did not have take their defaults.
    expect(store.getState().form['peakIngressMiBps']).toBe('77');
    expect(store.getState().form['consumerGroups']).toBe('');
    expect(store.getState().form['purpose']).toBe('production');
    expect(store.getState().notices).toEqual([]);
  });

  it('keeps a TLS factor and a fixed PST rate the user chose', () => {
    const store = createCalculatorStore(makeScenario(), () => v1Storage({ provisionedThroughputMiBps: '500' }, 0.8));
    expect(store.getState().assumptions.tlsFactor).toBe(0.8);
    expect(store.getState().form['provisionedThroughputMiBps']).toBe('500');
  });

  it('writes the migrated state back as version 2', () => {
    const storage = v1Storage({ provisionedThroughputMiBps: '' }, 0.7);
    createCalculatorStore(makeScenario(), () => storage)
      .getState()
      .setField('partitions', '12');
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as {
      version: number;
      state: { form: Record<string, unknown>; assumptions: { tlsFactor: number } };
    };
    expect(stored.version).toBe(2);
    expect(stored.state.form['provisionedThroughputMiBps']).toBe('auto');
    expect(stored.state.assumptions.tlsFactor).toBe(1);
  });

  it('does not touch version 2 state: an empty PST field there means off', () => {
    const state = {
      form: { provisionedThroughputMiBps: '' },
      assumptions: { tlsFactor: 0.7, pageCacheShare: 0.5, mm2MiBpsPerMcu: 8, moveMonths: 1, m7gCpuFactor: 0.73 },
      saved: [],
      tableView: { sortKey: 'pst', sortAscending: true, deployment: '', family: '', showUnavailable: true },
    };
    const store = createCalculatorStore(makeScenario(), () => memoryStorage({ [STORAGE_KEY]: JSON.stringify({ state, version: 2 }) }));
    expect(store.getState().form['provisionedThroughputMiBps']).toBe('');
    expect(store.getState().assumptions.tlsFactor).toBe(0.7);
    expect(store.getState().tableView.sortKey).toBe('pst');
  });
});

describe('the sizing selector', () => {
  it('keeps the last good result while the form is invalid, and says it is stale', () => {
    const store = createCalculatorStore(makeScenario(), () => memoryStorage());
    const select = createSizingSelector(BUNDLED_PRICE_BOOK);
    const good = select(store.getState().form, store.getState().assumptions);
    expect(good.errors).toEqual([]);
    store.getState().setField('peakIngressMiBps', '-1');
    const bad = select(store.getState().form, store.getState().assumptions);
    expect(bad.isStale).toBe(true);
    expect(bad.result).toBe(good.result);
    expect(bad.errors[0]?.field).toBe('peakIngressMiBps');
  });

  it("sizes today's values without the uncertainty block, so editing a range keeps the same result", () => {
    const store = createCalculatorStore(makeScenario(), () => memoryStorage());
    const select = createSizingSelector(BUNDLED_PRICE_BOOK);
    const { form, assumptions } = store.getState();
    const first = select(form, assumptions, undefined, { uncertainty: { peakIngressMiBps: { low: 20, high: 80 } } });
    const second = select(form, assumptions, undefined, { uncertainty: { peakIngressMiBps: { low: 30, high: 80 } } });
    expect(second.result).toBe(first.result);
    expect(second.result?.scenario.uncertainty).toBeNull();
    expect(second.fullScenario?.uncertainty?.peakIngressMiBps).toEqual({ low: 30, high: 80 });
  });

  it("keeps today's result current when only a range is invalid, and names the range", () => {
    const store = createCalculatorStore(makeScenario(), () => memoryStorage());
    const select = createSizingSelector(BUNDLED_PRICE_BOOK);
    const { form, assumptions } = store.getState();
    const good = select(form, assumptions, undefined, { uncertainty: { peakIngressMiBps: { low: 20, high: 80 } } });
    store.getState().setField('peakIngressMiBps', '60');
    const changed = store.getState().form;
    // Peak ingress 60 with a range of 20–50: the range no longer contains it.
    const bad = select(changed, assumptions, undefined, { uncertainty: { peakIngressMiBps: { low: 20, high: 50 } } });
    expect(bad.isStale).toBe(false);
    expect(bad.scenario).toBeNull();
    expect(bad.errors.map((e) => e.field)).toEqual(['uncertainty.peakIngressMiBps.high']);
    expect(bad.result).not.toBe(good.result);
    expect(bad.result?.scenario.peakIngressMiBps).toBe(60);
  });

  it('returns the same object for the same inputs (memoised)', () => {
    const store = createCalculatorStore(makeScenario(), () => memoryStorage());
    const select = createSizingSelector(BUNDLED_PRICE_BOOK);
    const { form, assumptions } = store.getState();
    expect(select(form, assumptions)).toBe(select(form, assumptions));
  });
});
