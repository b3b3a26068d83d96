/**
 * JSON as the import reads it: `JSON.parse` for speed, and only when it fails a pass of
 * jsonc-parser's scanner to say where (SPEC §13.3: invalid JSON gives line:column). The scanner
 * pass keeps its own stack, so JSON nested a million deep cannot overflow the call stack.
 */
import { createScanner } from 'jsonc-parser';

export type JsonRead =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly problem: string };

// jsonc-parser's SyntaxKind and ScanError are const enums, which isolatedModules cannot read.
const TOKEN = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  colon: 6,
  string: 10,
  lineComment: 12,
  blockComment: 13,
  lineBreak: 14,
  trivia: 15,
  unknown: 16,
  eof: 17,
} as const;
const SCALAR_TOKENS: ReadonlySet<number> = new Set([7, 8, 9, 10, 11]);

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';
const IN_OBJECT = 1;
const IN_ARRAY = 2;

/** Parses `text`; `firstLine` is the line number of its first line in the file (a preamble may precede it). */
export function readJson(text: string, firstLine: number = 1): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (parseError) {
    const located = locateSyntaxError(text);
    if (located) return { ok: false, line: located.line + firstLine - 1, column: located.column, problem: located.problem };
    // The scanner found nothing wrong (e.g. JSON.parse ran out of stack): report the parser's own words.
    const problem = parseError instanceof Error ? parseError.message : 'unreadable JSON';
    return { ok: false, line: firstLine, column: 1, problem };
  }
}

interface Located {
  readonly line: number;
  readonly column: number;
  readonly problem: string;
}

/** The first syntax error of `text` (1-based line and column), or undefined when the grammar holds. */
function locateSyntaxError(text: string): Located | undefined {
  const scanner = createScanner(text, false);
  const stack: number[] = [];
  let expect: Expect = 'value';
  const at = (problem: string): Located => ({
    line: scanner.getTokenStartLine() + 1,
    column: scanner.getTokenStartCharacter() + 1,
    problem,
  });
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');
  for (;;) {
    const kind: number = scanner.scan();
    if (kind === TOKEN.lineBreak || kind === TOKEN.trivia) continue;
    if (kind === TOKEN.lineComment || kind === TOKEN.blockComment) return at('comments are not allowed in JSON');
    if (scanner.getTokenError() !== 0 || kind === TOKEN.unknown)
      return at(`unexpected "${text.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + 12)}"`);
    if (kind === TOKEN.eof) return expect === 'end' ? undefined : at('the text ends before the JSON does');
    const top = stack[stack.length - 1];
    switch (expect) {
      case 'value':
      case 'value-or-close':
        if (expect === 'value-or-close' && kind === TOKEN.closeBracket) {
          stack.pop();
          expect = afterValue();
        } else if (kind === TOKEN.openBrace) {
          stack.push(IN_OBJECT);
          expect = 'key-or-close';
        } else if (kind === TOKEN.openBracket) {
          stack.push(IN_ARRAY);
          expect = 'value-or-close';
        } else if (SCALAR_TOKENS.has(kind)) {
          expect = afterValue();
        } else return at('expected a value');
        break;
      case 'key':
      case 'key-or-close':
        if (expect === 'key-or-close' && kind === TOKEN.closeBrace) {
          stack.pop();
          expect = afterValue();
        } else if (kind === TOKEN.string) expect = 'colon';
        else return at('expected a property name in double quotes');
        break;
      case 'colon':
        if (kind !== TOKEN.colon) return at("expected ':' after the property name");
        expect = 'value';
        break;
      case 'comma-or-close':
        if (kind === TOKEN.comma) expect = top === IN_OBJECT ? 'key' : 'value';
        else if (kind === (top === IN_OBJECT ? TOKEN.closeBrace : TOKEN.closeBracket)) {
          stack.pop();
          expect = afterValue();
        } else return at(top === IN_OBJECT ? "expected ',' or '}'" : "expected ',' or ']'");
        break;
      case 'end':
        return at('unexpected text after the JSON value');
    }
  }
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a "__proto__" or "constructor" key in a file is data, never the prototype. */
export function ownValue(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The own property `key` when it is an object. */
export function ownRecord(record: Readonly<Record<string, unknown>>, key: string): Readonly<Record<string, unknown>> | undefined {
  const value = ownValue(record, key);
  return isRecord(value) ? value : undefined;
}

/** The own property `key` when it is an array. */
export function ownArray(record: Readonly<Record<string, unknown>>, key: string): readonly unknown[] | undefined {
  const value = ownValue(record, key);
  return Array.isArray(value) ? (value as unknown[]) : undefined;
}

/** The own property `key` when it is a string. */
export function ownString(record: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = ownValue(record, key);
  return typeof value === 'string' ? value : undefined;
}
