/** Workload figures (SPEC §3): cluster totals that do not depend on the instance type. */
import { DEFAULT_LAGGING_READ_FACTOR, EBS_IO_SIZE_KIB } from './assumptions';
import type { CrossAzGiBPerMonth, WorkloadFigures } from './result';
import type { Scenario } from './scenario';
import { mibpsForHoursToGib, mibpsToGibPerMonth, mibpsToKibps } from './units';

/**
 * Replicas of one partition that cross an AZ boundary when its leader sends to followers:
 * `RF − Σnᵢ²/RF`, with the RF replicas spread as evenly as possible over the AZs
 * (RF3/AZ3 → 2, RF3/AZ2 → 4/3, RF2/AZ3 → 1, RF1 → 0; SPEC §3).
 */
export function crossAzReplicaShare(replicationFactor: number, availabilityZones: number): number {
  const base = Math.floor(replicationFactor / availabilityZones);
  const extra = replicationFactor % availabilityZones;
  let sumOfSquares = 0;
  for (let az = 0; az < availabilityZones; az += 1) {
    const replicas = base + (az < extra ? 1 : 0);
    sumOfSquares += replicas * replicas;
  }
  return replicationFactor - sumOfSquares / replicationFactor;
}

/** Peak lagging-consumer reads from disk, MiB/s: `Op × pct/100`, or `0.5 × Ip` when pct is null. */
export function laggingReadsMiBps(s: Scenario): number {
  return s.laggingConsumerPct === null
    ? DEFAULT_LAGGING_READ_FACTOR * s.peakIngressMiBps
    : (s.peakEgressMiBps * s.laggingConsumerPct) / 100;
}

function producersCrossAzGiB(s: Scenario): number {
  return mibpsToGibPerMonth((s.avgIngressMiBps * (s.availabilityZones - 1)) / s.availabilityZones);
}

/** Consumers' crossing share: (AZ−1)/AZ, or max(0, AZ−RF)/AZ with nearest-replica fetch (SPEC §3). */
function consumersCrossAzGiB(s: Scenario, replicationFactor: number): number {
  const az = s.availabilityZones;
  const consumerShare = s.nearestReplicaFetch ? Math.max(0, az - replicationFactor) / az : (az - 1) / az;
  return mibpsToGibPerMonth(s.avgEgressMiBps * consumerShare);
}

/**
 * Cross-AZ traffic per month by flow, GiB (SPEC §3). `replicationFactor` is a parameter because
 * Express always replicates three times whatever the scenario says.
 */
export function crossAzFlows(s: Scenario, replicationFactor: number): CrossAzGiBPerMonth {
  return {
    producers: producersCrossAzGiB(s),
    consumers: consumersCrossAzGiB(s, replicationFactor),
    replication: mibpsToGibPerMonth(s.avgIngressMiBps * crossAzReplicaShare(replicationFactor, s.availabilityZones)),
  };
}

/** Producers' plus consumers' cross-AZ traffic per month, GiB: what MSK bills (it does not bill replication). */
export function clientCrossAzGiBPerMonth(s: Scenario, replicationFactor: number): number {
  return producersCrossAzGiB(s) + consumersCrossAzGiB(s, replicationFactor);
}

/** Local storage to provision on broker volumes for all replicas, GiB: needed / EBS fill target. */
export function localStorageNeededGiB(s: Scenario): number {
  return mibpsForHoursToGib(s.avgIngressMiBps, s.localRetentionHours) * s.replicationFactor;
}

/** True when tiered storage holds part of the retention (local retention shorter than total). */
export function usesTieredStorage(s: Scenario): boolean {
  return s.retentionHours > s.localRetentionHours;
}

/** Every workload figure of SPEC §3 for the scenario. */
export function computeWorkload(s: Scenario): WorkloadFigures {
  const needed = localStorageNeededGiB(s);
  const storageThroughputMiBps = s.peakIngressMiBps * s.replicationFactor + laggingReadsMiBps(s);
  return {
    retainedGiB: mibpsForHoursToGib(s.avgIngressMiBps, s.retentionHours),
    localStorageNeededGiB: needed,
    localStorageProvisionedGiB: needed / s.ebsUtilizationTarget,
    // (v2, SPEC §3, §10.7) MSK copies every closed segment to the tier at once and keeps it for the
    // whole retention, so the tier holds one copy of the full retention, not only the part beyond local.
    tieredStorageGiB: usesTieredStorage(s) ? mibpsForHoursToGib(s.avgIngressMiBps, s.retentionHours) : 0,
    networkWriteMiBps: s.peakIngressMiBps * s.replicationFactor,
    networkReadMiBps: s.peakEgressMiBps + s.peakIngressMiBps * (s.replicationFactor - 1),
    replicationMiBps: s.avgIngressMiBps * (s.replicationFactor - 1),
    storageThroughputMiBps,
    iops: mibpsToKibps(storageThroughputMiBps) / EBS_IO_SIZE_KIB,
    pageCacheGiB: s.ramCacheSeconds === null ? null : (s.peakIngressMiBps * s.replicationFactor * s.ramCacheSeconds) / 1024,
    crossAzGiBPerMonth: crossAzFlows(s, s.replicationFactor),
  };
}
