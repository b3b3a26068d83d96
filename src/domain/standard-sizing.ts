/** MSK Standard broker capacity and count (SPEC §4.1–4.2); self-managed Kafka reuses it (SPEC §7). */
import {
  azSurvivalFactor, DEFAULT_LAGGING_READ_FACTOR, REBALANCING_FACTOR, REPLICATION_OUT_FACTOR_3AZ,
  REPLICATION_OUT_REFERENCE_AZS, TIERING_FACTOR, type EditableAssumptions,
} from './assumptions';
import { countBrokers, type BrokerCount, type ConstraintDemand } from './broker-count';
import type { StandardBrokerSpec } from './price-book';
import type { Scenario } from './scenario';
import type { WorkloadFigures } from './result';
import { usesTieredStorage } from './workload';

export interface StandardCapacity {
  /** Sustainable ingress per broker before the utilisation target, MiB/s (TLS applied). */
  readonly ingressPerBrokerMiBps: number;
  /** Planned ingress per broker at peak: ingressPerBroker × utilizationStandard, MiB/s. */
  readonly ingressCapMiBps: number;
  /** Planned egress per broker at peak: (Op / Ip) × ingressCap, MiB/s. */
  readonly egressCapMiBps: number;
  readonly storageFactor: number;
  readonly networkFactor: number;
  readonly limitedBy: 'storage' | 'network';
}

/**
 * Per-broker capacity (SPEC §4.1): the lesser of EBS throughput / storage factor and network
 * throughput / network factor, times the TLS factor when TLS is on, times the utilisation target.
 * With 3 AZs and the default lagging allowance this is AWS's sizing logic exactly.
 */
export function standardCapacity(s: Scenario, spec: StandardBrokerSpec, assumptions: EditableAssumptions): StandardCapacity {
  const azs = azSurvivalFactor(s.availabilityZones);
  const fanOut = s.peakEgressMiBps / s.peakIngressMiBps;
  const lag = s.laggingConsumerPct === null ? DEFAULT_LAGGING_READ_FACTOR : (s.laggingConsumerPct / 100) * fanOut;
  const tiering = usesTieredStorage(s) ? TIERING_FACTOR : 0;
  const storageFactor = azs + azs + lag + REBALANCING_FACTOR + tiering;
  const networkFactor = fanOut * azs + (REPLICATION_OUT_FACTOR_3AZ * azs) / REPLICATION_OUT_REFERENCE_AZS + lag + REBALANCING_FACTOR + tiering;
  const byStorage = spec.ebsThroughputMiBps / storageFactor;
  const byNetwork = spec.nicThroughputMiBps / networkFactor;
  const tls = s.tlsInTransit ? assumptions.tlsFactor : 1;
  const ingressPerBrokerMiBps = Math.min(byStorage, byNetwork) * tls;
  const ingressCapMiBps = ingressPerBrokerMiBps * s.utilizationStandard;
  return {
    ingressPerBrokerMiBps,
    ingressCapMiBps,
    // A vanishing egress can underflow fanOut × cap to 0; the smallest positive number keeps demand ÷ cap finite.
    egressCapMiBps: Math.max(fanOut * ingressCapMiBps, Number.MIN_VALUE),
    storageFactor,
    networkFactor,
    limitedBy: byStorage <= byNetwork ? 'storage' : 'network',
  };
}

/** Provisioned storage throughput per broker actually bought, MiB/s, or 0 when not used (SPEC §4.2–4.3). */
export function provisionedThroughputPerBroker(s: Scenario, spec: StandardBrokerSpec): number {
  if (s.provisionedThroughputMiBps === null || !spec.provisionedThroughputEligible) return 0;
  return Math.min(s.provisionedThroughputMiBps, spec.ebsThroughputMiBps);
}

/** Partition replicas one broker may hold: the recommended maximum, or the hard maximum on request. */
export function partitionLimit(s: Scenario, spec: { recommendedMaxPartitions: number; maxPartitions: number }): number {
  return s.useMaxPartitions ? spec.maxPartitions : spec.recommendedMaxPartitions;
}

/** Brokers of one Standard size for the scenario, constraint by constraint (SPEC §4.2). */
export function sizeStandardBrokers(
  s: Scenario,
  spec: StandardBrokerSpec,
  workload: WorkloadFigures,
  assumptions: EditableAssumptions,
): BrokerCount & { readonly capacity: StandardCapacity } {
  const capacity = standardCapacity(s, spec, assumptions);
  const demands: ConstraintDemand[] = [
    { name: 'ingress', demand: s.peakIngressMiBps, capacityPerBroker: capacity.ingressCapMiBps, unit: 'MiB/s' },
  ];
  if (s.peakEgressMiBps > 0) {
    demands.push({ name: 'egress', demand: s.peakEgressMiBps, capacityPerBroker: capacity.egressCapMiBps, unit: 'MiB/s' });
  }
  demands.push(
    { name: 'partitions', demand: s.partitions * s.replicationFactor, capacityPerBroker: partitionLimit(s, spec), unit: 'partition replicas' },
    { name: 'storage', demand: workload.localStorageProvisionedGiB, capacityPerBroker: spec.storageMaxGiB, unit: 'GiB' },
  );
  const pst = provisionedThroughputPerBroker(s, spec);
  if (pst > 0) {
    demands.push({ name: 'provisionedThroughput', demand: s.avgEgressMiBps, capacityPerBroker: pst, unit: 'MiB/s' });
  }
  if (workload.pageCacheGiB !== null) {
    demands.push({ name: 'memory', demand: workload.pageCacheGiB, capacityPerBroker: spec.memGiB * assumptions.pageCacheShare, unit: 'GiB' });
  }
  const count = countBrokers(demands, s.availabilityZones, s.replicationFactor, s.brokerSafetyFactor);
  return { ...count, capacity };
}
