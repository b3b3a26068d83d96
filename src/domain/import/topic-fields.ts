/**
 * Partitions, replication factor and retention from a list of topics, as kafka-topics --describe
 * and the migration discovery file give them (SPEC §13.3): partitions = Σ PartitionCount; RF = the
 * one covering most partitions (warning when mixed); retention = the largest `retention.ms` over
 * non-compacted topics when every one of them sets it, `local.retention.ms` alike; compacted
 * topics skipped; `retention.bytes` warned.
 */
import type { Candidate, ImportValue, SourceKind } from './import-types';
import { countOf, formatNumber, listWords } from './import-words';
import { atLine, type IssueLog } from './issue-log';

export interface TopicInfo {
  readonly name: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly configs: ReadonlyMap<string, string>;
  readonly file: string;
  /** The summary line in kafka-topics output; absent for the discovery file. */
  readonly line?: number;
}

const MS_PER_HOUR = 3_600_000;
/** The replication factors a scenario can hold (SPEC §2). */
const MAX_SCENARIO_RF = 3;
/** `local.retention.ms` -2: keep locally as long as `retention.ms` (Kafka's default, KIP-405). */
const LOCAL_AS_RETENTION = -2;
/** `retention.ms` -1: no time limit. */
const UNLIMITED = -1;

interface TopicsInput {
  readonly topics: readonly TopicInfo[];
  readonly source: SourceKind;
  readonly log: IssueLog;
}

function whereOf(topic: TopicInfo): string {
  return topic.line === undefined ? `${topic.file}#topics/${topic.name}` : `${topic.file}:${topic.line}`;
}

/** "topics.txt:1-40", or "cluster-config.json#topics" for the discovery file. */
function fromOf(topics: readonly TopicInfo[]): string {
  const byFile = new Map<string, { first: number; last: number }>();
  for (const t of topics) {
    const span = byFile.get(t.file) ?? { first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY };
    if (t.line !== undefined) {
      span.first = Math.min(span.first, t.line);
      span.last = Math.max(span.last, t.line);
    }
    byFile.set(t.file, span);
  }
  return listWords(
    [...byFile].map(([file, { first, last }]) => {
      if (!Number.isFinite(first)) return `${file}#topics`;
      return first === last ? `${file}:${first}` : `${file}:${first}-${last}`;
    }),
    3,
  );
}

/** One entry per topic name; a topic listed twice with other counts is warned and its first listing kept. */
function uniqueTopics(topics: readonly TopicInfo[], log: IssueLog): TopicInfo[] {
  const byName = new Map<string, TopicInfo>();
  for (const topic of topics) {
    const seen = byName.get(topic.name);
    if (!seen) byName.set(topic.name, topic);
    else if (seen.partitions !== topic.partitions || seen.replicationFactor !== topic.replicationFactor) {
      log.warn({
        code: 'duplicate-topic',
        file: topic.file,
        ...atLine(topic.line),
        message: `topic ${topic.name} is listed again with other counts; ${whereOf(seen)} is used`,
      });
    }
  }
  return [...byName.values()];
}

function isCompacted(topic: TopicInfo): boolean {
  const policies = (topic.configs.get('cleanup.policy') ?? 'delete').split(',').map((p) => p.trim());
  return policies.includes('compact') && !policies.includes('delete');
}

export function topicCandidates({ topics, source, log }: TopicsInput): Candidate[] {
  const unique = uniqueTopics(topics, log);
  const first = unique[0];
  if (!first) return [];
  const from = fromOf(unique);
  const candidate = (field: string, value: ImportValue, method: string): Candidate => ({
    field,
    value,
    from,
    method,
    source,
    file: first.file,
  });
  const candidates: Candidate[] = [];
  const partitions = unique.reduce((sum, t) => sum + t.partitions, 0);
  if (partitions >= 1) {
    candidates.push(
      candidate(
        'partitions',
        partitions,
        `sum of PartitionCount over ${countOf(unique.length, 'topic')} (leader partitions, before replication)`,
      ),
    );
  }
  const rf = replicationFactorOf(unique, log);
  if (rf) candidates.push(candidate('replicationFactor', rf.value, rf.method));
  const retention = retentionOf(unique, log);
  for (const r of retention) candidates.push(candidate(r.field, r.value, r.method));
  warnAboutRetentionBytes(unique, log);
  return candidates;
}

interface Derived {
  readonly field: string;
  readonly value: number;
  readonly method: string;
}

/** The RF covering the most partitions (the larger on a tie); a mixed cluster is warned. */
function replicationFactorOf(topics: readonly TopicInfo[], log: IssueLog): Derived | undefined {
  const covered = new Map<number, number>();
  for (const t of topics) covered.set(t.replicationFactor, (covered.get(t.replicationFactor) ?? 0) + t.partitions);
  const ranked = [...covered].sort(([rfA, a], [rfB, b]) => b - a || rfB - rfA);
  const [best] = ranked;
  if (!best) return undefined;
  const total = ranked.reduce((sum, [, count]) => sum + count, 0);
  const file = topics[0]?.file ?? '';
  const shares = ranked.map(([rf, count]) => `RF ${rf}: ${countOf(count, 'partition')}`);
  if (ranked.length > 1) {
    log.warn({
      code: 'mixed-replication-factor',
      file,
      field: 'replicationFactor',
      message: `topics use several replication factors (${listWords(shares)}); RF ${best[0]} covers the most partitions`,
    });
  }
  if (best[0] > MAX_SCENARIO_RF) {
    log.warn({
      code: 'value-not-imported',
      file,
      field: 'replicationFactor',
      message: `replication factor ${best[0]} is above the ${MAX_SCENARIO_RF} a scenario can hold`,
    });
    return undefined;
  }
  return {
    field: 'replicationFactor',
    value: best[0],
    method: `the replication factor of the most partitions: RF ${best[0]} covers ${formatNumber(best[1])} of ${formatNumber(total)}`,
  };
}

/** A config as a whole number of ms; a value that is not one is an error naming where it is. */
function configMs(topic: TopicInfo, key: string, log: IssueLog): number | undefined {
  const text = topic.configs.get(key);
  if (text === undefined) return undefined;
  if (/^-?[0-9]{1,16}$/.test(text.trim())) return Number(text.trim());
  log.error({
    code: 'non-numeric-value',
    file: topic.file,
    ...atLine(topic.line),
    field: key,
    message: `topic ${topic.name}: ${key}=${text.slice(0, 40)} is not a whole number of ms`,
  });
  return undefined;
}

interface Retention {
  readonly topic: TopicInfo;
  readonly ms: number | undefined;
}

function retentionOf(topics: readonly TopicInfo[], log: IssueLog): Derived[] {
  const kept = topics.filter((t) => !isCompacted(t));
  const file = topics[0]?.file ?? '';
  const skipped = topics.length - kept.length;
  const skippedWords = skipped > 0 ? `; ${countOf(skipped, 'compacted topic')} skipped` : '';
  const notImported = (field: string, why: string): Derived[] => {
    log.warn({ code: 'value-not-imported', file, field, message: `${field}: ${why}` });
    return [];
  };
  if (kept.length === 0) {
    return topics.length > 0 ? notImported('retentionHours', 'every topic is compacted, so no time retention applies') : [];
  }
  const topicsWords = countOf(kept.length, 'non-compacted topic');
  const retention: Retention[] = kept.map((t) => ({ topic: t, ms: configMs(t, 'retention.ms', log) }));
  const missing = retention.filter((r) => r.ms === undefined).length;
  if (missing > 0) {
    return notImported(
      'retentionHours',
      `${missing} of ${topicsWords} take the broker's default retention.ms, which this file does not show`,
    );
  }
  const unlimited = retention.filter((r) => r.ms === UNLIMITED).map((r) => r.topic.name);
  if (unlimited.length > 0)
    return notImported('retentionHours', `${listWords(unlimited)} keep data without a time limit (retention.ms=-1)`);
  const longest = retention.reduce((a, b) => ((b.ms as number) > (a.ms as number) ? b : a));
  const retentionMs = longest.ms as number;
  const total: Derived = {
    field: 'retentionHours',
    value: retentionMs / MS_PER_HOUR,
    method: `largest retention.ms over ${topicsWords} ÷ 3,600,000 (topic ${longest.topic.name}: ${formatNumber(retentionMs)} ms)${skippedWords}`,
  };
  const local = localRetentionOf(retention, log);
  if (local === 'none') return [total];
  if (typeof local === 'number')
    return [...notImported('localRetentionHours', `${local} of ${topicsWords} do not set local.retention.ms`), total];
  return [
    total,
    { ...local, method: `${local.method} over ${topicsWords} ÷ 3,600,000 (-2 and -1 read as the topic's retention.ms)${skippedWords}` },
  ];
}

/**
 * The longest local retention, when every topic sets `local.retention.ms`; 'none' when no topic
 * does; otherwise how many do not. -2 and -1 keep data locally for the topic's whole retention,
 * and local retention never exceeds it (KIP-405).
 */
function localRetentionOf(retention: readonly Retention[], log: IssueLog): Derived | number | 'none' {
  const local = retention.map((r) => configMs(r.topic, 'local.retention.ms', log));
  const missing = local.filter((ms) => ms === undefined).length;
  if (missing === retention.length) return 'none';
  if (missing > 0) return missing;
  const longest = local.reduce<number>((max, value, i) => {
    const own = retention[i]?.ms as number;
    const ms = value === LOCAL_AS_RETENTION || value === UNLIMITED ? own : Math.min(value as number, own);
    return Math.max(max, ms);
  }, Number.NEGATIVE_INFINITY);
  return { field: 'localRetentionHours', value: longest / MS_PER_HOUR, method: 'largest local.retention.ms' };
}

function warnAboutRetentionBytes(topics: readonly TopicInfo[], log: IssueLog): void {
  const limited = topics.filter((t) => {
    const bytes = t.configs.get('retention.bytes');
    return bytes !== undefined && bytes.trim() !== '-1';
  });
  const first = limited[0];
  if (!first) return;
  log.warn({
    code: 'retention-bytes',
    file: first.file,
    ...atLine(first.line),
    field: 'retentionHours',
    message: `${listWords(limited.map((t) => t.name))} also limit retention by size (retention.bytes): they may keep less than their retention.ms says`,
  });
}
