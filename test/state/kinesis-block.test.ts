/**
 * The kinesis block (SPEC §15) beside the form: created by the first field set, sized with the
 * scenario, reset to the defaults with Undo, persisted, carried by loads and links.
 *
 * Hand-worked from the us-east-1 prices (shard-hour $0.015, PUT payload units $0.014 per million,
 * extended retention $0.02 per shard-hour) for the default workload (20/40 MiB/s in, 40/80 out, 168 h):
 *   defaults: consumers round(80 ÷ 40) = 2; shards ceil(max(40, 40.96, 40) × 1.2) = ceil(49.152) = 50
 *   8 KiB records: 40 × 1,024 ÷ 8 = 5,120 records/s → 5.12 shards; so max(40, 5.12, 40) × 1.2 = 48 shards;
 *     48 × 730 × $0.015 = $525.60 + PUT 2,560 records/s × 2,628,000 ÷ 10^6 × $0.014 = $94.18752
 *     + 48 × 730 × $0.02 = $700.80 → $1,320.58752
 */
import { describe, expect, it } from 'vitest';
import { scenarioContextOf, type SizingResult } from '../../src/domain';
import { pickBlocks } from '../../src/state/block-fields';
import { createCalculatorStore, STORAGE_KEY, type CalculatorStore } from '../../src/state/calculator-store';
import { persistedSchema } from '../../src/state/persisted-state';
import { createSizingSelector } from '../../src/state/sizing-selector';
import { hashFromScenarioInput, readScenarioHash, scenarioDelta } from '../../src/state/url-scenario';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';
import { memoryStorage } from '../support/memory-storage';

const CTX = scenarioContextOf(BUNDLED_PRICE_BOOK);
const SETTINGS = { decimal: '.', units: {} } as const;

function storeWith(storage: Storage = memoryStorage()): CalculatorStore {
  return createCalculatorStore(makeScenario(), () => storage, '.', CTX);
}

/** The sizing of the store's state, as the page derives it. */
function sizingOf(store: CalculatorStore, select = createSizingSelector(BUNDLED_PRICE_BOOK)) {
  const s = store.getState();
  return select(s.form, s.assumptions, SETTINGS, pickBlocks(s));
}

function provisionedOf(result: SizingResult | null) {
  return result?.alternatives?.find((a) => a.id === 'kinesis-provisioned');
}

describe('the kinesis block in the store', () => {
  it('is absent at first, and the first field set creates it (unlike replication, which needs its Add button)', () => {
    const store = storeWith();
    expect(store.getState().kinesis).toBeNull();
    store.getState().setBlockField('replication.targetRegion', 'us-west-2');
    expect(store.getState().replication).toBeNull();
    store.getState().setBlockField('kinesis.recordSizeKiB', 8);
    expect(store.getState().kinesis).toEqual({ recordSizeKiB: 8 });
    store.getState().setBlockField('kinesis.enhancedFanOut', true);
    expect(store.getState().kinesis).toEqual({ recordSizeKiB: 8, enhancedFanOut: true });
  });

  it('changes the sizing: the selector prices 8 KiB records at 48 shards and $1,320.59 instead of 50 shards and $2,031.00', () => {
    const store = storeWith();
    const select = createSizingSelector(BUNDLED_PRICE_BOOK);
    const before = sizingOf(store, select);
    expect(provisionedOf(before.result)?.shards).toBe(50);
    expect(provisionedOf(before.result)?.monthlyCostUsd?.total).toBeCloseTo(547.5 + 753.50016 + 730, 9);
    store.getState().setBlockField('kinesis.recordSizeKiB', 8);
    const after = sizingOf(store, select);
    expect(after.errors).toEqual([]);
    expect(after.scenario?.kinesis).toEqual({ recordSizeKiB: 8, consumers: null, enhancedFanOut: false, headroomPct: 20 });
    expect(provisionedOf(after.result)?.shards).toBe(48);
    expect(provisionedOf(after.result)?.monthlyCostUsd?.total).toBeCloseTo(525.6 + 94.18752 + 700.8, 9);
    // The MSK options do not move.
    expect(after.result?.options).toEqual(before.result?.options);
  });

  it('names an invalid field and keeps the last good result, marked stale', () => {
    const store = storeWith();
    const select = createSizingSelector(BUNDLED_PRICE_BOOK);
    store.getState().setBlockField('kinesis.recordSizeKiB', 8);
    const good = sizingOf(store, select);
    store.getState().setBlockField('kinesis.headroomPct', 300);
    const bad = sizingOf(store, select);
    expect(bad.errors.map((e) => e.field)).toEqual(['kinesis.headroomPct']);
    expect(bad.scenario).toBeNull();
    expect(bad.isStale).toBe(true);
    expect(bad.result).toBe(good.result);
    expect(provisionedOf(bad.result)?.shards).toBe(48);
  });

  it('goes back to its defaults with an undoable notice, and Undo brings the settings back', () => {
    const store = storeWith();
    store.getState().setBlockField('kinesis.recordSizeKiB', 8);
    store.getState().removeBlock('kinesis');
    expect(store.getState().kinesis).toBeNull();
    expect(store.getState().notices.at(-1)).toMatchObject({
      tone: 'info',
      text: 'Kinesis Data Streams settings back to their defaults.',
      undoable: true,
    });
    expect(provisionedOf(sizingOf(store).result)?.shards).toBe(50);
    store.getState().undo();
    expect(store.getState().kinesis).toEqual({ recordSizeKiB: 8 });
    expect(store.getState().notices.at(-1)?.text).toBe('Undone: back to the scenario before resetting the Kinesis settings.');
    expect(provisionedOf(sizingOf(store).result)?.shards).toBe(48);
  });

  it('does nothing, and adds no Undo step, when the settings are already the defaults', () => {
    const store = storeWith();
    store.getState().removeBlock('kinesis');
    expect(store.getState().undoStack).toEqual([]);
    expect(store.getState().notices).toEqual([]);
  });

  it('is persisted and restored in a new session, through the persisted schema', () => {
    const storage = memoryStorage();
    storeWith(storage).getState().setBlockField('kinesis.recordSizeKiB', 8);
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: Record<string, unknown> };
    expect(stored.state['kinesis']).toEqual({ recordSizeKiB: 8 });
    expect(persistedSchema.safeParse(stored.state).success).toBe(true);
    const again = storeWith(storage);
    expect(again.getState().kinesis).toEqual({ recordSizeKiB: 8 });
    expect(again.getState().notices).toEqual([]);
    expect(provisionedOf(sizingOf(again).result)?.shards).toBe(48);
  });

  it('reads stored state from before the block as no block, and refuses a block that is not an object', () => {
    const storage = memoryStorage();
    storeWith(storage).getState().setField('partitions', '12');
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: Record<string, unknown>; version: number };
    const { kinesis: _dropped, ...older } = stored.state;
    expect(_dropped).toBeNull();
    const fromOlder = storeWith(memoryStorage({ [STORAGE_KEY]: JSON.stringify({ state: older, version: stored.version }) }));
    expect(fromOlder.getState().kinesis).toBeNull();
    expect(fromOlder.getState().form['partitions']).toBe('12');
    const corrupt = storeWith(
      memoryStorage({ [STORAGE_KEY]: JSON.stringify({ state: { ...stored.state, kinesis: 'fast' }, version: stored.version }) }),
    );
    expect(corrupt.getState().kinesis).toBeNull();
    expect(corrupt.getState().notices[0]?.text).toContain('could not be read (kinesis is invalid)');
  });

  it('keeps a stored value that is out of range as typed, for validation to name', () => {
    const storage = memoryStorage();
    storeWith(storage).getState().setBlockField('kinesis.headroomPct', 300);
    const again = storeWith(storage);
    expect(again.getState().kinesis).toEqual({ headroomPct: 300 });
    expect(sizingOf(again).errors.map((e) => e.field)).toEqual(['kinesis.headroomPct']);
  });

  it('comes with a loaded scenario that has one, goes with one that has none, and Undo restores the one before', () => {
    const store = storeWith();
    store.getState().setBlockField('kinesis.recordSizeKiB', 8);
    store.getState().loadScenario(makeScenario({ kinesis: { recordSizeKiB: 0.5, consumers: 3 } }), 'Opened a file.');
    expect(store.getState().kinesis).toEqual({ recordSizeKiB: 0.5, consumers: 3, enhancedFanOut: false, headroomPct: 20 });
    // 0.5 KiB: 40 × 1,024 ÷ 0.5 = 81,920 records/s → 81.92 shards; 3 × 40 ÷ 2 = 60; × 1.2 = 98.304 → 99 shards.
    expect(provisionedOf(sizingOf(store).result)?.shards).toBe(99);
    store.getState().loadScenario(makeScenario({ partitions: 12 }));
    expect(store.getState().kinesis).toBeNull();
    store.getState().undo();
    expect(store.getState().kinesis).toMatchObject({ recordSizeKiB: 0.5, consumers: 3 });
    store.getState().undo();
    expect(store.getState().kinesis).toEqual({ recordSizeKiB: 8 });
  });

  it('opens a link or file with a block, and refuses one with an invalid block, changing nothing', () => {
    const store = storeWith();
    expect(store.getState().openScenario({ kinesis: { enhancedFanOut: true } }, { kind: 'link' })).toBe(true);
    expect(store.getState().kinesis).toMatchObject({ enhancedFanOut: true });
    const refused = store.getState().openScenario('{"kinesis": {"recordSizeKiB": 0}}', { kind: 'file', fileName: 'a.json' });
    expect(refused).toBe(false);
    expect(store.getState().kinesis).toMatchObject({ enhancedFanOut: true });
    expect(store.getState().notices.at(-1)?.text).toContain('a.json could not be imported, nothing was changed');
    expect(store.getState().notices.at(-1)?.text).toContain('Kinesis: average record size');
  });
});

describe('the kinesis block in a share link', () => {
  it('travels with the full scenario and opens as it was', () => {
    const store = storeWith();
    store.getState().setBlockField('kinesis.recordSizeKiB', 8);
    store.getState().setBlockField('kinesis.consumers', 4);
    const full = sizingOf(store).fullScenario;
    if (full === null) throw new Error('the scenario is invalid');
    const delta = scenarioDelta(full, makeScenario());
    expect(delta['kinesis']).toEqual({ recordSizeKiB: 8, consumers: 4, enhancedFanOut: false, headroomPct: 20 });
    const read = readScenarioHash(hashFromScenarioInput(delta));
    if (read.kind !== 'ok') throw new Error('the link did not read');
    const other = storeWith();
    expect(other.getState().openScenario(read.input, { kind: 'link' })).toBe(true);
    expect(other.getState().kinesis).toEqual({ recordSizeKiB: 8, consumers: 4, enhancedFanOut: false, headroomPct: 20 });
    // 4 consumers × 40 ÷ 2 = 80 shards for reads × 1.2 = 96.
    expect(provisionedOf(sizingOf(other).result)?.shards).toBe(96);
  });

  it('is left out of the link at its defaults (no block)', () => {
    const full = sizingOf(storeWith()).fullScenario;
    if (full === null) throw new Error('the scenario is invalid');
    expect('kinesis' in scenarioDelta(full, makeScenario())).toBe(false);
  });
});
