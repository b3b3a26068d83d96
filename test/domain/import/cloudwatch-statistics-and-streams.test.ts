/**
 * `get-metric-statistics` output (one metric of one broker per file, statistic as key, no period)
 * and Metric Streams JSON lines (average = sum ÷ count), read as SPEC §13.3 says.
 */
import { describe, expect, it } from 'vitest';
import { importWorkload } from '../../../src/domain/import/import-workload';
import { codesOf, file, fixture, issueOf, MIB, valueOf } from './import-files';

function statisticsText(label: string, points: readonly Record<string, unknown>[]): string {
  return JSON.stringify({ Label: label, Datapoints: points }, null, 2);
}

describe('get-metric-statistics', () => {
  it('reads the sample, datapoints unordered: EC2 CPUUtilization Maximum is the busiest broker’s CPU peak', () => {
    // Maximum 0.33, 99.67, 0.67 percent at 00:18, 03:18, 23:18 (unordered): peak 99.67 (n = 3, the maximum).
    const result = importWorkload([fixture('cloudwatch-get-metric-statistics.json')]);
    expect(result.scenarioPatch).toEqual({ current: { observed: { cpuPeakPct: 99.67 } } });
    // 23:18 on the 18th to 03:18 on the 19th is 4 h: well under 7 days.
    expect(codesOf(result.warnings)).toContain('short-window');
  });

  it('reads a Sum with the period the datapoints are apart, and says so', () => {
    // Points 300 s apart. Sum 50 MiB over 300 s of one-minute samples: 50 × 60 / 300 = 10 MiB/s; 100 → 20 MiB/s.
    const text = statisticsText('BytesInPerSec', [
      { Timestamp: '2026-11-01T00:05:00Z', Sum: 100 * MIB, Unit: 'Bytes/Second' },
      { Timestamp: '2026-11-01T00:00:00Z', Sum: 50 * MIB, Unit: 'Bytes/Second' },
    ]);
    const result = importWorkload([file('in.json', text)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(15);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(20);
    expect(issueOf(result.warnings, 'assumed-recipe')?.message).toContain('300 s');
    expect(codesOf(result.warnings)).toContain('coarse-period');
  });

  it('reads files whose windows follow one another as one series in parts (1,440 points a call), and says so', () => {
    // Day 1: 10 and 20 MiB/s; day 2: 30 and 40 MiB/s; no instant in common: avg 25, peak 40.
    const day1 = statisticsText('BytesInPerSec', [
      { Timestamp: '2026-11-01T00:00:00Z', Average: 10 * MIB },
      { Timestamp: '2026-11-01T00:01:00Z', Average: 20 * MIB },
    ]);
    const day2 = statisticsText('BytesInPerSec', [
      { Timestamp: '2026-11-02T00:00:00Z', Average: 30 * MIB },
      { Timestamp: '2026-11-02T00:01:00Z', Average: 40 * MIB },
    ]);
    const result = importWorkload([file('day-2.json', day2), file('day-1.json', day1)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(25);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(40);
    expect(codesOf(result.warnings)).toContain('windows-joined');
  });

  it('adds files of different brokers per instant', () => {
    // Broker file A: 10, 30; file B: 20, 5 → sums 30, 35: avg 32.5, peak 35 (not 30 + 20 = 50).
    const at = ['2026-11-01T00:00:00Z', '2026-11-01T00:01:00Z'];
    const a = statisticsText('BytesInPerSec', [
      { Timestamp: at[0], Average: 10 * MIB },
      { Timestamp: at[1], Average: 30 * MIB },
    ]);
    const b = statisticsText('BytesInPerSec', [
      { Timestamp: at[1], Average: 5 * MIB },
      { Timestamp: at[0], Average: 20 * MIB },
    ]);
    const result = importWorkload([file('broker-a.json', a), file('broker-b.json', b)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(32.5);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(35);
  });

  it('pairs a CpuUser file with a CpuSystem file of the one broker', () => {
    // CpuUser 30, 45 and CpuSystem 10, 5 at the same two instants: 40 and 50 → peak 50.
    const at = ['2026-11-01T00:00:00Z', '2026-11-01T00:01:00Z'];
    const user = statisticsText('CpuUser', [
      { Timestamp: at[0], Maximum: 30 },
      { Timestamp: at[1], Maximum: 45 },
    ]);
    const system = statisticsText('CpuSystem', [
      { Timestamp: at[0], Maximum: 10 },
      { Timestamp: at[1], Maximum: 5 },
    ]);
    expect(valueOf(importWorkload([file('user.json', user), file('system.json', system)]), 'current.observed.cpuPeakPct')).toBe(50);
  });

  it('does not use Minimum or SampleCount, and says so', () => {
    const text = statisticsText('BytesOutPerSec', [{ Timestamp: '2026-11-01T00:00:00Z', Minimum: 1, SampleCount: 60 }]);
    const result = importWorkload([file('out.json', text)]);
    expect(codesOf(result.warnings)).toContain('statistic-not-used');
    expect(result.derivations).toEqual([]);
  });
});

function record(
  metric: string,
  broker: string | undefined,
  minute: number,
  sum: number,
  count: number,
  extra: Record<string, unknown> = {},
): string {
  const dimensions: Record<string, string> = { 'Cluster Name': 'orders', ...(broker === undefined ? {} : { 'Broker ID': broker }) };
  return JSON.stringify({
    metric_stream_name: 'msk',
    account_id: '123456789012',
    region: 'eu-west-1',
    namespace: 'AWS/Kafka',
    metric_name: metric,
    dimensions,
    timestamp: Date.UTC(2026, 10, 1, 0, minute),
    value: { max: sum, min: 0, sum, count },
    unit: 'Bytes/Second',
    ...extra,
  });
}

describe('Metric Streams JSON lines', () => {
  it('averages each minute as sum ÷ count, sums brokers per instant, and skips other namespaces and per-topic records', () => {
    // Minute 0: broker 1 20 MiB / 2 = 10, broker 2 30 / 1 = 30 → 40.
    // Minute 1: broker 1 8 / 1 = 8, broker 2 32 / 2 = 16 → 24. avg (40 + 24) / 2 = 32, peak 40.
    const lines = [
      record('BytesInPerSec', '1', 0, 20 * MIB, 2),
      record('BytesInPerSec', '2', 0, 30 * MIB, 1),
      record('BytesInPerSec', '1', 1, 8 * MIB, 1),
      record('BytesInPerSec', '2', 1, 32 * MIB, 2),
      record('BytesInPerSec', '2', 1, 32 * MIB, 2), // delivered twice: merged, not added
      record('BytesInPerSec', '1', 1, 999 * MIB, 1, { dimensions: { 'Cluster Name': 'orders', 'Broker ID': '1', Topic: 'orders' } }),
      record('NetworkIn', undefined, 1, 1, 1, { namespace: 'AWS/EC2', dimensions: { InstanceId: 'i-1' } }),
      record('MessagesInPerSec', '1', 1, 5, 1),
    ];
    const result = importWorkload([file('stream.jsonl', `${lines.join('\r\n')}\r\n`)]);
    expect(valueOf(result, 'avgIngressMiBps')).toBe(32);
    expect(valueOf(result, 'peakIngressMiBps')).toBe(40);
    expect(issueOf(result.warnings, 'series-not-used')?.message).toContain(
      '1 record of other namespaces than AWS/Kafka; 1 per-topic record',
    );
    expect(issueOf(result.warnings, 'series-not-used')?.message).toContain('MessagesInPerSec');
    expect(Object.keys(result.scenarioPatch)).toEqual(['avgIngressMiBps', 'peakIngressMiBps', 'current']);
    // The records carry a region, which is never imported from metrics.
    expect(result.scenarioPatch).not.toHaveProperty('region');
  });

  it('refuses records of several clusters, whose brokers cannot be added up', () => {
    const other = record('BytesInPerSec', '1', 0, MIB, 1, { dimensions: { 'Cluster Name': 'payments', 'Broker ID': '1' } });
    const result = importWorkload([file('stream.jsonl', [record('BytesInPerSec', '1', 0, MIB, 1), other].join('\n'))]);
    expect(codesOf(result.errors)).toEqual(['several-clusters']);
    expect(result.scenarioPatch).toEqual({});
  });

  it('names the line of a broken record', () => {
    const result = importWorkload([file('stream.jsonl', `${record('BytesInPerSec', '1', 0, MIB, 1)}\n{"namespace": "AWS/Kafka",\n`)]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'invalid-json', line: 2 })]);
  });

  it('refuses a count of 0 rather than dividing by it', () => {
    const result = importWorkload([file('stream.jsonl', record('BytesInPerSec', '1', 0, MIB, 0))]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'non-numeric-value', line: 1 })]);
  });
});
