/**
 * Applying an import's patch to a scenario (SPEC §13.3, `mergeImport`): imported keys replace the
 * scenario's, the current block merges key by key, imported egress clears consumer groups, and a
 * kept value that clashes with an imported one fails naming both fields and the source.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentNeedsCluster, mergeImport, scenarioContextOf, type Scenario } from '../../src/domain';
import { BUNDLED_PRICE_BOOK, makeScenario, SPEC_DEFAULT_SCENARIO } from '../support/factories';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

/** SPEC §13.2's current cluster: 9 × kafka.m7g.xlarge, 2,000 GiB each, CPU peak 24 %. */
const NINE_XLARGE = {
  deployment: 'msk-standard',
  instanceType: 'kafka.m7g.xlarge',
  brokers: 9,
  volumeGiBPerBroker: 2000,
  observed: { cpuPeakPct: 24, diskUsedPct: 40 },
};

function merged(scenario: Scenario, patch: Record<string, unknown>, source = 'import.txt'): Scenario {
  const result = mergeImport(scenario, patch, ctx, source);
  if (!result.ok) throw new Error(`mergeImport failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.value;
}

describe('imported keys', () => {
  it('replace the scenario’s and leave every other key as it was', () => {
    const scenario = makeScenario({ name: 'orders', partitions: 300, replicationFactor: 3 });
    const value = merged(scenario, { partitions: 10, replicationFactor: 2 });
    expect(value.partitions).toBe(10);
    expect(value.replicationFactor).toBe(2);
    expect(value.name).toBe('orders');
    expect(value.peakIngressMiBps).toBe(SPEC_DEFAULT_SCENARIO.peakIngressMiBps);
    expect(value.region).toBe('us-east-1');
  });

  it('give back the scenario unchanged when the patch is empty', () => {
    const scenario = makeScenario({ name: 'orders', peakIngressMiBps: 55, current: NINE_XLARGE });
    expect(merged(scenario, {})).toEqual(scenario);
  });

  it('are validated through the scenario schema: an imported partition count of 0 is refused on its field', () => {
    const result = mergeImport(makeScenario(), { partitions: 0 }, ctx, 'topics.txt');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['partitions']);
  });

  it('replace any valid partition count (property)', () => {
    const scenario = makeScenario();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (partitions) => {
        expect(merged(scenario, { partitions }).partitions).toBe(partitions);
      }),
    );
  });
});

describe('the current block', () => {
  it('merges key by key with the scenario’s, the observed metrics too', () => {
    const scenario = makeScenario({ current: NINE_XLARGE });
    const value = merged(scenario, { current: { brokers: 6, observed: { partitionReplicas: 4200 } } });
    expect(value.current).toEqual({
      deployment: 'msk-standard',
      instanceType: 'kafka.m7g.xlarge',
      brokers: 6,
      volumeGiBPerBroker: 2000,
      provisionedThroughputMiBps: null,
      observed: { cpuPeakPct: 24, diskUsedPct: 40, partitionReplicas: 4200, periodDays: null },
    });
  });

  it('lets an imported observed value replace the kept one', () => {
    const scenario = makeScenario({ current: NINE_XLARGE });
    const value = merged(scenario, { current: { observed: { cpuPeakPct: 31 } } });
    expect(value.current?.observed).toEqual({ cpuPeakPct: 31, diskUsedPct: 40, partitionReplicas: null, periodDays: null });
  });

  it('is made from the import alone when the scenario has none and the import names the deployment', () => {
    const patch = {
      current: { deployment: 'msk-standard', instanceType: 'kafka.m5.large', brokers: 3, volumeGiBPerBroker: 500 },
    };
    expect(currentNeedsCluster(makeScenario(), patch)).toBe(false);
    expect(merged(makeScenario(), patch).current).toEqual({
      deployment: 'msk-standard',
      instanceType: 'kafka.m5.large',
      brokers: 3,
      volumeGiBPerBroker: 500,
      provisionedThroughputMiBps: null,
      observed: null,
    });
  });

  it('stays as it is when the patch has no current key', () => {
    const scenario = makeScenario({ current: NINE_XLARGE });
    expect(merged(scenario, { partitions: 10 }).current).toEqual(scenario.current);
  });
});

describe('another cluster imported', () => {
  it('replaces the current block when the import describes another deployment: none of the old keys or metrics stay', () => {
    // describe-cluster-v2 of a 3-broker Express cluster, imported over the 9 × kafka.m7g.xlarge Standard cluster.
    const scenario = makeScenario({ current: NINE_XLARGE });
    const express = { deployment: 'msk-express', instanceType: 'express.m7g.large', brokers: 3 };
    expect(merged(scenario, { current: express }).current).toEqual({ ...express, provisionedThroughputMiBps: null, observed: null });
    const serverless = merged(scenario, { current: { deployment: 'msk-serverless' } }).current;
    expect(serverless).toEqual({ deployment: 'msk-serverless', provisionedThroughputMiBps: null, observed: null });
  });

  it('keeps the block and adds to it when the import describes the same cluster', () => {
    const scenario = makeScenario({ current: NINE_XLARGE });
    const value = merged(scenario, { current: { deployment: 'msk-standard', instanceType: 'kafka.m7g.xlarge', brokers: 6 } }).current;
    expect(value).toMatchObject({ brokers: 6, volumeGiBPerBroker: 2000, observed: { cpuPeakPct: 24, diskUsedPct: 40 } });
  });
});

describe('observed metrics without a cluster (currentNeedsCluster)', () => {
  const cpuOnly = { current: { observed: { cpuPeakPct: 35 } } };

  it('needs a cluster when the scenario has no current block and the import names no deployment', () => {
    expect(currentNeedsCluster(makeScenario(), cpuOnly)).toBe(true);
  });

  it('needs none when the scenario already has a current block, or the patch has no current key', () => {
    expect(currentNeedsCluster(makeScenario({ current: NINE_XLARGE }), cpuOnly)).toBe(false);
    expect(currentNeedsCluster(makeScenario(), { partitions: 10 })).toBe(false);
  });

  it('leaves the metrics out and applies the rest of the patch', () => {
    const value = merged(makeScenario(), { ...cpuOnly, partitions: 12 });
    expect(value.current).toBeNull();
    expect(value.partitions).toBe(12);
  });
});

describe('consumer groups', () => {
  it('are set to null by imported egress, which is then used as measured', () => {
    // With 2 consumer groups the scenario's egress is derived: 2 × 20 = 40 and 2 × 40 = 80 MiB/s.
    const scenario = makeScenario({ consumerGroups: 2 });
    expect(scenario.avgEgressMiBps).toBe(40);
    const value = merged(scenario, { avgEgressMiBps: 30, peakEgressMiBps: 90 });
    expect(value.consumerGroups).toBeNull();
    expect(value.avgEgressMiBps).toBe(30);
    expect(value.peakEgressMiBps).toBe(90);
  });

  it('are set to null by an imported peak egress alone', () => {
    // Kept average egress 2 × 20 = 40 MiB/s ≤ the imported peak 100.
    const value = merged(makeScenario({ consumerGroups: 2 }), { peakEgressMiBps: 100 });
    expect(value.consumerGroups).toBeNull();
    expect(value.avgEgressMiBps).toBe(40);
    expect(value.peakEgressMiBps).toBe(100);
  });

  it('stay when only ingress is imported, so egress is still derived from them', () => {
    // 3 groups × the imported 30/60 MiB/s of ingress = 90/180 MiB/s of egress.
    const value = merged(makeScenario({ consumerGroups: 3 }), { avgIngressMiBps: 30, peakIngressMiBps: 60 });
    expect(value.consumerGroups).toBe(3);
    expect(value.avgEgressMiBps).toBe(90);
    expect(value.peakEgressMiBps).toBe(180);
  });
});

describe('a kept value that clashes with an imported one', () => {
  it('fails when a kept peak is below an imported average, naming both fields and the source', () => {
    // The default scenario keeps peakIngressMiBps 40; the import brings avgIngressMiBps 50.
    const result = mergeImport(makeScenario(), { avgIngressMiBps: 50 }, ctx, 'cloudwatch.json and 2 more files');
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      field: 'peakIngressMiBps',
      code: 'compare-field',
      params: { other: 'avgIngressMiBps', otherValue: 50, atMost: false },
      message: 'peakIngressMiBps = 40: must be at least avgIngressMiBps (50 MiB/s, imported from cloudwatch.json and 2 more files)',
    });
  });

  it('fails when a kept average is above an imported peak, the other way round', () => {
    // The default scenario keeps avgEgressMiBps 40; the import brings peakEgressMiBps 30.
    const result = mergeImport(makeScenario(), { peakEgressMiBps: 30 }, ctx, 'metrics.prom');
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      field: 'avgEgressMiBps',
      code: 'compare-field',
      params: { other: 'peakEgressMiBps', otherValue: 30, atMost: true },
      message: 'avgEgressMiBps = 40: must not exceed peakEgressMiBps (30 MiB/s, imported from metrics.prom)',
    });
  });

  it('fails exactly when the imported average is above the kept peak (property)', () => {
    // Kept peakIngressMiBps is the default 40 MiB/s.
    const scenario = makeScenario();
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1000, noNaN: true }), (avg) => {
        const result = mergeImport(scenario, { avgIngressMiBps: avg }, ctx, 'cw.json');
        expect(result.ok).toBe(avg <= 40);
        if (!result.ok) expect(result.errors.map((e) => [e.field, e.code])).toEqual([['peakIngressMiBps', 'compare-field']]);
      }),
    );
  });

  it('is no clash when both ends of the pair are imported and agree', () => {
    const value = merged(makeScenario(), { avgIngressMiBps: 50, peakIngressMiBps: 70 });
    expect([value.avgIngressMiBps, value.peakIngressMiBps]).toEqual([50, 70]);
  });
});

describe('local retention', () => {
  it('follows an imported retention when it equalled the old retention (no tiering)', () => {
    // Defaults: retention 168 h, local retention 168 h.
    const value = merged(makeScenario(), { retentionHours: 48 });
    expect(value.retentionHours).toBe(48);
    expect(value.localRetentionHours).toBe(48);
  });

  it('stays as it was when the scenario tiers (local shorter than retention)', () => {
    const value = merged(makeScenario({ retentionHours: 168, localRetentionHours: 24 }), { retentionHours: 336 });
    expect(value.retentionHours).toBe(336);
    expect(value.localRetentionHours).toBe(24);
  });

  it('takes an imported local retention over the rule', () => {
    const value = merged(makeScenario(), { retentionHours: 336, localRetentionHours: 72 });
    expect([value.retentionHours, value.localRetentionHours]).toEqual([336, 72]);
  });
});
