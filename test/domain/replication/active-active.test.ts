/**
 * Two-way replication with both regions live (pattern "active-active", SPEC §11), hand-worked:
 *   us-east-1 ↔ eu-central-1, replicatedShare 0.5. Scenario defaults: I 20, Ip 40, O 40, Op 80 MiB/s.
 *   R = 10, Rp = 20 MiB/s; G = 10 × 3600 × 730 / 1024 = 25,664.0625 GiB/month per direction.
 * Prices (research/replication.md): Replicator us-east-1 $0.30/h, $0.08/GB; eu-central-1 $0.39/h, $0.10/GB;
 * MSK Connect us-east-1 $0.11, eu-central-1 $0.132 per MCU-hour; EC2 m7g.large us-east-1 $0.0816/h,
 * eu-central-1 $0.0978/h; inter-region out of either region $0.02/GB.
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

  it('sizes both clusters for their own and the peer\'s writes (ingress + R) and the tool\'s reads (egress + R)', () => {
    const result = twoWay(true);
    // identical topic names: the peer's records land in the same topics, so no new partitions
    const expected = { basis: 'own-and-peer-writes', avgIngressMiBps: 30, peakIngressMiBps: 60, avgEgressMiBps: 50, peakEgressMiBps: 100, partitions: 300, retentionHours: 168 };
    expect(result.source.workload).toEqual(expected);
    expect(result.target.workload).toEqual(expected);
    expect([result.source.region, result.target.region]).toEqual(['us-east-1', 'eu-central-1']);
  });

  it('adds the prefixed remote topics\' partitions when names are not kept', () => {
    // 300 + ceil(300 × 0.5) = 450
    expect(twoWay(false).source.workload.partitions).toBe(450);
    expect(twoWay(false).target.workload.partitions).toBe(450);
  });
});

describe('active-active: tools', () => {
  it('prices MSK Replicator with one replicator per direction, each in its target\'s region, processing twice with identical names', () => {
    const result = twoWay(true);
    const cost = toolCostOf(result, 'msk-replicator');
    expect(toolOf(result, 'msk-replicator').sizing).toEqual({ replicators: 2 });
    expect(cost.replicatorHours).toBeCloseTo((0.39 + 0.3) * 730, 9); // $503.70
    // 2 × G processed per direction: 51,328.125 × $0.10 (in eu-central-1) + 51,328.125 × $0.08 (in us-east-1)
    expect(cost.dataProcessed).toBeCloseTo(5_132.8125 + 4_106.25, 9);
    // each direction pays the sending region's $0.02/GB
    expect(cost.dataTransfer).toBeCloseTo(2 * G * 0.02, 9); // $1,026.5625
    expect(cost.total).toBeCloseTo(503.7 + 9_239.0625 + 1_026.5625, 9); // $10,769.325
  });

  it('processes each record once with prefixed names', () => {
    // G × ($0.10 + $0.08) = $4,619.53125
    expect(toolCostOf(twoWay(false), 'msk-replicator').dataProcessed).toBeCloseTo(G * 0.18, 9);
  });

  it('prices MirrorMaker 2 on MSK Connect in each target region', () => {
    const result = twoWay(true);
    // per flow: ceil(20 / 8) = 3 MCUs + 2 = 5; eu-central-1 5 × $0.132 × 730 = $481.80, us-east-1 5 × $0.11 × 730 = $401.50
    expect(toolOf(result, 'mm2-msk-connect').sizing).toEqual({ mcus: 10, connectors: 6, workers: 10 });
    const cost = toolCostOf(result, 'mm2-msk-connect');
    expect(cost.workers).toBeCloseTo(481.8 + 401.5, 9);
    expect(cost.total).toBeCloseTo(883.3 + 1_026.5625, 9); // $1,909.8625
  });

  it('prices MirrorMaker 2 on EC2 with a Connect cluster in each region', () => {
    const result = twoWay(true);
    // each region: max(2, ceil(20 / 16)) = 2 workers; 2 × $0.0978 × 730 = $142.788 + 2 × $0.0816 × 730 = $119.136
    expect(toolOf(result, 'mm2-ec2').sizing).toEqual({ workers: 4, instanceType: 'm7g.large', vcpuPerWorker: 2 });
    const cost = toolCostOf(result, 'mm2-ec2');
    expect(cost.workers).toBeCloseTo(142.788 + 119.136, 9);
    expect(cost.total).toBeCloseTo(261.924 + 1_026.5625, 9); // $1,288.4865
    expect(result.chosenTool).toBe('mm2-ec2');
  });

  it('warns that MirrorMaker 2 with identical names has no loop guard', () => {
    expect(codesOf(toolOf(twoWay(true), 'mm2-msk-connect'))).toContain('mm2-identity-loop');
    expect(codesOf(toolOf(twoWay(false), 'mm2-msk-connect'))).not.toContain('mm2-identity-loop');
  });

  it('copies each side\'s retained data once per direction', () => {
    // retained × share: 10 × 168 × 3600 / 1024 = 5,906.25 GiB per direction; Replicator processes it twice (identical names)
    const result = replicate({}, { targetRegion: 'eu-central-1', pattern: 'active-active', replicatedShare: 0.5, identicalTopicNames: true, copyExistingData: true });
    expect(result.derivation.copyGiBPerFlow).toBe(5_906.25);
    // processed: 5,906.25 × 2 × ($0.10 + $0.08) = $2,126.25; transfer 2 × 5,906.25 × $0.02 = $236.25
    expect(toolOf(result, 'msk-replicator').oneOffUsd?.copy).toBeCloseTo(2_126.25 + 236.25, 9);
    expect(toolOf(result, 'mm2-ec2').oneOffUsd?.copy).toBeCloseTo(236.25, 9);
    expect(result.oneOffUsd.overlap).toBe(0);
  });
});
