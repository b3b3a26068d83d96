/**
 * Which format a file is, read from its content and never from its name (SPEC §13.3): users
 * rename files, and `metrics.json` may be any of five formats.
 */
import { isMetricDataOutput } from './cloudwatch-metric-data';
import { isMetricDataRequest } from './cloudwatch-request';
import { isMetricStatisticsOutput } from './cloudwatch-statistics';
import { isDescribeCluster } from './describe-cluster';
import { isDiscoveryFile } from './discovery-file';
import { isRecord, ownValue, readJson } from './json-text';
import { isKafkaTopicsText } from './kafka-topics';
import { isLogDirsJson } from './log-dirs';
import { isMetricStreamRecord } from './metric-streams';
import { parsePrometheusLine } from './prometheus-line';
import { firstLineOf, isBinaryText, leadingLines, offsetOfLine } from './text-input';

type JsonRecord = Readonly<Record<string, unknown>>;

export type DetectedFormat =
  | { readonly kind: 'cloudwatch-data' | 'cloudwatch-statistics' | 'describe-cluster' | 'discovery'; readonly json: JsonRecord }
  | { readonly kind: 'log-dirs'; readonly json: JsonRecord }
  | { readonly kind: 'cloudwatch-request'; readonly json: unknown }
  | { readonly kind: 'metric-streams' | 'prometheus' | 'kafka-topics' | 'price-list' | 'binary' | 'empty' }
  | { readonly kind: 'invalid-json'; readonly line: number; readonly column: number; readonly problem: string }
  | { readonly kind: 'unknown'; readonly firstLine: string };

/** Progress lines kafka-log-dirs prints before its JSON ("Querying brokers…", "Received log directory information…"). */
const MAX_PREAMBLE_LINES = 5;

/** An AWS Price List file (bulk offer JSON, or the pricing pages' data): read by prices:refresh, not by the import. */
function isPriceList(json: JsonRecord): boolean {
  const has = (key: string): boolean => ownValue(json, key) !== undefined;
  return (has('formatVersion') && (has('offerCode') || has('products') || has('terms'))) || (has('manifest') && has('regions'));
}

function classifyJson(json: unknown, firstLine: string): DetectedFormat {
  if (isRecord(json)) {
    if (isPriceList(json)) return { kind: 'price-list' };
    if (isMetricDataOutput(json)) return { kind: 'cloudwatch-data', json };
    if (isMetricStatisticsOutput(json)) return { kind: 'cloudwatch-statistics', json };
    if (isDescribeCluster(json)) return { kind: 'describe-cluster', json };
    if (isDiscoveryFile(json)) return { kind: 'discovery', json };
    if (isLogDirsJson(json)) return { kind: 'log-dirs', json };
    if (isMetricStreamRecord(json)) return { kind: 'metric-streams' };
  }
  if (isMetricDataRequest(json)) return { kind: 'cloudwatch-request', json };
  return { kind: 'unknown', firstLine };
}

/** A text that starts like JSON: one document, or Metric Streams' one record per line. */
function detectJson(text: string, firstLine: string): DetectedFormat {
  const read = readJson(text);
  if (read.ok) return classifyJson(read.value, firstLine);
  const [first] = leadingLines(text, 1);
  const firstRecord = first ? readJson(first.line) : undefined;
  if (firstRecord?.ok && isMetricStreamRecord(firstRecord.value)) return { kind: 'metric-streams' };
  return { kind: 'invalid-json', line: read.line, column: read.column, problem: read.problem };
}

/** kafka-log-dirs: a few progress lines, then JSON from the first line that starts with '{'. */
function detectLogDirs(text: string): DetectedFormat | undefined {
  const lines = leadingLines(text, MAX_PREAMBLE_LINES + 1);
  const start = lines.find(({ line }) => line.trimStart().startsWith('{'));
  if (!start) return undefined;
  const offset = offsetOfLine(text, start.lineNumber);
  const read = readJson(text.slice(offset), start.lineNumber);
  if (read.ok) return isRecord(read.value) && isLogDirsJson(read.value) ? { kind: 'log-dirs', json: read.value } : undefined;
  const looksLikeLogDirs = lines.some(({ line }) => /log director(y|ies) information/i.test(line.slice(0, 200)));
  return looksLikeLogDirs ? { kind: 'invalid-json', line: read.line, column: read.column, problem: read.problem } : undefined;
}

/** Exposition text: `# HELP`/`# TYPE` lines, or a first sample that looks like a metric (labels or an underscore in its name). */
function isPrometheusText(text: string): boolean {
  for (const { line } of leadingLines(text, 20)) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('# HELP ') || trimmed.startsWith('# TYPE ')) return true;
    if (trimmed.startsWith('#')) continue;
    const parsed = parsePrometheusLine(line);
    return parsed.kind === 'sample' && (parsed.sample.labels.size > 0 || parsed.sample.name.includes('_'));
  }
  return false;
}

/** The format of a normalised text (BOM removed, LF line ends). */
export function detectFormat(text: string): DetectedFormat {
  if (isBinaryText(text)) return { kind: 'binary' };
  const start = text.search(/\S/);
  if (start === -1) return { kind: 'empty' };
  const firstLine = firstLineOf(text);
  const firstChar = text[start];
  if (firstChar === '{' || firstChar === '[') {
    const json = detectJson(text, firstLine);
    // A log line such as "[2026-04-01 10:00:00,123] WARN …" (stderr captured with the tool's output) starts
    // like JSON too: text that does not parse as JSON is read as the text formats before it is called invalid.
    return json.kind === 'invalid-json' ? (detectText(text) ?? json) : json;
  }
  if (/^"?FormatVersion"?,/.test(text.slice(start, start + 40))) return { kind: 'price-list' };
  return detectText(text) ?? { kind: 'unknown', firstLine };
}

/** The text formats: kafka-log-dirs (JSON after progress lines), kafka-topics, Prometheus exposition. */
function detectText(text: string): DetectedFormat | undefined {
  const logDirs = detectLogDirs(text);
  if (logDirs) return logDirs;
  if (isKafkaTopicsText(text)) return { kind: 'kafka-topics' };
  if (isPrometheusText(text)) return { kind: 'prometheus' };
  return undefined;
}
