/**
 * Migration (pattern "migration", SPEC §11), hand-worked: both clusters and the tool run for
 * migrationWeeks × 7 × 24 / 730 months, and with copyExistingData (the default for a migration) the
 * retained data (retainedGiB × replicatedShare) goes through the tool once.
 * Scenario defaults: I 20, Ip 40, O 40, Op 80 MiB/s, 168 h → G = 51,328.125 GiB/month,
 * retained = 20 × 168 × 3600 / 1024 = 11,812.5 GiB.
 * Target picked by hand: 6 × express.m7g.large (SPEC §5: ingress 40 / (15.625 × 0.75) = 3.41 → 4 → 6;
 * egress 80 / 31.25 → 3; partitions → 3).
 * SPEC §11 v2.1: the new cluster is sized for the replicated workload (× replicatedShare; share 1 here,
 * so the scenario's own), the totals use the cheapest managed tool, and a self-managed source may use
 * MSK Replicator into any MSK Provisioned target (Standard or Express), not into Serverless.
 */
import { describe, expect, it } from 'vitest';
import { codesOf, replicate, toolCostOf, toolOf } from './replication-factories';

const EXPRESS = { targetOptionId: 'msk-express:express.m7g.large' } as const;
/** us-east-1 Express: 6 × $0.408 × 730 + 11,812.5 × $0.10 + 51,328.125 × $0.01 + 34,218.75 × $0.02 (producers' cross-AZ). */
const EXPRESS_US_EAST_1 = 1_787.04 + 1_181.25 + 513.28125 + 684.375; // $4,165.94625
/** eu-west-1 Express: 6 × $0.455 × 730 + 11,812.5 × $0.11 + 51,328.125 × $0.011 + 34,218.75 × $0.02. */
const EXPRESS_EU_WEST_1 = 1_992.9 + 1_299.375 + 564.609375 + 684.375; // $4,541.259375

describe('migration within a region, to Express', () => {
  const result = () => replicate({}, { targetRegion: 'us-east-1', pattern: 'migration' }, EXPRESS);

  it('runs 4 weeks: 4 × 7 × 24 / 730 months, and copies the retained data by default', () => {
    const r = result();
    expect(r.derivation.overlapMonths).toBeCloseTo(672 / 730, 12);
    expect(r.derivation.migrationWeeks).toBe(4);
    expect(r.derivation.copyGiBPerFlow).toBe(11_812.5);
    expect(r.target.workload).toEqual({
      basis: 'replicated-standby',
      avgIngressMiBps: 20,
      peakIngressMiBps: 40,
      avgEgressMiBps: 40,
      peakEgressMiBps: 80,
      partitions: 300,
      retentionHours: 168,
    });
    expect(r.target.monthlyCostUsd?.total).toBeCloseTo(EXPRESS_US_EAST_1, 6);
  });

  it("prices each tool's month without transfer (same region)", () => {
    const r = result();
    expect(toolCostOf(r, 'msk-replicator').total).toBeCloseTo(219 + 51_328.125 * 0.08, 9); // $4,325.25
    expect(toolCostOf(r, 'mm2-msk-connect').total).toBeCloseTo(7 * 0.11 * 730, 9); // $562.10
    expect(toolCostOf(r, 'mm2-ec2').total).toBeCloseTo(3 * 0.0816 * 730, 9); // $178.704
  });

  it("prices each tool's one-offs: the overlap months of target and tool, and the copy", () => {
    const r = result();
    const months = 672 / 730;
    expect(toolOf(r, 'msk-replicator').oneOffUsd?.overlap).toBeCloseTo(months * (EXPRESS_US_EAST_1 + 4_325.25), 6);
    expect(toolOf(r, 'msk-replicator').oneOffUsd?.copy).toBeCloseTo(11_812.5 * 0.08, 9); // $945, no transfer
    expect(toolOf(r, 'mm2-msk-connect').oneOffUsd).toEqual({
      overlap: expect.closeTo(months * (EXPRESS_US_EAST_1 + 562.1), 6) as number,
      copy: 0,
      total: expect.closeTo(months * (EXPRESS_US_EAST_1 + 562.1), 6) as number,
    });
    expect(toolOf(r, 'mm2-ec2').oneOffUsd?.total).toBeCloseTo(months * (EXPRESS_US_EAST_1 + 178.704), 6);
  });

  it('uses the managed tool with the lowest one-off cost, MirrorMaker 2 on MSK Connect, though MirrorMaker 2 on EC2 costs less', () => {
    // one-offs: Replicator 672/730 × ($4,165.94625 + $4,325.25) + $945 = $8,761.55…; MSK Connect 672/730 × ($4,165.94625 + $562.10) = $4,352.39…;
    // EC2 (self-managed, not chosen) 672/730 × ($4,165.94625 + $178.704) = $3,999.46…
    const r = result();
    const months = 672 / 730;
    expect(r.chosenTool).toBe('mm2-msk-connect');
    expect(r.chosenToolRule).toMatch(/lowest one-off cost/);
    expect(r.oneOffUsd.total).toBeCloseTo(months * (EXPRESS_US_EAST_1 + 562.1), 6);
    expect(r.oneOffUsd.copy).toBe(0);
    expect(codesOf(r)).not.toContain('self-managed-replication-tool');
  });

  it('reminds that MSK Replicator starts at the latest offset', () => {
    expect(codesOf(toolOf(result(), 'msk-replicator'))).toEqual(['replicator-starting-position']);
  });
});

describe('migration across regions with the tool the user picked', () => {
  it("charges the copy's per-GB fee and transfer, and 2 weeks of target and Replicator", () => {
    // us-east-1 → eu-west-1, 2 weeks = 336 / 730 months. Replicator in eu-west-1: $0.30/h, $0.08/GB; out of us-east-1 $0.02/GB.
    const r = replicate(
      {},
      { targetRegion: 'eu-west-1', pattern: 'migration', migrationWeeks: 2 },
      { ...EXPRESS, preferredTool: 'msk-replicator' },
    );
    const monthly = 219 + 51_328.125 * 0.08 + 51_328.125 * 0.02; // $5,351.8125
    expect(toolCostOf(r, 'msk-replicator').total).toBeCloseTo(monthly, 9);
    expect(r.target.monthlyCostUsd?.total).toBeCloseTo(EXPRESS_EU_WEST_1, 6);
    expect(r.chosenTool).toBe('msk-replicator');
    expect(r.chosenToolRule).toMatch(/^The tool you picked, MSK Replicator/);
    expect(r.oneOffUsd.overlap).toBeCloseTo((336 / 730) * (EXPRESS_EU_WEST_1 + monthly), 6);
    expect(r.oneOffUsd.copy).toBeCloseTo(11_812.5 * 0.08 + 11_812.5 * 0.02, 9); // $945 + $236.25
    expect(r.oneOffUsd.total).toBeCloseTo((336 / 730) * (EXPRESS_EU_WEST_1 + monthly) + 1_181.25, 6);
    expect(r.monthlyTotalUsd.replication).toBeCloseTo(monthly, 9);
  });

  it('sizes the new cluster for the replicated share only', () => {
    // share 0.25: ingress 20 × 0.25 = 5 and 40 × 0.25 = 10, egress 40 × 0.25 = 10 and 80 × 0.25 = 20, 300 × 0.25 = 75 partitions
    expect(replicate({}, { targetRegion: 'eu-west-1', pattern: 'migration', replicatedShare: 0.25 }).target.workload).toEqual({
      basis: 'replicated-standby',
      avgIngressMiBps: 5,
      peakIngressMiBps: 10,
      avgEgressMiBps: 10,
      peakEgressMiBps: 20,
      partitions: 75,
      retentionHours: 168,
    });
  });

  it('copies only the replicated share, and nothing when told not to', () => {
    // 11,812.5 × 0.25 = 2,953.125 GiB
    expect(replicate({}, { targetRegion: 'eu-west-1', pattern: 'migration', replicatedShare: 0.25 }).derivation.copyGiBPerFlow).toBe(
      2_953.125,
    );
    expect(replicate({}, { targetRegion: 'eu-west-1', pattern: 'migration', copyExistingData: false }).oneOffUsd.copy).toBe(0);
  });
});

describe('migration from self-managed Kafka', () => {
  it('may use MSK Replicator into Express brokers', () => {
    const r = replicate({}, { targetRegion: 'us-east-1', pattern: 'migration' }, { sourceOptionId: 'self-managed:m5.large', ...EXPRESS });
    expect(r.source.optionId).toBe('self-managed:m5.large');
    expect(toolOf(r, 'msk-replicator').available).toBe(true);
    expect(codesOf(toolOf(r, 'msk-replicator'))).toContain('replicator-external-source');
  });

  it('may use MSK Replicator into Standard brokers too (any MSK Provisioned target)', () => {
    const r = replicate(
      {},
      { targetRegion: 'us-east-1', pattern: 'migration' },
      { sourceOptionId: 'self-managed:m5.large', targetOptionId: 'msk-standard:kafka.m7g.large', preferredTool: 'msk-replicator' },
    );
    expect(toolOf(r, 'msk-replicator').available).toBe(true);
    expect(codesOf(toolOf(r, 'msk-replicator'))).toContain('replicator-external-source');
    // same region: 730 h × $0.30 + 51,328.125 GiB × $0.08 = $4,325.25 a month, no transfer
    expect(r.chosenTool).toBe('msk-replicator');
    expect(r.monthlyTotalUsd.replication).toBeCloseTo(219 + 51_328.125 * 0.08, 9);
  });

  it('may not use MSK Replicator into MSK Serverless', () => {
    const r = replicate(
      {},
      { targetRegion: 'us-east-1', pattern: 'migration' },
      { sourceOptionId: 'self-managed:m5.large', targetOptionId: 'msk-serverless:serverless' },
    );
    expect(r.target.optionId).toBe('msk-serverless:serverless');
    expect(toolOf(r, 'msk-replicator').unavailable?.code).toBe('self-managed-cluster');
    expect(toolOf(r, 'mm2-msk-connect').available).toBe(true);
  });
});
