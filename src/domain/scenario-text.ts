/**
 * Scenario files as text (CLI input, imported files): JSON, with comments allowed. Syntax problems
 * come back as messages with their position; the value then goes through `parseScenario`.
 */
import { parse as parseJsonc, printParseErrorCode, stripComments, type ParseError } from 'jsonc-parser';
import { inputError } from './field-error';
import { parseScenario, type FieldError, type ParseResult, type Scenario, type ScenarioContext } from './scenario';

/** Larger texts are refused before parsing (a scenario is well under 4 KiB). */
export const MAX_SCENARIO_TEXT_CHARS = 1_048_576;

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Reads JSON text (comments allowed) into a value, or says where the syntax breaks. */
export function readJsonText(input: string): ParseResult<unknown> {
  // Editors on Windows may save UTF-8 with a byte-order mark; it is not part of the JSON.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.length > MAX_SCENARIO_TEXT_CHARS) {
    return {
      ok: false,
      errors: [inputError('(file)', { code: 'file-too-large', params: { maxMiB: MAX_SCENARIO_TEXT_CHARS / 1_048_576 } })],
    };
  }
  const syntax: ParseError[] = [];
  parseJsonc(text, syntax, { allowTrailingComma: false, disallowComments: false });
  if (syntax.length > 0) {
    const errors: FieldError[] = syntax
      .slice(0, 5)
      .map((e) =>
        inputError('(file)', { code: 'json-syntax', params: { problem: printParseErrorCode(e.error), ...lineAndColumn(text, e.offset) } }),
      );
    return { ok: false, errors };
  }
  // JSON.parse keeps a "__proto__" key as a plain (rejected) field instead of setting the prototype.
  return { ok: true, value: JSON.parse(stripComments(text)) as unknown };
}

/** Parses scenario file text: JSON syntax first (comments allowed), then the scenario rules. */
export function parseScenarioText(text: string, ctx: ScenarioContext): ParseResult<Scenario> {
  const json = readJsonText(text);
  return json.ok ? parseScenario(json.value, ctx) : json;
}
