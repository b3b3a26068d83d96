/**
 * SPEC §14's mapping table, row by row: a usage type (after an optional `^[A-Z0-9]+-` prefix) and an
 * operation, with a bulk product's attributes where they matter, to one of our price keys.
 */
import { describe, expect, it } from 'vitest';
import type { OfferCode } from '../../../src/data/refresh/price-targets';
import { matchUsage, usageTypeSuffix, type UsageMatch } from '../../../src/data/refresh/usage-rules';

const KNOWN_BROKERS = new Set(['kafka.t3.small', 'kafka.m5.large', 'kafka.m7g.16xlarge', 'express.m7g.large']);
const KNOWN_EC2 = new Set(['t3.small', 'm5.large', 'm7g.large']);

/** EC2 Linux on shared tenancy, no pre-installed software, capacity used, in a region. */
const PLAIN_LINUX = {
  operatingSystem: 'Linux',
  tenancy: 'Shared',
  preInstalledSw: 'NA',
  capacitystatus: 'Used',
  marketoption: 'OnDemand',
  locationType: 'AWS Region',
};

function match(offer: OfferCode, usageType: string, operation = '', attributes: Record<string, string> = {}): readonly UsageMatch[] {
  return matchUsage({ offer, usageType, operation, attributes, knownBrokers: KNOWN_BROKERS, knownEc2: KNOWN_EC2 });
}

/** The key texts (dotted paths), units and scales a row sets. */
const keysOf = (matches: readonly UsageMatch[]) =>
  matches.map((m) => (m.kind === 'price' ? `${m.path.join('.')} ${m.unit} ×${m.scale}` : m.kind));

describe('the usage-type prefix', () => {
  it.each([
    ['USE2-Kafka.m5.large', 'Kafka.m5.large'],
    ['EU-Kafka.Storage.GP2', 'Kafka.Storage.GP2'],
    ['APS3-KafkaServerless-ClusterHours', 'KafkaServerless-ClusterHours'],
    ['BoxUsage:m5.large', 'BoxUsage:m5.large'],
    ['KafkaServerless-ClusterHours', 'KafkaServerless-ClusterHours'],
  ])('is dropped from %s, leaving %s', (usageType, suffix) => {
    expect(usageTypeSuffix(usageType)).toBe(suffix);
  });

  it('does not decide the mapping: us-east-1 (no prefix) and eu-west-1 (EU) map alike', () => {
    expect(keysOf(match('AmazonMSK', 'Kafka.m5.large', 'RunBroker'))).toEqual(keysOf(match('AmazonMSK', 'EU-Kafka.m5.large', 'RunBroker')));
  });
});

describe('AmazonMSK', () => {
  it.each([
    ['USE1-Kafka.m5.large', 'RunBroker', ['msk.brokers.kafka.m5.large hour ×1']],
    ['USE1-Kafka.t3.small', 'RunBroker', ['msk.brokers.kafka.t3.small hour ×1']],
    ['USE1-Kafka.m7g.16xlarge', 'RunBroker', ['msk.brokers.kafka.m7g.16xlarge hour ×1']],
    ['USE1-Express.m7g.large', 'RunBroker', ['msk.express.brokers.express.m7g.large hour ×1']],
    ['USE1-Express.Storage', 'Storage', ['msk.express.storagePerGbMonth gbMonth ×1']],
    ['USE1-Express.In-Bytes', 'Data-In', ['msk.express.dataInPerGb gb ×1']],
    ['USE1-Kafka.Storage.GP2', 'RunVolume', ['msk.storagePerGbMonth gbMonth ×1']],
    ['USE1-Kafka.Throughput', 'RunVolume', ['msk.provisionedThroughputPerMBpsMonth mibpsMonth ×1']],
    ['USE1-Kafka.Storage.Tiered', 'TieredStorage', ['msk.tieredStoragePerGbMonth gbMonth ×1']],
    ['USE1-Kafka.DataRetrieval.Tiered', 'TieredStorage', ['msk.tieredRetrievalPerGb gb ×1']],
    ['USE1-KafkaServerless-ClusterHours', 'Serverless', ['msk.serverless.clusterHour hour ×1']],
    ['USE1-KafkaServerless-PartitionHours', 'Serverless', ['msk.serverless.partitionHour hour ×1']],
    ['USE1-KafkaServerless-In-Bytes', 'Serverless', ['msk.serverless.dataInPerGb gb ×1']],
    ['USE1-KafkaServerless-Out-Bytes', 'Serverless', ['msk.serverless.dataOutPerGb gb ×1']],
    ['USE1-KafkaServerless-StorageHours', 'Serverless', ['msk.serverless.storagePerGbMonth gbMonth ×1']],
    ['USE1-Kafka.mcu.general', 'RunConnect', ['msk.connect.mcuHour hour ×1']],
    ['USE1-KafkaReplication-ReplicatorHours', 'RunReplicator', ['msk.replicator.hour hour ×1']],
    ['USE1-KafkaReplication-Processed-Bytes', 'SameRegionSource', ['msk.replicator.perGbSameRegion gb ×1']],
    ['USE1-KafkaReplication-Processed-Bytes', 'CrossRegionSourceLocal', ['msk.replicator.perGbCrossRegion gb ×1']],
    ['USE1-Kafka.PrivateConnectivityHours', 'PrivateConnectivity', ['msk.privateConnectivity.hourPerAuthScheme hour ×1']],
    ['USE1-Kafka.PrivateConnectivity.BytesProcessed', 'PrivateConnectivity', ['msk.privateConnectivity.perGbProcessed gb ×1']],
  ])('maps %s (%s)', (usageType, operation, keys) => {
    expect(keysOf(match('AmazonMSK', usageType, operation))).toEqual(keys);
  });

  it.each([
    ['a new broker family', 'USE1-Kafka.m8g.large', 'RunBroker'],
    ['a broker size the data does not know', 'USE1-Kafka.m5.48xlarge', 'RunBroker'],
    ['a new Express family', 'USE1-Express.m8g.large', 'RunBroker'],
    ['another Kafka usage type', 'USE1-Kafka.Storage.Express', 'RunVolume'],
  ])('lists %s (%s) as unmapped', (_what, usageType, operation) => {
    expect(keysOf(match('AmazonMSK', usageType, operation))).toEqual(['unmapped']);
  });

  it('ignores MSK rows that are neither Kafka nor Express (data transfer billed under MSK)', () => {
    expect(match('AmazonMSK', 'USE1-DataTransfer-Regional-Bytes', 'InterZone-In')).toEqual([]);
  });
});

describe('AmazonEC2', () => {
  it('maps BoxUsage:<type> of a known type on plain Linux to ec2.<type>', () => {
    expect(keysOf(match('AmazonEC2', 'USE2-BoxUsage:m5.large', 'RunInstances', PLAIN_LINUX))).toEqual(['ec2.m5.large hour ×1']);
  });

  it.each([
    ['tenancy Dedicated', { tenancy: 'Dedicated' }],
    ['operatingSystem Windows', { operatingSystem: 'Windows' }],
    ['operatingSystem RHEL', { operatingSystem: 'RHEL' }],
    ['pre-installed SQL Std', { preInstalledSw: 'SQL Std' }],
    ['capacitystatus UnusedCapacityReservation', { capacitystatus: 'UnusedCapacityReservation' }],
    ['capacitystatus AllocatedCapacityReservation', { capacitystatus: 'AllocatedCapacityReservation' }],
    ['a Local Zone', { locationType: 'AWS Local Zone' }],
    ['a Wavelength Zone', { locationType: 'AWS Wavelength Zone' }],
  ])('ignores BoxUsage with %s', (_what, overrides) => {
    expect(match('AmazonEC2', 'USE2-BoxUsage:m5.large', 'RunInstances', { ...PLAIN_LINUX, ...overrides })).toEqual([]);
  });

  it('ignores instance types the data does not know', () => {
    expect(match('AmazonEC2', 'USE2-BoxUsage:m8g.large', 'RunInstances', PLAIN_LINUX)).toEqual([]);
  });

  it.each([
    ['EBS:VolumeUsage.gp2', ['ebs.gp2PerGbMonth gbMonth ×1']],
    ['EBS:VolumeUsage.gp3', ['ebs.gp3PerGbMonth gbMonth ×1']],
    ['EBS:VolumeUsage.st1', ['ebs.st1PerGbMonth gbMonth ×1']],
    ['EBS:VolumeP-IOPS.gp3', ['ebs.gp3IopsPerIopsMonth iopsMonth ×1']],
    // Per GiBps-month as AWS lists it, and per MiB/s-month: ÷ 1,024.
    [
      'EBS:VolumeP-Throughput.gp3',
      ['ebs.gp3ThroughputPerGiBpsMonth_raw gibpsMonth ×1', `ebs.gp3ThroughputPerMiBpsMonth gibpsMonth ×${1 / 1024}`],
    ],
  ])('maps %s', (usageType, keys) => {
    expect(keysOf(match('AmazonEC2', `USE2-${usageType}`, '', { locationType: 'AWS Region' }))).toEqual(keys);
  });

  it('ignores other EBS volume types (io2, sc1)', () => {
    expect(match('AmazonEC2', 'USE2-EBS:VolumeUsage.piops', '', {})).toEqual([]);
    expect(match('AmazonEC2', 'USE2-EBS:VolumeUsage.sc1', '', {})).toEqual([]);
  });
});

describe('AWSDataTransfer', () => {
  it('maps IntraRegion DataTransfer-Regional-Bytes to crossAzPerGbEachDirection', () => {
    expect(keysOf(match('AWSDataTransfer', 'USE1-DataTransfer-Regional-Bytes', '', { transferType: 'IntraRegion' }))).toEqual([
      'dataTransfer.crossAzPerGbEachDirection gb ×1',
    ]);
  });

  it('takes every InterRegion Outbound row as one destination of the inter-region rates', () => {
    expect(match('AWSDataTransfer', 'USE1-USE2-AWS-Out-Bytes', '', { transferType: 'InterRegion Outbound' })).toEqual([
      { kind: 'inter-region', unit: 'gb' },
    ]);
  });

  it('ignores InterRegion Inbound rows', () => {
    expect(match('AWSDataTransfer', 'USE1-USE2-AWS-In-Bytes', '', { transferType: 'InterRegion Inbound' })).toEqual([]);
  });

  it('takes AWS Outbound DataTransfer-Out-Bytes as internet egress tiers', () => {
    expect(match('AWSDataTransfer', 'USE1-DataTransfer-Out-Bytes', '', { transferType: 'AWS Outbound' })).toEqual([
      { kind: 'internet-tier', unit: 'gb' },
    ]);
  });
});

describe('AmazonKinesis (section 15 keys)', () => {
  it.each([
    ['USE1-Storage-ShardHour', 'kinesis.provisioned.shardHour hour ×1'],
    // Per PUT payload unit in AWS's list, per million units in the data.
    ['USE1-PutRequestPayloadUnits', 'kinesis.provisioned.putPayloadUnitsPerMillion units ×1000000'],
    ['USE1-Extended-ShardHour', 'kinesis.provisioned.extendedRetentionShardHour hour ×1'],
    ['USE1-OnDemand-StreamHour', 'kinesis.onDemand.streamHour hour ×1'],
    ['USE1-OnDemand-BilledIncomingBytes', 'kinesis.onDemand.dataInPerGb gb ×1'],
    ['USE1-OnDemand-BilledOutgoingBytes', 'kinesis.onDemand.dataOutPerGb gb ×1'],
    ['USE1-OnDemand-BilledOutgoingEFOBytes', 'kinesis.onDemand.efoDataOutPerGb gb ×1'],
    ['USE1-LongTermRetention-ByteHrs', 'kinesis.provisioned.longTermRetentionPerGbMonth gbMonth ×1'],
    ['USE1-OnDemand-LongTermRetention-ByteHrs', 'kinesis.onDemand.longTermRetentionPerGbMonth gbMonth ×1'],
  ])('maps %s without confusing provisioned and on-demand namesakes', (usageType, key) => {
    expect(keysOf(match('AmazonKinesis', usageType))).toEqual([key]);
  });
});
