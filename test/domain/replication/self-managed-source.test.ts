/**
 * A self-managed source (the replication block's `sourceKind`, an extension of SPEC §11): the source
 * cluster is priced as self-managed Kafka on EC2, and MSK Replicator follows AWS's rule for external
 * sources (SPEC §11 v2.1; MSK docs, "Migrate from non-MSK Apache Kafka clusters to Amazon MSK
 * Provisioned"): into any MSK Provisioned target, Standard or Express brokers, not into MSK Serverless.
 * Source workload (SPEC §11, defaults): ingress 20 / 40 MiB/s, egress 40 + 20 = 60 / 80 + 40 = 120 MiB/s.
 */
import { describe, expect, it } from 'vitest';
import { sizeScenario } from '../../../src/domain';
import { BUNDLED_PRICE_BOOK, codesOf, makeScenario, replicate, toolOf } from './replication-factories';

/** The source cluster's own workload, written out by hand: the scenario plus the replication consumer. */
const sourceWorkload = () => sizeScenario(makeScenario({ avgEgressMiBps: 60, peakEgressMiBps: 120 }), BUNDLED_PRICE_BOOK);

describe('a migration from self-managed Kafka', () => {
  it('prices the source as the cheapest self-managed M5 or M7g size for its workload', () => {
    const r = replicate({}, { pattern: 'migration', targetRegion: 'us-east-1', sourceKind: 'self-managed' });
    const selfManaged = sourceWorkload()
      .options.filter((o) => o.deployment === 'self-managed' && o.available && o.family !== 't3' && o.monthlyCostUsd !== null)
      .sort((a, b) => (a.monthlyCostUsd?.total ?? 0) - (b.monthlyCostUsd?.total ?? 0))[0];
    expect(r.source.optionId).toBe(selfManaged?.id);
    expect(r.source.optionId?.startsWith('self-managed:')).toBe(true);
    expect(r.source.monthlyCostUsd?.total).toBeCloseTo(selfManaged?.monthlyCostUsd?.total ?? Number.NaN, 6);
  });

  it('allows MSK Replicator into a Standard target, with the external-source requirements as a warning', () => {
    const r = replicate(
      {},
      { pattern: 'migration', targetRegion: 'us-east-1', sourceKind: 'self-managed' },
      { targetOptionId: 'msk-standard:kafka.m7g.large' },
    );
    const replicator = toolOf(r, 'msk-replicator');
    expect(r.source.optionId?.startsWith('self-managed:')).toBe(true);
    expect(replicator.available).toBe(true);
    expect(replicator.unavailable).toBeNull();
    expect(codesOf(replicator)).toContain('replicator-external-source');
    expect(replicator.warnings.find((w) => w.code === 'replicator-external-source')?.message).toMatch(
      /2\.8\.1 or later with SASL\/SCRAM, mutual TLS or SASL\/OAUTHBEARER/,
    );
  });

  it('uses MSK Replicator into a Standard target when the user picks it', () => {
    // same region: 730 h × $0.30 + G × $0.08, G = 20 × 3600 × 730 / 1024 = 51,328.125 GiB: $4,325.25 a month
    const r = replicate(
      {},
      { pattern: 'migration', targetRegion: 'us-east-1', sourceKind: 'self-managed' },
      { targetOptionId: 'msk-standard:kafka.m7g.large', preferredTool: 'msk-replicator' },
    );
    expect(r.chosenTool).toBe('msk-replicator');
    expect(codesOf(r)).toEqual([]);
    expect(r.monthlyTotalUsd.replication).toBeCloseTo(0.3 * 730 + 51_328.125 * 0.08, 9);
  });

  it('makes MSK Replicator unavailable into an MSK Serverless target, and says why', () => {
    // Serverless fits the standby's workload: Ip 40 ≤ 200, Op 80 ≤ 400, 300 partitions ≤ 2,400 (SPEC §6)
    const r = replicate(
      {},
      { pattern: 'migration', targetRegion: 'us-east-1', sourceKind: 'self-managed' },
      { targetOptionId: 'msk-serverless:serverless' },
    );
    expect(r.target.unavailable).toBeNull();
    const replicator = toolOf(r, 'msk-replicator');
    expect(replicator.available).toBe(false);
    expect(replicator.unavailable?.code).toBe('self-managed-cluster');
    expect(replicator.unavailable?.message).toMatch(/not into MSK Serverless/);
    expect(toolOf(r, 'mm2-msk-connect').available).toBe(true);
    expect(r.chosenTool).not.toBe('msk-replicator');
  });

  it('allows MSK Replicator into an Express target, with the external-source requirements as a warning', () => {
    const r = replicate(
      {},
      { pattern: 'migration', targetRegion: 'us-east-1', sourceKind: 'self-managed' },
      { targetOptionId: 'msk-express:express.m7g.large' },
    );
    const replicator = toolOf(r, 'msk-replicator');
    expect(replicator.available).toBe(true);
    expect(codesOf(replicator)).toContain('replicator-external-source');
  });

  it('leaves out the MSK-source notes (IAM access control, multi-VPC private connectivity) across regions, which a self-managed source cannot have', () => {
    const r = replicate(
      {},
      { pattern: 'migration', targetRegion: 'us-west-2', sourceKind: 'self-managed' },
      { targetOptionId: 'msk-express:express.m7g.large' },
    );
    const replicator = toolOf(r, 'msk-replicator');
    expect(codesOf(replicator)).toContain('replicator-external-source');
    expect(codesOf(replicator)).not.toContain('replicator-private-connectivity');
    expect(replicator.warnings.filter((w) => /IAM/.test(w.message))).toEqual([]);
  });

  it('still notes IAM access control and private connectivity for an MSK source in another region', () => {
    const r = replicate({}, { pattern: 'migration', targetRegion: 'us-west-2' }, { targetOptionId: 'msk-express:express.m7g.large' });
    const note = toolOf(r, 'msk-replicator').warnings.find((w) => w.code === 'replicator-private-connectivity');
    expect(note?.message).toMatch(/multi-VPC private connectivity and IAM access control on the source cluster/);
    expect(codesOf(toolOf(r, 'msk-replicator'))).not.toContain('replicator-external-source');
  });

  it('keeps an MSK source by default', () => {
    const r = replicate({}, { pattern: 'migration', targetRegion: 'us-east-1' });
    expect(r.source.optionId).toBe(sourceWorkload().recommendations.overall);
  });
});
