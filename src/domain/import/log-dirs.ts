/**
 * `kafka-log-dirs.sh --describe` output (SPEC §13.3): a line or two of progress, then a JSON object
 * `{brokers: [{broker, logDirs: [{logDir, error, partitions: [{partition, size, isFuture}]}]}]}`,
 * on one line or pretty-printed. Partition names are `topic-N`, split at the LAST '-' (topic names
 * may contain '-'); future replicas (a move in progress) are skipped. Sizes are per replica, never × RF.
 */
import type { Candidate } from './import-types';
import { bytesWords, countOf, listWords } from './import-words';
import { type IssueLog } from './issue-log';
import { isRecord, ownArray, ownString, ownValue } from './json-text';

export function isLogDirsJson(json: unknown): boolean {
  const brokers = isRecord(json) ? ownArray(json, 'brokers') : undefined;
  return brokers !== undefined && brokers.every((b) => isRecord(b) && Array.isArray(ownValue(b, 'logDirs')));
}

interface Tally {
  /** Replicas per partition and the largest replica's bytes (one copy). */
  readonly partitions: Map<string, { replicas: number; largestBytes: number }>;
  replicas: number;
  allReplicaBytes: number;
}

/** "orders-eu-12" → topic "orders-eu", partition 12; undefined without a "-N" ending. */
export function splitPartitionName(name: string): { readonly topic: string; readonly partition: number } | undefined {
  const dash = name.lastIndexOf('-');
  const number = name.slice(dash + 1);
  if (dash <= 0 || !/^[0-9]{1,9}$/.test(number)) return undefined;
  return { topic: name.slice(0, dash), partition: Number(number) };
}

interface ReplicaInput {
  readonly entry: unknown;
  readonly key: string;
  readonly file: string;
  readonly log: IssueLog;
  readonly tally: Tally;
}

function addReplica({ entry, key, file, log, tally }: ReplicaInput): void {
  const name = isRecord(entry) ? ownString(entry, 'partition') : undefined;
  const split = name === undefined ? undefined : splitPartitionName(name);
  if (!isRecord(entry) || name === undefined || !split) {
    log.error({
      code: 'bad-partition-name',
      file,
      field: `${key}.partition`,
      message: `${key}: partition name ${JSON.stringify(name ?? null).slice(0, 80)} does not end in -N`,
    });
    return;
  }
  if (ownValue(entry, 'isFuture') === true) return;
  const size = ownValue(entry, 'size');
  if (typeof size !== 'number' || !Number.isFinite(size) || size < 0) {
    log.error({
      code: 'non-numeric-value',
      file,
      field: `${key}.size`,
      message: `${key}: size of ${name.slice(0, 80)} is not a number of bytes`,
    });
    return;
  }
  const id = `${split.topic}-${split.partition}`;
  const seen = tally.partitions.get(id) ?? { replicas: 0, largestBytes: 0 };
  seen.replicas += 1;
  seen.largestBytes = Math.max(seen.largestBytes, size);
  tally.partitions.set(id, seen);
  tally.replicas += 1;
  tally.allReplicaBytes += size;
}

function tallyOf(json: Readonly<Record<string, unknown>>, file: string, log: IssueLog): Tally {
  const tally: Tally = { partitions: new Map(), replicas: 0, allReplicaBytes: 0 };
  (ownArray(json, 'brokers') ?? []).forEach((broker, b) => {
    ((isRecord(broker) ? ownArray(broker, 'logDirs') : undefined) ?? []).forEach((dir, d) => {
      const key = `brokers[${b}].logDirs[${d}]`;
      if (!isRecord(dir)) return;
      const error = ownValue(dir, 'error');
      if (error !== null && error !== undefined) {
        log.warn({
          code: 'log-dir-error',
          file,
          field: key,
          message: `${key} (${ownString(dir, 'logDir') ?? '?'}) reports ${String(error).slice(0, 80)}: its partitions are not counted`,
        });
        return;
      }
      (ownArray(dir, 'partitions') ?? []).forEach((entry, p) => addReplica({ entry, key: `${key}.partitions[${p}]`, file, log, tally }));
    });
  });
  return tally;
}

/** Partitions and partition replicas, with the bytes they hold in the derivation's words. */
export function readLogDirs(json: Readonly<Record<string, unknown>>, file: string, log: IssueLog): Candidate[] {
  const tally = tallyOf(json, file, log);
  if (tally.partitions.size === 0) {
    log.warn({ code: 'value-not-imported', file, message: 'no partition is listed, so nothing is imported from this file' });
    return [];
  }
  let oneCopyBytes = 0;
  const replicaCounts = new Map<number, number>();
  for (const { replicas, largestBytes } of tally.partitions.values()) {
    oneCopyBytes += largestBytes;
    replicaCounts.set(replicas, (replicaCounts.get(replicas) ?? 0) + 1);
  }
  if (replicaCounts.size > 1) {
    const shares = [...replicaCounts]
      .sort(([a], [b]) => b - a)
      .map(([replicas, count]) => `${countOf(count, 'partition')} with ${replicas}`);
    log.warn({ code: 'mixed-replication-factor', file, message: `partitions have different numbers of replicas (${listWords(shares)})` });
  }
  const sizes = `they hold ${bytesWords(tally.allReplicaBytes)} in all replicas, ${bytesWords(oneCopyBytes)} in one copy (the largest replica of each partition)`;
  const from = `${file}#brokers`;
  return [
    {
      field: 'partitions',
      value: tally.partitions.size,
      from,
      method: `distinct topic-N partition names over every broker and log dir (split at the last '-', future replicas skipped); ${sizes}`,
      source: 'log-dirs',
      file,
    },
    {
      field: 'current.observed.partitionReplicas',
      value: tally.replicas,
      from,
      method: `replicas listed over every broker and log dir (future replicas skipped)`,
      source: 'log-dirs',
      file,
    },
  ];
}
