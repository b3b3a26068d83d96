/**
 * What a row of a field table says about one input, for every block (the scenario, `replication.*`,
 * `uncertainty.*`): its label, unit, help, how it is edited, its default, bounds and choices, when it
 * applies, and how its messages name its numbers. The schemas build their rules from a row (`numberOf`,
 * `choicesOf`), validation words a refused value from it (`ruleOfIssue`), and the form renders it.
 */
import './zod-setup';
import { z } from 'zod';
import type { FieldRule } from './field-rule';

export type FieldGroup =
  'workload' | 'cluster' | 'advanced' | 'selfManaged' | 'replication' | 'uncertainty' | 'assumptions' | 'current' | 'kinesis';

/** How a field is edited: text, a number (optional ones may be empty), a switch, a choice, or PST's auto/off/rate. */
export type FieldKind = 'text' | 'number' | 'optionalNumber' | 'boolean' | 'select' | 'provisionedThroughput';

/** A choice's value as the scenario holds it, and its label. */
export interface FieldChoice {
  readonly value: string | number;
  readonly label: string;
}

/**
 * A number field's allowed values: from `min` (or above it, when `minExclusive`) to `max`, whole
 * numbers only when `integer`. The schemas build their rule and its message from these.
 */
export interface FieldBounds {
  readonly min: number;
  readonly max: number;
  readonly minExclusive?: boolean;
  readonly integer?: boolean;
}

/** How messages name a field's values ("must be a number (MiB/s)", "must be greater than 0 MiB/s"). */
export interface FieldWording {
  /** After a bound, with its leading space (" MiB/s", " partitions"); none by default. */
  readonly unit?: string;
  /** After "must be a number" (" (MiB/s)", " of hours"). */
  readonly what?: string;
  /** Below the minimum and above the maximum said apart ("must be greater than 0 MiB/s"), not as one range. */
  readonly split?: boolean;
  /** After the maximum ("(a year)"). */
  readonly maxNote?: string;
  /** Out of bounds said as "must be between 0.1 and 0.95" (shares and percentages). */
  readonly between?: boolean;
  /** What an empty choice (null) stands for ("the cheapest managed tool"). */
  readonly nullMeans?: string;
}

export interface FieldInfo<K extends string = string> {
  readonly key: K;
  /** The field's name on the page and in its messages ("Peak ingress"). */
  readonly label: string;
  readonly unit: string;
  readonly help: string;
  readonly group: FieldGroup;
  readonly kind: FieldKind;
  /** A select's choices; "regions", "ec2Types" and "brokerTypes" (of the row's deployment) come from the price data. */
  readonly choices?: readonly FieldChoice[] | 'regions' | 'ec2Types' | 'brokerTypes';
  /** What an empty optional field means, shown inside it (or as a select's empty choice). */
  readonly placeholder?: string;
  /** The values a number field accepts (SPEC §2 and the bounds that keep figures finite). */
  readonly bounds?: FieldBounds;
  /** The value a missing key takes (`undefined`: required, or filled in by another rule). */
  readonly default?: string | number | boolean | null;
  /** The longest text a text field takes. */
  readonly maxLength?: number;
  readonly says?: FieldWording;
  /** What the input's label adds in brackets: the unit, the bounds, or both ("Horizon (months, 0–60)"). */
  readonly labelNote?: 'unit' | 'bounds' | 'both';
  /** A replication key only some patterns use (PATTERN_TABLE's `keys`): the form shows it for those. */
  readonly patternKey?: boolean;
}

/** The row of `key` in a block's table (every typed key has one: a missing row is a programming error). */
export function rowOf<K extends string, R extends FieldInfo<K>>(rows: readonly R[], key: K, block: string): R {
  const row = rows.find((f) => f.key === key);
  if (row === undefined) throw new Error(`No ${block} field ${key}`);
  return row;
}

/** A number schema with the row's bounds (messages come from `ruleOfIssue`, not from zod). */
export function numberOf(row: FieldInfo): z.ZodNumber {
  const b = row.bounds;
  if (b === undefined) throw new Error(`The field table gives no bounds for ${row.key}`);
  let schema = z.number();
  if (b.integer === true) schema = schema.int();
  schema = b.minExclusive === true ? schema.gt(b.min) : schema.min(b.min);
  return Number.isFinite(b.max) ? schema.max(b.max) : schema;
}

/** The row's default as a number (a programming error when it is not one). */
export function numberDefault(row: FieldInfo): number {
  if (typeof row.default !== 'number') throw new Error(`The field table gives no number default for ${row.key}`);
  return row.default;
}

/** The schema's values, checked against the row's choices (as text), as zod's enum wants them. */
export function textChoices<T extends string>(row: FieldInfo, values: readonly T[]): [T, ...T[]] {
  const listed = Array.isArray(row.choices) ? row.choices.map((c) => String(c.value)) : [];
  if (listed.length !== values.length || values.some((v) => !listed.includes(v))) {
    throw new Error(`The field table's choices for ${row.key} differ from the schema's values`);
  }
  return values as unknown as [T, ...T[]];
}

/** What zod reports of an issue, as far as wording it needs. */
export interface IssueLike {
  readonly code: string;
  readonly input?: unknown;
}

/** The rule a refused value broke, worded from its row; without a row the value had to be an object (a block). */
export function ruleOfIssue(row: FieldInfo | undefined, issue: IssueLike): FieldRule {
  if (row === undefined) return { code: 'type', params: { expected: 'object' } };
  const says = row.says ?? {};
  const orEmpty = row.kind === 'optionalNumber' ? { orEmpty: true } : {};
  if (row.kind === 'boolean') return { code: 'type', params: { expected: 'boolean' } };
  if (row.kind === 'text') return issue.code === 'too_big' ? { code: 'too-long', params: { max: row.maxLength ?? 0 } } : typeRule('text');
  if (row.choices === 'regions')
    return issue.input === undefined ? { code: 'required', params: { expected: 'region' } } : typeRule('region');
  if (row.choices === 'ec2Types') return typeRule('ec2');
  if (row.choices === 'brokerTypes') return typeRule('broker-type');
  const b = row.bounds;
  if (row.kind === 'provisionedThroughput' && b) return { code: 'auto-off-or-rate', params: { min: b.min, max: b.max } };
  if (b === undefined) {
    const choices = Array.isArray(row.choices) ? row.choices.map((c) => c.value) : [];
    const sorted = choices.every((c) => typeof c === 'number') ? [...choices].sort((x, y) => Number(x) - Number(y)) : choices;
    return { code: 'choice', params: { choices: sorted, ...(says.nullMeans ? { nullMeans: says.nullMeans } : {}) } };
  }
  const unit = says.unit ?? '';
  if (issue.code === 'invalid_type' || typeof issue.input !== 'number') {
    if (b.integer === true) return typeRule('whole');
    return { code: 'type', params: { expected: 'number', ...(says.what ? { what: says.what } : {}), ...orEmpty } };
  }
  if (b.integer === true) return { code: 'range', params: { min: b.min, max: b.max, unit, whole: true } };
  if (says.split === true) {
    return issue.code === 'too_big'
      ? { code: 'max', params: { max: b.max, unit, ...(says.maxNote ? { note: says.maxNote } : {}) } }
      : { code: 'min', params: { min: b.min, exclusive: b.minExclusive === true, unit } };
  }
  if (says.between === true) return { code: 'range', params: { min: b.min, max: b.max, unit: '', between: true } };
  return { code: 'range', params: { min: b.min, max: b.max, unit, ...(b.minExclusive ? { minExclusive: true } : {}), ...orEmpty } };
}

function typeRule(expected: 'text' | 'region' | 'ec2' | 'broker-type' | 'whole'): FieldRule {
  return { code: 'type', params: { expected } };
}

/** The words the input's label adds in brackets ("months, 0–60"), or null. */
export function labelNote(row: FieldInfo, formatNumber: (n: number) => string): string | null {
  const b = row.bounds;
  const bounds = b && Number.isFinite(b.max) ? `${formatNumber(b.min)}–${formatNumber(b.max)}` : '';
  switch (row.labelNote) {
    case 'unit':
      return row.unit;
    case 'bounds':
      return bounds;
    case 'both':
      return `${row.unit}, ${bounds}`;
    default:
      return null;
  }
}
