/**
 * Kinesis test inputs written out by hand: the us-east-1 prices and the quotas copied from
 * src/data/aws-prices.json (`regions.us-east-1.kinesis`, `kinesisLimits`; shared/data/aws-prices.md §10),
 * and a workload builder.
 */
import type { KinesisLimits, KinesisPrices } from '../../../src/domain/kinesis/kinesis-prices';
import type { KinesisWorkload } from '../../../src/domain/kinesis/kinesis-result';
import { kinesisSchema, type KinesisOptions } from '../../../src/domain/kinesis/kinesis-schema';

/** us-east-1, S21 (provisioned, on-demand) and S23 (Advantage). */
export const US_EAST_1: KinesisPrices = {
  provisioned: {
    shardHour: 0.015,
    putPayloadUnitsPerMillion: 0.014,
    extendedRetentionShardHour: 0.02,
    longTermRetentionPerGbMonth: 0.023,
    longTermRetrievalPerGb: 0.021,
    efoConsumerShardHour: 0.015,
    efoPerGb: 0.013,
  },
  onDemand: {
    streamHour: 0.04,
    dataInPerGb: 0.08,
    dataOutPerGb: 0.04,
    efoDataOutPerGb: 0.05,
    extendedRetentionPerGbMonth: 0.1,
    longTermRetentionPerGbMonth: 0.023,
  },
  onDemandAdvantage: { dataInPerGb: 0.032, dataOutPerGb: 0.016, efoDataOutPerGb: 0.016, retentionPerGbMonth: 0.023 },
};

/** kinesisLimits, S22. */
export const LIMITS: KinesisLimits = {
  perShard: { writeMiBps: 1, writeRecordsPerSec: 1000, readMiBps: 2, getRecordsPerSec: 5 },
  enhancedFanOut: { maxConsumersPerStream: 20, maxConsumersPerStreamOnDemandAdvantage: 50 },
  onDemand: {
    maxStreamWriteMBps: { default: 200, 'us-east-1': 10_000, 'us-west-2': 10_000, 'eu-west-1': 10_000 },
    maxStreamReadMBps: { default: 400, 'us-east-1': 20_000, 'us-west-2': 20_000, 'eu-west-1': 20_000 },
    maxStreamWriteMBpsOnRequest: 10_000,
    maxStreamReadMBpsOnRequest: 20_000,
  },
  retentionHoursMin: 24,
  retentionHoursMax: 8760,
};

/** A 730-hour month in seconds, and GB a month from MiB/s (SPEC §1, §15). */
export const MONTH_S = 3600 * 730;
export const gb = (mibps: number): number => (mibps * MONTH_S) / 1024;

export function workload(over: Partial<KinesisWorkload> = {}): KinesisWorkload {
  return {
    avgIngressMiBps: 10,
    peakIngressMiBps: 20,
    avgEgressMiBps: 30,
    peakEgressMiBps: 60,
    consumerGroups: null,
    retentionHours: 24,
    partitions: 1,
    discountPct: 0,
    ...over,
  };
}

export function options(over: Partial<KinesisOptions> = {}): KinesisOptions {
  return { ...kinesisSchema.parse({}), ...over };
}
