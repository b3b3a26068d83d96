/**
 * Scenario files as text: JSON with comments, syntax errors with their line and column (1-based),
 * the SPEC §2 rules after that, and no prototype pollution from "__proto__" keys.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_TEXT_CHARS, parseScenarioText, readJsonText, scenarioContextOf, type ParseResult } from '../../src/domain';
import { BUNDLED_PRICE_BOOK, SPEC_DEFAULT_SCENARIO } from '../support/factories';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

function messagesOf<T>(result: ParseResult<T>): string[] {
  return result.ok ? [] : result.errors.map((e) => e.message);
}

describe('reading JSON text', () => {
  it('accepts // line comments and /* block */ comments anywhere whitespace may go', () => {
    const text = [
      '// Orders cluster, sized for the 2026 peak',
      '{',
      '  /* names and rates */',
      '  "name": "Orders", // shown in reports',
      '  "peakIngressMiBps": /* MiB/s */ 60,',
      '  /* a block comment',
      '     over several lines */',
      '  "partitions": 600',
      '}',
      '// end',
    ].join('\n');
    expect(readJsonText(text)).toEqual({ ok: true, value: { name: 'Orders', peakIngressMiBps: 60, partitions: 600 } });
  });

  it('keeps comment markers that are inside strings', () => {
    expect(readJsonText('{"name": "a // b /* c */ d"}')).toEqual({ ok: true, value: { name: 'a // b /* c */ d' } });
  });

  it('reports a missing comma with its line and column', () => {
    const text = '{\n  "name": "x"\n  "partitions": 3\n}';
    // The second key starts on line 3, after two spaces: column 3.
    expect(messagesOf(readJsonText(text))).toEqual(['not valid JSON: CommaExpected at line 3, column 3']);
    expect(readJsonText(text)).toMatchObject({ ok: false, errors: [{ field: '(file)' }] });
  });

  it('counts lines the same with Windows line endings', () => {
    const text = '{\r\n  "name": "x"\r\n  "partitions": 3\r\n}';
    expect(messagesOf(readJsonText(text))).toEqual(['not valid JSON: CommaExpected at line 3, column 3']);
  });

  it('points at the place a value is missing', () => {
    // "{", then line 2 '  "partitions": ' with nothing after it; the "}" on line 3, column 1, is where a value was expected.
    const messages = messagesOf(readJsonText('{\n  "partitions": \n}'));
    expect(messages[0]).toBe('not valid JSON: ValueExpected at line 3, column 1');
  });

  it('treats a trailing comma as an error, at the closing brace', () => {
    // '{"a": 1,}': the "}" is the 9th character of line 1.
    const messages = messagesOf(readJsonText('{"a": 1,}'));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/^not valid JSON: \w+ at line 1, column 9$/);
    expect(messagesOf(readJsonText('{\n  "a": [1, 2,],\n  "b": 1\n}'))[0]).toMatch(/^not valid JSON: \w+ at line 2, column 14$/);
  });

  it('reports an unclosed block comment, single quotes and an empty file instead of throwing', () => {
    for (const text of ['{"a": 1} /* never closed', "{'a': 1}", '', '   ', '{"a": NaN}', '{"a": 1}{"b": 2}']) {
      const result = readJsonText(text);
      expect(result.ok).toBe(false);
      for (const m of messagesOf(result)) expect(m).toMatch(/^not valid JSON: .+ at line \d+, column \d+$/);
    }
  });

  it('gives at most five syntax messages however broken the text is', () => {
    expect(messagesOf(readJsonText('{' + ' x'.repeat(50))).length).toBeLessThanOrEqual(5);
  });
});

describe('"__proto__" keys', () => {
  it('are rejected as unknown fields, by name', () => {
    const result = parseScenarioText('{"__proto__": {"polluted": true}}', ctx);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toContain('__proto__');
    expect(messagesOf(result).some((m) => m.includes('is not a scenario field'))).toBe(true);
  });

  it('stay an own key of the value read and never change Object.prototype', () => {
    const read = readJsonText('{"__proto__": {"polluted": true, "avgIngressMiBps": 999}}');
    expect(read.ok).toBe(true);
    if (read.ok) {
      const value = read.value as Record<string, unknown>;
      expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(value['avgIngressMiBps']).toBeUndefined();
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('nested under selfManaged are rejected too, and pollute nothing', () => {
    const result = parseScenarioText('{"selfManaged": {"__proto__": {"polluted": true}}}', ctx);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('parsing scenario text', () => {
  it('applies the SPEC §2 rules and defaults after the syntax', () => {
    const result = parseScenarioText('{\n  // a comment\n  "name": "Orders",\n  "peakIngressMiBps": 60\n}', ctx);
    expect(result).toEqual({ ok: true, value: { ...SPEC_DEFAULT_SCENARIO, name: 'Orders', peakIngressMiBps: 60 } });
    expect(messagesOf(parseScenarioText('{"replicationFactor": 4}', ctx))).toEqual([
      'replicationFactor = 4: must be a whole number from 1 to 3',
    ]);
  });

  it('returns syntax errors without checking scenario rules', () => {
    const messages = messagesOf(parseScenarioText('{"replicationFactor": 4,}', ctx));
    expect(messages.every((m) => m.startsWith('not valid JSON: '))).toBe(true);
  });
});

describe('size limit', () => {
  it('refuses text over 1 MiB before parsing it', () => {
    expect(MAX_SCENARIO_TEXT_CHARS).toBe(1024 * 1024);
    const padded = `{"name": "big"}${' '.repeat(1024 * 1024)}`;
    const result = readJsonText(padded);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ field: '(file)', message: 'the file is larger than 1 MiB, so it is not a scenario file' }],
    });
    expect(parseScenarioText(padded, ctx).ok).toBe(false);
  });

  it('still reads text of exactly 1 MiB', () => {
    const body = '{"name": "big"}';
    const exact = body + ' '.repeat(1024 * 1024 - body.length);
    expect(exact).toHaveLength(1024 * 1024);
    expect(readJsonText(exact)).toEqual({ ok: true, value: { name: 'big' } });
  });
});
