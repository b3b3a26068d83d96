/**
 * zod schema of `aws-prices.json` (copied from shared/data; sources S1–S19 inside it). Loading the
 * file through it proves every figure is a number or an explicit null before the engine sees it.
 */
import '../domain/zod-setup';
import { z } from 'zod';

const price = z.number().nonnegative().nullable();
const priceMap = z.record(z.string(), price);

const regionSchema = z.object({
  name: z.string(),
  msk: z.object({
    brokers: priceMap,
    storagePerGbMonth: price,
    provisionedThroughputPerMBpsMonth: price,
    tieredStoragePerGbMonth: price,
    express: z.object({ brokers: priceMap, storagePerGbMonth: price, dataInPerGb: price }),
    serverless: z.object({ clusterHour: price, partitionHour: price, dataInPerGb: price, dataOutPerGb: price, storagePerGbMonth: price }),
  }),
  ec2: priceMap,
  ebs: z.object({ gp3PerGbMonth: price, gp3ThroughputPerMiBpsMonth: price, gp3IncludedMiBps: price }),
  dataTransfer: z.object({ crossAzPerGbEachDirection: price }),
  // SPEC §15 (aws-prices.md §10): a mode with no price at all may be null as a whole.
  kinesis: z
    .object({
      provisioned: z
        .object({
          shardHour: price,
          putPayloadUnitsPerMillion: price,
          extendedRetentionShardHour: price,
          longTermRetentionPerGbMonth: price,
          longTermRetrievalPerGb: price,
          efoConsumerShardHour: price,
          efoPerGb: price,
        })
        .nullable(),
      onDemand: z
        .object({
          streamHour: price,
          dataInPerGb: price,
          dataOutPerGb: price,
          efoDataOutPerGb: price,
          extendedRetentionPerGbMonth: price,
          longTermRetentionPerGbMonth: price,
        })
        .nullable(),
      onDemandAdvantage: z
        .object({ dataInPerGb: price, dataOutPerGb: price, efoDataOutPerGb: price, retentionPerGbMonth: price })
        .nullable(),
    })
    .nullable()
    .optional(),
});

const regionalLimit = z.object({ default: z.number().positive() }).catchall(z.number().positive());

/** Kinesis quotas (S22), the subset pricing reads. */
const kinesisLimitsSchema = z.object({
  perShard: z
    .object({
      writeMiBps: z.number().positive(),
      writeRecordsPerSec: z.number().positive(),
      readMiBps: z.number().positive(),
      getRecordsPerSec: z.number().positive(),
    })
    .loose(),
  enhancedFanOut: z
    .object({ maxConsumersPerStream: z.number().int().positive(), maxConsumersPerStreamOnDemandAdvantage: z.number().int().positive() })
    .loose(),
  onDemand: z
    .object({
      maxStreamWriteMBps: regionalLimit,
      maxStreamReadMBps: regionalLimit,
      maxStreamWriteMBpsOnRequest: z.number().positive(),
      maxStreamReadMBpsOnRequest: z.number().positive(),
    })
    .loose(),
  provisioned: z
    .object({
      shardsPerAccountDefault: z.record(z.string(), z.number().int().positive()),
      shardsPerAccountDefaultOtherRegions: z.array(z.number().int().positive()),
    })
    .optional(),
  retentionHoursMin: z.number().positive(),
  retentionHoursMax: z.number().positive(),
});

const standardInstanceSchema = z.object({
  brokerType: z.literal('standard'),
  ec2Type: z.string(),
  vcpu: z.number().int().positive(),
  memGiB: z.number().positive(),
  networkBaselineGbps: z.number().positive(),
  ebsBaselineMBps: z.number().positive(),
  recommendedMaxPartitions: z.number().int().positive(),
  maxPartitionsForUpdates: z.number().int().positive(),
  provisionedStorageThroughputEligible: z.boolean(),
  awsSizingScriptEbsThroughputMiBps: z.number().positive().nullable(),
  awsSizingScriptNicThroughputMiBps: z.number().positive().nullable(),
  provisionedStorageThroughputMaxMiBps: z.number().positive().nullable(),
  defaultVolumeThroughputCapMiBps: z.number().positive(),
  kraftSupported: z.boolean().optional(),
  storageMinGiB: z.number().positive(),
  storageMaxGiB: z.number().positive(),
});

const expressInstanceSchema = z.object({
  brokerType: z.literal('express'),
  vcpu: z.number().int().positive(),
  memGiB: z.number().positive(),
  ingressSustainedMBps: z.number().positive(),
  recommendedMaxPartitions: z.number().int().positive(),
  maxPartitions: z.number().int().positive(),
});

export const priceDataSchema = z.object({
  asOf: z.string().min(10),
  currency: z.literal('USD'),
  hoursPerMonth: z.literal(730),
  sources: z.array(
    z
      .object({
        id: z.string(),
        what: z.string(),
        repo: z.string().optional(),
        path: z.string().optional(),
        url: z.string().optional(),
        note: z.string().optional(),
        reflects: z.string().optional(),
        /** The short public citation users see; null for sources that only corroborate others. */
        citation: z.string().nullable(),
        citationUrl: z.string().url().optional(),
        crossCheckOnly: z.boolean().optional(),
      })
      .loose(),
  ),
  regions: z.record(z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/), regionSchema),
  instances: z.record(z.string(), z.discriminatedUnion('brokerType', [standardInstanceSchema, expressInstanceSchema])),
  ec2Instances: z.record(z.string(), z.object({ vcpu: z.number().int().positive(), memGiB: z.number().positive() }).loose()),
  kinesisLimits: kinesisLimitsSchema.optional(),
  mskLimits: z
    .object({
      standard: z
        .object({
          brokersPerClusterZooKeeper: z.number().int().positive(),
          brokersPerClusterKRaft: z.number().int().positive(),
          pstMinMiBps: z.number().positive(),
          pstDefaultMiBps: z.number().positive(),
          t3SmallKraftSupported: z.boolean(),
        })
        .loose(),
      serverless: z
        .object({
          ingressMBpsPerCluster: z.number().positive(),
          egressMBpsPerCluster: z.number().positive(),
          maxPartitionsNonCompacted: z.number().int().positive(),
          ingressMBpsPerPartition: z.number().positive(),
          egressMBpsPerPartition: z.number().positive(),
        })
        .loose(),
    })
    .loose(),
});

export type PriceData = z.infer<typeof priceDataSchema>;
