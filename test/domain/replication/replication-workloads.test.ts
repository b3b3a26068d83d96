/** The workloads of the clusters on both sides (SPEC §11, "Clusters"), beyond what the pattern tests show. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/domain';
import {
  ceilCount,
  headlineClusterScenario,
  readFactorOf,
  replicationClusterScenarios,
  replicationFlows,
} from '../../../src/domain/replication/replication-workloads';
import { makeReplication, makeScenario } from './replication-factories';

describe('cluster workloads', () => {
  it('round partition counts up without counting floating-point dust', () => {
    // 300 × 0.1 is 30.000000000000004 in floating point: 30 partitions, not 31
    expect(ceilCount(300 * 0.1)).toBe(30);
    expect(ceilCount(30.5)).toBe(31);
    // active-active with prefixed names: 300 + ceil(300 × 0.1) = 330
    const s = makeScenario();
    const { source } = replicationClusterScenarios(
      s,
      makeReplication({ targetRegion: 'us-west-2', pattern: 'active-active', replicatedShare: 0.1 }, s),
    );
    expect(source.scenario.partitions).toBe(330);
  });

  it('give derived clusters explicit egress, so consumer groups do not read the replicated writes too', () => {
    // 2 groups: egress 2 × 20 = 40 avg, 2 × 40 = 80 peak; the tool adds R = 20 and Rp = 40
    const s = makeScenario({ consumerGroups: 2 });
    const { source, target } = replicationClusterScenarios(s, makeReplication({ targetRegion: 'us-west-2', pattern: 'active-active' }, s));
    expect([source.scenario.avgEgressMiBps, source.scenario.peakEgressMiBps, source.scenario.consumerGroups]).toEqual([60, 120, null]);
    expect([target.scenario.region, target.scenario.avgIngressMiBps]).toEqual(['us-west-2', 40]);
  });

  it("never carry the scenario's replication block into the clusters they derive", () => {
    const plain = makeScenario();
    const block = makeReplication({ targetRegion: 'us-west-2' }, plain);
    const withBlock = { ...plain, replication: block } as Scenario;
    const { source, target } = replicationClusterScenarios(withBlock, block);
    expect((source.scenario as Scenario & { replication: unknown }).replication).toBeNull();
    expect((target.scenario as Scenario & { replication: unknown }).replication).toBeNull();
    expect(replicationClusterScenarios(plain, block).source.scenario.replication).toBeNull();
  });

  it('read each replicated record twice with identical names in active-active, and once otherwise (SPEC §11 v2.1)', () => {
    const s = makeScenario();
    const flowsOf = (block: Record<string, unknown>) =>
      replicationFlows(s, makeReplication({ targetRegion: 'us-west-2', ...block }, s)).map((f) => f.readFactor);
    expect(flowsOf({ pattern: 'active-active', identicalTopicNames: true })).toEqual([2, 2]);
    expect(flowsOf({ pattern: 'active-active', identicalTopicNames: false })).toEqual([1, 1]);
    // identical names only matter where both regions write the same topics
    expect(flowsOf({ pattern: 'active-passive', identicalTopicNames: true })).toEqual([1]);
    expect(flowsOf({ pattern: 'aggregation', identicalTopicNames: true, sourceClusters: 3 })).toEqual([1]);
    expect(readFactorOf(makeReplication({ targetRegion: 'us-west-2', pattern: 'migration', identicalTopicNames: true }, s))).toBe(1);
  });

  it("give the scenario's own cluster (the headline) the source's workload, and leave a scenario without replication as it is", () => {
    const plain = makeScenario();
    expect(headlineClusterScenario(plain)).toBe(plain);
    // active-passive, share 0.5: egress + R = 40 + 10 = 50, + Rp = 80 + 20 = 100; ingress and partitions unchanged
    const standby = makeScenario({ replication: { targetRegion: 'us-west-2', replicatedShare: 0.5 } });
    const headline = headlineClusterScenario(standby);
    expect([
      headline.avgIngressMiBps,
      headline.peakIngressMiBps,
      headline.avgEgressMiBps,
      headline.peakEgressMiBps,
      headline.partitions,
    ]).toEqual([20, 40, 50, 100, 300]);
    expect([headline.region, headline.replication]).toEqual(['us-east-1', null]);
    // active-active with identical names: ingress + R = 30/60, egress + 2R = 60/120
    const twoWay = headlineClusterScenario(
      makeScenario({
        replication: { targetRegion: 'us-west-2', pattern: 'active-active', identicalTopicNames: true, replicatedShare: 0.5 },
      }),
    );
    expect([twoWay.avgIngressMiBps, twoWay.peakIngressMiBps, twoWay.avgEgressMiBps, twoWay.peakEgressMiBps, twoWay.partitions]).toEqual([
      30, 60, 60, 120, 300,
    ]);
  });
});
