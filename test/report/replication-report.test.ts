/** The replication section's wording (SPEC §11): figures worked out by hand from the scenario. */
import { describe, expect, it } from 'vitest';
import type { ReplicationResult } from '../../src/domain';
import { buildReplicationReport, replicatedVolumeText, replicationLines } from '../../src/report/replication-report';
import { sizeWith } from '../support/factories';

const usd = (n: number) => `$${n.toFixed(2)}`;

/** The replication result of a scenario with these overrides; fails the test if there is none. */
function replicationOf(overrides: Record<string, unknown>): ReplicationResult {
  const replication = sizeWith(overrides).replication;
  if (!replication) throw new Error('no replication result');
  return replication;
}

describe('replication report', () => {
  const report = buildReplicationReport(
    replicationOf({
      avgIngressMiBps: 50,
      peakIngressMiBps: 100,
      avgEgressMiBps: 100,
      peakEgressMiBps: 200,
      partitions: 600,
      replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
    }),
  );

  it('shows how the replicated volume is worked out: R × 3600 × 730 / 1024 GiB per month', () => {
    // R = 50 MiB/s × 1; 50 × 3600 × 730 / 1024 = 128,320.3125 GiB per month, in the one direction there is.
    expect(report.volumeDerivation).toContain('= 50 MiB/s (peak 100 MiB/s)');
    expect(report.volumeDerivation).toContain('= 128,320.3 GiB per month.');
    expect(replicatedVolumeText(report)).toBe('128,320.3 GiB/month replicated');
  });

  it('says how each cluster follows from the scenario: the source also serves the tool, the standby takes the replicated share (all of it here)', () => {
    // Source egress + R: 100 + 50 = 150 average, 200 + 100 = 300 peak; the standby, share 1, keeps 100/200.
    expect(report.clusterNotes[0]).toContain('150/300 MiB/s out');
    expect(report.clusterNotes[1]).toContain('100/200 MiB/s out');
    expect(report.clusterNotes[1]).toContain('the replicated share of this workload');
    expect(report.clusters.map((c) => c.region)).toEqual(['us-east-1', 'us-west-2']);
    expect(report.tools.map((t) => t.label)).toEqual(['MSK Replicator', 'MirrorMaker 2 on MSK Connect', 'MirrorMaker 2 on EC2']);
  });

  it('says how each tool is sized and priced, with the prices used', () => {
    // us-west-2 prices (research/replication.md): Replicator $0.30/h and $0.08/GB; MSK Connect $0.11 per MCU-hour.
    // Rp = 100 MiB/s: ceil(100 / 8) = 13 MCUs needed. One connector has one worker size and ≤ 10 workers:
    // 1-MCU workers would need 13; 7 × 2 = 14 is the smallest that covers 13 (4 × 4 = 16, 2 × 8 = 16).
    const [replicator, connect, ec2] = report.tools;
    expect(replicator?.derivation[0]).toContain('1 replicator at $0.3/hour × 730 h, plus 128,320.3 GiB processed a month at $0.08/GB');
    expect(connect?.derivation[0]).toContain(
      '= 13 MCUs needed by the source connector, provisioned as 1 connector of 7 workers × 2 MCUs = 14 MCUs',
    );
    expect(connect?.derivation[0]).toContain('+ 2 MCUs for the checkpoint and heartbeat connectors (1 worker × 1 MCU each)');
    // 14 + 2 = 16 MCUs in 3 connectors (source, checkpoint, heartbeat) of 7 + 1 + 1 workers.
    expect(connect?.sizing).toBe('16 MCUs in 3 connectors, 9 workers');
    // 16 × $0.11 × 730 = $1,284.80, + transfer 128,320.3125 GiB × $0.02 = $2,566.40625: $3,851.20625.
    expect(connect?.monthlyUsd).toBeCloseTo(1_284.8 + 2_566.40625, 9);
    // EC2: max(2, ceil(100 / (8 × 2))) = 7 workers.
    expect(ec2?.derivation[0]).toContain('= 7 × m7g.large');
    for (const t of report.tools) expect(t.derivation.at(-1)).toContain('Transfer us-east-1 → us-west-2: 128,320.3 GiB a month');
  });
});

describe('MirrorMaker 2 on MSK Connect at 1,200 MiB/s peak', () => {
  // Rp = 1,200: ceil(1,200 / 8) = 150 MCUs needed → ceil(150 / 80) = 2 connectors of 75 → 10 × 8 = 80 each (the only
  // size with ≤ 10 workers that covers 75) = 160; + 2 = 162 MCUs in 4 connectors of 10 + 10 + 1 + 1 = 22 workers.
  const connect = buildReplicationReport(
    replicationOf({
      avgIngressMiBps: 600,
      peakIngressMiBps: 1_200,
      avgEgressMiBps: 0,
      peakEgressMiBps: 0,
      partitions: 6_000,
      replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
    }),
  ).tools.find((t) => t.tool === 'mm2-msk-connect');

  it('lists connectors of one worker size each, grouped', () => {
    expect(connect?.derivation[0]).toContain(
      '= 150 MCUs needed by the source connector, provisioned as 2 connectors of 10 workers × 8 MCUs = 160 MCUs',
    );
    expect(connect?.sizing).toBe('162 MCUs in 4 connectors, 22 workers');
  });
});

describe('a standby for half the workload', () => {
  const report = buildReplicationReport(
    replicationOf({
      avgIngressMiBps: 50,
      peakIngressMiBps: 100,
      avgEgressMiBps: 100,
      peakEgressMiBps: 200,
      partitions: 600,
      replication: { pattern: 'active-passive', targetRegion: 'us-west-2', replicatedShare: 0.5 },
    }),
  );

  it('says the standby is sized for the replicated share: half the ingress, egress and partitions', () => {
    // 50 × 0.5 = 25, 100 × 0.5 = 50 in; 100 × 0.5 = 50, 200 × 0.5 = 100 out; 600 × 0.5 = 300 partitions
    expect(report.clusterNotes[1]).toContain('the replicated share of this workload');
    expect(report.clusterNotes[1]).toContain('25/50 MiB/s in, 50/100 MiB/s out (average/peak), 300 partitions.');
    // the source serves the tool: egress 100 + 25 = 125, 200 + 50 = 250
    expect(report.clusterNotes[0]).toContain('50/100 MiB/s in, 125/250 MiB/s out (average/peak), 600 partitions.');
  });
});

describe('MSK Replicator above 1 GiB/s', () => {
  // Rp = 2,000 MiB/s: ceil(2,000 / 1,024) = 2 Replicators (SPEC §11 v2.1), each billed 730 h at $0.30 in us-west-2.
  // G = 1,000 × 3600 × 730 / 1024 = 2,566,406.25 GiB a month × ($0.08 processed + $0.02 transfer) = $256,640.625.
  const replication = replicationOf({
    avgIngressMiBps: 1_000,
    peakIngressMiBps: 2_000,
    avgEgressMiBps: 0,
    peakEgressMiBps: 0,
    partitions: 10_000,
    replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
  });
  const replicator = buildReplicationReport(replication).tools.find((t) => t.tool === 'msk-replicator');

  it('shows several Replicators and their cost, and says why there are several', () => {
    expect(replicator?.available).toBe(true);
    expect(replicator?.sizing).toBe('2 replicators');
    expect(replicator?.derivation[0]).toContain('us-east-1 → us-west-2: 2 replicators at $0.3/hour × 730 h');
    expect(replicator?.monthlyUsd).toBeCloseTo(2 * 0.3 * 730 + 2_566_406.25 * (0.08 + 0.02), 6);
    expect(replicator?.warnings).toContain(
      'A peak of 2,000 MiB/s is more than one Replicator carries (1 GiB/s, MSK quotas): 2 Replicators in all, each with its own share of the topics.',
    );
  });
});

describe('an unavailable tool', () => {
  // Active-active with identical topic names is MSK Replicator only (SPEC §11 v2.1): both MirrorMaker 2 tools are
  // unavailable; the domain still prices them, to compare, and the report does not show that cost.
  const replication = replicationOf({ replication: { pattern: 'active-active', targetRegion: 'us-west-2', identicalTopicNames: true } });
  const report = buildReplicationReport(replication);
  const connect = report.tools.find((t) => t.tool === 'mm2-msk-connect');

  it('shows no cost, only why it cannot be used', () => {
    expect(replication.tools.find((t) => t.tool === 'mm2-msk-connect')?.monthlyCostUsd).not.toBeNull();
    expect(connect).toMatchObject({ available: false, monthlyUsd: null, oneOffUsd: null });
    expect(connect?.unavailableReason).toContain('MirrorMaker 2 cannot replicate both ways with identical topic names');
  });

  it('reads "—" in the tools table, with its reason, and stays out of the totals', () => {
    const row = replicationLines(report, usd).tools.find((cells) => cells[0]?.startsWith('MirrorMaker 2 on MSK Connect'));
    // No tool has a one-off here (no migration, no copy), so the table has no one-off column.
    expect(replicationLines(report, usd).tools[0]).toEqual(['Tool', 'Sizing', 'Monthly cost', 'Note']);
    expect(row?.[2]).toBe('—');
    expect(row?.[3]).toMatch(/^unavailable: MirrorMaker 2 cannot replicate both ways with identical topic names/);
    expect(replication.chosenTool).toBe('msk-replicator');
    const chosen = report.tools.find((t) => t.chosen);
    expect(report.monthlyTotalUsd.replication).toBe(chosen?.monthlyUsd);
  });

  it('says MSK Replicator processes and transfers each record twice with identical names', () => {
    // R = 20 MiB/s each way: 2G = 2 × 51,328.125 = 102,656.25 GiB per direction
    const replicator = report.tools.find((t) => t.tool === 'msk-replicator');
    expect(replicator?.derivation[0]).toContain('102,656.3 GiB processed a month (each record twice with identical topic names)');
    expect(replicator?.derivation).toContain('Transfer us-east-1 → us-west-2: 102,656.3 GiB a month at $0.02/GB.');
    expect(report.clusterNotes[0]).toContain('40/80 MiB/s in, 80/160 MiB/s out');
  });
});

describe('the replicated volume says what it is per', () => {
  const volumeOf = (replication: Record<string, unknown>) => {
    const report = buildReplicationReport(
      replicationOf({ avgIngressMiBps: 10, peakIngressMiBps: 20, replication: { targetRegion: 'us-west-2', ...replication } }),
    );
    return { text: replicatedVolumeText(report), derivation: report.volumeDerivation };
  };
  // R = 10 MiB/s: 10 × 3600 × 730 / 1024 = 25,664.0625 GiB per month.

  it('one-way migration: no direction to name', () => {
    const v = volumeOf({ pattern: 'migration' });
    expect(v.text).toBe('25,664.1 GiB/month replicated');
    expect(v.derivation).toMatch(/= 25,664\.1 GiB per month\.$/);
  });

  it('active-active: per direction, of two', () => {
    const v = volumeOf({ pattern: 'active-active' });
    expect(v.text).toBe('25,664.1 GiB/month replicated per direction');
    expect(v.derivation).toMatch(/= 25,664\.1 GiB per month per direction \(2 directions\)\.$/);
  });

  it('aggregation: per source cluster', () => {
    const v = volumeOf({ pattern: 'aggregation', sourceClusters: 3 });
    expect(v.text).toBe('25,664.1 GiB/month replicated per source cluster');
    expect(v.derivation).toMatch(/= 25,664\.1 GiB per month per source cluster \(3 source clusters\)\.$/);
  });
});
