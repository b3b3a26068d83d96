/**
 * Shapes of the workload import (SPEC §13.3): what the caller gets back, and what the readers of
 * each format hand to the step that applies the precedence between sources.
 */

/** One file as the user gave it: its name (only for messages) and its text. */
export interface ImportFile {
  readonly name: string;
  readonly text: string;
}

/** A warning or an error, naming the file and, when known, the line or the key/series. */
export interface ImportIssue {
  readonly code: string;
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
  readonly message: string;
}

/** How one imported value was obtained, shown before the import is applied (SPEC §13.3). */
export interface ImportDerivation {
  /** dotted scenario path: "peakIngressMiBps", "partitions", "replicationFactor", "retentionHours", "current.brokers", "current.observed.cpuPeakPct", ... */
  readonly field: string;
  readonly value: number | string | boolean | null;
  /** "file#series" or "file:line" */
  readonly from: string;
  /** how, in words a user understands, e.g. "P99 of the sum over 6 brokers of BytesInPerSec, 8,640 one-minute points, 2026-11-01 to 2026-11-07" */
  readonly method: string;
}

export interface ImportResult {
  /** scenario keys to set (format v2 keys of SPEC §2, plus a nested `current` object of SPEC §13.1); empty when there is any error */
  readonly scenarioPatch: Readonly<Record<string, unknown>>;
  readonly derivations: readonly ImportDerivation[];
  readonly warnings: readonly ImportIssue[];
  readonly errors: readonly ImportIssue[];
}

export interface ImportOptions {
  /** Seconds between two Prometheus scrapes that carry no timestamps (SPEC §13.3). */
  readonly scrapeIntervalSeconds?: number;
}

export type ImportValue = ImportDerivation['value'];

/**
 * The kinds of source, for the precedence rule of SPEC §13.3 (kafka-topics > CloudWatch >
 * Prometheus > log-dirs > discovery file). The SPEC does not rank describe-cluster-v2: it only
 * shares `current.*` with the discovery file, and AWS's own API outranks a hand-filled file.
 */
export type SourceKind = 'kafka-topics' | 'describe-cluster' | 'cloudwatch' | 'prometheus' | 'log-dirs' | 'discovery';

/** Highest precedence first. */
export const SOURCE_PRECEDENCE: readonly SourceKind[] = [
  'kafka-topics',
  'describe-cluster',
  'cloudwatch',
  'prometheus',
  'log-dirs',
  'discovery',
];

/** The words messages use for a source. */
export const SOURCE_NAMES: Readonly<Record<SourceKind, string>> = {
  'kafka-topics': 'kafka-topics --describe',
  'describe-cluster': 'describe-cluster-v2',
  cloudwatch: 'CloudWatch',
  prometheus: 'Prometheus',
  'log-dirs': 'kafka-log-dirs --describe',
  discovery: 'the migration discovery file',
};

/** A value one source offers for one scenario field; the precedence step picks one per field. */
export interface Candidate extends ImportDerivation {
  readonly source: SourceKind;
  /** The file the value came from first, for warnings about it. */
  readonly file: string;
}
