/**
 * Prometheus text exposition from the JMX exporter (SPEC §13.3): byte counters differenced between
 * two scrapes, per broker its total series else the sum over topics, replication bytes and `__`
 * topics never counted, a falling counter an error.
 */
import { describe, expect, it } from 'vitest';
import { importWorkload } from '../../../src/domain/import/import-workload';
import { codesOf, file, fixture, issueOf, MIB, valueOf } from './import-files';

const SAMPLE = 'prometheus-jmx-exporter.kafka-2_0_0-rules.txt';
const T0 = 1_790_000_000_000; // ms; the second scrape is 60 s later
const T1 = T0 + 60_000;
const IN = 'kafka_server_brokertopicmetrics_bytesin_total';
const OUT = 'kafka_server_brokertopicmetrics_bytesout_total';

describe('one scrape', () => {
  it('the sample has one scrape: a counter needs two, so nothing is imported, and replication bytes are not read', () => {
    const result = importWorkload([fixture(SAMPLE)]);
    expect(codesOf(result.warnings).filter((c) => c === 'counter-needs-two-scrapes')).toHaveLength(2);
    expect(result.derivations).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('reads the one-minute rate gauge from a single scrape', () => {
    // 3,145,728 bytes/s = 3 MiB/s; one scrape: average = peak, single-sample.
    const text = [
      '# HELP kafka_server_brokertopicmetrics_oneminuterate Attribute exposed for management',
      '# TYPE kafka_server_brokertopicmetrics_oneminuterate gauge',
      'kafka_server_brokertopicmetrics_oneminuterate{name="BytesInPerSec",} 3145728.0',
    ].join('\n');
    const result = importWorkload([file('rates.prom', text)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(3);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(3);
    expect(codesOf(result.warnings)).toContain('single-sample');
  });
});

describe('two scrapes with timestamps', () => {
  it('differences the counters, per broker its total else the sum over topics, without __ topics or replication bytes', () => {
    // Broker b0 has only per-topic series: orders +60 MiB and payments +120 MiB in 60 s → 1 + 2 = 3 MiB/s;
    //   __consumer_offsets +600 MiB and replicationbytesin are never counted.
    // Broker b1 has a total series (+240 MiB → 4 MiB/s) and a per-topic one that must not be added on top.
    // Cluster: 3 + 4 = 7 MiB/s; one interval, so average = peak = 7.
    const scrape = (t: number, k: number) => [
      `${IN}{broker="b0",topic="orders"} ${k * 60 * MIB} ${t}`,
      `${IN}{broker="b0",topic="payments"} ${k * 120 * MIB} ${t}`,
      `${IN}{broker="b0",topic="__consumer_offsets"} ${k * 600 * MIB} ${t}`,
      `kafka_server_brokertopicmetrics_replicationbytesin_total{broker="b0"} ${k * 900 * MIB} ${t}`,
      `${IN}{broker="b1"} ${k * 240 * MIB} ${t}`,
      `${IN}{broker="b1",topic="orders"} ${k * 60 * MIB} ${t}`,
    ];
    const text = [...scrape(T0, 0), ...scrape(T1, 1)].join('\n');
    const result = importWorkload([file('federate.prom', text)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(7);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(7);
    expect(codesOf(result.warnings)).toEqual(expect.arrayContaining(['single-sample', 'short-window']));
  });

  it('adds brokers per scrape and takes the peak of those sums', () => {
    // Three scrapes 60 s apart. Broker a: +60, +180 MiB → 1, 3 MiB/s. Broker b: +180, +60 → 3, 1.
    // Sums 4 and 4: avg 4, peak 4 (not 3 + 3 = 6).
    const text = [
      `${OUT}{instance="a"} 0 ${T0}`,
      `${OUT}{instance="b"} 0 ${T0}`,
      `${OUT}{instance="a"} ${60 * MIB} ${T1}`,
      `${OUT}{instance="b"} ${180 * MIB} ${T1}`,
      `${OUT}{instance="a"} ${240 * MIB} ${T1 + 60_000}`,
      `${OUT}{instance="b"} ${240 * MIB} ${T1 + 60_000}`,
    ].join('\n');
    const result = importWorkload([file('two-brokers.prom', text)]);
    expect(valueOf(result, 'avgEgressMiBps')).toBe(4);
    expect(valueOf(result, 'peakEgressMiBps')).toBe(4);
    expect(result.scenarioPatch).toHaveProperty('consumerGroups', null);
  });

  it('accepts other spellings of the counter: _count and any case', () => {
    // +30 MiB in 60 s = 0.5 MiB/s.
    const name = 'kafka_server_BrokerTopicMetrics_BytesInPerSec_Count';
    const result = importWorkload([file('count.prom', `${name} 0 ${T0}\n${name} ${30 * MIB} ${T1}\n`)]);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(0.5);
  });

  it('refuses a counter that falls, naming the line', () => {
    const result = importWorkload([file('restart.prom', `${IN} ${500 * MIB} ${T0}\n${IN} 1000 ${T1}\n`)]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'counter-fell', file: 'restart.prom', line: 2 })]);
    expect(result.scenarioPatch).toEqual({});
  });
});

describe('scrapes without timestamps', () => {
  const first = `# TYPE ${IN} counter\n${IN} 1000000\n`;
  // +30 s × 2 MiB/s = 62,914,560 bytes.
  const second = `# TYPE ${IN} counter\n${IN} ${1_000_000 + 62_914_560}\n`;

  it('differences two scrape files with the scrape interval, in whichever order the files come', () => {
    // 62,914,560 bytes / 30 s = 2,097,152 bytes/s = 2 MiB/s.
    for (const files of [
      [file('scrape-1.prom', first), file('scrape-2.prom', second)],
      [file('b.prom', second), file('a.prom', first)],
    ]) {
      const result = importWorkload(files, { scrapeIntervalSeconds: 30 });
      expect(valueOf(result, 'avgIngressMiBps')).toBe(2);
      // Scrapes placed 30 s apart have no dates: the derivation names none (no 1970).
      expect(result.derivations.find((d) => d.field === 'avgIngressMiBps')?.method).not.toMatch(/19\d\d-/);
      // Files from different brokers would look the same: the reading is said, never silent.
      expect(issueOf(result.warnings, 'untimed-scrapes-ordered')?.message).toContain('successive scrapes');
    }
  });

  it('reads two scrapes concatenated in one file, in file order', () => {
    const result = importWorkload([file('both.prom', first + second)], { scrapeIntervalSeconds: 30 });
    expect(valueOf(result, 'peakIngressMiBps')).toBe(2);
  });

  it('without a scrape interval, says that it needs one', () => {
    const result = importWorkload([file('scrape-1.prom', first), file('scrape-2.prom', second)]);
    expect(issueOf(result.warnings, 'counter-needs-two-scrapes')?.message).toContain('no timestamps');
    expect(result.derivations).toEqual([]);
  });
});

describe('broken expositions', () => {
  it('names an unparsable line', () => {
    const result = importWorkload([file('bad.prom', `${IN} 1 ${T0}\n${IN}{topic="x" 2 ${T1}\n`)]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'unparsable-line', line: 2 })]);
  });

  it('refuses NaN, infinite and negative byte counts', () => {
    const result = importWorkload([file('odd.prom', `${IN}{a="1"} NaN\n${IN}{a="2"} +Inf\n${IN}{a="3"} -5\n`)]);
    expect(result.errors.map((e) => [e.code, e.line])).toEqual([
      ['non-numeric-value', 1],
      ['non-numeric-value', 2],
      ['negative-value', 3],
    ]);
  });

  it('refuses samples with and without timestamps in one file', () => {
    const result = importWorkload([file('mixed.prom', `${IN} 1 ${T0}\n${IN} 2\n`)]);
    expect(codesOf(result.errors)).toContain('mixed-timestamps');
  });

  it('refuses a scrape interval that is not a positive number', () => {
    const result = importWorkload([file('a.prom', `${IN} 1\n`)], { scrapeIntervalSeconds: -30 });
    expect(codesOf(result.errors)).toEqual(['invalid-scrape-interval']);
  });
});
