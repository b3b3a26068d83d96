/**
 * The price book: every AWS price and instance figure the engine uses, for every region.
 * It is a parameter of the engine (never a global): the app passes the bundled data, the golden
 * tests pass the prices of AWS's sizing script. `null` means "no price published": the option is
 * unavailable there, never free.
 */
import type { KinesisLimits, KinesisPrices } from './kinesis/kinesis-prices';
import type { ReplicationPrices } from './replication/replication-prices';

export type StandardFamily = 't3' | 'm5' | 'm7g';

/** An MSK Standard broker size and the EC2 instance it runs on. */
export interface StandardBrokerSpec {
  readonly instanceType: string; // "kafka.m5.large"
  readonly ec2Type: string; // "m5.large"
  readonly family: StandardFamily;
  readonly vcpu: number;
  readonly memGiB: number;
  /** Sustained EBS throughput per broker used by the sizing logic, MiB/s. */
  readonly ebsThroughputMiBps: number;
  /** Sustained network throughput per broker used by the sizing logic, MiB/s. */
  readonly nicThroughputMiBps: number;
  /** True when the figures above are EC2 baselines of a burstable instance (T3). */
  readonly isBurstable: boolean;
  readonly recommendedMaxPartitions: number;
  /** Hard maximum of partition replicas per broker (MSK blocks updates above it). */
  readonly maxPartitions: number;
  readonly provisionedThroughputEligible: boolean;
  /** Most provisioned storage throughput one broker may buy, MiB/s (MSK docs); null when not eligible. */
  readonly provisionedThroughputMaxMiBps: number | null;
  /** The MSK volume's throughput without provisioned throughput, MiB/s (MSK docs: 250 MiB/s by default). */
  readonly defaultVolumeThroughputMiBps: number;
  /** False for sizes that cannot run in KRaft mode (kafka.t3.small): ZooKeeper's broker limit then applies on MSK. */
  readonly kraftSupported: boolean;
  readonly storageMaxGiB: number;
  readonly storageMinGiB: number;
}

/** An MSK Express broker size. */
export interface ExpressBrokerSpec {
  readonly instanceType: string; // "express.m7g.large"
  readonly vcpu: number;
  readonly memGiB: number;
  /** Sustained ingress per broker, MiB/s, as the sizing logic uses it (15.625 … 500). */
  readonly ingressSustainedMiBps: number;
  readonly recommendedMaxPartitions: number;
  readonly maxPartitions: number;
}

export interface ServerlessLimits {
  readonly maxIngressMiBps: number;
  readonly maxEgressMiBps: number;
  readonly maxPartitions: number;
  /** Per-partition quotas (MSK Serverless quotas): 5 MiB/s in, 10 MiB/s out. */
  readonly maxIngressMiBpsPerPartition: number;
  readonly maxEgressMiBpsPerPartition: number;
}

export interface RegionPrices {
  readonly code: string;
  readonly name: string;
  /** USD per broker-hour by MSK Standard instance type. */
  readonly mskBrokerHourly: Readonly<Record<string, number | null>>;
  readonly mskStoragePerGbMonth: number | null;
  readonly provisionedThroughputPerMiBpsMonth: number | null;
  readonly tieredStoragePerGbMonth: number | null;
  readonly expressBrokerHourly: Readonly<Record<string, number | null>>;
  readonly expressStoragePerGbMonth: number | null;
  readonly expressDataInPerGb: number | null;
  readonly serverless: {
    readonly clusterHour: number | null;
    readonly partitionHour: number | null;
    readonly dataInPerGb: number | null;
    readonly dataOutPerGb: number | null;
    readonly storagePerGbMonth: number | null;
  };
  /** USD per instance-hour, on-demand Linux, by EC2 type. */
  readonly ec2Hourly: Readonly<Record<string, number | null>>;
  readonly gp3PerGbMonth: number | null;
  readonly gp3ThroughputPerMiBpsMonth: number | null;
  readonly gp3IncludedMiBps: number | null;
  /** Charged on each side of a crossing: a GiB that crosses an AZ costs twice this. */
  readonly crossAzPerGbEachDirection: number | null;
}

export interface PriceSource {
  readonly id: string;
  /** Short public citation shown to users: the AWS price list or page and the date it reflects. */
  readonly citation: string;
  readonly citationUrl: string | null;
}

/** An offer of AWS's Price List that `npm run prices:refresh` read into the data (SPEC §14). */
export interface PriceListOffer {
  readonly offerCode: string;
  /** The offer's publicationDate (YYYY-MM-DD). */
  readonly publishedOn: string;
  /** The day the refresh read it. */
  readonly refreshedOn: string;
  readonly regions: number;
  readonly citation: string;
}

/** Kinesis Data Streams prices per region (null: no price data there) and the service quotas (SPEC §15). */
export interface KinesisPriceBook {
  readonly regions: Readonly<Record<string, KinesisPrices | null>>;
  readonly limits: KinesisLimits;
}

export interface PriceBook {
  /** Human-readable date of the prices, e.g. "2025-04-04". */
  readonly asOf: string;
  readonly asOfDetail: string;
  /** The sources users are shown (cross-check-only sources are left out). */
  readonly sources: readonly PriceSource[];
  /** Offers refreshed from AWS's Price List, newest data first; empty when the data was never refreshed. */
  readonly priceList?: readonly PriceListOffer[];
  readonly regions: Readonly<Record<string, RegionPrices>>;
  readonly standardBrokers: readonly StandardBrokerSpec[];
  readonly expressBrokers: readonly ExpressBrokerSpec[];
  /** EC2 instance types with specs in the price data (controller choices). */
  readonly ec2Types: readonly string[];
  readonly serverlessLimits: ServerlessLimits;
  /** Brokers per MSK cluster in ZooKeeper mode (MSK quotas: 30). */
  readonly zookeeperBrokerLimit: number;
  /** MSK Replicator, MSK Connect, EC2 vCPUs and inter-region transfer (SPEC §11); absent in price books built for other tests. */
  readonly replication?: ReplicationPrices;
  /** Kinesis Data Streams (SPEC §15); absent in price books built for other tests. */
  readonly kinesis?: KinesisPriceBook;
}
