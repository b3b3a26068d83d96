/**
 * `kafka-topics.sh --describe` text (SPEC §13.3). One summary line per topic, then a line per
 * partition. Versions differ: before 2.x `Topic:name` without spaces; 2.8–3.6 add `TopicId`; 3.7+
 * add empty `Elr` and `LastKnownElr` columns. Columns are tab-separated, but copies often turn tabs
 * into spaces, so the line is read as `Key: value` pairs in any order, with `Configs:` last.
 */
import type { IssueLog } from './issue-log';
import { leadingLines, forEachLine } from './text-input';
import type { TopicInfo } from './topic-fields';

/** Lines looked at to recognise the format: a warning or two may come before the first topic. */
const LINES_TO_RECOGNISE = 50;

/** True when one of the first lines is a topic summary line. */
export function isKafkaTopicsText(text: string): boolean {
  return leadingLines(text, LINES_TO_RECOGNISE).some(
    ({ line }) => line.trimStart().startsWith('Topic') && isTopicSummary(describeFields(line)),
  );
}

interface DescribeFields {
  readonly fields: ReadonlyMap<string, string>;
  /** Everything after `Configs:`, or undefined without that column. */
  readonly configs: string | undefined;
}

function isKey(token: string): boolean {
  const colon = token.indexOf(':');
  if (colon <= 0) return false;
  for (let i = 0; i < colon; i += 1) {
    const code = token.charCodeAt(i);
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return false;
  }
  return true;
}

/** `Key: value` pairs of a line; `Key:value` (pre-2.x) too, and an empty value when the next token is a key. */
function describeFields(line: string): DescribeFields {
  const configsAt = line.indexOf('Configs:');
  const head = configsAt >= 0 ? line.slice(0, configsAt) : line;
  const tokens = head.split(/[ \t]+/).filter((token) => token !== '');
  const fields = new Map<string, string>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    if (!isKey(token)) continue;
    const colon = token.indexOf(':');
    let value = token.slice(colon + 1);
    const next = tokens[i + 1];
    if (value === '' && next !== undefined && !isKey(next)) {
      value = next;
      i += 1;
    }
    fields.set(token.slice(0, colon), value);
  }
  return { fields, configs: configsAt >= 0 ? line.slice(configsAt + 'Configs:'.length).trim() : undefined };
}

function isTopicSummary({ fields }: DescribeFields): boolean {
  return fields.has('Topic') && !fields.has('Partition') && (fields.has('PartitionCount') || fields.has('ReplicationFactor'));
}

/**
 * `a=1,cleanup.policy=compact,delete,b=2`: a piece without `=` continues the value before it
 * (cleanup.policy may list two policies).
 */
function parseConfigs(text: string): Map<string, string> {
  const configs = new Map<string, string>();
  let lastKey: string | undefined;
  for (const piece of text.split(',')) {
    const equals = piece.indexOf('=');
    if (equals > 0) {
      lastKey = piece.slice(0, equals).trim();
      configs.set(lastKey, piece.slice(equals + 1).trim());
    } else if (lastKey !== undefined && piece.trim() !== '') {
      configs.set(lastKey, `${configs.get(lastKey) ?? ''},${piece.trim()}`);
    }
  }
  return configs;
}

function wholeNumber(text: string | undefined): number | undefined {
  return text !== undefined && /^[0-9]{1,9}$/.test(text) ? Number(text) : undefined;
}

/** The topics of one listing; a topic line without PartitionCount or ReplicationFactor is an error naming its line. */
export function readKafkaTopics(text: string, file: string, log: IssueLog): TopicInfo[] {
  const topics: TopicInfo[] = [];
  forEachLine(text, (line, lineNumber) => {
    const trimmed = line.trimStart();
    if (!trimmed.startsWith('Topic:') && !trimmed.startsWith('Topic ')) return;
    const parsed = describeFields(line);
    if (parsed.fields.has('Partition')) return;
    const name = parsed.fields.get('Topic') ?? '';
    const partitions = wholeNumber(parsed.fields.get('PartitionCount'));
    const replicationFactor = wholeNumber(parsed.fields.get('ReplicationFactor'));
    if (name === '' || partitions === undefined || replicationFactor === undefined || replicationFactor < 1) {
      const missing = [
        name === '' ? 'a topic name' : '',
        partitions === undefined ? 'PartitionCount' : '',
        replicationFactor === undefined || replicationFactor < 1 ? 'ReplicationFactor' : '',
      ]
        .filter((word) => word !== '')
        .join(' and ');
      log.error({
        code: 'topic-line-incomplete',
        file,
        line: lineNumber,
        message: `line ${lineNumber}: a topic line without a whole-number ${missing}`,
      });
      return;
    }
    topics.push({ name, partitions, replicationFactor, configs: parseConfigs(parsed.configs ?? ''), file, line: lineNumber });
  });
  return topics;
}
