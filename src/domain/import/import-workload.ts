/**
 * Import what users have at hand (SPEC §13.3): CloudWatch output, Prometheus scrapes, Kafka's own
 * tools, describe-cluster-v2 and the migration discovery file, each recognised by its content.
 * Every value comes with a derivation; any error empties the patch, so nothing is half-applied.
 */
import { metricDataSeries, readMetricDataOutput, warnMissingPages, type MetricDataResult } from './cloudwatch-metric-data';
import { readMetricDataRequest, type MetricDataRequest, type QueryRecipe } from './cloudwatch-request';
import { joinStatisticsWindows, readMetricStatistics } from './cloudwatch-statistics';
import { combineCandidates } from './combine-candidates';
import { deriveCloudWatch } from './derive-cloudwatch';
import { readDescribeCluster } from './describe-cluster';
import { detectFormat, type DetectedFormat } from './detect-format';
import { readDiscoveryFile } from './discovery-file';
import type { Candidate, ImportFile, ImportOptions, ImportResult } from './import-types';
import { IssueLog } from './issue-log';
import { readKafkaTopics } from './kafka-topics';
import { readLogDirs } from './log-dirs';
import { MetricStreamPoints, metricStreamSeries, readMetricStreamFile } from './metric-streams';
import type { MetricSeries } from './msk-metrics';
import { readPrometheusFile, type PrometheusFile } from './prometheus-samples';
import { derivePrometheus } from './prometheus-throughput';
import { normalizeText } from './text-input';
import { topicCandidates, type TopicInfo } from './topic-fields';

export type { ImportDerivation, ImportFile, ImportIssue, ImportOptions, ImportResult } from './import-types';

/** Files per import (SPEC §13.3). */
export const MAX_IMPORT_FILES = 10;
/** Characters per file (SPEC §13.3: 20 MB): a month of one-minute CloudWatch data for a large cluster fits. */
export const MAX_IMPORT_FILE_CHARS = 20 * 1024 * 1024;

/** What the files hold, gathered by source before values are derived (pages and scrapes may span files). */
interface Gathered {
  readonly metricData: MetricDataResult[];
  /** Each get-metric-data output and whether more pages follow it. */
  readonly metricDataPages: { readonly file: string; readonly morePages: boolean }[];
  readonly recipes: Map<string, QueryRecipe>;
  readonly requestIds: Set<string>;
  readonly requestFiles: string[];
  readonly cloudwatchSeries: MetricSeries[];
  readonly streams: MetricStreamPoints;
  readonly prometheus: PrometheusFile[];
  readonly topics: TopicInfo[];
  readonly candidates: Candidate[];
}

function byNameThenText(a: ImportFile, b: ImportFile): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

function isImportFile(value: unknown): value is ImportFile {
  if (typeof value !== 'object' || value === null) return false;
  const { name, text } = value as { name?: unknown; text?: unknown };
  return typeof name === 'string' && typeof text === 'string';
}

/** The files that are `{name, text}` objects; anything else (possible from untyped callers) is an error, not a crash. */
function readableFiles(files: unknown, log: IssueLog): ImportFile[] {
  const list: readonly unknown[] = Array.isArray(files) ? files : [];
  if (!Array.isArray(files)) log.error({ code: 'unreadable-file', file: '', message: 'the files must be a list of { name, text }' });
  const readable = list.filter(isImportFile);
  for (const entry of list) {
    if (isImportFile(entry)) continue;
    const name = typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : undefined;
    log.error({ code: 'unreadable-file', file: typeof name === 'string' ? name : '', message: 'a file needs a name and a text' });
  }
  return readable;
}

/** Rejections that need no reading: too many files, bad options, files too large or given twice. */
function admitFiles(files: readonly ImportFile[], options: ImportOptions, log: IssueLog): ImportFile[] {
  if (files.length > MAX_IMPORT_FILES) {
    log.error({ code: 'too-many-files', file: '', message: `${files.length} files: an import reads at most ${MAX_IMPORT_FILES}` });
    return [];
  }
  const interval = options.scrapeIntervalSeconds;
  if (interval !== undefined && !(typeof interval === 'number' && Number.isFinite(interval) && interval > 0)) {
    log.error({
      code: 'invalid-scrape-interval',
      file: '',
      field: 'scrapeIntervalSeconds',
      message: `the scrape interval must be a number of seconds above 0, not ${String(interval)}`,
    });
  }
  const admitted: ImportFile[] = [];
  const seen = new Map<string, string>();
  // Sorted, so that the order files were picked in never changes the result.
  for (const file of [...files].sort(byNameThenText)) {
    if (file.text.length > MAX_IMPORT_FILE_CHARS) {
      log.error({
        code: 'file-too-large',
        file: file.name,
        message: `${file.text.length} characters: a file may hold at most ${MAX_IMPORT_FILE_CHARS} (20 MB)`,
      });
      continue;
    }
    const text = normalizeText(file.text);
    const twin = seen.get(text);
    if (twin !== undefined) {
      log.error({ code: 'duplicate-file', file: file.name, message: `the same content as ${twin}: give each file once` });
      continue;
    }
    seen.set(text, file.name);
    admitted.push({ name: file.name, text });
  }
  return admitted;
}

function rejectFormat(format: DetectedFormat, file: string, log: IssueLog): void {
  switch (format.kind) {
    case 'binary':
      log.error({ code: 'binary-file', file, message: 'the file holds binary data (NUL characters): give the text output of the tool' });
      return;
    case 'empty':
      log.error({ code: 'empty-file', file, message: 'the file is empty' });
      return;
    case 'invalid-json':
      log.error({
        code: 'invalid-json',
        file,
        line: format.line,
        message: `invalid JSON at line ${format.line}, column ${format.column}: ${format.problem}`,
      });
      return;
    case 'price-list':
      log.error({
        code: 'price-list-file',
        file,
        message: 'this is an AWS price list file, not a workload: use prices:refresh to read it',
      });
      return;
    case 'unknown':
      log.error({ code: 'unknown-format', file, message: `not a format the import reads; its first line is "${format.firstLine}"` });
      return;
    default:
      return;
  }
}

/** Several request files: the first (by name) to define an Id keeps it. */
function addRequest(gathered: Gathered, request: MetricDataRequest): void {
  for (const id of request.ids) gathered.requestIds.add(id);
  for (const [id, recipe] of request.recipes) if (!gathered.recipes.has(id)) gathered.recipes.set(id, recipe);
}

function readFile(file: { readonly name: string; readonly text: string }, gathered: Gathered, log: IssueLog): void {
  const format = detectFormat(file.text);
  const { name } = file;
  switch (format.kind) {
    case 'cloudwatch-data': {
      const { results, morePages } = readMetricDataOutput(format.json, name, log);
      gathered.metricData.push(...results);
      gathered.metricDataPages.push({ file: name, morePages });
      return;
    }
    case 'cloudwatch-request':
      addRequest(gathered, readMetricDataRequest(format.json));
      gathered.requestFiles.push(name);
      return;
    case 'cloudwatch-statistics':
      gathered.cloudwatchSeries.push(...readMetricStatistics(format.json, name, log));
      return;
    case 'metric-streams':
      readMetricStreamFile(file.text, name, log, gathered.streams);
      return;
    case 'prometheus':
      gathered.prometheus.push(readPrometheusFile(file.text, name, log));
      return;
    case 'kafka-topics':
      gathered.topics.push(...readKafkaTopics(file.text, name, log));
      return;
    case 'log-dirs':
      gathered.candidates.push(...readLogDirs(format.json, name, log));
      return;
    case 'describe-cluster':
      gathered.candidates.push(...readDescribeCluster(format.json, name, log));
      return;
    case 'discovery':
      gathered.candidates.push(...readDiscoveryFile(format.json, name, log));
      return;
    default:
      rejectFormat(format, name, log);
  }
}

/** Values per source, once every file is read. */
function deriveAll(gathered: Gathered, options: ImportOptions, log: IssueLog): Candidate[] {
  if (gathered.requestFiles.length > 0 && gathered.metricData.length === 0) {
    for (const file of gathered.requestFiles) {
      log.warn({
        code: 'request-without-output',
        file,
        message: 'a get-metric-data request without its output: import the output it produced as well',
      });
    }
  }
  warnMissingPages(gathered.metricDataPages, log);
  const cloudwatch = [
    ...metricDataSeries(gathered.metricData, { ids: gathered.requestIds, recipes: gathered.recipes }, log),
    ...joinStatisticsWindows(gathered.cloudwatchSeries, log),
    ...metricStreamSeries(gathered.streams, log),
  ];
  return [
    ...topicCandidates({ topics: gathered.topics, source: 'kafka-topics', log }),
    ...deriveCloudWatch(cloudwatch, log),
    ...(gathered.prometheus.length > 0 ? derivePrometheus(gathered.prometheus, options.scrapeIntervalSeconds, log) : []),
    ...gathered.candidates,
  ];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'an unexpected failure';
}

/**
 * Reads the files and returns the scenario values they give, how each was derived, and the
 * warnings and errors. Never throws: a file that breaks a reader is an `unreadable-file` error.
 */
export function importWorkload(files: readonly ImportFile[], options: ImportOptions = {}): ImportResult {
  const log = new IssueLog();
  const gathered: Gathered = {
    metricData: [],
    metricDataPages: [],
    recipes: new Map(),
    requestIds: new Set(),
    requestFiles: [],
    cloudwatchSeries: [],
    streams: new MetricStreamPoints(),
    prometheus: [],
    topics: [],
    candidates: [],
  };
  const safeOptions: ImportOptions = typeof options === 'object' && options !== null ? options : {};
  const readable = readableFiles(files, log);
  for (const file of admitFiles(readable, safeOptions, log)) {
    try {
      readFile(file, gathered, log);
    } catch (error) {
      log.error({ code: 'unreadable-file', file: file.name, message: `the file could not be read (${messageOf(error)})` });
    }
  }
  let combined: ReturnType<typeof combineCandidates> = { patch: {}, derivations: [] };
  try {
    combined = combineCandidates(deriveAll(gathered, safeOptions, log), log);
  } catch (error) {
    log.error({ code: 'unreadable-file', file: '', message: `the files could not be combined (${messageOf(error)})` });
  }
  if (combined.derivations.length === 0 && !log.hasErrors && readable.length > 0) {
    log.warn({ code: 'nothing-imported', file: '', message: 'no file gave a scenario value' });
  }
  const { warnings, errors } = log.finish();
  return { scenarioPatch: errors.length > 0 ? {} : combined.patch, derivations: combined.derivations, warnings, errors };
}
