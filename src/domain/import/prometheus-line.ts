/**
 * One line of the Prometheus text exposition format: `# HELP`/`# TYPE` comments and samples
 * `name{label="value",…} value [timestamp]`. A hand scanner, one pass per line, no regular
 * expressions: a million-line file stays linear and no line can make it backtrack.
 */

export interface PrometheusSample {
  readonly name: string;
  /** Label pairs in the order written; values unescaped. */
  readonly labels: ReadonlyMap<string, string>;
  readonly value: number;
  /** Milliseconds since the epoch, when the line carries a timestamp. */
  readonly timestampMs?: number;
}

export type PrometheusLine =
  | { readonly kind: 'blank' | 'comment' }
  | { readonly kind: 'sample'; readonly sample: PrometheusSample }
  | { readonly kind: 'error'; readonly problem: string };

const SPECIAL_VALUES: ReadonlyMap<string, number> = new Map([
  ['NaN', Number.NaN],
  ['+Inf', Number.POSITIVE_INFINITY],
  ['Inf', Number.POSITIVE_INFINITY],
  ['-Inf', Number.NEGATIVE_INFINITY],
]);

/** Below this a timestamp is seconds (OpenMetrics), at or above it milliseconds (the Prometheus text format); 10^11 ms is 1973, 10^11 s the year 5138. */
const SECONDS_TIMESTAMP_BELOW = 1e11;

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A decimal number as the format writes it ("1.5e+06", "-3", ".5"); hex, "1_000" and the empty string are not. */
function parseDecimal(token: string): number {
  const special = SPECIAL_VALUES.get(token);
  if (special !== undefined) return special;
  let i = token[0] === '-' || token[0] === '+' ? 1 : 0;
  const digitsFrom = (start: number): number => {
    let end = start;
    while (end < token.length && isDigit(token.charCodeAt(end))) end += 1;
    return end;
  };
  let end = digitsFrom(i);
  let digits = end - i;
  i = end;
  if (token[i] === '.') {
    end = digitsFrom(i + 1);
    digits += end - i - 1;
    i = end;
  }
  if (digits === 0) return Number.NaN;
  if (token[i] === 'e' || token[i] === 'E') {
    i += 1;
    if (token[i] === '-' || token[i] === '+') i += 1;
    end = digitsFrom(i);
    if (end === i) return Number.NaN;
    i = end;
  }
  return i === token.length ? Number(token) : Number.NaN;
}

class LineScanner {
  position = 0;
  constructor(readonly line: string) {}

  skipSpaces(): number {
    const start = this.position;
    while (this.position < this.line.length && isSpace(this.line.charCodeAt(this.position))) this.position += 1;
    return this.position - start;
  }

  name(label: boolean): string | undefined {
    const start = this.position;
    if (start >= this.line.length || !isNameStart(this.line.charCodeAt(start)) || (label && this.line[start] === ':')) return undefined;
    while (this.position < this.line.length && isNameChar(this.line.charCodeAt(this.position))) this.position += 1;
    return this.line.slice(start, this.position);
  }

  token(): string {
    const start = this.position;
    while (this.position < this.line.length && !isSpace(this.line.charCodeAt(this.position))) this.position += 1;
    return this.line.slice(start, this.position);
  }

  /** A double-quoted label value with \\, \" and \n escapes; undefined when it does not close. */
  quoted(): string | undefined {
    if (this.line[this.position] !== '"') return undefined;
    let out = '';
    for (let i = this.position + 1; i < this.line.length; i += 1) {
      const char = this.line[i];
      if (char === '"') {
        this.position = i + 1;
        return out;
      }
      if (char === '\\') {
        i += 1;
        const escaped = this.line[i];
        out += escaped === 'n' ? '\n' : (escaped ?? '');
      } else out += char;
    }
    return undefined;
  }
}

function readLabels(scanner: LineScanner): Map<string, string> | string {
  const labels = new Map<string, string>();
  scanner.position += 1; // '{'
  for (;;) {
    scanner.skipSpaces();
    if (scanner.line[scanner.position] === '}') {
      scanner.position += 1;
      return labels;
    }
    const name = scanner.name(true);
    if (name === undefined) return 'a label name was expected';
    scanner.skipSpaces();
    if (scanner.line[scanner.position] !== '=') return `'=' was expected after label ${name}`;
    scanner.position += 1;
    scanner.skipSpaces();
    const value = scanner.quoted();
    if (value === undefined) return `label ${name} needs a value in double quotes`;
    labels.set(name, value);
    scanner.skipSpaces();
    if (scanner.line[scanner.position] === ',') scanner.position += 1;
    else if (scanner.line[scanner.position] !== '}') return "',' or '}' was expected between labels";
  }
}

function readTimestamp(token: string): number | undefined {
  const value = parseDecimal(token);
  if (!Number.isFinite(value)) return undefined;
  return Math.abs(value) < SECONDS_TIMESTAMP_BELOW ? value * 1000 : value;
}

/** Reads one line (without its line end). */
export function parsePrometheusLine(line: string): PrometheusLine {
  const scanner = new LineScanner(line);
  scanner.skipSpaces();
  if (scanner.position === line.length) return { kind: 'blank' };
  if (line[scanner.position] === '#') return { kind: 'comment' };
  const name = scanner.name(false);
  if (name === undefined) return { kind: 'error', problem: 'a metric name was expected' };
  let labels: Map<string, string> = new Map();
  if (line[scanner.position] === '{') {
    const read = readLabels(scanner);
    if (typeof read === 'string') return { kind: 'error', problem: read };
    labels = read;
  }
  if (scanner.skipSpaces() === 0) return { kind: 'error', problem: 'a space and a value were expected after the name' };
  const valueToken = scanner.token();
  const value = parseDecimal(valueToken);
  if (Number.isNaN(value) && valueToken !== 'NaN') return { kind: 'error', problem: 'the value is not a number' };
  scanner.skipSpaces();
  const rest = scanner.position < line.length && line[scanner.position] !== '#' ? scanner.token() : '';
  let timestampMs: number | undefined;
  if (rest !== '') {
    timestampMs = readTimestamp(rest);
    if (timestampMs === undefined) return { kind: 'error', problem: 'the timestamp is not a number' };
    scanner.skipSpaces();
    // OpenMetrics may append an exemplar after '#'; nothing else may follow.
    if (scanner.position < line.length && line[scanner.position] !== '#')
      return { kind: 'error', problem: 'unexpected text after the timestamp' };
  }
  const sample: PrometheusSample = timestampMs === undefined ? { name, labels, value } : { name, labels, value, timestampMs };
  return { kind: 'sample', sample };
}
