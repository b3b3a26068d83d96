/**
 * Hostile or broken files give a clear error or warning, never a throw or a hang (SPEC §13.3):
 * binary content, 20 MB of garbage, JSON nested 10,000 deep, a million-line exposition, negative,
 * NaN and infinite values, timestamps out of order.
 */
import { describe, expect, it } from 'vitest';
import { importWorkload, MAX_IMPORT_FILE_CHARS, type ImportFile } from '../../../src/domain/import/import-workload';
import { codesOf, file, metricDataText, mibps, stamps, valueOf } from './import-files';

/** Printable pseudo-random text (a fixed linear congruential sequence, so every run reads the same characters). */
function garbage(length: number): string {
  const codes = new Uint8Array(length);
  let seed = 12345;
  for (let i = 0; i < length; i += 1) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    codes[i] = 32 + ((seed >>> 16) % 95);
  }
  return new TextDecoder('latin1').decode(codes);
}

describe('hostile input', () => {
  it('binary content (NUL bytes) is an error, not a format guess', () => {
    const result = importWorkload([file('capture.pcap', '\u00d4\u00c3\u00b2\u00a1\u0002\u0000\u0004\u0000')]);
    expect(codesOf(result.errors)).toEqual(['binary-file']);
  });

  it('20 MB of garbage is an unknown format, whatever its first character (npm run bench times it)', () => {
    const noise = garbage(MAX_IMPORT_FILE_CHARS);
    for (const first of ['', '{', '[', '# HELP ', 'Topic: ']) {
      const text = first + noise.slice(first.length);
      const value = importWorkload([file('noise.txt', text)]);
      expect(value.errors.length + value.warnings.length).toBeGreaterThan(0);
      expect(value.scenarioPatch).toEqual({});
    }
  });

  it('JSON nested 10,000 deep: valid is an unknown format, unclosed an invalid-json error with its column', () => {
    const valid = importWorkload([file('deep.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`)]);
    expect(codesOf(valid.errors)).toEqual(['unknown-format']);
    // 10,000 '[' and 9,999 ']': the text ends at column 20,000 with one bracket open.
    const unclosed = importWorkload([file('deep.json', `${'['.repeat(10_000)}${']'.repeat(9_999)}`)]);
    expect(unclosed.errors).toEqual([expect.objectContaining({ code: 'invalid-json', line: 1 })]);
    expect(unclosed.errors[0]?.message).toContain('column 20000');
    const objects = importWorkload([file('deep.json', `{"MetricDataResults": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`)]);
    expect(objects.errors.length).toBeGreaterThan(0);
  });

  it('a million-line exposition is read line by line, with nothing to import and nothing wrong', () => {
    // 1,000,000 lines of another metric: nothing to import, nothing wrong.
    const lines = Array.from({ length: 1_000_000 }, (_, i) => `jvm_gc{x="${i % 7}"} ${i}`).join('\n');
    const value = importWorkload([file('metrics.prom', lines)]);
    expect(value.errors).toEqual([]);
    expect(codesOf(value.warnings)).toEqual(['nothing-imported']);
  });

  it('a million broken lines give 20 errors and one summary, not a million messages', () => {
    const text = `kafka_server_brokertopicmetrics_bytesin_total 1\n${'x{y="\\\\\n'.repeat(1_000_000)}`;
    const result = importWorkload([file('broken.prom', text)]);
    // Lines 2 to 1,000,001 are broken: 20 kept, 999,980 summarised.
    expect(result.errors).toHaveLength(21);
    expect(result.errors[0]).toMatchObject({ code: 'unparsable-line', line: 2 });
    expect(result.errors[20]?.message).toContain('999980 more errors');
  });

  it('a line with a long run of backslashes or digits does not make any scanner backtrack', () => {
    const first = 'kafka_server_brokertopicmetrics_bytesin_total 1\n';
    const text = `${first}kafka_server_brokertopicmetrics_bytesin_total{topic="${'\\'.repeat(2_000_000)}x 1\nkafka_server_brokertopicmetrics_bytesin_total ${'9'.repeat(2_000_000)}x\n`;
    const value = importWorkload([file('long.prom', text)]);
    expect(codesOf(value.errors)).toEqual(['unparsable-line', 'unparsable-line']);
  });

  it('NaN and Infinity: NaN is not JSON, 1e999 parses to Infinity and is refused as not a number', () => {
    const nan = importWorkload([
      file('cw.json', '{"MetricDataResults":[{"Id":"a","Timestamps":["2026-11-01T00:00:00Z"],"Values":[NaN]}]}'),
    ]);
    expect(codesOf(nan.errors)).toEqual(['invalid-json']);
    const infinite = importWorkload([
      file('cw.json', '{"MetricDataResults":[{"Id":"a","Label":"BytesInPerSec","Timestamps":["2026-11-01T00:00:00Z"],"Values":[1e999]}]}'),
    ]);
    expect(infinite.errors).toEqual([expect.objectContaining({ code: 'non-numeric-value', field: 'MetricDataResults[0].Values[0]' })]);
  });

  it('negative values are refused in CloudWatch output, get-metric-statistics and Prometheus alike', () => {
    const cloudwatch = importWorkload([
      file('cw.json', metricDataText([{ id: 'in', label: 'BytesInPerSec', times: stamps('2026-11-01T00:00:00Z', 2), values: [5, -5] }])),
    ]);
    const statistics = importWorkload([
      file('s.json', JSON.stringify({ Label: 'BytesInPerSec', Datapoints: [{ Timestamp: '2026-11-01T00:00:00Z', Average: -1 }] })),
    ]);
    const prometheus = importWorkload([file('p.prom', 'kafka_server_brokertopicmetrics_bytesout_total -1e9\n')]);
    for (const result of [cloudwatch, statistics, prometheus]) {
      expect(codesOf(result.errors)).toEqual(['negative-value']);
      expect(result.scenarioPatch).toEqual({});
    }
  });

  it('timestamps out of order and repeated read as if sorted', () => {
    // The same three points (10, 30, 20 MiB/s) newest first, shuffled, and with a repeated instant: avg 20, peak 30.
    const t = stamps('2026-11-01T00:00:00Z', 3);
    const orders = [
      { times: [t[2], t[1], t[0]], values: [20, 30, 10] },
      { times: [t[1], t[2], t[0]], values: [30, 20, 10] },
      { times: [t[1], t[0], t[2], t[1]], values: [30, 10, 20, 30] },
    ];
    for (const { times, values } of orders) {
      const result = importWorkload([
        file('cw.json', metricDataText([{ id: 'in', label: 'BytesInPerSec', times: times as string[], values: mibps(values) }])),
      ]);
      expect(valueOf(result, 'avgIngressMiBps')).toBe(20);
      expect(valueOf(result, 'peakIngressMiBps')).toBe(30);
    }
  });

  it('a "__proto__" key in a file is data, not a prototype', () => {
    const text = '{"topology": {"num_brokers": 3, "__proto__": {"polluted": true}}, "metrics": {}, "__proto__": {"polluted": true}}';
    const result = importWorkload([file('cluster-config.json', text)]);
    expect(result.scenarioPatch).toEqual({ current: { brokers: 3 } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('timestamps beyond what a date can hold do not throw', () => {
    const name = 'kafka_server_brokertopicmetrics_bytesin_total';
    const result = importWorkload([file('far.prom', `${name} 0 9000000000000000000\n${name} 1048576 9000000000001000000\n`)]);
    expect(result.errors).toEqual([]);
    expect(valueOf(result, 'peakIngressMiBps')).toBeGreaterThan(0);
  });

  it('files that are not strings, or no list at all, are an error, not a crash', () => {
    const result = importWorkload([{ name: 'x', text: 42 as unknown as string }]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'unreadable-file', file: 'x' })]);
    expect(codesOf(importWorkload(null as unknown as ImportFile[]).errors)).toEqual(['unreadable-file']);
    expect(codesOf(importWorkload([null as unknown as ImportFile]).errors)).toEqual(['unreadable-file']);
  });
});
