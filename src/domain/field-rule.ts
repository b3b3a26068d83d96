/**
 * Why a value is refused, as a code with its parameters. The domain words a rule once for files, the
 * CLI and links (fields named by their keys); the page words the same rule with its labels
 * (`RuleWords`), so no message is ever rewritten after the fact. A new rule is one case here.
 */

/** The value's kind a field expects, when the value is of the wrong kind. */
export type ExpectedKind = 'number' | 'whole' | 'boolean' | 'text' | 'object' | 'region' | 'ec2' | 'broker-type';

export type FieldRule =
  /** The wrong kind of value. `what` follows "must be a number" (" (MiB/s)", " of hours"). */
  | { readonly code: 'type'; readonly params: { readonly expected: ExpectedKind; readonly what?: string; readonly orEmpty?: boolean } }
  /** Below the minimum (split bounds: the page says which end). `unit` has its leading space. */
  | { readonly code: 'min'; readonly params: { readonly min: number; readonly exclusive: boolean; readonly unit: string } }
  | { readonly code: 'max'; readonly params: { readonly max: number; readonly unit: string; readonly note?: string } }
  /** Outside the bounds, said as one range. */
  | {
      readonly code: 'range';
      readonly params: {
        readonly min: number;
        readonly max: number;
        readonly unit: string;
        readonly whole?: boolean;
        readonly minExclusive?: boolean;
        /** Said "between a and b" (shares, percentages). */
        readonly between?: boolean;
        readonly orEmpty?: boolean;
      };
    }
  /** Not one of the choices; `nullMeans` names what null (or an empty choice) stands for. */
  | { readonly code: 'choice'; readonly params: { readonly choices: readonly (string | number)[]; readonly nullMeans?: string } }
  /** Provisioned storage throughput: "auto", off or a rate. */
  | { readonly code: 'auto-off-or-rate'; readonly params: { readonly min: number; readonly max: number } }
  | { readonly code: 'too-long'; readonly params: { readonly max: number } }
  | { readonly code: 'required'; readonly params: { readonly expected: ExpectedKind } }
  | { readonly code: 'version'; readonly params: { readonly current: number; readonly newer: boolean } }
  | { readonly code: 'unknown-key'; readonly params: { readonly block: 'scenario' | 'replication'; readonly format: number } }
  /** Must be at least (or at most) another field's value. `other` is that field's key. */
  | {
      readonly code: 'compare-field';
      readonly params: { readonly other: string; readonly otherValue: number; readonly unit: string; readonly atMost: boolean };
    }
  | { readonly code: 'fan-out'; readonly params: { readonly other: string; readonly otherValue: number } }
  | { readonly code: 'tiered-minimum'; readonly params: { readonly min: number } }
  /** A figure the field derives goes past the throughput maximum: `subject` names it, `terms` make it. */
  | {
      readonly code: 'derived-maximum';
      readonly params: {
        readonly subject: string;
        readonly terms: readonly number[];
        readonly operator: '×' | '+';
        readonly max: number;
        readonly note?: string;
      };
    }
  /** Not in the price data: a region (`example` shown) or an EC2 type (`choices` listed). */
  | { readonly code: 'not-priced'; readonly params: { readonly kind: 'region'; readonly example: string } }
  | { readonly code: 'not-priced'; readonly params: { readonly kind: 'ec2' | 'broker-type'; readonly choices: readonly string[] } }
  /** A key the block's other values leave no room for (brokers of MSK Serverless). */
  | { readonly code: 'not-for'; readonly params: { readonly what: string } }
  /** A range's end leaves out the scenario's value; `other` is the field key (or "egressToIngress"). */
  | {
      readonly code: 'range-excludes-likely';
      readonly params: { readonly end: 'low' | 'high'; readonly other: string; readonly likely: number };
    }
  | { readonly code: 'growth-order'; readonly params: { readonly end: 'low' | 'high'; readonly likely: number } }
  | { readonly code: 'file-too-large'; readonly params: { readonly maxMiB: number } }
  | { readonly code: 'json-syntax'; readonly params: { readonly problem: string; readonly line: number; readonly column: number } }
  /** A CLI `--set` whose key cannot be a field (too deep, empty or reserved). */
  | { readonly code: 'bad-override'; readonly params: { readonly set: string; readonly key: string } };

export type FieldRuleCode = FieldRule['code'];

/** How a rule names fields and numbers: keys and plain digits in files, labels and grouped digits on the page. */
export interface RuleWords {
  /** A field by key ("avgIngressMiBps" in files, "average ingress" on the page). */
  readonly field: (key: string) => string;
  readonly number: (value: number) => string;
  /** What leaves an optional field empty: "null" in files, "leave it empty" on the page. */
  readonly empty: string;
  /** Provisioned throughput's two words: '"auto", null (off)' in files, "Auto, Off" on the page. */
  readonly autoOrOff: string;
}

/** Files, the CLI and links: fields by key, numbers as JSON writes them. */
export const FILE_WORDS: RuleWords = { field: (key) => key, number: String, empty: 'null', autoOrOff: '"auto", null (off)' };

const KIND_NAMES: Readonly<Record<ExpectedKind, string>> = {
  number: 'a number',
  whole: 'a whole number',
  boolean: 'true or false',
  text: 'text',
  object: 'a JSON object',
  region: 'an AWS region code',
  ec2: 'an EC2 instance type',
  'broker-type': 'a broker type (e.g. kafka.m7g.xlarge)',
};

/** Each value as JSON writes it: strings quoted. */
const quoted = (values: readonly (string | number)[]) => values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));

/** "a, b or c". */
function orList(values: readonly (string | number)[]): string {
  const shown = quoted(values);
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1) ?? ''}`;
}

/** The rule as the end of a sentence ("must be at least average ingress (20 MiB/s)"), in lower case. */
export function ruleText(rule: FieldRule, w: RuleWords): string {
  const n = w.number;
  const orEmpty = (on: boolean | undefined) => (on === true ? `, or ${w.empty}` : '');
  switch (rule.code) {
    case 'type': {
      const p = rule.params;
      return `must be ${KIND_NAMES[p.expected]}${p.what ?? ''}${orEmpty(p.orEmpty)}`;
    }
    case 'min':
      return rule.params.exclusive
        ? `must be greater than ${n(rule.params.min)}${rule.params.unit}`
        : `must be ${n(rule.params.min)} or more${rule.params.unit}`;
    case 'max':
      return `must be at most ${n(rule.params.max)}${rule.params.unit}${rule.params.note ? ` ${rule.params.note}` : ''}`;
    case 'range': {
      const p = rule.params;
      if (p.between === true) return `must be between ${n(p.min)} and ${n(p.max)}`;
      if (p.whole === true) return `must be a whole number from ${n(p.min)} to ${n(p.max)}${p.unit}${orEmpty(p.orEmpty)}`;
      if (p.minExclusive === true) return `must be greater than ${n(p.min)} and at most ${n(p.max)}${p.unit}${orEmpty(p.orEmpty)}`;
      return `must be from ${n(p.min)} to ${n(p.max)}${p.unit}${orEmpty(p.orEmpty)}`;
    }
    case 'choice': {
      const { choices, nullMeans } = rule.params;
      if (nullMeans === undefined) return `must be ${orList(choices)}`;
      return `must be ${quoted(choices).join(', ')} or ${w.empty === 'null' ? 'null' : 'empty'} (${nullMeans})`;
    }
    case 'auto-off-or-rate':
      return `must be ${w.autoOrOff} or a number from ${n(rule.params.min)} to ${n(rule.params.max)} MiB/s`;
    case 'too-long':
      return `must be at most ${n(rule.params.max)} characters`;
    case 'required':
      return `must be ${KIND_NAMES[rule.params.expected]} (required)`;
    case 'version':
      return rule.params.newer
        ? `is newer than this MSK Sizer understands (format ${rule.params.current}); update MSK Sizer`
        : `must be ${rule.params.current} (or 1, which is migrated)`;
    case 'unknown-key':
      return rule.params.block === 'scenario'
        ? `is not a scenario field (format ${rule.params.format}); remove it or check its spelling`
        : `is not a ${rule.params.block} field; remove it or check its spelling`;
    case 'compare-field': {
      const p = rule.params;
      return `${p.atMost ? 'must not exceed' : 'must be at least'} ${w.field(p.other)} (${n(p.otherValue)}${p.unit})`;
    }
    case 'fan-out':
      return `is too small next to ${w.field(rule.params.other)} (${n(rule.params.otherValue)} MiB/s): egress ÷ ingress must be a finite number`;
    case 'tiered-minimum':
      return `must be at least ${n(rule.params.min)} hours (3 days) when local retention is shorter (tiered storage): MSK's minimum retention for a tiered topic`;
    case 'derived-maximum': {
      const p = rule.params;
      return `makes ${p.subject} ${p.terms.map(n).join(` ${p.operator} `)} MiB/s${p.note ? ` ${p.note}` : ''}, above the ${n(p.max)} MiB/s maximum`;
    }
    case 'not-priced':
      return rule.params.kind === 'region'
        ? `must be an AWS region code in the price data (e.g. ${rule.params.example})`
        : `must be one of ${rule.params.choices.join(', ')}`;
    case 'range-excludes-likely': {
      const p = rule.params;
      const name = p.other === 'egressToIngress' ? `${w.field('peakEgressMiBps')} ÷ ${w.field('peakIngressMiBps')}` : w.field(p.other);
      const bound = p.end === 'low' ? 'at most' : 'at least';
      return `must be ${bound} the scenario's ${name} (${shortNumber(p.likely)}): a range must contain the likely value`;
    }
    case 'growth-order':
      return `must be ${rule.params.end === 'low' ? 'at most' : 'at least'} the likely growth (${n(rule.params.likely)} % a month)`;
    case 'not-for':
      return `must be left out for ${rule.params.what}`;
    case 'file-too-large':
      return `the file is larger than ${n(rule.params.maxMiB)} MiB, so it is not a scenario file`;
    case 'json-syntax':
      return `not valid JSON: ${rule.params.problem} at line ${rule.params.line}, column ${rule.params.column}`;
    case 'bad-override':
      return `--set ${rule.params.set}: "${rule.params.key}" is not a scenario field`;
  }
}

/** Up to 4 significant digits, so a ratio such as 2.3333… reads as a person would write it. */
function shortNumber(value: number): string {
  return String(Number(value.toPrecision(4)));
}
