/**
 * The workload figures all three Kinesis alternatives share (SPEC §15): consumers, records per second,
 * GB written and read a month, and the GB-months kept in each retention band, each with its step.
 */
import { HOURS_PER_MONTH } from '../units';
import type { CodedMessage } from '../result';
import type { KinesisLimits } from './kinesis-prices';
import type { KinesisStep, KinesisWorkload } from './kinesis-result';
import type { KinesisOptions } from './kinesis-schema';
import { num, step } from './kinesis-text';

/** Seconds in a 730-hour month (SPEC §1): 3,600 × 730. */
export const SECONDS_PER_MONTH = 3600 * HOURS_PER_MONTH;
/** Every Kinesis price includes the first 24 hours of retention. */
export const INCLUDED_RETENTION_HOURS = 24;
/** Extended retention runs to 7 days; long-term retention is beyond. */
export const EXTENDED_RETENTION_END_HOURS = 168;

/** GB a month from a steady MiB/s (SPEC §15: `MiB/s × 2,628,000 ÷ 1,024`; AWS's GB is the GiB). */
export function gbPerMonth(mibps: number): number {
  return (mibps * SECONDS_PER_MONTH) / 1024;
}

export interface KinesisVolumes {
  readonly consumers: number;
  /** Consumers polling with shared throughput: all of them without enhanced fan-out, none with it. */
  readonly sharedReaders: number;
  readonly recordsPerSecAvg: number;
  readonly recordsPerSecPeak: number;
  /** in: GB written a month. */
  readonly inGb: number;
  /** in′: GB on-demand bills for writes, every record rounded up to a whole KiB (at least 1). */
  readonly billedInGb: number;
  /** out = consumers × in. */
  readonly outGb: number;
  /** Retention priced: the scenario's, at most the Kinesis maximum. */
  readonly retentionHours: number;
  /** GB-months kept from 24 hours to 7 days, beyond 7 days, and beyond 24 hours (the sum). */
  readonly extendedGbMonth: number;
  readonly longTermGbMonth: number;
  readonly beyondDayGbMonth: number;
  readonly warnings: readonly CodedMessage[];
  readonly steps: readonly KinesisStep[];
}

/** SPEC §15: the option's consumers, else the consumer groups, else round(peak egress ÷ peak ingress). */
function consumersOf(w: KinesisWorkload, o: KinesisOptions): { readonly count: number; readonly formula: string } {
  if (o.consumers !== null) return { count: o.consumers, formula: 'as set in the Kinesis options' };
  if (w.consumerGroups !== null) {
    const count = Math.round(w.consumerGroups);
    return { count, formula: count === w.consumerGroups ? 'the consumer groups' : `${num(w.consumerGroups)} consumer groups, rounded` };
  }
  const ratio = w.peakIngressMiBps > 0 ? w.peakEgressMiBps / w.peakIngressMiBps : 0;
  return {
    count: Math.round(ratio),
    formula: `round(${num(w.peakEgressMiBps)} MiB/s peak egress ÷ ${num(w.peakIngressMiBps)} MiB/s peak ingress) = round(${num(ratio)})`,
  };
}

function retentionWarnings(hours: number, limits: KinesisLimits): CodedMessage[] {
  if (hours < limits.retentionHoursMin) {
    return [
      {
        code: 'retention-below-minimum',
        message: `Retention is ${num(hours)} hours: a Kinesis stream keeps data at least ${num(limits.retentionHoursMin)} hours, which every price includes.`,
      },
    ];
  }
  if (hours > limits.retentionHoursMax) {
    return [
      {
        code: 'retention-above-maximum',
        message: `Retention is ${num(hours)} hours: a Kinesis stream keeps data at most ${num(limits.retentionHoursMax)} hours (365 days), so retention is priced for ${num(limits.retentionHoursMax)} hours; keep older data elsewhere (Amazon S3, for example).`,
      },
    ];
  }
  return [];
}

export function kinesisVolumes(w: KinesisWorkload, o: KinesisOptions, limits: KinesisLimits): KinesisVolumes {
  const size = o.recordSizeKiB;
  const consumers = consumersOf(w, o);
  const sharedReaders = o.enhancedFanOut ? 0 : consumers.count;
  const recordsPerSecAvg = (w.avgIngressMiBps * 1024) / size;
  const recordsPerSecPeak = (w.peakIngressMiBps * 1024) / size;
  const inGb = gbPerMonth(w.avgIngressMiBps);
  // On-demand bills each record as a whole number of KiB, at least 1 (SPEC §15 "rounds every record up
  // to 1 KiB"): a record of s KiB is billed as max(1, ceil(s)) KiB, so in′ = in × max(1, ceil(s)) ÷ s.
  const billedKiB = Math.max(1, Math.ceil(size));
  const billedInGb = (inGb * billedKiB) / size;
  const outGb = consumers.count * inGb;
  const hours = Math.min(w.retentionHours, limits.retentionHoursMax);
  // Data arrives at in ÷ 730 GB an hour. Kept H hours, the stream holds the last H hours of it; the
  // part older than a band's start (a hours) and younger than its end (b hours) is (in ÷ 730) ×
  // (min(H, b) − a) GB, held all month: that many GB-months. SPEC §15's long-term term
  // `in × (retentionHours − 168) ÷ 730` is this band from 168 hours up.
  const band = (from: number, to: number) => (inGb * Math.max(0, Math.min(hours, to) - from)) / HOURS_PER_MONTH;
  const extendedGbMonth = band(INCLUDED_RETENTION_HOURS, EXTENDED_RETENTION_END_HOURS);
  const longTermGbMonth = band(EXTENDED_RETENTION_END_HOURS, Number.POSITIVE_INFINITY);
  const beyondDayGbMonth = band(INCLUDED_RETENTION_HOURS, Number.POSITIVE_INFINITY);
  const kept = (from: number, to: number) =>
    `${num(inGb)} GB × (${to === Number.POSITIVE_INFINITY ? num(hours) : `min(${num(hours)}, ${to})`} − ${from}) h ÷ ${HOURS_PER_MONTH} h, at least 0`;
  const steps = [
    step('consumers', 'Consuming applications', consumers.count, 'consumers', consumers.formula),
    step(
      'sharedReaders',
      'Consumers sharing each shard’s reads',
      sharedReaders,
      'consumers',
      o.enhancedFanOut ? 'none: every consumer uses enhanced fan-out' : 'every consumer (no enhanced fan-out)',
    ),
    step(
      'recordsPerSecAvg',
      'Records per second, average',
      recordsPerSecAvg,
      'records/s',
      `${num(w.avgIngressMiBps)} MiB/s × 1,024 ÷ ${num(size)} KiB per record`,
    ),
    step(
      'recordsPerSecPeak',
      'Records per second, peak',
      recordsPerSecPeak,
      'records/s',
      `${num(w.peakIngressMiBps)} MiB/s × 1,024 ÷ ${num(size)} KiB per record`,
    ),
    step('inGb', 'Data written a month (in)', inGb, 'GB', `${num(w.avgIngressMiBps)} MiB/s × ${num(SECONDS_PER_MONTH)} s ÷ 1,024`),
    step(
      'billedInGb',
      'Data written, each record billed as whole KiB (in′)',
      billedInGb,
      'GB',
      `${num(inGb)} GB × ${billedKiB} KiB billed ÷ ${num(size)} KiB per record`,
    ),
    step('outGb', 'Data read a month (out)', outGb, 'GB', `${consumers.count} consumers × ${num(inGb)} GB`),
    step(
      'retentionHours',
      'Retention priced',
      hours,
      'hours',
      hours === w.retentionHours ? 'the scenario’s retention' : `the Kinesis maximum (the scenario asks ${num(w.retentionHours)} hours)`,
    ),
    step(
      'extendedGbMonth',
      'Kept from 24 hours to 7 days',
      extendedGbMonth,
      'GB-month',
      kept(INCLUDED_RETENTION_HOURS, EXTENDED_RETENTION_END_HOURS),
    ),
    step(
      'longTermGbMonth',
      'Kept beyond 7 days',
      longTermGbMonth,
      'GB-month',
      kept(EXTENDED_RETENTION_END_HOURS, Number.POSITIVE_INFINITY),
    ),
  ];
  return {
    consumers: consumers.count,
    sharedReaders,
    recordsPerSecAvg,
    recordsPerSecPeak,
    inGb,
    billedInGb,
    outGb,
    retentionHours: hours,
    extendedGbMonth,
    longTermGbMonth,
    beyondDayGbMonth,
    warnings: retentionWarnings(w.retentionHours, limits),
    steps,
  };
}
