/** The replication section's wording (SPEC §11): figures worked out by hand from the scenario. */
import { describe, expect, it } from 'vitest';
import { buildReplicationReport } from '../../src/report/replication-report';
import { sizeWith } from '../support/factories';

describe('replication report', () => {
  const result = sizeWith({
    avgIngressMiBps: 50, peakIngressMiBps: 100, avgEgressMiBps: 100, peakEgressMiBps: 200, partitions: 600,
    replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
  });
  const replication = result.replication;
  if (!replication) throw new Error('no replication result');
  const report = buildReplicationReport(replication);

  it('shows how the replicated volume is worked out: R × 3600 × 730 / 1024 GiB per month', () => {
    // R = 50 MiB/s × 1; 50 × 3600 × 730 / 1024 = 128,320.3125 GiB per month.
    expect(report.volumeDerivation).toContain('= 50 MiB/s (peak 100 MiB/s)');
    expect(report.volumeDerivation).toContain('128,320.3 GiB per month per direction');
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
    // Rp = 100 MiB/s: ceil(100 / 8) = 13 MCUs for the source connector + 2 (checkpoints, heartbeats).
    const [replicator, connect, ec2] = report.tools;
    expect(replicator?.derivation[0]).toContain('1 replicator at $0.3/hour × 730 h, plus 128,320.3 GiB processed a month at $0.08/GB');
    expect(connect?.derivation[0]).toContain('= 13 MCUs for the source connector');
    expect(connect?.derivation[0]).toContain('+ 2 for checkpoints and heartbeats');
    // EC2: max(2, ceil(100 / (8 × 2))) = 7 workers.
    expect(ec2?.derivation[0]).toContain('= 7 × m7g.large');
    for (const t of report.tools) expect(t.derivation.at(-1)).toContain('Transfer us-east-1 → us-west-2: 128,320.3 GiB a month');
  });
});
