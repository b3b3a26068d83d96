/**
 * Two-way replication with both regions live (pattern "active-active", SPEC §11), hand-worked:
 *   us-east-1 ↔ eu-central-1, replicatedShare 0.5. Scenario defaults: I 20, Ip 40, O 40, Op 80 MiB/s.
 *   R = 10, Rp = 20 MiB/s; G = 10 × 3600 × 730 / 1024 = 25,664.0625 GiB/month per direction.
 * Prices (research/replication.md): Replicator us-east-1 $0.30/h, $0.08/GB; eu-central-1 $0.39/h, $0.10/GB;
 * MSK Connect us-east-1 $0.11, eu-central-1 $0.132 per MCU-hour; EC2 m7g.large us-east-1 $0.0816/h,
 * eu-central-1 $0.0978/h; inter-region out of either region $0.02/GB (no pair price between them).
 * SPEC §11 v2.1, identical topic names: each topic holds both regions' writes and the tool reads them all,
 * so Rp′ = 2Rp, the tool processes and transfers 2G per direction, and each cluster's egress is + 2R; both
 * MirrorMaker 2 tools are unavailable (still priced, to compare).
 */
import { describe, expect, it } from 'vitest';
import { codesOf, replicate, specGibPerMonth, toolCostOf, toolOf } from './replication-factories';

const G = specGibPerMonth(10); // 25,664.0625 GiB
const twoWay = (identicalTopicNames: boolean) =>
  replicate({}, { targetRegion: 'eu-central-1', pattern: 'active-active', replicatedShare: 0.5, identicalTopicNames });

describe('active-active: clusters', () => {
  it('runs one flow each way', () => {
    expect(twoWay(true).derivation.flows.map((f) => [f.fromRegion, f.toRegion, f.count, f.avgMiBps, f.peakMiBps])).toEqual([
      ['us-east-1', 'eu-central-1', 1, 10, 20],
      ['eu-central-1', 'us-east-1', 1, 10, 20],
    ]);
  });

  it('reads each record twice with identical names (read factor 2) and once with prefixed names', () => {
    expect(twoWay(true).derivation.flows.map((f) => f.readFactor)).toEqual([2, 2]);
    expect(twoWay(false).derivation.flows.map((f) => f.readFactor)).toEqual([1, 1]);
  });

  it("sizes both clusters for their own and the peer's writes (ingress + R) and, with identical names, the tool's reads of both (egress + 2R)", () => {
    const result = twoWay(true);
    // ingress 20 + 10 = 30, 40 + 20 = 60; egress 40 + 2 × 10 = 60, 80 + 2 × 20 = 120;
    // identical topic names: the peer's records land in the same topics, so no new partitions
    const expected = {
      basis: 'own-and-peer-writes',
      avgIngressMiBps: 30,
      peakIngressMiBps: 60,
      avgEgressMiBps: 60,
      peakEgressMiBps: 120,
      partitions: 300,
      retentionHours: 168,
    };
    expect(result.source.workload).toEqual(expected);
    expect(result.target.workload).toEqual(expected);
    expect([result.source.region, result.target.region]).toEqual(['us-east-1', 'eu-central-1']);
  });

  it("sizes both clusters' egress + R with prefixed names, where the tool reads its own region's writes only", () => {
    // egress 40 + 10 = 50, 80 + 20 = 100
    const { source, target } = twoWay(false);
    expect([source.workload.avgEgressMiBps, source.workload.peakEgressMiBps]).toEqual([50, 100]);
    expect([target.workload.avgEgressMiBps, target.workload.peakEgressMiBps]).toEqual([50, 100]);
    expect([source.workload.avgIngressMiBps, source.workload.peakIngressMiBps]).toEqual([30, 60]);
  });

  it("adds the prefixed remote topics' partitions when names are not kept", () => {
    // 300 + ceil(300 × 0.5) = 450
    expect(twoWay(false).source.workload.partitions).toBe(450);
    expect(twoWay(false).target.workload.partitions).toBe(450);
  });
});

describe('active-active: tools', () => {
  it("prices MSK Replicator with one replicator per direction, each in its target's region, processing and transferring twice with identical names", () => {
    const result = twoWay(true);
    const cost = toolCostOf(result, 'msk-replicator');
    // Rp′ = 2 × 20 = 40 MiB/s per direction, well under 1 GiB/s: one Replicator each way
    expect(toolOf(result, 'msk-replicator').sizing).toEqual({ replicators: 2 });
    expect(cost.replicatorHours).toBeCloseTo((0.39 + 0.3) * 730, 9); // $503.70
    // 2 × G processed per direction: 51,328.125 × $0.10 (in eu-central-1) + 51,328.125 × $0.08 (in us-east-1)
    expect(cost.dataProcessed).toBeCloseTo(2 * G * 0.1 + 2 * G * 0.08, 9); // $5,132.8125 + $4,106.25
    // 2 × G transferred per direction, each at the sending region's $0.02/GB
    expect(cost.dataTransfer).toBeCloseTo(2 * (2 * G * 0.02), 9); // $2,053.125
    expect(cost.total).toBeCloseTo(503.7 + 9_239.0625 + 2_053.125, 9); // $11,795.8875
  });

  it('processes and transfers each record once with prefixed names', () => {
    const cost = toolCostOf(twoWay(false), 'msk-replicator');
    // G × ($0.10 + $0.08) = $4,619.53125; transfer 2 × G × $0.02 = $1,026.5625
    expect(cost.dataProcessed).toBeCloseTo(G * 0.18, 9);
    expect(cost.dataTransfer).toBeCloseTo(2 * G * 0.02, 9);
  });

  it('prices MirrorMaker 2 on MSK Connect in each target region', () => {
    const result = twoWay(false);
    // per flow: ceil(20 / 8) = 3 MCUs + 2 = 5; eu-central-1 5 × $0.132 × 730 = $481.80, us-east-1 5 × $0.11 × 730 = $401.50
    expect(toolOf(result, 'mm2-msk-connect').available).toBe(true);
    expect(toolOf(result, 'mm2-msk-connect').sizing).toEqual({ mcus: 10, connectors: 6, workers: 10 });
    const cost = toolCostOf(result, 'mm2-msk-connect');
    expect(cost.workers).toBeCloseTo(481.8 + 401.5, 9);
    expect(cost.total).toBeCloseTo(883.3 + 1_026.5625, 9); // $1,909.8625
  });

  it('prices MirrorMaker 2 on EC2 with a Connect cluster in each region', () => {
    const result = twoWay(false);
    // each region: max(2, ceil(20 / 16)) = 2 workers; 2 × $0.0978 × 730 = $142.788 + 2 × $0.0816 × 730 = $119.136
    expect(toolOf(result, 'mm2-ec2').available).toBe(true);
    expect(toolOf(result, 'mm2-ec2').sizing).toEqual({ workers: 4, instanceType: 'm7g.large', vcpuPerWorker: 2 });
    const cost = toolCostOf(result, 'mm2-ec2');
    expect(cost.workers).toBeCloseTo(142.788 + 119.136, 9);
    expect(cost.total).toBeCloseTo(261.924 + 1_026.5625, 9); // $1,288.4865
  });

  it('uses the cheapest managed tool with prefixed names: MirrorMaker 2 on MSK Connect, though MirrorMaker 2 on EC2 costs less', () => {
    // Replicator $503.70 + $4,619.53125 + $1,026.5625 = $6,149.79375; MSK Connect $1,909.8625; EC2 $1,288.4865
    const result = twoWay(false);
    expect(result.chosenTool).toBe('mm2-msk-connect');
    expect(result.monthlyTotalUsd.replication).toBeCloseTo(883.3 + 1_026.5625, 9);
  });

  it('makes both MirrorMaker 2 tools unavailable with identical names, and says why', () => {
    const result = twoWay(true);
    for (const id of ['mm2-msk-connect', 'mm2-ec2'] as const) {
      expect(toolOf(result, id).available).toBe(false);
      expect(toolOf(result, id).unavailable?.code).toBe('mm2-identical-names-active-active');
      expect(toolOf(result, id).unavailable?.message).toMatch(/IdentityReplicationPolicy does not support active-active/);
    }
    expect(toolOf(twoWay(false), 'mm2-msk-connect').unavailable).toBeNull();
    expect(toolOf(twoWay(false), 'mm2-ec2').unavailable).toBeNull();
  });

  it('still prices both MirrorMaker 2 tools with identical names, for comparison, at Rp′ = 2Rp and 2G per direction', () => {
    const result = twoWay(true);
    // MSK Connect, per flow: ceil(2 × 20 / 8) = 5 MCUs (5 × 1-MCU workers) + 2 = 7;
    // eu-central-1 7 × $0.132 × 730 = $674.52, us-east-1 7 × $0.11 × 730 = $562.10
    expect(toolOf(result, 'mm2-msk-connect').sizing).toEqual({ mcus: 14, connectors: 6, workers: 14 });
    const connect = toolCostOf(result, 'mm2-msk-connect');
    expect(connect.workers).toBeCloseTo(7 * 0.132 * 730 + 7 * 0.11 * 730, 9);
    expect(connect.dataTransfer).toBeCloseTo(2 * (2 * G * 0.02), 9); // $2,053.125
    expect(connect.total).toBeCloseTo(674.52 + 562.1 + 2_053.125, 9); // $3,289.745
    // EC2, per region: max(2, ceil(40 / 16)) = 3 workers; 3 × $0.0978 × 730 = $214.182 + 3 × $0.0816 × 730 = $178.704
    expect(toolOf(result, 'mm2-ec2').sizing).toEqual({ workers: 6, instanceType: 'm7g.large', vcpuPerWorker: 2 });
    expect(toolCostOf(result, 'mm2-ec2').total).toBeCloseTo(214.182 + 178.704 + 2_053.125, 9); // $2,446.011
  });

  it('uses MSK Replicator with identical names, the only tool available, even when the user picked MirrorMaker 2', () => {
    const result = twoWay(true);
    expect(result.chosenTool).toBe('msk-replicator');
    expect(result.monthlyTotalUsd.replication).toBeCloseTo(11_795.8875, 9);
    const picked = replicate(
      {},
      { targetRegion: 'eu-central-1', pattern: 'active-active', replicatedShare: 0.5, identicalTopicNames: true },
      { preferredTool: 'mm2-msk-connect' },
    );
    expect(picked.chosenTool).toBe('msk-replicator');
    expect(codesOf(picked)).toEqual(['preferred-tool-unavailable']);
  });

  it("copies each side's retained data once per direction, even with identical names (SPEC §11: it goes through the tool once)", () => {
    // retained × share: 10 × 168 × 3600 / 1024 = 5,906.25 GiB per direction; the topics hold only their own
    // region's data before replication starts, so each record is read, processed and transferred once.
    const result = replicate(
      {},
      { targetRegion: 'eu-central-1', pattern: 'active-active', replicatedShare: 0.5, identicalTopicNames: true, copyExistingData: true },
    );
    expect(result.derivation.copyGiBPerFlow).toBe(5_906.25);
    // processed: 5,906.25 × ($0.10 + $0.08) = $1,063.125; transfer 2 directions × 5,906.25 × $0.02 = $236.25
    expect(toolOf(result, 'msk-replicator').oneOffUsd?.copy).toBeCloseTo(5_906.25 * (0.1 + 0.08) + 2 * 5_906.25 * 0.02, 9);
    // MirrorMaker 2 (unavailable here, priced to compare) has no per-GB charge: the transfer only
    expect(toolOf(result, 'mm2-ec2').oneOffUsd?.copy).toBeCloseTo(236.25, 9);
    expect(result.oneOffUsd).toEqual({
      overlap: 0,
      copy: expect.closeTo(1_063.125 + 236.25, 9) as number,
      total: expect.closeTo(1_299.375, 9) as number,
    });
  });
});

describe('active-active with identical names, 50 MiB/s each way between us-east-1 and us-west-2', () => {
  // R = 50, Rp = 100 MiB/s; G = 50 × 3600 × 730 / 1024 = 128,320.3125 GiB/month per direction.
  // MSK Replicator in both regions: $0.30/h, $0.08/GB; out of us-east-1 and out of us-west-2: $0.02/GB.
  const G50 = specGibPerMonth(50);
  const result = () =>
    replicate(
      { avgIngressMiBps: 50, peakIngressMiBps: 100 },
      { targetRegion: 'us-west-2', pattern: 'active-active', identicalTopicNames: true },
    );

  it('has MSK Replicator process and transfer 2G per direction', () => {
    expect(G50).toBe(128_320.3125);
    const replicator = toolOf(result(), 'msk-replicator');
    expect(replicator.derivation.flows).toEqual([
      expect.objectContaining({
        fromRegion: 'us-east-1',
        toRegion: 'us-west-2',
        processingFactor: 2,
        processedGiBPerMonth: 2 * G50,
        perGbUsd: 0.08,
      }),
      expect.objectContaining({
        fromRegion: 'us-west-2',
        toRegion: 'us-east-1',
        processingFactor: 2,
        processedGiBPerMonth: 2 * G50,
        perGbUsd: 0.08,
      }),
    ]);
    expect(replicator.derivation.transfer).toEqual([
      { fromRegion: 'us-east-1', toRegion: 'us-west-2', gibPerMonth: 2 * G50, perGbUsd: 0.02 },
      { fromRegion: 'us-west-2', toRegion: 'us-east-1', gibPerMonth: 2 * G50, perGbUsd: 0.02 },
    ]);
  });

  it('costs 2 × G × $0.02 of transfer and 2 × G × $0.08 of processing per direction, and one Replicator each way', () => {
    const cost = toolCostOf(result(), 'msk-replicator');
    // Rp′ = 2 × 100 = 200 MiB/s ≤ 1,024: one Replicator per direction
    expect(toolOf(result(), 'msk-replicator').sizing).toEqual({ replicators: 2 });
    expect(cost.replicatorHours).toBeCloseTo(2 * 0.3 * 730, 9); // $438
    expect(cost.dataProcessed).toBeCloseTo(2 * (2 * G50 * 0.08), 9); // 2 × $20,531.25
    expect(cost.dataTransfer).toBeCloseTo(2 * (2 * G50 * 0.02), 9); // 2 × $5,132.8125
    expect(cost.total).toBeCloseTo(438 + 41_062.5 + 10_265.625, 9); // $51,766.125
  });

  it('sizes source and target for egress + 2R (2Rp at peak) and ingress + R', () => {
    // ingress 50 + 50 = 100, 100 + 100 = 200; egress 40 + 2 × 50 = 140, 80 + 2 × 100 = 280
    const expected = {
      basis: 'own-and-peer-writes',
      avgIngressMiBps: 100,
      peakIngressMiBps: 200,
      avgEgressMiBps: 140,
      peakEgressMiBps: 280,
      partitions: 300,
      retentionHours: 168,
    };
    expect(result().source.workload).toEqual(expected);
    expect(result().target.workload).toEqual(expected);
  });
});
