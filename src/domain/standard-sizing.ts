/** MSK Standard broker capacity and count (SPEC §4.1–4.2); self-managed Kafka reuses it (SPEC §7). */
import {
  azSurvivalFactor, DEFAULT_LAGGING_READ_FACTOR, GP3_MAX_THROUGHPUT_MIBPS, REBALANCING_FACTOR, REPLICATION_OUT_FACTOR_3AZ,
  REPLICATION_OUT_REFERENCE_AZS, TIERING_FACTOR, type EditableAssumptions,
} from './assumptions';
import { countBrokers, type BrokerCount, type ConstraintDemand } from './broker-count';
import type { StandardBrokerSpec } from './price-book';
import type { NetworkFactorTerms, StorageFactorTerms, VolumeSource, WorkloadFigures } from './result';
import type { Scenario } from './scenario';
import { usesTieredStorage } from './workload';

/** The per-scenario factors every Standard size shares: computed once per sizing. */
export interface StandardFactors {
  readonly storage: StorageFactorTerms;
  readonly network: NetworkFactorTerms;
  /** TLS_FACTOR when TLS is on, else 1. */
  readonly tlsFactor: number;
}

/** The throughput of a broker's volume and where it comes from. */
export interface VolumeChoice {
  readonly volumeMiBps: number;
  readonly source: VolumeSource;
}

/**
 * SPEC §4.1: `storageF = AZS + AZS + lag + 3.0 + (tiered ? 1.5 : 0)` and
 * `netF = (Op/Ip) × AZS + 2.2 × AZS/1.5 + lag + 3.0 + (tiered ? 1.5 : 0)`, term by term; with 3 AZs
 * and the default lagging allowance that is AWS's 6.5 (+1.5) and 1.5 × fan-out + 5.7 (+1.5).
 */
export function standardFactors(s: Scenario, assumptions: EditableAssumptions): StandardFactors {
  const azs = azSurvivalFactor(s.availabilityZones);
  const fanOutRatio = s.peakEgressMiBps / s.peakIngressMiBps;
  const lagging = s.laggingConsumerPct === null ? DEFAULT_LAGGING_READ_FACTOR : (s.laggingConsumerPct / 100) * fanOutRatio;
  const tiering = usesTieredStorage(s) ? TIERING_FACTOR : 0;
  const replicationOut = (REPLICATION_OUT_FACTOR_3AZ * azs) / REPLICATION_OUT_REFERENCE_AZS;
  return {
    storage: { ingress: azs, replicationIn: azs, lagging, rebalancing: REBALANCING_FACTOR, tiering, total: azs + azs + lagging + REBALANCING_FACTOR + tiering },
    network: {
      fanOutRatio, fanOut: fanOutRatio * azs, replicationOut, lagging, rebalancing: REBALANCING_FACTOR, tiering,
      total: fanOutRatio * azs + replicationOut + lagging + REBALANCING_FACTOR + tiering,
    },
    tlsFactor: s.tlsInTransit ? assumptions.tlsFactor : 1,
  };
}

/**
 * MSK's volume without provisioned throughput: 250 MiB/s (SPEC §4.1, §10.5). SPEC writes it as
 * min(250, instanceEbs); the storage path takes min(instanceEbs, volume) anyway, so the volume's own
 * 250 MiB/s is kept here and a derivation can say which of the two binds.
 */
export function defaultVolume(spec: StandardBrokerSpec): VolumeChoice {
  return { volumeMiBps: spec.defaultVolumeThroughputMiBps, source: 'default' };
}

/** A volume with provisioned storage throughput at `rateMiBps`, capped at the size's maximum (SPEC §4.4). */
export function provisionedVolume(spec: StandardBrokerSpec, rateMiBps: number): VolumeChoice {
  return { volumeMiBps: Math.min(rateMiBps, spec.provisionedThroughputMaxMiBps ?? spec.ebsThroughputMiBps), source: 'provisioned' };
}

/** Self-managed gp3, bought at the throughput the model assumes: min(instance EBS, gp3's 1,000 MiB/s maximum) (SPEC §7). */
export function gp3Volume(spec: StandardBrokerSpec): VolumeChoice {
  return { volumeMiBps: Math.min(spec.ebsThroughputMiBps, GP3_MAX_THROUGHPUT_MIBPS), source: 'gp3' };
}

/** Partition replicas one broker may hold: the recommended maximum, or the hard maximum on request. */
export function partitionLimit(s: Scenario, spec: { recommendedMaxPartitions: number; maxPartitions: number }): number {
  return s.useMaxPartitions ? spec.maxPartitions : spec.recommendedMaxPartitions;
}

/** Ingress one broker's storage path carries): min(instance EBS, volume) ÷ storageF × utilisation × TLS, MiB/s (SPEC §4.1). */
export function storageThroughputCapacity(spec: StandardBrokerSpec, volume: VolumeChoice, factors: StandardFactors, utilization: number): number {
  return (Math.min(spec.ebsThroughputMiBps, volume.volumeMiBps) / factors.storage.total) * (utilization * factors.tlsFactor);
}

/** The constraints of SPEC §4.2 for one size and volume, each with its derivation. */
export function standardDemands(
  s: Scenario,
  spec: StandardBrokerSpec,
  workload: WorkloadFigures,
  factors: StandardFactors,
  volume: VolumeChoice,
  assumptions: EditableAssumptions,
): ConstraintDemand[] {
  const instanceFigures = spec.isBurstable ? 'ec2-baseline' as const : 'sizing-logic' as const;
  const storageLimit = Math.min(spec.ebsThroughputMiBps, volume.volumeMiBps) / factors.storage.total;
  const networkLimit = spec.nicThroughputMiBps / factors.network.total;
  const plan = s.utilizationStandard * factors.tlsFactor;
  const demands: ConstraintDemand[] = [
    {
      name: 'storageThroughput', demand: s.peakIngressMiBps, capacityPerBroker: storageThroughputCapacity(spec, volume, factors, s.utilizationStandard), unit: 'MiB/s',
      derivation: {
        kind: 'storageThroughput', instanceEbsMiBps: spec.ebsThroughputMiBps, instanceFigures, volumeMiBps: volume.volumeMiBps,
        volumeSource: volume.source, storageFactor: factors.storage, limitMiBps: storageLimit, utilization: s.utilizationStandard, tlsFactor: factors.tlsFactor,
      },
    },
    {
      name: 'networkThroughput', demand: s.peakIngressMiBps, capacityPerBroker: networkLimit * plan, unit: 'MiB/s',
      derivation: {
        kind: 'networkThroughput', nicMiBps: spec.nicThroughputMiBps, instanceFigures, networkFactor: factors.network,
        limitMiBps: networkLimit, utilization: s.utilizationStandard, tlsFactor: factors.tlsFactor,
      },
    },
    {
      name: 'partitions', demand: s.partitions * s.replicationFactor, capacityPerBroker: partitionLimit(s, spec), unit: 'partition replicas',
      derivation: { kind: 'partitions', partitions: s.partitions, replicationFactor: s.replicationFactor, limit: s.useMaxPartitions ? 'maximum' : 'recommended' },
    },
    {
      name: 'storage', demand: workload.localStorageProvisionedGiB, capacityPerBroker: spec.storageMaxGiB, unit: 'GiB',
      derivation: { kind: 'storage', neededGiB: workload.localStorageNeededGiB, fillTarget: s.ebsUtilizationTarget, maxVolumeGiB: spec.storageMaxGiB },
    },
  ];
  if (workload.pageCacheGiB !== null && s.ramCacheSeconds !== null) {
    demands.push({
      name: 'memory', demand: workload.pageCacheGiB, capacityPerBroker: spec.memGiB * assumptions.pageCacheShare, unit: 'GiB',
      derivation: { kind: 'memory', memGiB: spec.memGiB, pageCacheShare: assumptions.pageCacheShare, ramCacheSeconds: s.ramCacheSeconds },
    });
  }
  return demands;
}

/** Brokers of one Standard size with one volume, constraint by constraint (SPEC §4.2). */
export function sizeStandardBrokers(
  s: Scenario,
  spec: StandardBrokerSpec,
  workload: WorkloadFigures,
  factors: StandardFactors,
  volume: VolumeChoice,
  assumptions: EditableAssumptions,
): BrokerCount {
  return countBrokers(standardDemands(s, spec, workload, factors, volume, assumptions), s.availabilityZones, s.replicationFactor, s.brokerSafetyFactor);
}

/**
 * SPEC §4.4 "auto": the smallest whole rate in MiB/s from 250 up to the size's maximum (the maximum
 * itself when it is not whole) that gives as few brokers as PST at the maximum. Brokers never rise
 * as PST rises, so the candidates are bisected.
 */
export function smallestSufficientRate(
  spec: StandardBrokerSpec,
  minimumRateMiBps: number,
  brokersAt: (rateMiBps: number) => number,
): { readonly rateMiBps: number; readonly brokers: number } {
  const max = spec.provisionedThroughputMaxMiBps ?? spec.ebsThroughputMiBps;
  const target = brokersAt(max);
  let low = Math.ceil(minimumRateMiBps);
  let high = Math.floor(max);
  if (high < low || brokersAt(high) > target) return { rateMiBps: max, brokers: target };
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (brokersAt(mid) > target) low = mid + 1;
    else high = mid;
  }
  return { rateMiBps: low, brokers: target };
}
