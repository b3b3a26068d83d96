/**
 * `aws cloudwatch get-metric-data` output, with and without its request (SPEC §13.3): sum across
 * brokers per instant, then statistics over time; the request says statistic, period and whether
 * brokers are already summed; without it per-broker Average over 60 s is assumed.
 */
import { describe, expect, it } from 'vitest';
import { importWorkload } from '../../../src/domain/import/import-workload';
import { codesOf, file, fixture, issueOf, metricDataText, metricStat, mibps, MIB, stamps, valueOf } from './import-files';

const SAMPLE = 'cloudwatch-get-metric-data.msk.json';
const REQUEST = 'cloudwatch-get-metric-data.request.json';
const T = stamps('2026-11-01T00:00:00Z', 3);

describe('the sample output (kcp-style SUM series, mixed offsets, newest first)', () => {
  const result = importWorkload([fixture(SAMPLE)]);

  it('reads ingress from BytesInPerSec in MiB/s', () => {
    // Values 7,812.700049784355, 7,813.678188716779 and 7,790.1 bytes/s: mean 23,416.478238501134 / 3, max 7,813.678188716779.
    expect(valueOf(result, 'avgIngressMiBps')).toBeCloseTo((7812.700049784355 + 7813.678188716779 + 7790.1) / 3 / MIB, 12);
    expect(valueOf(result, 'peakIngressMiBps')).toBeCloseTo(7813.678188716779 / MIB, 12);
  });

  it('reads partitions from GlobalPartitionCount and replicas from PartitionCount, never partitions from PartitionCount', () => {
    // GlobalPartitionCount 475 (leaders, controller only); PartitionCount 1,301 (replicas summed over brokers).
    expect(result.scenarioPatch).toMatchObject({ partitions: 475, current: { observed: { partitionReplicas: 1301 } } });
  });

  it('covers 14 days and a minute: 2026-03-29 to 2026-04-12, each point standing for 60 s', () => {
    // 2026-04-12T01:00:00+01:00 is 2026-04-12T00:00Z; from 2026-03-29T00:00Z that is 14 days, plus one 60 s period.
    expect(valueOf(result, 'current.observed.periodDays')).toBeCloseTo(14 + 60 / 86_400, 12);
  });

  it('warns that the recipe is assumed, that more pages exist, and that points a day apart average peaks away', () => {
    expect(codesOf(result.warnings)).toEqual(expect.arrayContaining(['assumed-recipe', 'partial-data', 'coarse-period']));
    expect(result.errors).toEqual([]);
  });

  it('reads the same output with a BOM and CRLF line ends', () => {
    const sample = fixture(SAMPLE);
    const windows = importWorkload([file('windows.json', `\uFEFF${sample.text.replace(/\n/g, '\r\n')}`)]);
    expect(windows.scenarioPatch).toEqual(result.scenarioPatch);
  });

  it('with its request, knows that sum_bytesinpersec is a SUM over brokers of per-broker Average over 60 s', () => {
    const withRequest = importWorkload([fixture(SAMPLE), fixture(REQUEST)]);
    const ingress = withRequest.derivations.find((d) => d.field === 'peakIngressMiBps');
    expect(ingress?.method).toContain('SUM');
    expect(ingress?.from).toBe(`${SAMPLE}#BytesInPerSec`);
    // Only sum_partitioncount is missing from the request now.
    expect(issueOf(withRequest.warnings, 'assumed-recipe')?.message).toContain('sum_partitioncount');
  });
});

describe('per-topic series (the PER_TOPIC_PER_BROKER level)', () => {
  /** A per-broker, per-topic MetricStat query: dimensions Cluster Name, Broker ID and Topic. */
  const topicStat = (id: string, broker: string, topic: string) => {
    const query = metricStat(id, 'BytesInPerSec', 'Average', 60, broker) as { MetricStat: { Metric: { Dimensions: unknown[] } } };
    query.MetricStat.Metric.Dimensions.push({ Name: 'Topic', Value: topic });
    return query;
  };

  it("adds a broker's topics, then the brokers: 10 + 20 MiB/s on broker 1 and 5 on broker 2 are 35, not averaged", () => {
    const text = metricDataText([
      { id: 'b1_orders', label: 'BytesInPerSec', times: T, values: mibps([10, 10, 10]) },
      { id: 'b1_payments', label: 'BytesInPerSec', times: T, values: mibps([20, 20, 20]) },
      { id: 'b2_orders', label: 'BytesInPerSec', times: T, values: mibps([5, 5, 5]) },
    ]);
    const request = JSON.stringify([
      topicStat('b1_orders', '1', 'orders'),
      topicStat('b1_payments', '1', 'payments'),
      topicStat('b2_orders', '2', 'orders'),
    ]);
    const result = importWorkload([file('cw.json', text), file('request.json', request)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(35);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(35);
  });

  it("uses a broker's total and not its topics beside it (they would count the traffic twice)", () => {
    // Broker 1's total 30 MiB/s, and its topic "orders" (10) beside it: 30, not 40.
    const text = metricDataText([
      { id: 'b1', label: 'BytesInPerSec', times: T, values: mibps([30, 30, 30]) },
      { id: 'b1_orders', label: 'BytesInPerSec', times: T, values: mibps([10, 10, 10]) },
    ]);
    const request = JSON.stringify([metricStat('b1', 'BytesInPerSec', 'Average', 60, '1'), topicStat('b1_orders', '1', 'orders')]);
    const result = importWorkload([file('cw.json', text), file('request.json', request)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(30);
    expect(codesOf(result.warnings)).toContain('series-not-used');
  });
});

describe('pages', () => {
  // Page 1 (the first two instants, a NextToken) and page 2 (the last instant, no NextToken) of one series.
  const page1 = metricDataText([{ id: 'b1', label: '1 BytesInPerSec', times: T.slice(0, 2), values: mibps([10, 20]) }], {
    extra: { NextToken: 'more' },
  });
  const page2 = metricDataText([{ id: 'b1', label: '1 BytesInPerSec', times: T.slice(2), values: mibps([30]) }]);

  it('joins every page of a series and does not warn when the last page is among the files', () => {
    // 10, 20, 30 MiB/s: average 20, peak 30.
    const result = importWorkload([file('page-1.json', page1), file('page-2.json', page2)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(20);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(30);
    expect(codesOf(result.warnings)).not.toContain('partial-data');
  });

  it('warns when every output says more pages follow', () => {
    expect(codesOf(importWorkload([file('page-1.json', page1)]).warnings)).toContain('partial-data');
  });
});

describe('summing brokers per instant', () => {
  it('adds brokers at each instant before taking the peak, never the per-broker peaks', () => {
    // Two brokers, peaks at different instants: sums 30+50 = 80, 70+10 = 80, 20+40 = 60.
    // avg = 220 / 3; peak = 80 (n = 3 ≤ 99: the maximum), not 70 + 50 = 120.
    const text = metricDataText([
      { id: 'b1', label: '1 BytesInPerSec', times: T, values: mibps([30, 70, 20]) },
      { id: 'b2', label: '2 BytesInPerSec', times: T, values: mibps([50, 10, 40]) },
    ]);
    const result = importWorkload([file('cw.json', text)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBeCloseTo(220 / 3, 12);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(80);
  });

  it('drops instants a broker lacks and says how many', () => {
    // Broker 2 has no value at the first instant: only 20+5 = 25 and 30+6 = 36 are kept.
    const text = metricDataText([
      { id: 'b1', label: '1 BytesInPerSec', times: T, values: mibps([10, 20, 30]) },
      { id: 'b2', label: '2 BytesInPerSec', times: T.slice(1), values: mibps([5, 6]) },
    ]);
    const result = importWorkload([file('cw.json', text)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(30.5);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(36);
    expect(issueOf(result.warnings, 'instants-dropped')?.message).toContain('1 instant dropped');
  });

  it('merges instants written with different offsets into one', () => {
    // 01:00+01:00 and 00:00Z are one instant: 10 + 20 = 30, nothing dropped.
    const text = metricDataText([
      { id: 'b1', label: '1 BytesInPerSec', times: ['2026-11-01T01:00:00+01:00'], values: mibps([10]) },
      { id: 'b2', label: '2 BytesInPerSec', times: ['2026-11-01T00:00:00Z'], values: mibps([20]) },
    ]);
    const result = importWorkload([file('cw.json', text)]);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(30);
    expect(codesOf(result.warnings)).not.toContain('instants-dropped');
    expect(codesOf(result.warnings)).toContain('single-sample');
    // n = 1: the average is the peak.
    expect(valueOf(result, 'avgIngressMiBps')).toBe(30);
  });

  it('joins pages with the same Id, in one file or across files, merging the instant they share', () => {
    // Page 1: 10, 20 at t0, t1; page 2: 20, 30 at t1, t2 → 10, 20, 30: avg 20, peak 30.
    const page1 = metricDataText([{ id: 'in', label: 'BytesInPerSec', times: T.slice(0, 2), values: mibps([10, 20]) }], {
      extra: { NextToken: 'x' },
    });
    const page2 = metricDataText([{ id: 'in', label: 'BytesInPerSec', times: T.slice(1), values: mibps([20, 30]) }], { oneLine: true });
    const across = importWorkload([file('page1.json', page1), file('page2.json', page2)]);
    expect(valueOf(across, 'avgIngressMiBps')).toBe(20);
    expect(valueOf(across, 'peakIngressMiBps')).toBe(30);
    const oneFile = metricDataText([
      { id: 'in', label: 'BytesInPerSec', times: T.slice(0, 2), values: mibps([10, 20]) },
      { id: 'in', label: 'BytesInPerSec', times: T.slice(1), values: mibps([20, 30]) },
    ]);
    expect(valueOf(importWorkload([file('pages.json', oneFile)]), 'avgIngressMiBps')).toBe(20);
  });

  it('takes the nearest-rank P99 of 200 per-instant sums: the 198th smallest', () => {
    // One series 1..200 MiB/s: rank ceil(0.99 × 200) = 198 → 198; mean (1 + 200) / 2 = 100.5.
    const values = Array.from({ length: 200 }, (_, i) => (i + 1) * MIB);
    const text = metricDataText([{ id: 'in', label: 'BytesInPerSec', times: stamps('2026-11-01T00:00:00Z', 200), values }]);
    const result = importWorkload([file('cw.json', text)]);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(198);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(100.5);
    expect(result.derivations.find((d) => d.field === 'peakIngressMiBps')?.method).toMatch(/^P99/);
  });
});

describe('statistics and periods from the request', () => {
  it('turns Sum over 300 s into per second: × 60 ÷ 300, and warns that the period is coarse', () => {
    // Sum of five one-minute samples of 10 MiB/s = 50 MiB: 50 × 60 / 300 = 10 MiB/s; and 100 → 20.
    const times = stamps('2026-11-01T00:00:00Z', 2, 300);
    const output = metricDataText([{ id: 'in1', label: 'in1', times, values: mibps([50, 100]) }]);
    const request = JSON.stringify([metricStat('in1', 'BytesInPerSec', 'Sum', 300, '1')]);
    const result = importWorkload([file('out.json', output), file('req.json', request)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(15);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(20);
    expect(codesOf(result.warnings)).toContain('coarse-period');
    expect(codesOf(result.warnings)).not.toContain('assumed-recipe');
  });

  it('takes only the peak from Maximum', () => {
    // Maximum 40, 90 MiB/s: the peak is 90; no average comes from a maximum.
    const output = metricDataText([{ id: 'mx', label: 'mx', times: T.slice(0, 2), values: mibps([40, 90]) }]);
    const request = JSON.stringify({ MetricDataQueries: [metricStat('mx', 'BytesOutPerSec', 'Maximum', 60, '1')] });
    const result = importWorkload([file('out.json', output), file('req.json', request)]);
    expect(valueOf(result, 'peakEgressMiBps')).toBe(90);
    expect(valueOf(result, 'avgEgressMiBps')).toBeUndefined();
  });

  it('does not use other statistics, and says so', () => {
    const output = metricDataText([{ id: 'p', label: 'p', times: T, values: mibps([1, 2, 3]) }]);
    const request = JSON.stringify([metricStat('p', 'BytesInPerSec', 'p99', 60, '1')]);
    const result = importWorkload([file('out.json', output), file('req.json', request)]);
    expect(codesOf(result.warnings)).toContain('statistic-not-used');
    expect(valueOf(result, 'peakIngressMiBps')).toBeUndefined();
  });

  it('warns about a request without its output', () => {
    expect(codesOf(importWorkload([fixture(REQUEST)]).warnings)).toContain('request-without-output');
  });
});

describe('controller-only counts, CPU and disk', () => {
  it('reads GlobalPartitionCount as the maximum across brokers, not their sum', () => {
    // Instant 1: 475 and 0; instant 2, a controller move, both report 480: max 480, where a sum would say 960.
    const text = metricDataText([
      { id: 'g1', label: '1 GlobalPartitionCount', times: T.slice(0, 2), values: [475, 480] },
      { id: 'g2', label: '2 GlobalPartitionCount', times: T.slice(0, 2), values: [0, 480] },
    ]);
    expect(importWorkload([file('cw.json', text)]).scenarioPatch).toMatchObject({ partitions: 480 });
  });

  it('reads PartitionCount as replicas summed over brokers, and never as partitions', () => {
    // 434 + 433 + 434 = 1,301 replicas.
    const text = metricDataText([
      { id: 'p1', label: '1 PartitionCount', times: T.slice(0, 1), values: [434] },
      { id: 'p2', label: '2 PartitionCount', times: T.slice(0, 1), values: [433] },
      { id: 'p3', label: '3 PartitionCount', times: T.slice(0, 1), values: [434] },
    ]);
    const result = importWorkload([file('cw.json', text)]);
    expect(result.scenarioPatch).toEqual({ current: { observed: { partitionReplicas: 1301 } } });
    expect(valueOf(result, 'partitions')).toBeUndefined();
  });

  it('takes the busiest broker’s peak of CpuUser + CpuSystem, never a sum over brokers', () => {
    // Broker 1: 20+5 = 25, 30+10 = 40 → peak 40. Broker 2: 50+10 = 60, 10+5 = 15 → peak 60. Busiest: 60 (not 40 + 60).
    const text = metricDataText([
      { id: 'u1', label: '1 CpuUser', times: T.slice(0, 2), values: [20, 30] },
      { id: 's1', label: '1 CpuSystem', times: T.slice(0, 2), values: [5, 10] },
      { id: 'u2', label: '2 CpuUser', times: T.slice(0, 2), values: [50, 10] },
      { id: 's2', label: '2 CpuSystem', times: T.slice(0, 2), values: [10, 5] },
    ]);
    expect(valueOf(importWorkload([file('cw.json', text)]), 'current.observed.cpuPeakPct')).toBe(60);
  });

  it('reads disk use as the mean over brokers per instant, then its peak', () => {
    // Instant 1: (40 + 60) / 2 = 50; instant 2: (50 + 70) / 2 = 60 → peak 60.
    const text = metricDataText([
      { id: 'd1', label: '1 KafkaDataLogsDiskUsed', times: T.slice(0, 2), values: [40, 50] },
      { id: 'd2', label: '2 KafkaDataLogsDiskUsed', times: T.slice(0, 2), values: [60, 70] },
    ]);
    expect(valueOf(importWorkload([file('cw.json', text)]), 'current.observed.diskUsedPct')).toBe(60);
  });
});

describe('window warnings', () => {
  it('warns short-window under 7 days, and not for a full week of one-minute points', () => {
    const week = 7 * 24 * 60; // 10,080 points × 60 s = 7 days exactly
    const full = metricDataText(
      [{ id: 'in', label: 'BytesInPerSec', times: stamps('2026-11-01T00:00:00Z', week), values: Array.from({ length: week }, () => MIB) }],
      { oneLine: true },
    );
    const short = metricDataText(
      [
        {
          id: 'in',
          label: 'BytesInPerSec',
          times: stamps('2026-11-01T00:00:00Z', week - 1),
          values: Array.from({ length: week - 1 }, () => MIB),
        },
      ],
      { oneLine: true },
    );
    expect(codesOf(importWorkload([file('full.json', full)]).warnings)).not.toContain('short-window');
    expect(codesOf(importWorkload([file('short.json', short)]).warnings)).toContain('short-window');
    expect(valueOf(importWorkload([file('full.json', full)]), 'current.observed.periodDays')).toBe(7);
  });
});

describe('errors name the file and the series', () => {
  it('Timestamps and Values of different lengths', () => {
    const result = importWorkload([file('cw.json', metricDataText([{ id: 'in', times: T, values: [1, 2] }]))]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'length-mismatch', file: 'cw.json', field: 'MetricDataResults[0]' })]);
    expect(result.scenarioPatch).toEqual({});
  });

  it('a value that is not a number', () => {
    const result = importWorkload([file('cw.json', metricDataText([{ id: 'in', times: T.slice(0, 2), values: [1, '2'] }]))]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'non-numeric-value', field: 'MetricDataResults[0].Values[1]' })]);
  });

  it('a StatusCode other than Complete or PartialData', () => {
    const result = importWorkload([
      file('cw.json', metricDataText([{ id: 'in', label: 'BytesInPerSec', times: T, values: [1, 2, 3], status: 'Forbidden' }])),
    ]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'bad-status-code', field: 'MetricDataResults[0].StatusCode' })]);
  });

  it('a timestamp that is not a time', () => {
    const result = importWorkload([file('cw.json', metricDataText([{ id: 'in', times: ['soon'], values: [1] }]))]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'bad-timestamp', field: 'MetricDataResults[0].Timestamps[0]' })]);
  });
});
