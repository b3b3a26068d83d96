/**
 * What pricing Kinesis Data Streams reads (SPEC §15): one region's prices, and the service quotas that
 * size a stream. The domain does not read the price data: a loader builds these from `aws-prices.json`
 * (`regions.<code>.kinesis`, the top-level `kinesisLimits`; shared/data/aws-prices.md §10). `null`
 * means "no price published": an option that needs it is unavailable, never free.
 */

/** Provisioned mode, USD (S21). */
export interface KinesisProvisionedPrices {
  /** Per shard-hour. */
  readonly shardHour: number | null;
  /** Per million PUT payload units (25 KB each). */
  readonly putPayloadUnitsPerMillion: number | null;
  /** Per shard-hour on every shard when retention is over 24 hours (up to 7 days). */
  readonly extendedRetentionShardHour: number | null;
  /** Per GB-month of data kept beyond 7 days. */
  readonly longTermRetentionPerGbMonth: number | null;
  /** Per GB read of data older than 7 days (not priced: the model assumes consumers read new data). */
  readonly longTermRetrievalPerGb: number | null;
  /** Enhanced fan-out, per consumer-shard-hour. */
  readonly efoConsumerShardHour: number | null;
  /** Enhanced fan-out, per GB read. */
  readonly efoPerGb: number | null;
}

/** On-demand standard mode, USD (S21). */
export interface KinesisOnDemandPrices {
  readonly streamHour: number | null;
  /** Per GB written (each record rounded up to a whole KiB). */
  readonly dataInPerGb: number | null;
  /** Per GB read by shared-throughput (polling) consumers. */
  readonly dataOutPerGb: number | null;
  /** Per GB read through enhanced fan-out. */
  readonly efoDataOutPerGb: number | null;
  /** Per GB-month of data kept beyond 24 hours, up to 7 days. */
  readonly extendedRetentionPerGbMonth: number | null;
  /** Per GB-month of data kept beyond 7 days. */
  readonly longTermRetentionPerGbMonth: number | null;
}

/** On-demand Advantage mode, USD (S23; us-east-1 and us-east-2 only). */
export interface KinesisAdvantagePrices {
  readonly dataInPerGb: number | null;
  readonly dataOutPerGb: number | null;
  readonly efoDataOutPerGb: number | null;
  /** Per GB-month of all data kept beyond 24 hours. */
  readonly retentionPerGbMonth: number | null;
}

/** One region's Kinesis prices; a mode the region does not list is null. */
export interface KinesisPrices {
  readonly provisioned: KinesisProvisionedPrices | null;
  readonly onDemand: KinesisOnDemandPrices | null;
  readonly onDemandAdvantage: KinesisAdvantagePrices | null;
}

/** A quota that differs by region: the region's own figure, else `default`. */
export type RegionalLimit = Readonly<Record<string, number>> & { readonly default: number };

/**
 * The Kinesis quotas pricing needs (S22), in the shape of the price data's `kinesisLimits`. Kinesis
 * writes "MB" for MiB (the API reference), so its MB/s compare with the scenario's MiB/s as they are.
 */
export interface KinesisLimits {
  readonly perShard: {
    /** 1 MiB/s of writes per shard. */
    readonly writeMiBps: number;
    /** 1,000 records/s of writes per shard. */
    readonly writeRecordsPerSec: number;
    /** 2 MiB/s of reads per shard, shared by polling consumers. */
    readonly readMiBps: number;
    /** 5 GetRecords calls per second per shard, shared by polling consumers. */
    readonly getRecordsPerSec: number;
  };
  readonly enhancedFanOut: {
    /** 20 registered enhanced fan-out consumers per stream. */
    readonly maxConsumersPerStream: number;
    /** 50 with On-demand Advantage. */
    readonly maxConsumersPerStreamOnDemandAdvantage: number;
  };
  readonly onDemand: {
    /** Write throughput an on-demand stream scales to, MB/s (= MiB/s), by region. */
    readonly maxStreamWriteMBps: RegionalLimit;
    /** Read throughput (shared consumers) an on-demand stream scales to, MB/s, by region. */
    readonly maxStreamReadMBps: RegionalLimit;
    /** What a support ticket can raise either to, MB/s. */
    readonly maxStreamWriteMBpsOnRequest: number;
    readonly maxStreamReadMBpsOnRequest: number;
  };
  /** Default shards per account and region (a quota AWS raises on request); absent in limits built for tests. */
  readonly provisioned?:
    | {
        readonly shardsPerAccountDefault: Readonly<Record<string, number>>;
        /** The default elsewhere, which differs by region: [lowest, highest]. */
        readonly shardsPerAccountDefaultOtherRegions: readonly number[];
      }
    | undefined;
  /** Retention a stream can keep: 24 hours (included in every price) to 8,760 hours. */
  readonly retentionHoursMin: number;
  readonly retentionHoursMax: number;
}

/** A regional quota in `region`. */
export function regionalLimit(limit: RegionalLimit, region: string): number {
  return limit[region] ?? limit.default;
}
