/**
 * SPEC §13.2's worked example, written out from the spec: the workload (10/40 MiB/s in, 20/80 out,
 * RF 3, 24 h, 1,400 partitions, PST off, 3 AZs) and the cluster run today (9 × kafka.m7g.xlarge,
 * 2,000 GiB each, CPU peak 24 %).
 */
export const RIGHT_SIZE_WORKLOAD = {
  avgIngressMiBps: 10,
  peakIngressMiBps: 40,
  avgEgressMiBps: 20,
  peakEgressMiBps: 80,
  replicationFactor: 3,
  retentionHours: 24,
  partitions: 1400,
  provisionedThroughputMiBps: null,
  availabilityZones: 3,
} as const;

export const NINE_XLARGE = {
  deployment: 'msk-standard',
  instanceType: 'kafka.m7g.xlarge',
  brokers: 9,
  volumeGiBPerBroker: 2000,
  observed: { cpuPeakPct: 24 },
} as const;
