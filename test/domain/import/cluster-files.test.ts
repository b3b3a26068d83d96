/**
 * What describes the cluster itself (SPEC §13.3): `aws kafka describe-cluster-v2` gives `current.*`,
 * the AZ count and the region; the migrate-to-msk discovery file gives brokers, instance type,
 * topics, and per-broker throughput × brokers only as a fallback.
 */
import { describe, expect, it } from 'vitest';
import { importWorkload } from '../../../src/domain/import/import-workload';
import { codesOf, file, issueOf, metricDataText, mibps, stamps, valueOf } from './import-files';

function describeCluster(clusterInfo: Record<string, unknown>): string {
  return JSON.stringify(
    {
      ClusterInfo: {
        ClusterArn: 'arn:aws:kafka:eu-west-1:123456789012:cluster/orders/abcd-1234-5',
        ClusterName: 'orders',
        State: 'ACTIVE',
        ...clusterInfo,
      },
    },
    null,
    4,
  );
}

function provisioned(brokerNodeGroupInfo: Record<string, unknown>, brokers: number): Record<string, unknown> {
  return {
    ClusterType: 'PROVISIONED',
    Provisioned: {
      BrokerNodeGroupInfo: { BrokerAZDistribution: 'DEFAULT', SecurityGroups: ['sg-1'], ...brokerNodeGroupInfo },
      NumberOfBrokerNodes: brokers,
    },
  };
}

describe('describe-cluster-v2', () => {
  it('reads a Standard cluster: type, brokers, volume, provisioned throughput, AZs from subnets, region from the ARN', () => {
    const text = describeCluster(
      provisioned(
        {
          ClientSubnets: ['subnet-a', 'subnet-b', 'subnet-c'],
          InstanceType: 'kafka.m7g.xlarge',
          StorageInfo: { EbsStorageInfo: { VolumeSize: 2000, ProvisionedThroughput: { Enabled: true, VolumeThroughput: 250 } } },
        },
        9,
      ),
    );
    const result = importWorkload([file('cluster.json', text)]);
    expect(result.scenarioPatch).toEqual({
      region: 'eu-west-1',
      availabilityZones: 3,
      current: {
        deployment: 'msk-standard',
        instanceType: 'kafka.m7g.xlarge',
        brokers: 9,
        volumeGiBPerBroker: 2000,
        provisionedThroughputMiBps: 250,
      },
    });
    expect(result.derivations.find((d) => d.field === 'current.brokers')?.from).toBe(
      'cluster.json#ClusterInfo.Provisioned.NumberOfBrokerNodes',
    );
  });

  it('reads provisioned throughput that is off as null, and two subnets as two AZs', () => {
    const text = describeCluster(
      provisioned(
        { ClientSubnets: ['subnet-a', 'subnet-b'], InstanceType: 'kafka.m5.large', StorageInfo: { EbsStorageInfo: { VolumeSize: 100 } } },
        4,
      ),
    );
    expect(importWorkload([file('cluster.json', text)]).scenarioPatch).toMatchObject({
      availabilityZones: 2,
      current: { deployment: 'msk-standard', provisionedThroughputMiBps: null, volumeGiBPerBroker: 100 },
    });
  });

  it('tells Express by its instance type, without a volume', () => {
    const text = describeCluster(provisioned({ ClientSubnets: ['a', 'b', 'c'], InstanceType: 'express.m7g.large' }, 3));
    expect(importWorkload([file('express.json', text)]).scenarioPatch).toEqual({
      region: 'eu-west-1',
      availabilityZones: 3,
      current: { deployment: 'msk-express', instanceType: 'express.m7g.large', brokers: 3 },
    });
  });

  it('tells Serverless by ClusterType, without brokers or instance type', () => {
    const text = describeCluster({ ClusterType: 'SERVERLESS', Serverless: { VpcConfigs: [{ SubnetIds: ['a', 'b', 'c'] }] } });
    expect(importWorkload([file('serverless.json', text)]).scenarioPatch).toEqual({
      region: 'eu-west-1',
      current: { deployment: 'msk-serverless' },
    });
  });
});

/** The example of the skill's references/discovery.md, trimmed. */
const DISCOVERY = {
  cluster_name: 'orders-staging',
  source_type: 'self-managed',
  discovered_at: '2026-05-27T18:00:00Z',
  kafka: { version: '3.6.0', coordination_mechanism: 'KRaft' },
  topology: { num_brokers: 12, num_azs: 3, broker_instance_type: null },
  topics: [
    { name: 'orders', num_partitions: 24, replication_factor: 3, configs: { 'cleanup.policy': 'delete', 'retention.ms': '604800000' } },
    { name: 'audit', num_partitions: 8, replication_factor: 3, configs: { 'retention.ms': 259200000 } },
  ],
  broker_configs: {},
  security: { encryption_in_transit: 'TLS', authentication: 'SASL_SCRAM' },
  metrics: {
    source: 'manual',
    lookback_hours: 24,
    peak_bytes_in_per_broker_mbps: 142.7,
    peak_bytes_out_per_broker_mbps: 285.3,
    avg_bytes_in_per_broker_mbps: 78.4,
    avg_bytes_out_per_broker_mbps: 156.8,
    peak_connections_per_broker: 1240,
    peak_partitions_per_broker: 380,
  },
  iac_index: [],
};

describe('the migrate-to-msk discovery file', () => {
  it('reads brokers, topics, and per-broker throughput × brokers with a warning', () => {
    const result = importWorkload([file('cluster-config.json', JSON.stringify(DISCOVERY, null, 2))]);
    // 78.4 × 12 = 940.8; 142.7 × 12 = 1,712.4; 156.8 × 12 = 1,881.6; 285.3 × 12 = 3,423.6 (MB/s read as MiB/s, SPEC §1).
    expect(valueOf(result, 'avgIngressMiBps')).toBeCloseTo(940.8, 9);
    expect(valueOf(result, 'peakIngressMiBps')).toBeCloseTo(1712.4, 9);
    expect(valueOf(result, 'avgEgressMiBps')).toBeCloseTo(1881.6, 9);
    expect(valueOf(result, 'peakEgressMiBps')).toBeCloseTo(3423.6, 9);
    // Σ num_partitions = 24 + 8 = 32; RF 3; longest retention.ms 604,800,000 = 168 h.
    expect(result.scenarioPatch).toMatchObject({
      partitions: 32,
      replicationFactor: 3,
      retentionHours: 168,
      consumerGroups: null,
      current: { brokers: 12 },
    });
    expect(codesOf(result.warnings)).toEqual(expect.arrayContaining(['per-broker-times-count', 'consumer-groups-cleared']));
    // No instance type recorded: no deployment guessed; the AZ count and lookback are not imported from it.
    expect(result.scenarioPatch).not.toHaveProperty('availabilityZones');
    expect(valueOf(result, 'current.deployment')).toBeUndefined();
  });

  it('reads an MSK or EC2 instance type and the deployment it implies', () => {
    const ec2 = { ...DISCOVERY, topology: { num_brokers: 6, broker_instance_type: 'm5.2xlarge' } };
    const msk = { ...DISCOVERY, topology: { num_brokers: 6, broker_instance_type: 'kafka.m7g.large' } };
    expect(importWorkload([file('c.json', JSON.stringify(ec2))]).scenarioPatch).toMatchObject({
      current: { deployment: 'self-managed', instanceType: 'm5.2xlarge' },
    });
    expect(importWorkload([file('c.json', JSON.stringify(msk))]).scenarioPatch).toMatchObject({
      current: { deployment: 'msk-standard', instanceType: 'kafka.m7g.large' },
    });
  });

  it('is only a fallback: CloudWatch throughput wins, with a warning naming the discovery file', () => {
    // CloudWatch: one broker, 10 and 30 MiB/s → avg 20, peak 30.
    const cloudwatch = metricDataText([
      { id: 'in', label: 'BytesInPerSec', times: stamps('2026-11-01T00:00:00Z', 2), values: mibps([10, 30]) },
    ]);
    const result = importWorkload([file('cluster-config.json', JSON.stringify(DISCOVERY)), file('cw.json', cloudwatch)]);
    expect(result.scenarioPatch).toMatchObject({ avgIngressMiBps: 20, peakIngressMiBps: 30 });
    expect(issueOf(result.warnings, 'precedence')?.message).toContain('the migration discovery file (cluster-config.json) gave 940.8');
  });

  it('names a topic entry without num_partitions', () => {
    const broken = { ...DISCOVERY, topics: [{ name: 'x', replication_factor: 3, configs: {} }] };
    expect(importWorkload([file('c.json', JSON.stringify(broken))]).errors).toEqual([
      expect.objectContaining({ code: 'topic-line-incomplete', field: 'topics[0]' }),
    ]);
  });
});
