/**
 * The three tools' rules (SPEC §11): when each is unavailable and why, MSK Connect's worker layout,
 * the editable MM2 throughput, the EC2 worker type, the user's pick and the discount. Default
 * scenario (I 20, Ip 40 MiB/s) unless a test says otherwise; G = 51,328.125 GiB/month.
 */
import { describe, expect, it } from 'vitest';
import { mskConnectLayout } from '../../../src/domain/replication/mm2-msk-connect';
import { REPLICATION_TOOL_FEATURES } from '../../../src/domain/replication/tool-features';
import { codesOf, replicate, toolCostOf, toolOf } from './replication-factories';

/** A workload small enough for kafka.t3.small: 1 MiB/s in and out, 10 partitions. */
const TINY = { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1, partitions: 10 };

describe('MSK Replicator is unavailable, with the reason, when', () => {
  it('either side is kafka.t3.small', () => {
    const r = replicate(TINY, { targetRegion: 'us-west-2' }, { sourceOptionId: 'msk-standard:kafka.t3.small' });
    expect(r.source.optionId).toBe('msk-standard:kafka.t3.small');
    expect(toolOf(r, 'msk-replicator').unavailable?.code).toBe('t3-broker');
    // still priced, so a page can show what it would cost: 219 + 1 MiB/s → 2,566.40625 GiB × ($0.08 + $0.02)
    expect(toolCostOf(r, 'msk-replicator').total).toBeCloseTo(219 + 2_566.40625 * 0.1, 9);
    expect(r.chosenTool).not.toBe('msk-replicator');
  });

  it('a cluster has fewer than 3 brokers', () => {
    // RF 1 over 2 AZs on kafka.m5.large: every constraint needs 1 broker → rounded to the AZ count, 2 brokers
    const r = replicate(
      { ...TINY, replicationFactor: 1, availabilityZones: 2 },
      { targetRegion: 'us-west-2' },
      { sourceOptionId: 'msk-standard:kafka.m5.large' },
    );
    expect(r.source.brokers).toBe(2);
    expect(toolOf(r, 'msk-replicator').unavailable?.code).toBe('too-few-brokers');
    expect(toolOf(r, 'msk-replicator').unavailable?.message).toMatch(
      /at least 3 brokers per cluster \(4 in two AZs\); msk-standard:kafka\.m5\.large has 2/,
    );
  });

  it('the target is self-managed Kafka', () => {
    const r = replicate({}, { targetRegion: 'us-west-2' }, { targetOptionId: 'self-managed:m7g.large' });
    expect(toolOf(r, 'msk-replicator').unavailable?.code).toBe('self-managed-cluster');
  });

  it('the target region publishes no Replicator price (ca-west-1), and then it is not priced', () => {
    const r = replicate({}, { targetRegion: 'ca-west-1' });
    expect(toolOf(r, 'msk-replicator').unavailable?.code).toBe('missing-price');
    expect(toolOf(r, 'msk-replicator').unavailable?.message).toMatch(/ca-west-1/);
    expect(toolOf(r, 'msk-replicator').monthlyCostUsd).toBeNull();
    expect(toolOf(r, 'msk-replicator').oneOffUsd).toBeNull();
  });

  it('a side has no available option to price', () => {
    const r = replicate({}, { targetRegion: 'us-west-2' }, { targetOptionId: 'msk-standard:kafka.m9.huge' });
    expect(r.target.unavailable?.code).toBe('unknown-option');
    expect(r.target.monthlyCostUsd).toBeNull();
    expect(toolOf(r, 'msk-replicator').unavailable?.code).toBe('no-cluster');
    // MirrorMaker 2 does not care which clusters they are
    expect(toolOf(r, 'mm2-msk-connect').available).toBe(true);
    expect(r.monthlyTotalUsd.target).toBeNull();
    expect(r.monthlyTotalUsd.total).toBeNull();
  });
});

describe('MSK Replicator is available', () => {
  it('from a Standard cluster into an Express cluster', () => {
    const r = replicate(
      {},
      { targetRegion: 'us-west-2' },
      { sourceOptionId: 'msk-standard:kafka.m7g.large', targetOptionId: 'msk-express:express.m7g.large' },
    );
    expect(toolOf(r, 'msk-replicator').available).toBe(true);
    expect(toolOf(r, 'msk-replicator').unavailable).toBeNull();
  });

  it('with MSK Serverless on either side (no broker count to check)', () => {
    const r = replicate(
      TINY,
      { targetRegion: 'us-west-2' },
      { sourceOptionId: 'msk-serverless:serverless', targetOptionId: 'msk-serverless:serverless' },
    );
    expect(r.source.brokers).toBeNull();
    expect(toolOf(r, 'msk-replicator').available).toBe(true);
  });

  it('but warns when the replicated topics have too few partitions for its throughput', () => {
    // 40 MiB/s × 10/3 = 133.3 → about 134 partitions needed; 100 replicated
    const r = replicate({ partitions: 100 }, { targetRegion: 'us-west-2' });
    expect(toolOf(r, 'msk-replicator').warnings.find((w) => w.code === 'replicator-partitions')?.message).toMatch(
      /about 134 partitions for 40\.00 MiB\/s.*about 100/,
    );
  });
});

describe('MSK Replicator above 1 GiB/s (SPEC §11 v2.1: ceil(Rp′ / 1 GiB/s) Replicators, each with its own topics)', () => {
  /** Ip 2,000 MiB/s: the share sets Rp = 2,000 × share. */
  const big = { avgIngressMiBps: 1_000, peakIngressMiBps: 2_000, avgEgressMiBps: 0, peakEgressMiBps: 0, partitions: 10_000 };

  it('takes one Replicator up to 1 GiB/s (1,024 MiB/s) of peak and two just above it, and stays available', () => {
    // Rp = 2,000 × 0.512 = 1,024 MiB/s: ceil(1,024 / 1,024) = 1; × 0.513 = 1,026: ceil(1,026 / 1,024) = 2
    const atLimit = replicate(big, { targetRegion: 'us-west-2', replicatedShare: 0.512 });
    const above = replicate(big, { targetRegion: 'us-west-2', replicatedShare: 0.513 });
    expect(toolOf(atLimit, 'msk-replicator').sizing).toEqual({ replicators: 1 });
    expect(codesOf(toolOf(atLimit, 'msk-replicator'))).not.toContain('replicator-split');
    expect(toolOf(above, 'msk-replicator').sizing).toEqual({ replicators: 2 });
    expect(toolOf(above, 'msk-replicator').available).toBe(true);
    expect(toolOf(above, 'msk-replicator').unavailable).toBeNull();
    expect(codesOf(toolOf(above, 'msk-replicator'))).toContain('replicator-split');
  });

  it('takes ceil(Rp / 1,024) Replicators, each billed 730 hours: 3 for a 2,500 MiB/s peak', () => {
    // ceil(2,500 / 1,024) = ceil(2.44) = 3 × $0.30 × 730 = $657; per-GB charges do not depend on the count:
    // G = 1,500 × 3600 × 730 / 1024 = 3,849,609.375 GiB × ($0.08 + $0.02)
    const r = replicate(
      { avgIngressMiBps: 1_500, peakIngressMiBps: 2_500, avgEgressMiBps: 0, peakEgressMiBps: 0, partitions: 10_000 },
      { targetRegion: 'us-west-2' },
    );
    const replicator = toolOf(r, 'msk-replicator');
    expect(replicator.available).toBe(true);
    expect(replicator.sizing).toEqual({ replicators: 3 });
    expect(replicator.derivation.flows[0]).toMatchObject({ flows: 1, replicatorsPerFlow: 3, replicators: 3 });
    const G = (1_500 * 3600 * 730) / 1024;
    const cost = toolCostOf(r, 'msk-replicator');
    expect(cost.replicatorHours).toBeCloseTo(3 * 0.3 * 730, 9);
    expect(cost.dataProcessed).toBeCloseTo(G * 0.08, 6);
    expect(cost.dataTransfer).toBeCloseTo(G * 0.02, 6);
    expect(cost.total).toBeCloseTo(657 + G * 0.1, 6);
  });

  it('says so in one unit system, 1 GiB/s, as SPEC §11 words it', () => {
    // Rp = 2,000 × 0.513 = 1,026 MiB/s
    const message =
      toolOf(replicate(big, { targetRegion: 'us-west-2', replicatedShare: 0.513 }), 'msk-replicator').warnings.find(
        (w) => w.code === 'replicator-split',
      )?.message ?? '';
    expect(message).toContain('A peak of 1,026 MiB/s is more than one Replicator carries (1 GiB/s, MSK quotas): 2 Replicators in all');
    expect(message).not.toMatch(/\bGB\/s/);
  });

  it('counts Rp′ = 2Rp against the limit with identical topic names in active-active', () => {
    // Rp = 600 MiB/s: prefixed names, ceil(600 / 1,024) = 1 per direction; identical names, ceil(1,200 / 1,024) = 2 per direction
    const aa = { avgIngressMiBps: 300, peakIngressMiBps: 600, avgEgressMiBps: 0, peakEgressMiBps: 0, partitions: 4_000 };
    const prefixed = replicate(aa, { targetRegion: 'us-west-2', pattern: 'active-active', identicalTopicNames: false });
    const identical = replicate(aa, { targetRegion: 'us-west-2', pattern: 'active-active', identicalTopicNames: true });
    expect(toolOf(prefixed, 'msk-replicator').sizing).toEqual({ replicators: 2 });
    expect(toolOf(identical, 'msk-replicator').sizing).toEqual({ replicators: 4 });
    expect(
      toolOf(identical, 'msk-replicator').derivation.flows.map((f) => (f.kind === 'msk-replicator' ? f.replicatorsPerFlow : 0)),
    ).toEqual([2, 2]);
    // 4 × $0.30 × 730 = $876 (both regions bill $0.30/h)
    expect(toolCostOf(identical, 'msk-replicator').replicatorHours).toBeCloseTo(4 * 0.3 * 730, 9);
    expect(toolOf(identical, 'msk-replicator').warnings.find((w) => w.code === 'replicator-split')?.message).toContain(
      'A peak of 1,200 MiB/s is more than one Replicator carries',
    );
  });
});

describe('MirrorMaker 2 on MSK Connect', () => {
  it('gives each connector one worker size (1, 2, 4 or 8 MCUs) and at most 10 workers: the smallest total that covers the MCUs needed', () => {
    // 1: 1 worker × 1 MCU.
    expect(mskConnectLayout(1)).toEqual([{ workers: 1, mcusPerWorker: 1 }]);
    // 5: 5 × 1 = 5 beats 3 × 2 = 6, 2 × 4 = 8 and 1 × 8 = 8.
    expect(mskConnectLayout(5)).toEqual([{ workers: 5, mcusPerWorker: 1 }]);
    // 10: 10 × 1 and 5 × 2 both give 10; on a tie, fewer workers: 5 × 2.
    expect(mskConnectLayout(10)).toEqual([{ workers: 5, mcusPerWorker: 2 }]);
    // 12: 1-MCU workers would need 12 (> 10); 6 × 2 = 12 and 3 × 4 = 12 tie → 3 × 4.
    expect(mskConnectLayout(12)).toEqual([{ workers: 3, mcusPerWorker: 4 }]);
    // 13: 1-MCU workers would need 13 (> 10); 7 × 2 = 14, 4 × 4 = 16, 2 × 8 = 16 → 7 × 2 = 14 MCUs.
    expect(mskConnectLayout(13)).toEqual([{ workers: 7, mcusPerWorker: 2 }]);
    // 40: 10 × 4 = 40 and 5 × 8 = 40 tie → 5 × 8.
    expect(mskConnectLayout(40)).toEqual([{ workers: 5, mcusPerWorker: 8 }]);
    // 63: 4-MCU workers would need 16 (> 10); 8 × 8 = 64.
    expect(mskConnectLayout(63)).toEqual([{ workers: 8, mcusPerWorker: 8 }]);
    // 80: 10 × 8, the most one connector holds.
    expect(mskConnectLayout(80)).toEqual([{ workers: 10, mcusPerWorker: 8 }]);
  });

  it('splits more than 80 MCUs as evenly as it can over the fewest connectors, ceil(MCUs / 80)', () => {
    // 81: 2 connectors, 41 + 40. 41: 4-MCU workers would need 11 (> 10), so 6 × 8 = 48; 40: 5 × 8 = 40. 88 MCUs.
    expect(mskConnectLayout(81)).toEqual([
      { workers: 6, mcusPerWorker: 8 },
      { workers: 5, mcusPerWorker: 8 },
    ]);
    // 100: 2 connectors of 50. 4-MCU workers would need 13 (> 10), so 7 × 8 = 56 each: 112 MCUs.
    expect(mskConnectLayout(100)).toEqual([
      { workers: 7, mcusPerWorker: 8 },
      { workers: 7, mcusPerWorker: 8 },
    ]);
    // 161: 3 connectors, 54 + 54 + 53, each 7 × 8 = 56: 168 MCUs.
    expect(mskConnectLayout(161)).toEqual(Array.from({ length: 3 }, () => ({ workers: 7, mcusPerWorker: 8 })));
  });

  it('prices the MCUs provisioned, not the MCUs needed', () => {
    // Rp 100: ceil(100 / 8) = 13 needed → 7 × 2 = 14 provisioned, + 2 (checkpoint and heartbeat connectors) = 16 MCUs
    // in 3 connectors of 7 + 1 + 1 = 9 workers; 16 × $0.11 × 730 = $1,284.80 in us-west-2.
    const r = replicate({ avgIngressMiBps: 50, peakIngressMiBps: 100, partitions: 600 }, { targetRegion: 'us-west-2' });
    expect(toolOf(r, 'mm2-msk-connect').derivation.flows[0]).toMatchObject({
      sourceConnectorMcus: 13,
      sourceConnectors: [{ workers: 7, mcusPerWorker: 2 }],
      provisionedSourceMcus: 14,
    });
    expect(toolOf(r, 'mm2-msk-connect').sizing).toEqual({ mcus: 16, connectors: 3, workers: 9 });
    expect(toolCostOf(r, 'mm2-msk-connect').workers).toBeCloseTo(1_284.8, 9);
  });

  it('adds connectors above 80 MCUs', () => {
    // Rp 1,100: ceil(1,100 / 8) = 138 needed → 2 connectors of 69 → 9 × 8 = 72 each (4-MCU workers would need 18) = 144,
    // + 2 = 146 MCUs in 4 connectors of 9 + 9 + 1 + 1 = 20 workers; 146 × $0.11 × 730 = $11,723.80.
    const r = replicate(
      { avgIngressMiBps: 600, peakIngressMiBps: 1_100, avgEgressMiBps: 0, peakEgressMiBps: 0, partitions: 5_000 },
      { targetRegion: 'us-west-2' },
    );
    const flow = toolOf(r, 'mm2-msk-connect').derivation.flows[0];
    expect(flow).toMatchObject({
      sourceConnectorMcus: 138,
      sourceConnectors: [
        { workers: 9, mcusPerWorker: 8 },
        { workers: 9, mcusPerWorker: 8 },
      ],
      provisionedSourceMcus: 144,
    });
    expect(toolOf(r, 'mm2-msk-connect').sizing).toEqual({ mcus: 146, connectors: 4, workers: 20 });
    expect(toolCostOf(r, 'mm2-msk-connect').workers).toBeCloseTo(11_723.8, 9);
  });

  it('uses the editable throughput per MCU', () => {
    // 16 MiB/s per MCU: ceil(40 / 16) = 3 + 2 = 5 MCUs × $0.11 × 730 = $401.50; EC2: max(2, ceil(40 / 32)) = 2 workers
    const r = replicate({}, { targetRegion: 'us-west-2' }, { mm2MiBpsPerMcu: 16 });
    expect(toolOf(r, 'mm2-msk-connect').sizing).toEqual({ mcus: 5, connectors: 3, workers: 5 });
    expect(toolCostOf(r, 'mm2-msk-connect').workers).toBeCloseTo(401.5, 9);
    expect(toolOf(r, 'mm2-ec2').sizing).toMatchObject({ workers: 2 });
    expect(toolOf(r, 'mm2-msk-connect').warnings[0]?.message).toMatch(/16 MiB\/s per MCU/);
  });

  it('warns when it would run more tasks than the replicated topics have partitions', () => {
    // ceil(40 / 8) = 5 MCUs > 4 partitions
    expect(codesOf(toolOf(replicate({ partitions: 4 }, { targetRegion: 'us-west-2' }), 'mm2-msk-connect'))).toContain(
      'mm2-tasks-exceed-partitions',
    );
    expect(codesOf(toolOf(replicate({ partitions: 5 }, { targetRegion: 'us-west-2' }), 'mm2-msk-connect'))).not.toContain(
      'mm2-tasks-exceed-partitions',
    );
  });

  it('is the only tool in ca-west-1 (no Replicator, no m7g.large price) and then carries the totals', () => {
    // 7 MCUs × $0.123 × 730 = $628.53 + out of us-east-1 51,328.125 × $0.02 = $1,026.5625
    const r = replicate({}, { targetRegion: 'ca-west-1' });
    expect(toolOf(r, 'mm2-ec2').unavailable?.code).toBe('missing-price');
    expect(r.chosenTool).toBe('mm2-msk-connect');
    expect(r.monthlyTotalUsd.replication).toBeCloseTo(628.53 + 1_026.5625, 9);
  });
});

describe('MirrorMaker 2 on EC2', () => {
  it('keeps at least 2 workers', () => {
    // Rp 1: ceil(1 / 16) = 1 → 2 workers × $0.0816 × 730 = $119.136 (+ 2,566.40625 GiB × $0.02)
    const r = replicate(TINY, { targetRegion: 'us-west-2' });
    expect(toolOf(r, 'mm2-ec2').sizing).toEqual({ workers: 2, instanceType: 'm7g.large', vcpuPerWorker: 2 });
    expect(toolCostOf(r, 'mm2-ec2').total).toBeCloseTo(119.136 + 2_566.40625 * 0.02, 9);
  });

  it('sizes by the vCPUs of the worker type chosen', () => {
    // m5.xlarge, 4 vCPU: max(2, ceil(40 / 32)) = 2 × $0.192 × 730 = $280.32
    const r = replicate({}, { targetRegion: 'us-west-2' }, { mm2Ec2InstanceType: 'm5.xlarge' });
    expect(toolOf(r, 'mm2-ec2').sizing).toEqual({ workers: 2, instanceType: 'm5.xlarge', vcpuPerWorker: 4 });
    expect(toolCostOf(r, 'mm2-ec2').workers).toBeCloseTo(280.32, 9);
  });

  it('is unavailable for a worker type the price data does not know', () => {
    const r = replicate({}, { targetRegion: 'us-west-2' }, { mm2Ec2InstanceType: 'x9.huge' });
    expect(toolOf(r, 'mm2-ec2').unavailable?.code).toBe('unknown-instance');
    expect(toolOf(r, 'mm2-ec2').monthlyCostUsd).toBeNull();
  });
});

describe('choosing the tool and discounts', () => {
  it('uses the tool the user picked when it is available', () => {
    const r = replicate({}, { targetRegion: 'us-west-2' }, { preferredTool: 'msk-replicator' });
    expect(r.chosenTool).toBe('msk-replicator');
    expect(r.monthlyTotalUsd.replication).toBeCloseTo(5_351.8125, 9);
  });

  it('falls back to the cheapest managed tool, and says so, when the pick is unavailable', () => {
    const r = replicate({}, { targetRegion: 'ca-west-1' }, { preferredTool: 'msk-replicator' });
    expect(r.chosenTool).toBe('mm2-msk-connect');
    expect(codesOf(r)).toEqual(['preferred-tool-unavailable']);
  });

  it('uses the cheapest managed tool, not MirrorMaker 2 on EC2, when nothing is picked, even though EC2 costs less', () => {
    // us-east-1 → us-west-2, G = 51,328.125 GiB: Replicator $5,351.8125; MSK Connect 7 × $0.11 × 730 = $562.10 + G × $0.02 = $1,588.6625;
    // EC2 3 × $0.0816 × 730 = $178.704 + G × $0.02 = $1,205.2665
    const r = replicate({}, { targetRegion: 'us-west-2' });
    expect(toolCostOf(r, 'mm2-ec2').total).toBeCloseTo(1_205.2665, 9);
    expect(r.chosenTool).toBe('mm2-msk-connect');
    expect(r.monthlyTotalUsd.replication).toBeCloseTo(1_588.6625, 9);
    expect(r.chosenToolRule).toMatch(/MirrorMaker 2 on EC2 is compared, not chosen/);
    expect(codesOf(r)).toEqual([]);
  });

  it('uses MirrorMaker 2 on EC2 when the user picks it, and warns that its operations time is not priced', () => {
    const r = replicate({}, { targetRegion: 'us-west-2' }, { preferredTool: 'mm2-ec2' });
    expect(r.chosenTool).toBe('mm2-ec2');
    expect(r.chosenToolRule).toMatch(/^The tool you picked, MirrorMaker 2 on EC2/);
    expect(r.monthlyTotalUsd.replication).toBeCloseTo(3 * 0.0816 * 730 + 51_328.125 * 0.02, 9); // $1,205.2665
    expect(codesOf(r)).toEqual(['self-managed-replication-tool']);
    expect(r.warnings[0]?.message).toMatch(/as you picked/);
    expect(r.warnings[0]?.message).toMatch(/operations time .* is not priced/);
  });

  it('uses MirrorMaker 2 on EC2 when no managed tool is available, and warns that its operations time is not priced', () => {
    // us-gov-west-1 → us-gov-east-1: no Replicator and no MSK Connect price in us-gov-east-1; EC2 m7g.large $0.1028/h there,
    // out of us-gov-west-1 $0.03/GB: 3 × $0.1028 × 730 = $225.132 + 51,328.125 × $0.03 = $1,539.84375
    const r = replicate({ region: 'us-gov-west-1' }, { targetRegion: 'us-gov-east-1' });
    expect(toolOf(r, 'msk-replicator').unavailable?.code).toBe('missing-price');
    expect(toolOf(r, 'mm2-msk-connect').unavailable?.code).toBe('missing-price');
    expect(r.chosenTool).toBe('mm2-ec2');
    expect(r.monthlyTotalUsd.replication).toBeCloseTo(225.132 + 1_539.84375, 9);
    expect(codesOf(r)).toEqual(['self-managed-replication-tool']);
    expect(r.warnings[0]?.message).toMatch(/^No managed replication tool/);
  });

  it("applies the scenario's discount to every line of every tool", () => {
    // 10 % off: Replicator (219 + 4,106.25 + 1,026.5625) × 0.9
    const cost = toolCostOf(replicate({ discountPct: 10 }, { targetRegion: 'us-west-2' }), 'msk-replicator');
    expect([cost.replicatorHours, cost.dataProcessed, cost.dataTransfer]).toEqual([
      expect.closeTo(219 * 0.9, 9),
      expect.closeTo(4_106.25 * 0.9, 9),
      expect.closeTo(1_026.5625 * 0.9, 9),
    ]);
    expect(cost.total).toBeCloseTo(5_351.8125 * 0.9, 9);
  });
});

describe('the feature table', () => {
  it('covers the features SPEC §11 says differ between the tools, each with a source', () => {
    expect(REPLICATION_TOOL_FEATURES.map((row) => row.feature)).toEqual(
      expect.arrayContaining([
        'Consumer offset translation',
        'Consumer-group sync',
        'Topic configuration sync',
        'ACL sync',
        'Identical topic names',
        'Cross-account',
        'Supported sources',
        'Authentication',
      ]),
    );
    expect(
      REPLICATION_TOOL_FEATURES.every((row) => row.source.length > 0 && row.mskReplicator.length > 0 && row.mirrorMaker2.length > 0),
    ).toBe(true);
  });
});
