/**
 * `kafka-log-dirs.sh --describe` (SPEC §13.3): unique `topic-N` split at the last '-', future
 * replicas skipped, sizes per replica never × RF, and partitions only when no other source gives them.
 */
import { describe, expect, it } from 'vitest';
import { importWorkload } from '../../../src/domain/import/import-workload';
import { splitPartitionName } from '../../../src/domain/import/log-dirs';
import { codesOf, file, fixture, issueOf, valueOf } from './import-files';

const replica = (partition: string, size: number, isFuture = false) => ({ partition, size, offsetLag: 0, isFuture });

/** Pretty-printed, no progress lines: brokers 1–3 hold my-topic-0 and my-topic-1 on every broker, a-b-c-10 on two. */
const PRETTY = JSON.stringify(
  {
    version: 1,
    brokers: [
      {
        broker: 1,
        logDirs: [
          { logDir: '/d1', error: null, partitions: [replica('my-topic-0', 1000), replica('my-topic-1', 2000), replica('a-b-c-10', 500)] },
        ],
      },
      {
        broker: 2,
        logDirs: [
          { logDir: '/d1', error: null, partitions: [replica('my-topic-0', 1000), replica('my-topic-1', 1900), replica('a-b-c-10', 400)] },
        ],
      },
      {
        broker: 3,
        logDirs: [
          {
            logDir: '/d1',
            error: null,
            partitions: [replica('my-topic-0', 900), replica('my-topic-1', 2000), replica('a-b-c-10', 100, true)],
          },
        ],
      },
    ],
  },
  null,
  2,
);

describe('kafka-log-dirs --describe', () => {
  it('reads the sample after its progress lines: one partition, orders-0', () => {
    const result = importWorkload([fixture('kafka-log-dirs-describe.txt')]);
    expect(result.scenarioPatch).toEqual({ partitions: 1, current: { observed: { partitionReplicas: 1 } } });
    expect(result.derivations[0]?.method).toContain('42 bytes in all replicas');
  });

  it('counts unique partitions, splitting names at the last dash, skipping future replicas', () => {
    // my-topic-0, my-topic-1, a-b-c-10: 3 partitions. Replicas: 3 + 3 + 2 (the future one on broker 3 skipped) = 8.
    const result = importWorkload([file('log-dirs.json', PRETTY)]);
    expect(valueOf(result, 'partitions')).toBe(3);
    expect(valueOf(result, 'current.observed.partitionReplicas')).toBe(8);
    // a-b-c-10 has 2 replicas, the others 3.
    expect(codesOf(result.warnings)).toContain('mixed-replication-factor');
  });

  it('adds sizes per replica, never × RF: all replicas, and one copy as the largest replica of each partition', () => {
    // All: 1000+2000+500 + 1000+1900+400 + 900+2000 = 9,700 bytes. One copy: 1000 + 2000 + 500 = 3,500 bytes.
    const method = importWorkload([file('log-dirs.json', PRETTY)]).derivations.find((d) => d.field === 'partitions')?.method;
    expect(method).toContain('9,700 bytes in all replicas, 3,500 bytes in one copy');
  });

  it('skips a log dir that reports an error, with a warning naming it', () => {
    // Broker 2's /d2 failed: only broker 1's orders-0 and orders-1 are counted.
    const text = JSON.stringify({
      version: 1,
      brokers: [
        { broker: 1, logDirs: [{ logDir: '/d1', error: null, partitions: [replica('orders-0', 10), replica('orders-1', 10)] }] },
        { broker: 2, logDirs: [{ logDir: '/d2', error: 'KafkaStorageException', partitions: [replica('orders-2', 10)] }] },
      ],
    });
    const result = importWorkload([file('log-dirs.json', text)]);
    expect(valueOf(result, 'partitions')).toBe(2);
    expect(issueOf(result.warnings, 'log-dir-error')).toMatchObject({ field: 'brokers[1].logDirs[0]' });
  });

  it('splits at the last dash', () => {
    expect(splitPartitionName('orders-eu-12')).toEqual({ topic: 'orders-eu', partition: 12 });
    expect(splitPartitionName('orders')).toBeUndefined();
    expect(splitPartitionName('orders-x')).toBeUndefined();
  });

  it('names a partition without -N', () => {
    const text = JSON.stringify({
      version: 1,
      brokers: [{ broker: 1, logDirs: [{ logDir: '/d', error: null, partitions: [replica('orders', 1)] }] }],
    });
    const result = importWorkload([file('log-dirs.txt', `Querying brokers for log directories information\n${text}\n`)]);
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'bad-partition-name', field: 'brokers[0].logDirs[0].partitions[0].partition' }),
    ]);
  });

  it('gives partitions only when no other source does: kafka-topics wins, with a warning naming log-dirs', () => {
    const topics =
      'Topic: my-topic\tPartitionCount: 2\tReplicationFactor: 3\tConfigs:\nTopic: a-b-c\tPartitionCount: 11\tReplicationFactor: 2\tConfigs:';
    const result = importWorkload([file('log-dirs.json', PRETTY), file('topics.txt', topics)]);
    // kafka-topics: 2 + 11 = 13.
    expect(valueOf(result, 'partitions')).toBe(13);
    expect(issueOf(result.warnings, 'precedence')).toMatchObject({ file: 'log-dirs.json', field: 'partitions' });
  });

  it('gives the line and column of broken JSON after the progress lines', () => {
    // Lines 1 and 2 are progress; on line 3, `{"version":1,}` breaks at column 14: '}' where a property name must follow the comma.
    const text = 'Querying brokers for log directories information\nReceived log directory information from brokers 1\n{"version":1,}\n';
    const result = importWorkload([file('log-dirs.txt', text)]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'invalid-json', line: 3 })]);
    expect(result.errors[0]?.message).toContain('column 14');
  });
});
