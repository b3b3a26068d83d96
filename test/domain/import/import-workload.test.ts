/**
 * The import as a whole (SPEC §13.3): formats told by content, limits, errors that empty the
 * patch, precedence between sources, and a result that does not depend on the order of the files.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importWorkload, MAX_IMPORT_FILE_CHARS, MAX_IMPORT_FILES } from '../../../src/domain/import/import-workload';
import { codesOf, file, fixture, issueOf, metricDataText, mibps, MIB, stamps, valueOf } from './import-files';

const T = stamps('2026-11-01T00:00:00Z', 2);
const TOPICS = 'kafka-topics-describe.kafka37plus.txt';

describe('formats are read by content, not by file name', () => {
  it('reads kafka-topics output named .json and CloudWatch output named .txt', () => {
    const result = importWorkload([
      { ...fixture(TOPICS), name: 'metrics.json' },
      { ...fixture('cloudwatch-get-metric-data.msk.json'), name: 'topics.txt' },
    ]);
    // kafka-topics: 6 partitions, and it outranks CloudWatch's GlobalPartitionCount 475.
    expect(valueOf(result, 'partitions')).toBe(6);
    expect(valueOf(result, 'avgIngressMiBps')).toBeGreaterThan(0);
  });

  it('quotes the first line of a file it does not know, cut short', () => {
    const result = importWorkload([file('notes.txt', `\n\n${'broker sizing notes '.repeat(20)}\nsecond line`)]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: 'unknown-format', file: 'notes.txt' });
    expect(result.errors[0]?.message).toContain('"broker sizing notes broker sizing notes');
    expect(result.errors[0]?.message).toContain('…');
    expect(result.errors[0]?.message.length).toBeLessThan(200);
  });

  it('sends price-list files to prices:refresh', () => {
    for (const name of ['aws-price-list-bulk.ec2.us-east-2.excerpt.json', 'msk-pricing-page-msk.json.excerpt.json']) {
      const result = importWorkload([fixture(name)]);
      expect(result.errors).toEqual([expect.objectContaining({ code: 'price-list-file', file: name })]);
      expect(result.errors[0]?.message).toContain('prices:refresh');
    }
  });

  it('gives invalid JSON its line and column', () => {
    // Line 3 `        "Id": "in"` follows a line without its comma: the error is where "Id" starts, column 9.
    const text = '{\n    "MetricDataResults": [{\n        "Label": "BytesInPerSec"\n        "Id": "in"\n    }]\n}';
    const result = importWorkload([file('cw.json', text)]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'invalid-json', file: 'cw.json', line: 4 })]);
    expect(result.errors[0]?.message).toContain('line 4, column 9');
  });

  it('refuses an empty file and a binary one', () => {
    expect(codesOf(importWorkload([file('empty.txt', ' \n\n')]).errors)).toEqual(['empty-file']);
    expect(codesOf(importWorkload([file('dump.bin', 'PK\u0003\u0004\u0000\u0000')]).errors)).toEqual(['binary-file']);
  });
});

describe('limits', () => {
  it('reads at most 10 files', () => {
    const files = Array.from({ length: MAX_IMPORT_FILES + 1 }, (_, i) =>
      file(`t${i}.txt`, `Topic: t${i}\tPartitionCount: 1\tReplicationFactor: 3\tConfigs:`),
    );
    const result = importWorkload(files);
    expect(codesOf(result.errors)).toEqual(['too-many-files']);
    expect(result.scenarioPatch).toEqual({});
    expect(codesOf(importWorkload(files.slice(0, MAX_IMPORT_FILES)).errors)).toEqual([]);
  });

  it('refuses a file over 20 MB', () => {
    const result = importWorkload([file('huge.txt', 'x'.repeat(MAX_IMPORT_FILE_CHARS + 1)), fixture(TOPICS)]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'file-too-large', file: 'huge.txt' })]);
    expect(result.scenarioPatch).toEqual({});
  });

  it('refuses the same content twice, even with other line ends', () => {
    const topics = fixture(TOPICS);
    const result = importWorkload([topics, file('copy.txt', `\uFEFF${topics.text.replace(/\n/g, '\r\n')}`)]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'duplicate-file' })]);
    expect(result.scenarioPatch).toEqual({});
  });
});

describe('precedence between sources', () => {
  it('CloudWatch outranks Prometheus, and the warning names the source that lost', () => {
    // CloudWatch: 10, 30 MiB/s → avg 20. Prometheus: +600 MiB in 60 s → 10 MiB/s.
    const cloudwatch = metricDataText([{ id: 'in', label: 'BytesInPerSec', times: T, values: mibps([10, 30]) }]);
    const prometheus = `kafka_server_brokertopicmetrics_bytesin_total 0 1790000000000\nkafka_server_brokertopicmetrics_bytesin_total ${600 * MIB} 1790000060000\n`;
    const result = importWorkload([file('scrapes.prom', prometheus), file('cw.json', cloudwatch)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(20);
    const warning = issueOf(result.warnings, 'precedence');
    expect(warning).toMatchObject({ file: 'scrapes.prom', field: 'avgIngressMiBps' });
    expect(warning?.message).toContain('Prometheus (scrapes.prom) gave 10, not used');
  });

  it('sets consumerGroups to null when egress is imported, with a warning', () => {
    const cloudwatch = metricDataText([{ id: 'out', label: 'BytesOutPerSec', times: T, values: mibps([40, 80]) }]);
    const result = importWorkload([file('cw.json', cloudwatch)]);
    expect(result.scenarioPatch).toMatchObject({ avgEgressMiBps: 60, peakEgressMiBps: 80, consumerGroups: null });
    expect(codesOf(result.warnings)).toContain('consumer-groups-cleared');
  });

  it('raises a peak from one source that sits below the average from another', () => {
    // CloudWatch Maximum gives only a peak, 5 MiB/s; the discovery file an average of 1 MB/s × 12 brokers = 12: the peak becomes 12.
    const maximum = metricDataText([{ id: 'mx', label: 'mx', times: T, values: mibps([4, 5]) }]);
    const request = JSON.stringify([
      { Id: 'mx', MetricStat: { Metric: { Namespace: 'AWS/Kafka', MetricName: 'BytesInPerSec' }, Period: 60, Stat: 'Maximum' } },
    ]);
    const discovery = JSON.stringify({ topology: { num_brokers: 12 }, metrics: { avg_bytes_in_per_broker_mbps: 1 }, topics: [] });
    const result = importWorkload([file('mx.json', maximum), file('req.json', request), file('cluster-config.json', discovery)]);
    expect(result.scenarioPatch).toMatchObject({ avgIngressMiBps: 12, peakIngressMiBps: 12 });
    expect(codesOf(result.warnings)).toContain('peak-below-average');
  });
});

describe('invariants', () => {
  const good = [
    fixture(TOPICS),
    fixture('cloudwatch-get-metric-data.msk.json'),
    fixture('cloudwatch-get-metric-data.request.json'),
    fixture('cloudwatch-get-metric-statistics.json'),
    fixture('kafka-log-dirs-describe.txt'),
    fixture('prometheus-jmx-exporter.kafka-2_0_0-rules.txt'),
  ];
  const bad = [
    file('broken.json', '{"MetricDataResults": [}'),
    file('price.json', fixture('msk-pricing-page-msk.json.excerpt.json').text),
    file('notes.txt', 'hello'),
    file('restart.prom', 'kafka_server_brokertopicmetrics_bytesin_total 5 1000\nkafka_server_brokertopicmetrics_bytesin_total 4 2000'),
    file('short.json', metricDataText([{ id: 'in', times: T, values: [1] }])),
  ];

  it('any error empties the patch: nothing is half-applied', () => {
    fc.assert(
      fc.property(fc.subarray(good), fc.constantFrom(...bad), (goods, broken) => {
        const result = importWorkload([...goods, broken]);
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.scenarioPatch).toEqual({});
      }),
      { numRuns: 40 },
    );
  });

  it('the order of the files does not change the result', () => {
    const expected = importWorkload(good);
    fc.assert(
      fc.property(fc.shuffledSubarray(good, { minLength: good.length, maxLength: good.length }), (shuffled) => {
        expect(importWorkload(shuffled)).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });

  it('the order of the datapoints does not change the result', () => {
    // 2 brokers × 40 instants of whole MiB/s values, shuffled per broker: avg, peak and window are the same.
    const times = stamps('2026-11-01T00:00:00Z', 40);
    const broker = (seed: number) => times.map((_, i) => ((i * 37 + seed * 11) % 50) * MIB);
    const text = (order: number[]) =>
      metricDataText(
        [1, 2].map((b) => ({
          id: `b${b}`,
          label: `${b} BytesInPerSec`,
          times: order.map((i) => times[i] as string),
          values: order.map((i) => broker(b)[i] as number),
        })),
      );
    const sorted = importWorkload([file('cw.json', text(times.map((_, i) => i)))]);
    fc.assert(
      fc.property(fc.shuffledSubarray([...times.keys()], { minLength: 40, maxLength: 40 }), (order) => {
        expect(importWorkload([file('cw.json', text(order))])).toEqual(sorted);
      }),
      { numRuns: 20 },
    );
  });

  it('never imports purpose or assumptions, and a region only from a cluster ARN', () => {
    const keys = Object.keys(importWorkload(good).scenarioPatch);
    for (const key of ['region', 'purpose', 'utilizationStandard', 'ebsUtilizationTarget', 'brokerSafetyFactor'])
      expect(keys).not.toContain(key);
  });
});

describe('a 10 MB export (npm run bench times it)', () => {
  it('imports a 10 MB get-metric-data file of 6 brokers × 4 metrics without an error', () => {
    // 6 brokers × 4 metrics × 14,000 one-minute points (~9.7 days) on one line: about 10 MB.
    const times = stamps('2026-11-01T00:00:00Z', 14_000);
    const results = ['BytesInPerSec', 'BytesOutPerSec', 'CpuUser', 'CpuSystem'].flatMap((metric) =>
      [1, 2, 3, 4, 5, 6].map((b) => ({
        id: `${metric}${b}`,
        label: `${b} ${metric}`,
        times,
        values: times.map((_, i) => ((i * 7919 + b) % 1000) * 1000.5),
      })),
    );
    const text = metricDataText(results, { oneLine: true });
    expect(text.length).toBeGreaterThan(10_000_000);
    const result = importWorkload([file('month.json', text)]);
    expect(result.errors).toEqual([]);
    expect(valueOf(result, 'peakIngressMiBps')).toBeGreaterThan(0);
  });
});
