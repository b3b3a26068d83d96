/**
 * `aws kafka describe-cluster-v2` output (SPEC §13.3): `current.*` from
 * `Provisioned.BrokerNodeGroupInfo` and `NumberOfBrokerNodes` (Express told apart by its instance
 * type, Serverless by `ClusterType`), `availabilityZones` from the broker subnets, and `region`
 * from the cluster ARN, the only place the import takes a region from. The v1 `describe-cluster`
 * shape (the same keys straight under `ClusterInfo`) is read alike.
 */
import type { Candidate, ImportValue } from './import-types';
import type { IssueLog } from './issue-log';
import { isRecord, ownArray, ownRecord, ownString, ownValue } from './json-text';

export function isDescribeCluster(json: unknown): boolean {
  return isRecord(json) && isRecord(ownValue(json, 'ClusterInfo'));
}

type Deployment = 'msk-standard' | 'msk-express' | 'msk-serverless';

/** "arn:aws:kafka:eu-west-1:123456789012:cluster/orders/…" → "eu-west-1". */
export function regionOfArn(arn: string): string | undefined {
  const region = arn.split(':')[3] ?? '';
  return /^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$/.test(region) ? region : undefined;
}

function deploymentOf(clusterType: string | undefined, instanceType: string | undefined): Deployment | undefined {
  if (clusterType === 'SERVERLESS') return 'msk-serverless';
  if (instanceType?.startsWith('express.')) return 'msk-express';
  if (instanceType?.startsWith('kafka.')) return 'msk-standard';
  return undefined;
}

interface Reader {
  readonly file: string;
  readonly candidates: Candidate[];
}

function add(reader: Reader, field: string, value: ImportValue, key: string, method: string): void {
  reader.candidates.push({ field, value, from: `${reader.file}#${key}`, method, source: 'describe-cluster', file: reader.file });
}

export function readDescribeCluster(json: Readonly<Record<string, unknown>>, file: string, log: IssueLog): Candidate[] {
  const info = ownRecord(json, 'ClusterInfo') ?? {};
  const reader: Reader = { file, candidates: [] };
  const arn = ownString(info, 'ClusterArn');
  const region = arn === undefined ? undefined : regionOfArn(arn);
  if (region) add(reader, 'region', region, 'ClusterInfo.ClusterArn', 'the region in the cluster ARN');
  const provisioned = ownRecord(info, 'Provisioned');
  const base = provisioned ? 'ClusterInfo.Provisioned' : 'ClusterInfo';
  const holder = provisioned ?? info;
  const group = ownRecord(holder, 'BrokerNodeGroupInfo');
  const instanceType = group ? ownString(group, 'InstanceType') : undefined;
  const deployment = deploymentOf(ownString(info, 'ClusterType'), instanceType);
  if (!deployment) {
    log.warn({
      code: 'value-not-imported',
      file,
      field: `${base}.BrokerNodeGroupInfo.InstanceType`,
      message: 'neither a Serverless ClusterType nor a kafka.* or express.* instance type: the current cluster is not imported',
    });
    return reader.candidates;
  }
  add(
    reader,
    'current.deployment',
    deployment,
    deployment === 'msk-serverless' ? 'ClusterInfo.ClusterType' : `${base}.BrokerNodeGroupInfo.InstanceType`,
    'the cluster type, and Express told apart by its express.* instance type',
  );
  if (deployment === 'msk-serverless' || !group || instanceType === undefined) return reader.candidates;
  add(reader, 'current.instanceType', instanceType, `${base}.BrokerNodeGroupInfo.InstanceType`, 'the broker instance type');
  readBrokers(reader, holder, base, log);
  if (deployment === 'msk-standard') readStorage(reader, group, `${base}.BrokerNodeGroupInfo`);
  readZones(reader, group, `${base}.BrokerNodeGroupInfo`, log);
  return reader.candidates;
}

function readBrokers(reader: Reader, holder: Readonly<Record<string, unknown>>, base: string, log: IssueLog): void {
  const brokers = ownValue(holder, 'NumberOfBrokerNodes');
  if (typeof brokers === 'number' && Number.isInteger(brokers) && brokers >= 1) {
    add(reader, 'current.brokers', brokers, `${base}.NumberOfBrokerNodes`, 'the number of broker nodes');
  } else if (brokers !== undefined) {
    log.error({
      code: 'non-numeric-value',
      file: reader.file,
      field: `${base}.NumberOfBrokerNodes`,
      message: `${base}.NumberOfBrokerNodes is not a whole number of brokers`,
    });
  }
}

/** EBS volume per broker and provisioned storage throughput (null when off), Standard brokers only. */
function readStorage(reader: Reader, group: Readonly<Record<string, unknown>>, base: string): void {
  const ebs = ownRecord(ownRecord(group, 'StorageInfo') ?? {}, 'EbsStorageInfo');
  if (!ebs) return;
  const volume = ownValue(ebs, 'VolumeSize');
  if (typeof volume === 'number' && Number.isFinite(volume) && volume > 0) {
    add(
      reader,
      'current.volumeGiBPerBroker',
      volume,
      `${base}.StorageInfo.EbsStorageInfo.VolumeSize`,
      'the EBS volume size per broker, GiB',
    );
  }
  const throughput = ownRecord(ebs, 'ProvisionedThroughput');
  const rate = throughput ? ownValue(throughput, 'VolumeThroughput') : undefined;
  const enabled = throughput ? ownValue(throughput, 'Enabled') === true : false;
  const key = `${base}.StorageInfo.EbsStorageInfo.ProvisionedThroughput`;
  if (enabled && typeof rate === 'number' && Number.isFinite(rate)) {
    add(reader, 'current.provisionedThroughputMiBps', rate, key, 'provisioned storage throughput per broker, MiB/s');
  } else {
    add(reader, 'current.provisionedThroughputMiBps', null, key, 'provisioned storage throughput is off (or not given)');
  }
}

/** One client subnet per Availability Zone: 2 or 3 subnets give the AZ count (SPEC §13.3). */
function readZones(reader: Reader, group: Readonly<Record<string, unknown>>, base: string, log: IssueLog): void {
  const subnets = ownArray(group, 'ClientSubnets');
  if (!subnets) return;
  if (subnets.length === 2 || subnets.length === 3) {
    add(
      reader,
      'availabilityZones',
      subnets.length,
      `${base}.ClientSubnets`,
      `${subnets.length} broker subnets, one per Availability Zone`,
    );
  } else {
    log.warn({
      code: 'value-not-imported',
      file: reader.file,
      field: 'availabilityZones',
      message: `${subnets.length} broker subnets: a scenario holds 2 or 3 Availability Zones`,
    });
  }
}
