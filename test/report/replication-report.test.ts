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
  const report = buildReplicationReport(replicationOf({
    avgIngressMiBps: 50, peakIngressMiBps: 100, avgEgressMiBps: 100, peakEgressMiBps: 200, partitions: 600,
    replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
  }));

  it('shows how the replicated volume is worked out: R × 3600 × 730 / 1024 GiB per month', () => {
    // R = 50 MiB/s × 1; 50 × 3600 × 730 / 1024 = 128,320.3125 GiB per month, in the one direction there is.
    expect(report.volumeDerivation).toContain('= 50 MiB/s (peak 100 MiB/s)');
    expect(report.volumeDerivation).toContain('= 128,320.3 GiB per month.');
    expect(replicatedVolumeText(report)).toBe('128,320.3 GiB/month replicated');
  });

  it('says how each cluster follows from the scenario: the source also serves the tool, the standby is identical', () => {
    // Source egress + R: 100 + 50 = 150 average, 200 + 100 = 300 peak; the standby keeps 100/200.
    expect(report.clusterNotes[0]).toContain('150/300 MiB/s out');
    expect(report.clusterNotes[1]).toContain('100/200 MiB/s out');
    expect(report.clusters.map((c) => c.region)).toEqual(['us-east-1', 'us-west-2']);
    expect(report.tools.map((t) => t.label)).toEqual(['MSK Replicator', 'MirrorMaker 2 on MSK Connect', 'MirrorMaker 2 on EC2']);
  });

  it('says how each tool is sized and priced, with the prices used', () => {
    // us-west-2 prices (research/replication.md): Replicator $0.30/h and $0.08/GB; MSK Connect $0.11 per MCU-hour.
    // Rp = 100 MiB/s: ceil(100 / 8) = 13 MCUs needed. One connector has one worker size and ≤ 10 workers:
    // 1-MCU workers would need 13; 7 × 2 = 14 is the smallest that covers 13 (4 × 4 = 16, 2 × 8 = 16).
    const [replicator, connect, ec2] = report.tools;
    expect(replicator?.derivation[0]).toContain('1 replicator at $0.3/hour × 730 h, plus 128,320.3 GiB processed a month at $0.08/GB');
    expect(connect?.derivation[0]).toContain('= 13 MCUs needed by the source connector, provisioned as 1 connector of 7 workers × 2 MCUs = 14 MCUs');
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
  const connect = buildReplicationReport(replicationOf({
    avgIngressMiBps: 600, peakIngressMiBps: 1_200, avgEgressMiBps: 0, peakEgressMiBps: 0, partitions: 6_000,
    replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
  })).tools.find((t) => t.tool === 'mm2-msk-connect');

  it('lists connectors of one worker size each, grouped', () => {
    expect(connect?.derivation[0]).toContain('= 150 MCUs needed by the source connector, provisioned as 2 connectors of 10 workers × 8 MCUs = 160 MCUs');
    expect(connect?.sizing).toBe('162 MCUs in 4 connectors, 22 workers');
  });
});

describe('an unavailable tool', () => {
  // Rp = 2,000 MiB/s is above the 1,024 MiB/s one MSK Replicator carries; the domain still prices it, the report does not show it.
  const replication = replicationOf({
    avgIngressMiBps: 1_000, peakIngressMiBps: 2_000, avgEgressMiBps: 0, peakEgressMiBps: 0, partitions: 10_000,
    replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
  });
  const report = buildReplicationReport(replication);
  const replicator = report.tools.find((t) => t.tool === 'msk-replicator');

  it('shows no cost, only why it cannot be used', () => {
    expect(replication.tools.find((t) => t.tool === 'msk-replicator')?.monthlyCostUsd).not.toBeNull();
    expect(replicator).toMatchObject({ available: false, monthlyUsd: null, oneOffUsd: null });
    expect(replicator?.unavailableReason).toContain('2,000 MiB/s is more than one Replicator carries: 1 GiB/s (1,024 MiB/s)');
  });

  it('reads "—" in the tools table, with its reason, and stays out of the totals', () => {
    const row = replicationLines(report, usd).tools.find((cells) => cells[0]?.startsWith('MSK Replicator'));
    expect(row?.slice(2, 4)).toEqual(['—', '—']);
    expect(row?.[4]).toMatch(/^unavailable: Peak replicated throughput/);
    expect(replication.chosenTool).not.toBe('msk-replicator');
    const chosen = report.tools.find((t) => t.chosen);
    expect(report.monthlyTotalUsd.replication).toBe(chosen?.monthlyUsd);
  });
});

describe('the replicated volume says what it is per', () => {
  const volumeOf = (replication: Record<string, unknown>) => {
    const report = buildReplicationReport(replicationOf({ avgIngressMiBps: 10, peakIngressMiBps: 20, replication: { targetRegion: 'us-west-2', ...replication } }));
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
