/** The replication block (SPEC §11) beside the form: kept through loads, storage and undo, and sized with the scenario. */
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioContextOf, sizeScenario } from '../../src/domain';
import { createCalculatorStore } from '../../src/state/calculator-store';
import { PRESETS } from '../../src/state/presets';
import { createSizingSelector } from '../../src/state/sizing-selector';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';
import { memoryStorage } from '../support/memory-storage';

const DR = makeScenario({
  peakIngressMiBps: 100,
  avgIngressMiBps: 50,
  replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
});

describe('a scenario with a replication block', () => {
  it('keeps the block when loaded, across a new session, and sizes it with the scenario', () => {
    const storage = memoryStorage();
    const store = createCalculatorStore(makeScenario(), () => storage);
    store.getState().loadScenario(DR, 'Opened a link.');
    const again = createCalculatorStore(makeScenario(), () => storage);
    expect(again.getState().replication).toMatchObject({ pattern: 'active-passive', targetRegion: 'us-west-2' });
    const s = again.getState();
    const sizing = createSizingSelector(BUNDLED_PRICE_BOOK)(
      s.form,
      s.assumptions,
      { decimal: '.', units: {} },
      { replication: s.replication },
    );
    expect(sizing.scenario?.replication?.targetRegion).toBe('us-west-2');
    // SPEC §11 prices all three tools (their figures are hand-worked in test/domain/replication).
    expect(sizing.result?.replication?.tools.map((t) => t.tool)).toEqual(['msk-replicator', 'mm2-msk-connect', 'mm2-ec2']);
  });

  it('removes the block with one action that Undo reverts', () => {
    const store = createCalculatorStore(makeScenario(), () => memoryStorage());
    store.getState().loadScenario(DR);
    store.getState().removeReplication();
    expect(store.getState().replication).toBeNull();
    store.getState().undo();
    expect(store.getState().replication).toMatchObject({ targetRegion: 'us-west-2' });
  });

  it('opens every preset as a valid scenario; the three replication presets carry their pattern', () => {
    const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);
    const patterns = PRESETS.map((p) => {
      const parsed = parseScenario(p.scenario, ctx);
      expect(parsed.ok, p.id).toBe(true);
      return parsed.ok ? (parsed.value.replication?.pattern ?? null) : 'invalid';
    });
    expect(patterns.filter((p) => p !== null).sort()).toEqual(['active-active', 'active-passive', 'migration']);
  });

  it('sizes MirrorMaker 2 with the editable throughput per MCU carried in the scenario (SPEC §11: MM2_MIBPS_PER_MCU)', () => {
    const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);
    const mcusAt = (mm2MiBpsPerMcu: number) => {
      const parsed = parseScenario(
        {
          avgIngressMiBps: 50,
          peakIngressMiBps: 100,
          replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
          assumptions: { tlsFactor: 1, pageCacheShare: 0.5, mm2MiBpsPerMcu },
        },
        ctx,
      );
      if (!parsed.ok) throw new Error('invalid');
      const result = sizeScenario(parsed.value, BUNDLED_PRICE_BOOK);
      const connect = result.replication?.tools.find((t) => t.tool === 'mm2-msk-connect');
      return connect && 'mcus' in connect.sizing ? connect.sizing.mcus : null;
    };
    // Rp = 100 MiB/s: ceil(100 / 8) = 13 MCUs needed by the source connector, provisioned as one worker size
    // (MSK Connect): 7 workers × 2 MCUs = 14, + 1 checkpoint + 1 heartbeat = 16; at 4 MiB/s per MCU,
    // ceil(100 / 4) = 25 needed → 7 × 4 = 28 (1- and 2-MCU workers would need 25 and 13 workers, over 10) + 2 = 30.
    expect(mcusAt(8)).toBe(16);
    expect(mcusAt(4)).toBe(30);
  });
});
