/**
 * Reading text as files arrive (SPEC §13.3): BOM and CRLF are fine, invalid JSON says line:column,
 * timestamps become UTC whatever their offset, and a time without an offset is UTC.
 */
import { describe, expect, it } from 'vitest';
import { readJson } from '../../../src/domain/import/json-text';
import { normalizeText } from '../../../src/domain/import/text-input';
import { parseIsoTimestampMs } from '../../../src/domain/import/timestamps';

describe('normalising text', () => {
  it('drops a byte-order mark and turns CRLF and lone CR into LF', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});

describe('reading JSON', () => {
  it('reads valid JSON, pretty-printed or on one line', () => {
    expect(readJson('{\n  "a": [1, 2]\n}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(readJson('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('says the line and column of a missing comma', () => {
    // line 3 is `  "b": 2`: the parser expected ',' where "b" starts, column 3.
    const read = readJson('{\n  "a": 1\n  "b": 2\n}');
    expect(read).toMatchObject({ ok: false, line: 3, column: 3 });
  });

  it('counts lines from where the JSON starts in the file', () => {
    // the JSON starts on line 3 of the file; its error is on its own line 1, so file line 3.
    expect(readJson('{"a": }', 3)).toMatchObject({ ok: false, line: 3, column: 7 });
  });

  it('refuses comments, trailing commas and NaN, which JSON.parse refuses too', () => {
    expect(readJson('{"a": 1 // note\n}')).toMatchObject({ ok: false, line: 1, column: 9 });
    expect(readJson('{"a": 1,}')).toMatchObject({ ok: false, line: 1, column: 9 });
    expect(readJson('{"a": NaN}')).toMatchObject({ ok: false, line: 1, column: 7 });
  });

  it('finds the end of an unclosed document nested 100,000 deep without running out of stack', () => {
    // 100,000 '[' on one line and nothing closes them: the text ends at column 100,001.
    expect(readJson('['.repeat(100_000))).toMatchObject({ ok: false, line: 1, column: 100_001 });
  });
});

describe('timestamps to UTC', () => {
  it('reads offsets and Z alike: 01:00 at +01:00 is 00:00 UTC', () => {
    expect(parseIsoTimestampMs('2026-04-12T01:00:00+01:00')).toBe(Date.UTC(2026, 3, 12, 0, 0, 0));
    expect(parseIsoTimestampMs('2026-04-12T00:00:00Z')).toBe(Date.UTC(2026, 3, 12, 0, 0, 0));
    expect(parseIsoTimestampMs('2026-04-11T19:30:00-0430')).toBe(Date.UTC(2026, 3, 12, 0, 0, 0));
    expect(parseIsoTimestampMs('2026-04-12T00:00:00.250Z')).toBe(Date.UTC(2026, 3, 12, 0, 0, 0, 250));
  });

  it('reads a time without an offset as UTC, whatever the machine zone', () => {
    expect(parseIsoTimestampMs('2026-04-12 00:00:00')).toBe(Date.UTC(2026, 3, 12));
  });

  it('refuses what is not an ISO 8601 time', () => {
    for (const text of ['', 'yesterday', '2026-13-01T00:00:00Z', '2026-04-12T00:00:00+1', '12/04/2026 00:00', '2026-04-12T25:00:00Z']) {
      expect(parseIsoTimestampMs(text)).toBeNaN();
    }
  });
});
