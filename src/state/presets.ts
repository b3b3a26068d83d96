/**
 * Typical workloads to start from. Figures are illustrative starting points, not AWS data: a user
 * picks one and then types their own numbers.
 */
export interface Preset {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly scenario: Readonly<Record<string, unknown>>;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'log-analytics',
    label: 'Log analytics',
    description: 'High ingress, two consumer groups, 3 days on disk, 30 days tiered.',
    scenario: {
      name: 'Log analytics',
      avgIngressMiBps: 150,
      peakIngressMiBps: 300,
      avgEgressMiBps: 300,
      peakEgressMiBps: 600,
      retentionHours: 720,
      localRetentionHours: 72,
      partitions: 1200,
    },
  },
  {
    id: 'iot-telemetry',
    label: 'IoT telemetry',
    description: 'Many small messages, bursty peaks, one week retention.',
    scenario: {
      name: 'IoT telemetry',
      avgIngressMiBps: 40,
      peakIngressMiBps: 120,
      avgEgressMiBps: 80,
      peakEgressMiBps: 240,
      retentionHours: 168,
      partitions: 2000,
    },
  },
  {
    id: 'cdc',
    label: 'Change data capture',
    description: 'Database change streams read by several services, two weeks retention.',
    scenario: {
      name: 'Change data capture',
      avgIngressMiBps: 10,
      peakIngressMiBps: 30,
      avgEgressMiBps: 40,
      peakEgressMiBps: 120,
      retentionHours: 336,
      partitions: 600,
    },
  },
  {
    id: 'dev',
    label: 'Development cluster',
    description: 'Small, 2 AZs, one day retention; T3 brokers fit here.',
    scenario: {
      name: 'Development cluster',
      avgIngressMiBps: 1,
      peakIngressMiBps: 2,
      avgEgressMiBps: 2,
      peakEgressMiBps: 4,
      retentionHours: 24,
      partitions: 50,
      availabilityZones: 2,
      replicationFactor: 2,
    },
  },
  {
    id: 'dr-standby',
    label: 'DR standby in another region',
    description: 'A production cluster in us-east-1 mirrored to a standby in us-west-2 (active-passive).',
    scenario: {
      name: 'DR standby in another region',
      avgIngressMiBps: 50,
      peakIngressMiBps: 100,
      avgEgressMiBps: 100,
      peakEgressMiBps: 200,
      retentionHours: 168,
      partitions: 600,
      replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
    },
  },
  {
    id: 'migrate-to-msk',
    label: 'Migrate self-managed Kafka to MSK',
    description: 'Existing data copied once, both clusters running for six weeks, in the same region.',
    scenario: {
      name: 'Migrate self-managed Kafka to MSK',
      avgIngressMiBps: 30,
      peakIngressMiBps: 60,
      avgEgressMiBps: 90,
      peakEgressMiBps: 180,
      retentionHours: 168,
      partitions: 900,
      replication: {
        pattern: 'migration',
        targetRegion: 'us-east-1',
        migrationWeeks: 6,
        copyExistingData: true,
        sourceKind: 'self-managed',
      },
    },
  },
  {
    id: 'active-active',
    label: 'Active-active across two regions',
    description: "Both regions take writes and read each other's, with prefixed topic names (eu-west-1 and eu-central-1).",
    scenario: {
      name: 'Active-active across two regions',
      region: 'eu-west-1',
      avgIngressMiBps: 20,
      peakIngressMiBps: 40,
      avgEgressMiBps: 40,
      peakEgressMiBps: 80,
      retentionHours: 72,
      partitions: 300,
      replication: { pattern: 'active-active', targetRegion: 'eu-central-1' },
    },
  },
  {
    id: 'startup-growth',
    label: 'Start-up growing 6 % a month',
    description: 'Peak ingress 25 MiB/s today, somewhere between 12 and 60; growth 2–10 % a month, 6 % likely, over two years.',
    scenario: {
      name: 'Start-up growing 6 % a month',
      avgIngressMiBps: 10,
      peakIngressMiBps: 25,
      avgEgressMiBps: 20,
      peakEgressMiBps: 50,
      retentionHours: 168,
      partitions: 300,
      uncertainty: {
        peakIngressMiBps: { low: 12, high: 60 },
        egressToIngress: { low: 1, high: 4 },
        partitions: { low: 200, high: 600 },
        monthlyGrowthPct: { low: 2, likely: 6, high: 10 },
        horizonMonths: 24,
      },
    },
  },
  {
    id: 'right-size',
    label: 'Right-size 9 × kafka.m7g.xlarge',
    description: 'The cluster you run today against its workload: 9 M7g xlarge brokers with 2,000 GiB each, CPU at 24 % at peak.',
    scenario: {
      name: 'Right-size 9 × kafka.m7g.xlarge',
      avgIngressMiBps: 10,
      peakIngressMiBps: 40,
      avgEgressMiBps: 20,
      peakEgressMiBps: 80,
      retentionHours: 24,
      partitions: 1400,
      provisionedThroughputMiBps: null,
      current: {
        deployment: 'msk-standard',
        instanceType: 'kafka.m7g.xlarge',
        brokers: 9,
        volumeGiBPerBroker: 2000,
        observed: { cpuPeakPct: 24 },
      },
    },
  },
];
