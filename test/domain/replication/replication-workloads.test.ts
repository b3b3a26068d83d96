/** The workloads of the clusters on both sides (SPEC §11, "Clusters"), beyond what the pattern tests show. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/domain';
import { ceilCount, replicationClusterScenarios } from '../../../src/domain/replication/replication-workloads';
import { makeReplication, makeScenario } from './replication-factories';

describe('cluster workloads', () => {
  it('round partition counts up without counting floating-point dust', () => {
    // 300 × 0.1 is 30.000000000000004 in floating point: 30 partitions, not 31
    expect(ceilCount(300 * 0.1)).toBe(30);
    expect(ceilCount(30.5)).toBe(31);
    // active-active with prefixed names: 300 + ceil(300 × 0.1) = 330
    const s = makeScenario();
    const { source } = replicationClusterScenarios(s, makeReplication({ targetRegion: 'us-west-2', pattern: 'active-active', replicatedShare: 0.1 }, s));
    expect(source.scenario.partitions).toBe(330);
  });

  it('give derived clusters explicit egress, so consumer groups do not read the replicated writes too', () => {
    // 2 groups: egress 2 × 20 = 40 avg, 2 × 40 = 80 peak; the tool adds R = 20 and Rp = 40
    const s = makeScenario({ consumerGroups: 2 });
    const { source, target } = replicationClusterScenarios(s, makeReplication({ targetRegion: 'us-west-2', pattern: 'active-active' }, s));
    expect([source.scenario.avgEgressMiBps, source.scenario.peakEgressMiBps, source.scenario.consumerGroups]).toEqual([60, 120, null]);
    expect([target.scenario.region, target.scenario.avgIngressMiBps]).toEqual(['us-west-2', 40]);
  });

  it('never carry the scenario\'s replication block into the clusters they derive', () => {
    const plain = makeScenario();
    const block = makeReplication({ targetRegion: 'us-west-2' }, plain);
    const withBlock = { ...plain, replication: block } as Scenario;
    const { source, target } = replicationClusterScenarios(withBlock, block);
    expect((source.scenario as Scenario & { replication: unknown }).replication).toBeNull();
    expect((target.scenario as Scenario & { replication: unknown }).replication).toBeNull();
    expect(replicationClusterScenarios(plain, block).source.scenario.replication).toBeNull();
  });
});
