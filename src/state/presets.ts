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
    scenario: { name: 'Log analytics', avgIngressMiBps: 150, peakIngressMiBps: 300, avgEgressMiBps: 300, peakEgressMiBps: 600, retentionHours: 720, localRetentionHours: 72, partitions: 1200 },
  },
  {
    id: 'iot-telemetry',
    label: 'IoT telemetry',
    description: 'Many small messages, bursty peaks, one week retention.',
    scenario: { name: 'IoT telemetry', avgIngressMiBps: 40, peakIngressMiBps: 120, avgEgressMiBps: 80, peakEgressMiBps: 240, retentionHours: 168, partitions: 2000 },
  },
  {
    id: 'cdc',
    label: 'Change data capture',
    description: 'Database change streams read by several services, two weeks retention.',
    scenario: { name: 'Change data capture', avgIngressMiBps: 10, peakIngressMiBps: 30, avgEgressMiBps: 40, peakEgressMiBps: 120, retentionHours: 336, partitions: 600 },
  },
  {
    id: 'dev',
    label: 'Development cluster',
    description: 'Small, 2 AZs, one day retention; T3 brokers fit here.',
    scenario: { name: 'Development cluster', avgIngressMiBps: 1, peakIngressMiBps: 2, avgEgressMiBps: 2, peakEgressMiBps: 4, retentionHours: 24, partitions: 50, availabilityZones: 2, replicationFactor: 2 },
  },
];
