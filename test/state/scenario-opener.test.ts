import { describe, expect, it } from 'vitest';
import { scenarioContextOf, type Scenario } from '../../src/domain';
import {
  defaultScenarioOf,
  openScenarioWith as openScenario,
  sizeSavedScenario,
  type ScenarioLoader,
} from '../../src/state/scenario-opener';
import { BUNDLED_PRICE_BOOK } from '../support/factories';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

/** A loader that records what it was asked to do (a real recorder, not a mock of the domain). */
function recorder() {
  const loaded: { scenario: Scenario; notice?: string; replacedBy?: string }[] = [];
  const notices: string[] = [];
  const loader: ScenarioLoader = {
    loadScenario: (scenario, notice, replacedBy) => {
      loaded.push({ scenario, ...(notice ? { notice } : {}), ...(replacedBy ? { replacedBy } : {}) });
    },
    notify: (_tone, text) => {
      notices.push(text);
    },
  };
  return { loader, loaded, notices };
}

describe('opening a scenario', () => {
  it('loads a valid link, undoably, saying where it came from', () => {
    const { loader, loaded, notices } = recorder();
    expect(openScenario(loader, ctx, { name: 'Orders', peakIngressMiBps: 90 }, { kind: 'link' })).toBe(true);
    expect(loaded.map((l) => [l.scenario.peakIngressMiBps, l.notice, l.replacedBy])).toEqual([
      [90, 'Opened the scenario "Orders" from the link.', 'opening the link'],
    ]);
    expect(notices).toEqual([]);
  });

  it("reads a file's text, comments allowed", () => {
    const { loader, loaded } = recorder();
    openScenario(loader, ctx, '// mine\n{ "name": "From a file", "partitions": 42 }', { kind: 'file', fileName: 'mine.json' });
    expect(loaded[0]?.scenario.partitions).toBe(42);
    expect(loaded[0]?.notice).toBe('Imported "From a file" from mine.json.');
  });

  it("changes nothing for an invalid scenario and says why in the page's words", () => {
    const { loader, loaded, notices } = recorder();
    expect(openScenario(loader, ctx, { peakIngressMiBps: 'fast', colour: 1 }, { kind: 'file', fileName: 'broken.json' })).toBe(false);
    expect(loaded).toEqual([]);
    expect(notices).toEqual([
      'broken.json could not be imported, nothing was changed: Peak ingress: Must be a number (MiB/s). colour: Is not a scenario field (format 2); remove it or check its spelling.',
    ]);
  });

  it('sizes a saved scenario for comparison, or gives null when it no longer validates', () => {
    const assumptions = { tlsFactor: 1, pageCacheShare: 0.5, mm2MiBpsPerMcu: 8, moveMonths: 1, m7gCpuFactor: 0.73 };
    expect(sizeSavedScenario({ peakIngressMiBps: 40 }, ctx, BUNDLED_PRICE_BOOK, assumptions)?.recommendations.overall).toBe(
      'msk-express:express.m7g.xlarge',
    );
    expect(sizeSavedScenario({ peakIngressMiBps: -1 }, ctx, BUNDLED_PRICE_BOOK, assumptions)).toBeNull();
  });

  it('builds the scenario with every SPEC §2 default', () => {
    const s = defaultScenarioOf(ctx);
    expect([s.version, s.avgIngressMiBps, s.peakIngressMiBps, s.purpose, s.provisionedThroughputMiBps]).toEqual([
      2,
      20,
      40,
      'production',
      'auto',
    ]);
  });
});

describe('opening a scenario is one store action', () => {
  it('validates, loads undoably with a notice, and refuses an invalid one without changing anything', async () => {
    const { createCalculatorStore } = await import('../../src/state/calculator-store');
    const { memoryStorage } = await import('../support/memory-storage');
    const store = createCalculatorStore(defaultScenarioOf(ctx), () => memoryStorage(), '.', ctx);
    expect(store.getState().openScenario({ name: 'Orders', peakIngressMiBps: 90 }, { kind: 'link' })).toBe(true);
    expect(store.getState().form['peakIngressMiBps']).toBe('90');
    expect(store.getState().undoStack.at(-1)?.replacedBy).toBe('opening the link');
    expect(store.getState().openScenario({ peakIngressMiBps: 'fast' }, { kind: 'file', fileName: 'broken.json' })).toBe(false);
    expect(store.getState().form['peakIngressMiBps']).toBe('90');
    expect(store.getState().notices.at(-1)?.text).toContain('broken.json could not be imported, nothing was changed');
  });
});
