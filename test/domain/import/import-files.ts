/** Builders for import tests: fixture files, get-metric-data outputs and requests, and readers of the result. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportFile, ImportIssue, ImportResult } from '../../../src/domain/import/import-workload';

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

/** A copy of a sample from the shared samples folder (test/fixtures/import). */
export function fixture(name: string): ImportFile {
  return { name, text: readFileSync(`${FIXTURES}${name}`, 'utf8') };
}

/** Bytes in a MiB. */
export const MIB = 1_048_576;

/** `count` ISO timestamps from `startIso`, `stepSeconds` apart, oldest first. */
export function stamps(startIso: string, count: number, stepSeconds = 60): string[] {
  const start = Date.parse(startIso);
  return Array.from({ length: count }, (_, i) => new Date(start + i * stepSeconds * 1000).toISOString().replace('.000Z', 'Z'));
}

export interface ResultSpec {
  readonly id: string;
  readonly label?: string;
  readonly times: readonly string[];
  readonly values: readonly unknown[];
  readonly status?: string;
}

/** A get-metric-data output as the AWS CLI prints it (pretty-printed unless `oneLine`). */
export function metricDataText(
  results: readonly ResultSpec[],
  options: { readonly oneLine?: boolean; readonly extra?: Record<string, unknown> } = {},
): string {
  const body = {
    MetricDataResults: results.map((r) => ({
      Id: r.id,
      Label: r.label ?? r.id,
      Timestamps: r.times,
      Values: r.values,
      StatusCode: r.status ?? 'Complete',
    })),
    Messages: [],
    ...options.extra,
  };
  return options.oneLine ? JSON.stringify(body) : JSON.stringify(body, null, 4);
}

/** A per-broker MetricStat query of AWS/Kafka. */
export function metricStat(id: string, metricName: string, stat: string, period: number, broker?: string): Record<string, unknown> {
  const dimensions = [{ Name: 'Cluster Name', Value: 'orders' }, ...(broker === undefined ? [] : [{ Name: 'Broker ID', Value: broker }])];
  return {
    Id: id,
    MetricStat: { Metric: { Namespace: 'AWS/Kafka', MetricName: metricName, Dimensions: dimensions }, Period: period, Stat: stat },
    ReturnData: true,
  };
}

/** MiB/s values as bytes per second. */
export function mibps(values: readonly number[]): number[] {
  return values.map((v) => v * MIB);
}

/** The imported value of `field`, from its derivation. */
export function valueOf(result: ImportResult, field: string): unknown {
  return result.derivations.find((d) => d.field === field)?.value;
}

export function codesOf(issues: readonly ImportIssue[]): string[] {
  return issues.map((issue) => issue.code);
}

export function issueOf(issues: readonly ImportIssue[], code: string): ImportIssue | undefined {
  return issues.find((issue) => issue.code === code);
}

export function file(name: string, text: string): ImportFile {
  return { name, text };
}
