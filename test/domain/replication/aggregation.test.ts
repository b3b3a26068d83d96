/**
 * Hub aggregation (pattern "aggregation", SPEC §11), hand-worked: 3 spokes like the scenario in
 * us-east-1 feed a hub in us-west-2. Scenario defaults: I 20, Ip 40, O 40, Op 80 MiB/s, 300 partitions.
 * Per spoke R = 20, Rp = 40, G = 51,328.125 GiB/month. Prices: Replicator us-west-2 $0.30/h, $0.08/GB;
 * MSK Connect us-west-2 $0.11/MCU-hour; m7g.large us-west-2 $0.0816/h; out of us-east-1 $0.02/GB.
 * SPEC §11 v2.1: ceil(Rp / 1 GiB/s) Replicators per spoke; the totals use the cheapest managed tool.
 */
import { describe, expect, it } from 'vitest';
import { codesOf, replicate, toolCostOf, toolOf } from './replication-factories';

const G = 51_328.125;
const hub = (sourceClusters = 3) => replicate({}, { targetRegion: 'us-west-2', pattern: 'aggregation', sourceClusters });

describe('aggregation: clusters', () => {
  it("sizes the hub for sourceClusters × R of ingress, keeping the fan-out and each spoke's partitions", () => {
    expect(hub().target.workload).toEqual({
      basis: 'hub-of-spokes',
      avgIngressMiBps: 60,
      peakIngressMiBps: 120,
      avgEgressMiBps: 120,
      peakEgressMiBps: 240,
      partitions: 900,
      retentionHours: 168,
    });
    expect(hub().derivation.flows).toEqual([
      { fromRegion: 'us-east-1', toRegion: 'us-west-2', count: 3, avgMiBps: 20, peakMiBps: 40, gibPerMonth: G, readFactor: 1 },
    ]);
  });

  it('counts every spoke in the source total', () => {
    const r = hub();
    expect(r.source.clusterCount).toBe(3);
    expect(r.source.workload.avgEgressMiBps).toBe(60);
    expect(r.monthlyTotalUsd.source).toBeCloseTo(3 * (r.source.monthlyCostUsd?.total ?? Number.NaN), 9);
    const { source, target, replication, total } = r.monthlyTotalUsd;
    expect(total).toBeCloseTo((source ?? 0) + (target ?? 0) + (replication ?? 0), 9);
  });
});

describe('aggregation: tools', () => {
  it('prices one Replicator per spoke', () => {
    const r = hub();
    expect(toolOf(r, 'msk-replicator').sizing).toEqual({ replicators: 3 });
    const cost = toolCostOf(r, 'msk-replicator');
    expect(cost.replicatorHours).toBeCloseTo(3 * 219, 9);
    expect(cost.dataProcessed).toBeCloseTo(3 * G * 0.08, 9); // $12,318.75
    expect(cost.dataTransfer).toBeCloseTo(3 * G * 0.02, 9); // $3,079.6875
    expect(cost.total).toBeCloseTo(657 + 12_318.75 + 3_079.6875, 9); // $16,055.4375
  });

  it('prices MirrorMaker 2 on MSK Connect per spoke: 3 × (5 + 2) MCUs', () => {
    const r = hub();
    expect(toolOf(r, 'mm2-msk-connect').sizing).toEqual({ mcus: 21, connectors: 9, workers: 21 });
    expect(toolCostOf(r, 'mm2-msk-connect').total).toBeCloseTo(21 * 0.11 * 730 + 3_079.6875, 9); // $1,686.30 + transfer
  });

  it('prices MirrorMaker 2 on EC2 as one Connect cluster at the hub for 3 × Rp', () => {
    const r = hub();
    // max(2, ceil(120 / 16 = 7.5)) = 8 workers × $0.0816 × 730 = $476.544
    expect(toolOf(r, 'mm2-ec2').sizing).toEqual({ workers: 8, instanceType: 'm7g.large', vcpuPerWorker: 2 });
    expect(toolCostOf(r, 'mm2-ec2').total).toBeCloseTo(476.544 + 3_079.6875, 9);
  });

  it('uses the cheapest managed tool for the totals, MirrorMaker 2 on MSK Connect, though MirrorMaker 2 on EC2 costs less', () => {
    // Replicator $16,055.4375; MSK Connect 21 × $0.11 × 730 = $1,686.30 + $3,079.6875 = $4,765.9875; EC2 $3,556.2315
    const r = hub();
    expect(r.chosenTool).toBe('mm2-msk-connect');
    expect(r.monthlyTotalUsd.replication).toBeCloseTo(1_686.3 + 3_079.6875, 9);
  });

  it('prices ceil(Rp / 1,024) Replicators per spoke above 1 GiB/s', () => {
    // 2 spokes of Ip 1,500 MiB/s: ceil(1,500 / 1,024) = 2 Replicators per spoke, 4 in all, 4 × $0.30 × 730 = $876
    const r = replicate(
      { avgIngressMiBps: 750, peakIngressMiBps: 1_500, avgEgressMiBps: 0, peakEgressMiBps: 0, partitions: 6_000 },
      { targetRegion: 'us-west-2', pattern: 'aggregation', sourceClusters: 2 },
    );
    expect(toolOf(r, 'msk-replicator').sizing).toEqual({ replicators: 4 });
    expect(toolOf(r, 'msk-replicator').derivation.flows[0]).toMatchObject({ flows: 2, replicatorsPerFlow: 2, replicators: 4 });
    expect(toolCostOf(r, 'msk-replicator').replicatorHours).toBeCloseTo(4 * 0.3 * 730, 9);
    // processing is per GB, not per Replicator: 2 spokes × 750 × 3600 × 730 / 1024 GiB × $0.08
    expect(toolCostOf(r, 'msk-replicator').dataProcessed).toBeCloseTo(2 * ((750 * 3600 * 730) / 1024) * 0.08, 6);
  });

  it('warns above 15 Replicators per account', () => {
    expect(codesOf(toolOf(hub(15), 'msk-replicator'))).not.toContain('replicator-account-quota');
    expect(codesOf(toolOf(hub(16), 'msk-replicator'))).toContain('replicator-account-quota');
  });

  it('warns above 60 MSK Connect workers in a region', () => {
    // 8 spokes × 7 workers = 56; 9 × 7 = 63
    expect(codesOf(toolOf(hub(8), 'mm2-msk-connect'))).not.toContain('msk-connect-worker-quota');
    expect(codesOf(toolOf(hub(9), 'mm2-msk-connect'))).toContain('msk-connect-worker-quota');
  });

  it('ignores sourceClusters outside aggregation', () => {
    const r = replicate({}, { targetRegion: 'us-west-2', sourceClusters: 5 });
    expect(r.source.clusterCount).toBe(1);
    expect(toolOf(r, 'msk-replicator').sizing).toEqual({ replicators: 1 });
  });
});
