/**
 * A self-managed source (the replication block's `sourceKind`, an extension of SPEC §11): the source
 * cluster is priced as self-managed Kafka on EC2, and MSK Replicator follows AWS's rule for external
 * sources: only into an MSK cluster with Express brokers.
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
    const selfManaged = sourceWorkload().options
      .filter((o) => o.deployment === 'self-managed' && o.available && o.family !== 't3' && o.monthlyCostUsd !== null)
      .sort((a, b) => (a.monthlyCostUsd?.total ?? 0) - (b.monthlyCostUsd?.total ?? 0))[0];
    expect(r.source.optionId).toBe(selfManaged?.id);
    expect(r.source.optionId?.startsWith('self-managed:')).toBe(true);
    expect(r.source.monthlyCostUsd?.total).toBeCloseTo(selfManaged?.monthlyCostUsd?.total ?? Number.NaN, 6);
  });

  it('makes MSK Replicator unavailable into a Standard target, and says why', () => {
    const r = replicate({}, { pattern: 'migration', targetRegion: 'us-east-1', sourceKind: 'self-managed' }, { targetOptionId: 'msk-standard:kafka.m7g.large' });
    const replicator = toolOf(r, 'msk-replicator');
    expect(replicator.available).toBe(false);
    expect(replicator.unavailable?.code).toBe('self-managed-cluster');
    expect(toolOf(r, 'mm2-msk-connect').available).toBe(true);
  });

  it('allows MSK Replicator into an Express target, with the external-source requirements as a warning', () => {
    const r = replicate({}, { pattern: 'migration', targetRegion: 'us-east-1', sourceKind: 'self-managed' }, { targetOptionId: 'msk-express:express.m7g.large' });
    const replicator = toolOf(r, 'msk-replicator');
    expect(replicator.available).toBe(true);
    expect(codesOf(replicator)).toContain('replicator-external-source');
  });

  it('leaves out the MSK-source notes (IAM access control, multi-VPC private connectivity) across regions, which a self-managed source cannot have', () => {
    const r = replicate({}, { pattern: 'migration', targetRegion: 'us-west-2', sourceKind: 'self-managed' }, { targetOptionId: 'msk-express:express.m7g.large' });
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
