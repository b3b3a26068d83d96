/**
 * `kafka-topics.sh --describe` of every Kafka version (SPEC §13.3): partitions = Σ PartitionCount,
 * RF = the one covering most partitions, retention = the largest retention.ms over non-compacted
 * topics when every one sets it, local.retention.ms alike, retention.bytes warned.
 */
import { describe, expect, it } from 'vitest';
import { importWorkload } from '../../../src/domain/import/import-workload';
import { codesOf, file, fixture, issueOf, valueOf } from './import-files';

/** Kafka before 2.x: `Topic:name` without spaces. */
const PRE_2X = [
  'Topic:orders\tPartitionCount:12\tReplicationFactor:3\tConfigs:retention.ms=604800000',
  '\tTopic: orders\tPartition: 0\tLeader: 1\tReplicas: 1,2,3\tIsr: 1,2,3',
  'Topic:clicks\tPartitionCount:4\tReplicationFactor:2\tConfigs:retention.ms=86400000,cleanup.policy=delete',
  'Topic:__consumer_offsets\tPartitionCount:50\tReplicationFactor:3\tConfigs:segment.bytes=104857600,cleanup.policy=compact,compression.type=producer',
].join('\n');

describe('output with a log line in front', () => {
  it('reads a listing after a "[timestamp] WARN …" line (stderr captured with it), though that line starts like JSON', () => {
    // The pre-2.x listing below: 12 + 4 + 50 = 66 partitions, as without the log line.
    const log = '[2026-04-01 10:00:00,123] WARN [AdminClient clientId=adminclient-1] Connection to node -1 could not be established.';
    const plain = importWorkload([file('topics.txt', PRE_2X)]);
    const logged = importWorkload([file('topics.txt', `${log}\n${PRE_2X}`)]);
    expect(logged.errors).toEqual([]);
    expect(valueOf(logged, 'partitions')).toBe(66);
    expect(logged.scenarioPatch).toEqual(plain.scenarioPatch);
  });
});

describe('the samples', () => {
  it('reads Kafka 3.7+ (empty Elr columns, listing cut short) by PartitionCount, not by the partition lines shown', () => {
    // PartitionCount: 6 while only two partition lines are listed.
    const result = importWorkload([fixture('kafka-topics-describe.kafka37plus.txt')]);
    expect(result.scenarioPatch).toEqual({ partitions: 6, replicationFactor: 3 });
    // No topic sets retention.ms: the broker default applies, which the listing does not show.
    expect(issueOf(result.warnings, 'value-not-imported')?.field).toBe('retentionHours');
  });

  it('reads Kafka 2.8–3.6 (TopicId) and warns about retention.bytes', () => {
    const result = importWorkload([fixture('kafka-topics-describe.kafka28-36.txt')]);
    expect(result.scenarioPatch).toEqual({ partitions: 6, replicationFactor: 3 });
    expect(issueOf(result.warnings, 'retention-bytes')).toMatchObject({ line: 1, field: 'retentionHours' });
  });
});

describe('pre-2.x listing with a compacted internal topic', () => {
  const result = importWorkload([file('topics.txt', PRE_2X)]);

  it('sums PartitionCount over every topic', () => {
    // 12 + 4 + 50 = 66 leader partitions.
    expect(valueOf(result, 'partitions')).toBe(66);
  });

  it('takes the RF covering most partitions, and warns that RFs are mixed', () => {
    // RF 3 covers 12 + 50 = 62 partitions, RF 2 covers 4.
    expect(valueOf(result, 'replicationFactor')).toBe(3);
    expect(issueOf(result.warnings, 'mixed-replication-factor')?.message).toContain('RF 3: 62 partitions');
  });

  it('takes the longest retention.ms of the non-compacted topics, skipping the compacted one', () => {
    // orders 604,800,000 ms = 168 h, clicks 86,400,000 ms = 24 h; __consumer_offsets is compacted: 168 h.
    expect(valueOf(result, 'retentionHours')).toBe(168);
    expect(result.derivations.find((d) => d.field === 'retentionHours')?.method).toContain('1 compacted topic skipped');
  });

  it('says where the values come from: file and lines', () => {
    expect(result.derivations.find((d) => d.field === 'partitions')?.from).toBe('topics.txt:1-4');
  });

  it('reads the same listing with CRLF line ends, a BOM and spaces instead of tabs', () => {
    const copied = `\uFEFF${PRE_2X.replace(/\t/g, '  ').replace(/\n/g, '\r\n')}`;
    expect(importWorkload([file('copied.txt', copied)]).scenarioPatch).toEqual(result.scenarioPatch);
  });
});

describe('retention rules', () => {
  it('reads local.retention.ms alike: -2 means the topic’s retention.ms', () => {
    // orders: retention 168 h, local 86,400,000 ms = 24 h; clicks: retention 172,800,000 ms = 48 h, local -2 → 48 h.
    // retentionHours = 168, localRetentionHours = max(24, 48) = 48.
    const text = [
      'Topic: orders\tTopicId: a\tPartitionCount: 6\tReplicationFactor: 3\tConfigs: remote.storage.enable=true,retention.ms=604800000,local.retention.ms=86400000',
      'Topic: clicks\tTopicId: b\tPartitionCount: 6\tReplicationFactor: 3\tConfigs: retention.ms=172800000,local.retention.ms=-2',
    ].join('\n');
    const result = importWorkload([file('tiered.txt', text)]);
    expect(result.scenarioPatch).toMatchObject({ retentionHours: 168, localRetentionHours: 48 });
  });

  it('does not import retention when one non-compacted topic takes the broker default', () => {
    const text = [
      'Topic: a\tPartitionCount: 1\tReplicationFactor: 3\tConfigs: retention.ms=3600000',
      'Topic: b\tPartitionCount: 1\tReplicationFactor: 3\tConfigs: ',
    ].join('\n');
    const result = importWorkload([file('t.txt', text)]);
    expect(valueOf(result, 'retentionHours')).toBeUndefined();
    expect(issueOf(result.warnings, 'value-not-imported')?.message).toContain('1 of 2 non-compacted topics');
  });

  it('reads cleanup.policy=compact,delete as a topic with time retention', () => {
    // The value lists two policies, split across the comma-separated configs.
    const text = 'Topic: a\tPartitionCount: 2\tReplicationFactor: 3\tConfigs: cleanup.policy=compact,delete,retention.ms=7200000';
    expect(valueOf(importWorkload([file('t.txt', text)]), 'retentionHours')).toBe(2);
  });
});

describe('several listings', () => {
  it('reads listings of different topics together, and a topic listed twice with other counts once, with a warning', () => {
    // a.txt: orders 6, clicks 2; b.txt: audit 4, and orders again with 12. Orders counts once (a.txt, first by name): 6 + 2 + 4 = 12.
    const a =
      'Topic: orders\tPartitionCount: 6\tReplicationFactor: 3\tConfigs:\nTopic: clicks\tPartitionCount: 2\tReplicationFactor: 3\tConfigs:';
    const b =
      'Topic: audit\tPartitionCount: 4\tReplicationFactor: 3\tConfigs:\nTopic: orders\tPartitionCount: 12\tReplicationFactor: 3\tConfigs:';
    const result = importWorkload([file('b.txt', b), file('a.txt', a)]);
    expect(valueOf(result, 'partitions')).toBe(12);
    expect(issueOf(result.warnings, 'duplicate-topic')).toMatchObject({ file: 'b.txt', line: 2 });
  });
});

describe('errors', () => {
  it('a topic line without ReplicationFactor names its line', () => {
    const text = 'Topic: a\tPartitionCount: 2\tReplicationFactor: 3\tConfigs:\nTopic: b\tPartitionCount: 2\tConfigs:';
    const result = importWorkload([file('t.txt', text)]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'topic-line-incomplete', file: 't.txt', line: 2 })]);
    expect(result.errors[0]?.message).toContain('ReplicationFactor');
    expect(result.scenarioPatch).toEqual({});
  });

  it('a retention.ms that is not a number names its line', () => {
    const result = importWorkload([file('t.txt', 'Topic: a\tPartitionCount: 2\tReplicationFactor: 3\tConfigs: retention.ms=7d')]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'non-numeric-value', line: 1, field: 'retention.ms' })]);
    expect(codesOf(result.warnings)).toContain('value-not-imported');
  });
});
