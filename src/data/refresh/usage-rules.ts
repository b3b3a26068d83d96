/**
 * SPEC §14's mapping: a usage type (after an optional `^[A-Z0-9]+-` region prefix) and an operation
 * to one of our price keys. The region never comes from the prefix (EU is eu-west-1, APS3 is
 * ap-south-1, us-east-1 has none): readers take it from `regionCode` or the location.
 */
import type { OfferCode, PricePath, UnitFamily } from './price-targets';

/** What a row of an offer means for our data. */
export type UsageMatch =
  | {
      readonly kind: 'price';
      readonly path: PricePath;
      readonly unit: UnitFamily;
      readonly scale: number;
      /** Matched by words, not by a usage type we have seen (On-demand Advantage): a row that does not fit is unmapped, never a failure. */
      readonly guess?: true;
    }
  /** One destination's inter-region rate; the usual rate and the exceptions are derived from all of them. */
  | { readonly kind: 'inter-region'; readonly unit: UnitFamily }
  /** One tier of internet egress, by its beginRange/endRange. */
  | { readonly kind: 'internet-tier'; readonly unit: UnitFamily }
  /** A Kafka or Express usage type we have no key for: a new offering to look at. */
  | { readonly kind: 'unmapped' };

export interface UsageFacts {
  readonly offer: OfferCode;
  /** The usage type as AWS writes it, prefix included. */
  readonly usageType: string;
  readonly operation: string;
  /** Product attributes (bulk files); empty for pricing-page rows, which carry only usage type and operation. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Broker types and EC2 types our data knows (its `instances` and `ec2Instances`). */
  readonly knownBrokers: ReadonlySet<string>;
  readonly knownEc2: ReadonlySet<string>;
}

/** The usage type without its region prefix ("USE2-Kafka.m5.large" → "Kafka.m5.large"). */
export function usageTypeSuffix(usageType: string): string {
  return usageType.replace(/^[A-Z0-9]+-/, '');
}

const price = (path: PricePath, unit: UnitFamily, scale = 1): UsageMatch => ({ kind: 'price', path, unit, scale });

const MSK_FIXED: Readonly<Record<string, UsageMatch>> = {
  'Express.Storage': price(['msk', 'express', 'storagePerGbMonth'], 'gbMonth'),
  'Express.In-Bytes': price(['msk', 'express', 'dataInPerGb'], 'gb'),
  'Kafka.Storage.GP2': price(['msk', 'storagePerGbMonth'], 'gbMonth'),
  'Kafka.Throughput': price(['msk', 'provisionedThroughputPerMBpsMonth'], 'mibpsMonth'),
  'Kafka.Storage.Tiered': price(['msk', 'tieredStoragePerGbMonth'], 'gbMonth'),
  'Kafka.DataRetrieval.Tiered': price(['msk', 'tieredRetrievalPerGb'], 'gb'),
  'KafkaServerless-ClusterHours': price(['msk', 'serverless', 'clusterHour'], 'hour'),
  'KafkaServerless-PartitionHours': price(['msk', 'serverless', 'partitionHour'], 'hour'),
  'KafkaServerless-In-Bytes': price(['msk', 'serverless', 'dataInPerGb'], 'gb'),
  'KafkaServerless-Out-Bytes': price(['msk', 'serverless', 'dataOutPerGb'], 'gb'),
  // AWS bills Serverless storage per GB-month (msk/pricing: "Storage GiB-month $0.10").
  'KafkaServerless-StorageHours': price(['msk', 'serverless', 'storagePerGbMonth'], 'gbMonth'),
  'Kafka.mcu.general': price(['msk', 'connect', 'mcuHour'], 'hour'),
  'KafkaReplication-ReplicatorHours': price(['msk', 'replicator', 'hour'], 'hour'),
  'Kafka.PrivateConnectivityHours': price(['msk', 'privateConnectivity', 'hourPerAuthScheme'], 'hour'),
  'Kafka.PrivateConnectivity.BytesProcessed': price(['msk', 'privateConnectivity', 'perGbProcessed'], 'gb'),
};

function mskMatch(suffix: string, facts: UsageFacts): UsageMatch | null {
  const broker = /^(Kafka|Express)\.(t3|m5|m7g)\.(\w+)$/.exec(suffix);
  if (broker && facts.operation === 'RunBroker') {
    const [, kind, family, size] = broker;
    const type = `${kind === 'Kafka' ? 'kafka' : 'express'}.${family ?? ''}.${size ?? ''}`;
    if (!facts.knownBrokers.has(type)) return { kind: 'unmapped' };
    return price(kind === 'Kafka' ? ['msk', 'brokers', type] : ['msk', 'express', 'brokers', type], 'hour');
  }
  if (suffix === 'KafkaReplication-Processed-Bytes') {
    if (facts.operation === 'SameRegionSource') return price(['msk', 'replicator', 'perGbSameRegion'], 'gb');
    if (facts.operation === 'CrossRegionSourceLocal') return price(['msk', 'replicator', 'perGbCrossRegion'], 'gb');
  }
  const fixed = MSK_FIXED[suffix];
  if (fixed) return fixed;
  return /^(Kafka|Express)/.test(suffix) ? { kind: 'unmapped' } : null;
}

const EBS: Readonly<Record<string, readonly UsageMatch[]>> = {
  'EBS:VolumeUsage.gp2': [price(['ebs', 'gp2PerGbMonth'], 'gbMonth')],
  'EBS:VolumeUsage.gp3': [price(['ebs', 'gp3PerGbMonth'], 'gbMonth')],
  'EBS:VolumeUsage.st1': [price(['ebs', 'st1PerGbMonth'], 'gbMonth')],
  'EBS:VolumeP-IOPS.gp3': [price(['ebs', 'gp3IopsPerIopsMonth'], 'iopsMonth')],
  // AWS lists gp3 throughput per GiBps-month; the engine reads it per MiB/s-month (÷ 1,024).
  'EBS:VolumeP-Throughput.gp3': [
    price(['ebs', 'gp3ThroughputPerGiBpsMonth_raw'], 'gibpsMonth'),
    price(['ebs', 'gp3ThroughputPerMiBpsMonth'], 'gibpsMonth', 1 / 1024),
  ],
};

/** EC2 on-demand Linux on shared tenancy, no pre-installed software, capacity used (SPEC §14). */
function isPlainLinux(attributes: Readonly<Record<string, string>>): boolean {
  return (
    attributes['operatingSystem'] === 'Linux' &&
    attributes['tenancy'] === 'Shared' &&
    attributes['preInstalledSw'] === 'NA' &&
    attributes['capacitystatus'] === 'Used' &&
    (attributes['marketoption'] ?? 'OnDemand') === 'OnDemand'
  );
}

function ec2Matches(suffix: string, facts: UsageFacts): readonly UsageMatch[] {
  // Local Zones and Wavelength Zones price under their parent region's code: keep the region's own.
  if ((facts.attributes['locationType'] ?? 'AWS Region') !== 'AWS Region') return [];
  const box = /^BoxUsage:(.+)$/.exec(suffix);
  if (box) {
    const type = box[1] ?? '';
    return facts.knownEc2.has(type) && isPlainLinux(facts.attributes) ? [price(['ec2', type], 'hour')] : [];
  }
  return EBS[suffix] ?? [];
}

function dataTransferMatch(suffix: string, facts: UsageFacts): UsageMatch | null {
  const transferType = facts.attributes['transferType'] ?? '';
  // Transfer from or to a Local Zone, Wavelength Zone or outpost is priced apart from its region's.
  const regionToRegion = ['fromLocationType', 'toLocationType'].every((k) => {
    const type = facts.attributes[k];
    return type === undefined || type === 'AWS Region' || (k === 'toLocationType' && type === 'Other');
  });
  if (!regionToRegion) return null;
  if (suffix === 'DataTransfer-Regional-Bytes' && (transferType === '' || transferType === 'IntraRegion'))
    return price(['dataTransfer', 'crossAzPerGbEachDirection'], 'gb');
  if (transferType === 'InterRegion Outbound') return { kind: 'inter-region', unit: 'gb' };
  if (suffix === 'DataTransfer-Out-Bytes' && (transferType === '' || transferType === 'AWS Outbound'))
    return { kind: 'internet-tier', unit: 'gb' };
  return null;
}

const KINESIS: Readonly<Record<string, UsageMatch>> = {
  'Storage-ShardHour': price(['kinesis', 'provisioned', 'shardHour'], 'hour'),
  // AWS lists the price per PUT payload unit; the data keeps it per million units.
  PutRequestPayloadUnits: price(['kinesis', 'provisioned', 'putPayloadUnitsPerMillion'], 'units', 1_000_000),
  'Extended-ShardHour': price(['kinesis', 'provisioned', 'extendedRetentionShardHour'], 'hour'),
  'LongTermRetention-ByteHrs': price(['kinesis', 'provisioned', 'longTermRetentionPerGbMonth'], 'gbMonth'),
  'LongTermRetention-ReadBytes': price(['kinesis', 'provisioned', 'longTermRetrievalPerGb'], 'gb'),
  EnhancedFanoutHour: price(['kinesis', 'provisioned', 'efoConsumerShardHour'], 'hour'),
  ReadBytes: price(['kinesis', 'provisioned', 'efoPerGb'], 'gb'),
  'OnDemand-StreamHour': price(['kinesis', 'onDemand', 'streamHour'], 'hour'),
  'OnDemand-BilledIncomingBytes': price(['kinesis', 'onDemand', 'dataInPerGb'], 'gb'),
  'OnDemand-BilledOutgoingBytes': price(['kinesis', 'onDemand', 'dataOutPerGb'], 'gb'),
  'OnDemand-BilledOutgoingEFOBytes': price(['kinesis', 'onDemand', 'efoDataOutPerGb'], 'gb'),
  'OnDemand-ExtendedRetention-ByteHrs': price(['kinesis', 'onDemand', 'extendedRetentionPerGbMonth'], 'gbMonth'),
  'OnDemand-LongTermRetention-ByteHrs': price(['kinesis', 'onDemand', 'longTermRetentionPerGbMonth'], 'gbMonth'),
};

/**
 * On-demand Advantage usage types are not in any copy of the price data we have seen (aws-prices.md,
 * S23): they are recognised by "Advantage" and the same words as on-demand standard's.
 */
function kinesisAdvantageMatch(suffix: string): UsageMatch | null {
  if (!/Advantage/i.test(suffix)) return null;
  const guess = (key: string, unit: UnitFamily): UsageMatch => ({
    kind: 'price',
    path: ['kinesis', 'onDemandAdvantage', key],
    unit,
    scale: 1,
    guess: true,
  });
  // Reads of data older than 7 days and long-term retention have no key of ours: listed, not guessed.
  if (/ReadBytes|LongTerm|LTRetention/i.test(suffix)) return { kind: 'unmapped' };
  if (/EFO/i.test(suffix)) return guess('efoDataOutPerGb', 'gb');
  if (/Incoming|Ingest/i.test(suffix)) return guess('dataInPerGb', 'gb');
  if (/Outgoing|Retrieval/i.test(suffix)) return guess('dataOutPerGb', 'gb');
  if (/Retention/i.test(suffix)) return guess('retentionPerGbMonth', 'gbMonth');
  return { kind: 'unmapped' };
}

function kinesisMatch(suffix: string): UsageMatch | null {
  // Provisioned rows must not be confused with their on-demand namesakes: match the whole suffix.
  return KINESIS[suffix] ?? kinesisAdvantageMatch(suffix);
}

/** The keys a row sets (none when it is not one of ours). */
export function matchUsage(facts: UsageFacts): readonly UsageMatch[] {
  const suffix = usageTypeSuffix(facts.usageType);
  const one = (m: UsageMatch | null) => (m ? [m] : []);
  switch (facts.offer) {
    case 'AmazonMSK':
      return one(mskMatch(suffix, facts));
    case 'AmazonEC2':
      return ec2Matches(suffix, facts);
    case 'AWSDataTransfer':
      return one(dataTransferMatch(suffix, facts));
    case 'AmazonKinesis':
      return one(kinesisMatch(suffix));
  }
}
