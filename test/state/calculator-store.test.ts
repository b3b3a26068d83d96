import { describe, expect, it } from 'vitest';
import { createCalculatorStore, STORAGE_KEY } from '../../src/state/calculator-store';
import { createSizingSelector } from '../../src/state/sizing-selector';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => { data.delete(k); },
    setItem: (k, v) => { data.set(k, v); },
  };
}

describe('the calculator store', () => {
  it('persists what the user typed and restores it in a new session', () => {
    const storage = memoryStorage();
    const first = createCalculatorStore(makeScenario(), () => storage);
    first.getState().setField('peakIngressMiBps', '77');
    const second = createCalculatorStore(makeScenario(), () => storage);
    expect(second.getState().form['peakIngressMiBps']).toBe('77');
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ version: 1 });
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
    expect(store.getState().notices.map((n) => n.text)).toContain('Your saved calculator state could not be read (it is not valid JSON), so the defaults are loaded.');
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

  it('returns the same object for the same inputs (memoised)', () => {
    const store = createCalculatorStore(makeScenario(), () => memoryStorage());
    const select = createSizingSelector(BUNDLED_PRICE_BOOK);
    const { form, assumptions } = store.getState();
    expect(select(form, assumptions)).toBe(select(form, assumptions));
  });
});
