/** Turns the validated price data into the engine's `PriceBook`. */
import '../domain/zod-setup';
import { z } from 'zod';
import type { ExpressBrokerSpec, PriceBook, PriceListOffer, RegionPrices, StandardBrokerSpec, StandardFamily } from '../domain';
import { priceDataSchema, type PriceData } from './price-data-schema';
import { replicationPricesFromData } from '../domain/replication/replication-prices';

/**
 * Express sustained ingress per broker as AWS's sizing logic uses it (msk_sizing.py, source S6;
 * SPEC §5). The MSK Developer Guide's quota table (S10, in the JSON) rounds them: 15.6, 31.2, …
 */
export const EXPRESS_SIZING_INGRESS_MIBPS: Readonly<Record<string, number>> = {
  'express.m7g.large': 15.625,
  'express.m7g.xlarge': 31.25,
  'express.m7g.2xlarge': 62.5,
  'express.m7g.4xlarge': 125,
  'express.m7g.8xlarge': 250,
  'express.m7g.12xlarge': 375,
  'express.m7g.16xlarge': 500,
};

/** Megabits per second in one Gbps, as MiB/s: the spec's `networkBaselineGbps × 128` (SPEC §4.1, T3). */
const MIBPS_PER_GBPS = 128;

function familyOf(ec2Type: string): StandardFamily {
  const family = ec2Type.split('.')[0];
  if (family === 't3' || family === 'm5' || family === 'm7g') return family;
  throw new Error(`Unknown broker family in ${ec2Type}`);
}

function regionPricesFrom(code: string, r: PriceData['regions'][string]): RegionPrices {
  return {
    code,
    name: r.name,
    mskBrokerHourly: r.msk.brokers,
    mskStoragePerGbMonth: r.msk.storagePerGbMonth,
    provisionedThroughputPerMiBpsMonth: r.msk.provisionedThroughputPerMBpsMonth,
    tieredStoragePerGbMonth: r.msk.tieredStoragePerGbMonth,
    expressBrokerHourly: r.msk.express.brokers,
    expressStoragePerGbMonth: r.msk.express.storagePerGbMonth,
    expressDataInPerGb: r.msk.express.dataInPerGb,
    serverless: r.msk.serverless,
    ec2Hourly: r.ec2,
    gp3PerGbMonth: r.ebs.gp3PerGbMonth,
    gp3ThroughputPerMiBpsMonth: r.ebs.gp3ThroughputPerMiBpsMonth,
    gp3IncludedMiBps: r.ebs.gp3IncludedMiBps,
    crossAzPerGbEachDirection: r.dataTransfer.crossAzPerGbEachDirection,
  };
}

/** The price data's as-of date (its first YYYY-MM-DD). */
function asOfDate(asOf: string): string {
  return /\d{4}-\d{2}-\d{2}/.exec(asOf)?.[0] ?? asOf;
}

/** Builds the price book from already-validated data. */
export function priceBookFromData(data: PriceData): PriceBook {
  const standardBrokers: StandardBrokerSpec[] = [];
  const expressBrokers: ExpressBrokerSpec[] = [];
  for (const [instanceType, spec] of Object.entries(data.instances)) {
    if (spec.brokerType === 'standard') {
      const burstable = spec.awsSizingScriptEbsThroughputMiBps === null || spec.awsSizingScriptNicThroughputMiBps === null;
      standardBrokers.push({
        instanceType,
        ec2Type: spec.ec2Type,
        family: familyOf(spec.ec2Type),
        vcpu: spec.vcpu,
        memGiB: spec.memGiB,
        // kafka.t3.small has no sizing-logic figures: its EC2 baselines stand in (SPEC §4.1).
        ebsThroughputMiBps: spec.awsSizingScriptEbsThroughputMiBps ?? spec.ebsBaselineMBps,
        nicThroughputMiBps: spec.awsSizingScriptNicThroughputMiBps ?? spec.networkBaselineGbps * MIBPS_PER_GBPS,
        isBurstable: burstable,
        recommendedMaxPartitions: spec.recommendedMaxPartitions,
        // The hard maximum is the docs' "maximum partitions for updates" (S8): 6000 for kafka.m5.24xlarge (SPEC §10.4).
        maxPartitions: spec.maxPartitionsForUpdates,
        provisionedThroughputEligible: spec.provisionedStorageThroughputEligible,
        // SPEC §4.1: "instanceEbs is the instance's EBS bandwidth and, for eligible sizes, the PST maximum" (AWS's
        // sizing logic); it equals the MSK docs' maximum for every size but kafka.m5.4xlarge (593.75 against 593).
        provisionedThroughputMaxMiBps: spec.provisionedStorageThroughputEligible
          ? (spec.awsSizingScriptEbsThroughputMiBps ?? spec.provisionedStorageThroughputMaxMiBps)
          : null,
        defaultVolumeThroughputMiBps: spec.defaultVolumeThroughputCapMiBps,
        // kafka.t3.small: `kraftSupported: false` in the data (and mskLimits.standard.t3SmallKraftSupported).
        kraftSupported: spec.kraftSupported ?? true,
        storageMinGiB: spec.storageMinGiB,
        storageMaxGiB: spec.storageMaxGiB,
      });
    } else {
      expressBrokers.push({
        instanceType,
        vcpu: spec.vcpu,
        memGiB: spec.memGiB,
        ingressSustainedMiBps: EXPRESS_SIZING_INGRESS_MIBPS[instanceType] ?? spec.ingressSustainedMBps,
        recommendedMaxPartitions: spec.recommendedMaxPartitions,
        maxPartitions: spec.maxPartitions,
      });
    }
  }
  const limits = data.mskLimits.serverless;
  return {
    asOf: asOfDate(data.asOf),
    asOfDetail: data.asOf,
    // Users see each source's short public citation; how the figures were collected stays in the data file.
    sources: data.sources.flatMap((s) =>
      s.crossCheckOnly === true || s.citation === null ? [] : [{ id: s.id, citation: s.citation, citationUrl: s.citationUrl ?? null }],
    ),
    priceList: priceListOffersOf(data.sources),
    regions: Object.fromEntries(Object.entries(data.regions).map(([code, r]) => [code, regionPricesFrom(code, r)])),
    standardBrokers,
    expressBrokers,
    ec2Types: Object.keys(data.ec2Instances),
    // The quotas' "MBps" are read as MiB/s, as AWS's sizing logic reads the sheet's MB/s (SPEC §1).
    serverlessLimits: {
      maxIngressMiBps: limits.ingressMBpsPerCluster,
      maxEgressMiBps: limits.egressMBpsPerCluster,
      maxPartitions: limits.maxPartitionsNonCompacted,
      maxIngressMiBpsPerPartition: limits.ingressMBpsPerPartition,
      maxEgressMiBpsPerPartition: limits.egressMBpsPerPartition,
    },
    zookeeperBrokerLimit: data.mskLimits.standard.brokersPerClusterZooKeeper,
    ...(data.kinesisLimits
      ? {
          kinesis: {
            regions: Object.fromEntries(Object.entries(data.regions).map(([code, r]) => [code, r.kinesis ?? null])),
            limits: data.kinesisLimits,
          },
        }
      : {}),
  };
}

/** A source written by `npm run prices:refresh` (src/data/refresh/refresh-metadata.ts). */
const priceListSourceSchema = z.object({
  offerCode: z.string(),
  publicationDate: z.string().min(10),
  refreshedOn: z.string().min(10),
  regions: z.array(z.string()),
  citation: z.string(),
});

function priceListOffersOf(sources: readonly unknown[]): PriceListOffer[] {
  return sources.flatMap((s) => {
    const parsed = priceListSourceSchema.safeParse(s);
    if (!parsed.success) return [];
    const p = parsed.data;
    return [
      {
        offerCode: p.offerCode,
        publishedOn: p.publicationDate.slice(0, 10),
        refreshedOn: p.refreshedOn,
        regions: p.regions.length,
        citation: p.citation,
      },
    ];
  });
}

/** Validates raw price data (e.g. the bundled JSON) and builds the price book; throws on bad data. */
export function loadPriceBook(raw: unknown): PriceBook {
  const parsed = priceDataSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new Error(`The price data is invalid: ${first}`);
  }
  return { ...priceBookFromData(parsed.data), replication: replicationPricesFromData(raw) };
}
