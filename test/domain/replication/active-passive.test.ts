/**
 * DR standby (pattern "active-passive", SPEC §11), hand-worked from the SPEC formulas and the bundled
 * prices (research/replication.md §1a–1c; replication-prices.test.ts checks them):
 *   us-east-1 → us-west-2. MSK Replicator in us-west-2 $0.30/h, $0.08/GB; MSK Connect us-west-2
 *   $0.11/MCU-hour; EC2 m7g.large us-west-2 $0.0816/h (2 vCPU); inter-region out of us-east-1 $0.02/GB.
 * Scenario defaults (SPEC §2): I 20, Ip 40, O 40, Op 80 MiB/s, 168 h, 300 partitions, RF 3, 3 AZs.
 * R = 20 × 1 = 20, Rp = 40; G = 20 × 3600 × 730 / 1024 = 51,328.125 GiB/month.
 * SPEC §11 v2.1: the standby is sized for the replicated workload (ingress, egress and partitions ×
 * replicatedShare), and the totals use the cheapest available managed tool.
 */
import { describe, expect, it } from 'vitest';
import { sizeScenario } from '../../../src/domain';
import { BUNDLED_PRICE_BOOK, codesOf, makeScenario, replicate, specGibPerMonth, toolCostOf, toolOf } from './replication-factories';

const G = specGibPerMonth(20); // 51,328.125 GiB
const standby = () => replicate({}, { targetRegion: 'us-west-2' });

describe('DR standby: what is replicated', () => {
  it('replicates G = R × 3600 × 730 / 1024 GiB a month in one flow', () => {
    const result = standby();
    expect(G).toBe(51_328.125);
    expect(result.replicatedGiBPerMonth).toBe(G);
    expect([result.pattern, result.sourceRegion, result.targetRegion]).toEqual(['active-passive', 'us-east-1', 'us-west-2']);
    // One-way: the tool reads each record once (readFactor 1).
    expect(result.derivation.flows).toEqual([
      { fromRegion: 'us-east-1', toRegion: 'us-west-2', count: 1, avgMiBps: 20, peakMiBps: 40, gibPerMonth: G, readFactor: 1 },
    ]);
  });

  it('sizes the source with one more consumer (egress + R, + Rp) and the standby for the replicated workload, all of it at share 1', () => {
    const result = standby();
    expect(result.source.workload).toEqual({
      basis: 'scenario-plus-replication-consumer',
      avgIngressMiBps: 20,
      peakIngressMiBps: 40,
      avgEgressMiBps: 60,
      peakEgressMiBps: 120,
      partitions: 300,
      retentionHours: 168,
    });
    // share 1: ingress, egress and partitions × 1, i.e. the scenario's own workload
    expect(result.target.workload).toEqual({
      basis: 'replicated-standby',
      avgIngressMiBps: 20,
      peakIngressMiBps: 40,
      avgEgressMiBps: 40,
      peakEgressMiBps: 80,
      partitions: 300,
      retentionHours: 168,
    });
    expect([result.source.region, result.target.region, result.source.clusterCount]).toEqual(['us-east-1', 'us-west-2', 1]);
  });

  it('sizes the standby for the replicated share only: at share 0.5, half the ingress, egress and partitions', () => {
    const result = replicate({}, { targetRegion: 'us-west-2', replicatedShare: 0.5 });
    // R = 20 × 0.5 = 10, Rp = 40 × 0.5 = 20: the source serves the tool (egress 40 + 10 = 50, 80 + 20 = 100) and
    // the standby takes what fails over: ingress 10/20, egress 40 × 0.5 = 20 and 80 × 0.5 = 40, 300 × 0.5 = 150 partitions.
    expect(result.source.workload).toEqual({
      basis: 'scenario-plus-replication-consumer',
      avgIngressMiBps: 20,
      peakIngressMiBps: 40,
      avgEgressMiBps: 50,
      peakEgressMiBps: 100,
      partitions: 300,
      retentionHours: 168,
    });
    expect(result.target.workload).toEqual({
      basis: 'replicated-standby',
      avgIngressMiBps: 10,
      peakIngressMiBps: 20,
      avgEgressMiBps: 20,
      peakEgressMiBps: 40,
      partitions: 150,
      retentionHours: 168,
    });
    // priced as the recommendation for that workload, written out by hand without replication
    const halfStandby = sizeScenario(
      makeScenario({
        region: 'us-west-2',
        avgIngressMiBps: 10,
        peakIngressMiBps: 20,
        avgEgressMiBps: 20,
        peakEgressMiBps: 40,
        partitions: 150,
      }),
      BUNDLED_PRICE_BOOK,
    );
    expect(result.target.recommendation).toBe(halfStandby.recommendations.overall);
    expect(result.target.monthlyCostUsd).toEqual(
      halfStandby.options.find((o) => o.id === halfStandby.recommendations.overall)?.monthlyCostUsd,
    );
  });

  it("rounds the standby's replicated partitions up to a whole number", () => {
    // 301 × 0.5 = 150.5 → 151
    expect(replicate({ partitions: 301 }, { targetRegion: 'us-west-2', replicatedShare: 0.5 }).target.workload.partitions).toBe(151);
  });

  it('prices each cluster as the recommendation for its workload in its own region', () => {
    const result = standby();
    const source = sizeScenario(makeScenario({ avgEgressMiBps: 60, peakEgressMiBps: 120 }), BUNDLED_PRICE_BOOK);
    const target = sizeScenario(makeScenario({ region: 'us-west-2' }), BUNDLED_PRICE_BOOK);
    expect(result.source.recommendation).toBe(source.recommendations.overall);
    expect(result.target.recommendation).toBe(target.recommendations.overall);
    expect(result.source.monthlyCostUsd).toEqual(source.options.find((o) => o.id === source.recommendations.overall)?.monthlyCostUsd);
    expect(result.target.monthlyCostUsd).toEqual(target.options.find((o) => o.id === target.recommendations.overall)?.monthlyCostUsd);
  });
});

describe('DR standby: the three tools', () => {
  it('prices MSK Replicator: 730 replicator-hours + $/GB processed + inter-region transfer', () => {
    const result = standby();
    const cost = toolCostOf(result, 'msk-replicator');
    expect(toolOf(result, 'msk-replicator').sizing).toEqual({ replicators: 1 });
    expect(cost.replicatorHours).toBeCloseTo(0.3 * 730, 9); // $219
    expect(cost.dataProcessed).toBeCloseTo(G * 0.08, 9); // $4,106.25
    expect(cost.dataTransfer).toBeCloseTo(G * 0.02, 9); // $1,026.5625
    expect(cost.workers).toBe(0);
    expect(cost.total).toBeCloseTo(219 + 4_106.25 + 1_026.5625, 9); // $5,351.8125
    expect(toolOf(result, 'msk-replicator').available).toBe(true);
  });

  it('matches the research worked example: 50 MiB/s from us-east-1 to us-west-2 is about $13,051 a month', () => {
    // 128,320.3125 GiB × $0.08 = $10,265.625; × $0.02 = $2,566.40625; + 730 h × $0.30 = $219
    const cost = toolCostOf(replicate({ avgIngressMiBps: 50, peakIngressMiBps: 50 }, { targetRegion: 'us-west-2' }), 'msk-replicator');
    expect(cost.total).toBeCloseTo(10_265.625 + 2_566.40625 + 219, 9);
  });

  it('prices MirrorMaker 2 on MSK Connect: ceil(Rp / 8) MCUs + 2 for checkpoints and heartbeats', () => {
    const result = standby();
    const tool = toolOf(result, 'mm2-msk-connect');
    // ceil(40 / 8) = 5 MCUs in one connector of 5 × 1-MCU workers; + 1 checkpoint + 1 heartbeat = 7 MCUs, 3 connectors, 7 workers
    expect(tool.sizing).toEqual({ mcus: 7, connectors: 3, workers: 7 });
    const cost = toolCostOf(result, 'mm2-msk-connect');
    expect(cost.workers).toBeCloseTo(7 * 0.11 * 730, 9); // $562.10
    expect(cost.dataTransfer).toBeCloseTo(1_026.5625, 9);
    expect([cost.replicatorHours, cost.dataProcessed]).toEqual([0, 0]);
    expect(cost.total).toBeCloseTo(562.1 + 1_026.5625, 9); // $1,588.6625
    expect(tool.derivation.flows[0]).toMatchObject({
      sourceConnectorMcus: 5,
      sourceConnectors: [{ workers: 5, mcusPerWorker: 1 }],
      auxiliaryMcus: 2,
      mcuHourUsd: 0.11,
    });
  });

  it('prices MirrorMaker 2 on EC2: max(2, ceil(Rp / (8 × vCPU))) m7g.large workers', () => {
    const result = standby();
    // max(2, ceil(40 / (8 × 2) = 2.5)) = 3 workers
    expect(toolOf(result, 'mm2-ec2').sizing).toEqual({ workers: 3, instanceType: 'm7g.large', vcpuPerWorker: 2 });
    const cost = toolCostOf(result, 'mm2-ec2');
    expect(cost.workers).toBeCloseTo(3 * 0.0816 * 730, 9); // $178.704
    expect(cost.total).toBeCloseTo(178.704 + 1_026.5625, 9); // $1,205.2665
  });

  it('uses the cheapest managed tool for the totals, MirrorMaker 2 on MSK Connect here, though MirrorMaker 2 on EC2 costs less', () => {
    const result = standby();
    // managed: MSK Replicator $5,351.8125, MirrorMaker 2 on MSK Connect $1,588.6625; self-managed: MirrorMaker 2 on EC2 $1,205.2665
    expect(toolCostOf(result, 'mm2-ec2').total).toBeLessThan(toolCostOf(result, 'mm2-msk-connect').total);
    expect(result.chosenTool).toBe('mm2-msk-connect');
    expect(result.chosenToolRule).toMatch(/lowest monthly cost/);
    expect(result.monthlyTotalUsd.replication).toBeCloseTo(562.1 + 1_026.5625, 9);
    expect(codesOf(result)).not.toContain('self-managed-replication-tool');
  });

  it('warns about what each tool needs that is not priced', () => {
    const result = standby();
    // Replicated partitions 300 ≥ about 134 needed for 40 MiB/s (40 × 10/3 = 133.3): no partition warning.
    expect(codesOf(toolOf(result, 'msk-replicator'))).toEqual(['replicator-private-connectivity']);
    expect(toolOf(result, 'msk-replicator').warnings[0]?.message).toMatch(
      /\$0\.0225 per hour per authentication scheme and \$0\.006 per GB processed in us-east-1/,
    );
    // RF 3 > MM2's remote-topic default of 2
    expect(codesOf(toolOf(result, 'mm2-msk-connect'))).toEqual(['mm2-throughput-assumed', 'mm2-remote-topic-rf']);
    expect(codesOf(toolOf(result, 'mm2-ec2'))).toEqual(['mm2-throughput-assumed', 'mm2-remote-topic-rf', 'mm2-ec2-operations']);
    expect(codesOf(result)).toEqual([]);
  });
});

describe('DR standby: totals with the clusters picked by hand', () => {
  it('adds source, standby and tool; no one-offs without a copy', () => {
    // Both sides on 9 × kafka.m7g.large (SPEC §4.1–4.3, 3 AZs, no TLS adjustment, utilisation 0.5):
    //  storage path: min(78.75, 250) / 6.5 × 0.5 = 6.058 MiB/s → ceil(40 / 6.058) = 7 → 9 brokers
    //  NIC: source fan-out 120/40 = 3 → netF = 3 × 1.5 + 2.2 + 0.5 + 3.0 = 10.2 → 117 / 10.2 × 0.5 = 5.735 → 7 → 9
    //       standby fan-out 2 → netF 8.7 → 6.724 → 6 → 6
    //  storage: 20 × 168 × 3600 × 3 / 1024 = 35,437.5 GiB / 0.5 = 70,875 GiB → 5 → 6
    // Each: 9 × $0.204 × 730 = $1,340.28 + 70,875 × $0.10 = $7,087.50 + producers' cross-AZ
    //  20 × 2/3 MiB/s = 34,218.75 GiB × $0.02 = $684.375 (consumers fetch from their own AZ) = $9,112.155
    // (share 1: the standby's workload is the scenario's). Tool: MirrorMaker 2 on MSK Connect, $1,588.6625.
    const result = replicate(
      {},
      { targetRegion: 'us-west-2' },
      { sourceOptionId: 'msk-standard:kafka.m7g.large', targetOptionId: 'msk-standard:kafka.m7g.large' },
    );
    expect([result.source.brokers, result.target.brokers]).toEqual([9, 9]);
    expect(result.source.monthlyCostUsd?.total).toBeCloseTo(1_340.28 + 7_087.5 + 684.375, 6);
    expect(result.target.monthlyCostUsd?.total).toBeCloseTo(9_112.155, 6);
    expect(result.monthlyTotalUsd.total).toBeCloseTo(9_112.155 * 2 + 1_588.6625, 6);
    expect(result.oneOffUsd).toEqual({ overlap: 0, copy: 0, total: 0 });
  });

  it('copies the retained data once when asked, at its transfer (and per-GB charge for the Replicator)', () => {
    // retained, one copy: 20 × 168 × 3600 / 1024 = 11,812.5 GiB
    const result = replicate({}, { targetRegion: 'us-west-2', copyExistingData: true });
    expect(result.derivation.copyGiBPerFlow).toBe(11_812.5);
    expect(toolOf(result, 'msk-replicator').oneOffUsd).toEqual({
      overlap: 0,
      copy: expect.closeTo(11_812.5 * (0.08 + 0.02), 9) as number,
      total: expect.closeTo(1_181.25, 9) as number,
    });
    expect(toolOf(result, 'mm2-ec2').oneOffUsd?.copy).toBeCloseTo(11_812.5 * 0.02, 9); // $236.25
    // the totals use MirrorMaker 2 on MSK Connect (the cheapest managed tool): no per-GB charge, the copy's transfer only
    expect(result.chosenTool).toBe('mm2-msk-connect');
    expect(result.oneOffUsd.total).toBeCloseTo(236.25, 9);
    expect(codesOf(toolOf(result, 'msk-replicator'))).toContain('replicator-starting-position');
  });

  it("warns that a standby in the source's own region does not survive losing the region, and pays no transfer", () => {
    const result = replicate({}, { targetRegion: 'us-east-1' });
    expect(codesOf(result)).toEqual(['standby-in-same-region']);
    // same region: $0.08/GB same-region price, no inter-region transfer
    expect(toolCostOf(result, 'msk-replicator').total).toBeCloseTo(219 + G * 0.08, 9);
    expect(toolCostOf(result, 'mm2-ec2').dataTransfer).toBe(0);
  });
});
