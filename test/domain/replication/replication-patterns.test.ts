/**
 * One record per replication pattern (SPEC §11): the engine reads every pattern's flows, clusters,
 * one-offs and defaults from it, and each record says what SPEC §11 says of its pattern.
 */
import { describe, expect, it } from 'vitest';
import { PATTERN_TABLE, REPLICATION_PATTERNS } from '../../../src/domain';
import { replicate } from './replication-factories';

describe('the pattern table', () => {
  it('has a record for every pattern the schema accepts, and no other', () => {
    expect(Object.keys(PATTERN_TABLE).sort()).toEqual([...REPLICATION_PATTERNS].sort());
  });

  it('says what SPEC §11 says: a standby and a migration are one-way, both regions live flow both ways, a hub takes spokes', () => {
    expect(REPLICATION_PATTERNS.map((p) => [p, PATTERN_TABLE[p].flows])).toEqual([
      ['active-passive', 'one-way'],
      ['active-active', 'both-ways'],
      ['migration', 'one-way'],
      ['aggregation', 'spokes'],
    ]);
    // SPEC §11: copyExistingData defaults to true for a migration only; only a migration has an overlap.
    expect(REPLICATION_PATTERNS.filter((p) => PATTERN_TABLE[p].copyByDefault)).toEqual(['migration']);
    expect(REPLICATION_PATTERNS.filter((p) => PATTERN_TABLE[p].overlap)).toEqual(['migration']);
    expect(REPLICATION_PATTERNS.filter((p) => PATTERN_TABLE[p].identicalNamesReadTwice)).toEqual(['active-active']);
  });

  it('drives the engine: one flow per direction or spoke, by the record', () => {
    const flows = (pattern: string, extra: Record<string, unknown> = {}) =>
      replicate({}, { targetRegion: 'us-west-2', pattern, ...extra }).derivation.flows;
    expect(flows('active-passive')).toHaveLength(1);
    expect(flows('active-active').map((f) => `${f.fromRegion}>${f.toRegion}`)).toEqual(['us-east-1>us-west-2', 'us-west-2>us-east-1']);
    expect(flows('aggregation', { sourceClusters: 3 })).toEqual([expect.objectContaining({ count: 3 })]);
  });

  it("uses each pattern's own keys only, as the form shows them", () => {
    expect(PATTERN_TABLE['active-active'].keys).toEqual(['identicalTopicNames']);
    expect(PATTERN_TABLE.aggregation.keys).toEqual(['sourceClusters']);
    expect(PATTERN_TABLE.migration.keys).toEqual(['migrationWeeks']);
    expect(PATTERN_TABLE['active-passive'].keys).toEqual([]);
  });
});
