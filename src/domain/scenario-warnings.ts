/** Best-practice warnings about the scenario as a whole (SPEC §8), each citing its source. */
import { CPU_UTILIZATION_ADVICE } from './assumptions';
import type { Scenario } from './scenario';

export function scenarioWarnings(s: Scenario): string[] {
  const warnings: string[] = [];
  if (s.replicationFactor < 3) {
    warnings.push(`Replication factor ${s.replicationFactor}: MSK recommends 3 so that a broker or AZ failure loses no data and keeps partitions writable (MSK best practices).`);
  }
  if (s.replicationFactor >= 2) {
    warnings.push(`Set min.insync.replicas to RF − 1 = ${s.replicationFactor - 1} and produce with acks=all (MSK best practices).`);
  }
  if (s.availabilityZones === 2) {
    warnings.push('2 availability zones: losing one AZ halves the cluster, and Express brokers are unavailable; MSK recommends 3 AZs (MSK best practices).');
  }
  if (s.utilizationStandard > CPU_UTILIZATION_ADVICE) {
    warnings.push(`CPU is not modelled: keep broker CPU under 60 % (MSK best practices); a Standard utilisation target above ${CPU_UTILIZATION_ADVICE} leaves little headroom.`);
  }
  if (s.useMaxPartitions) {
    warnings.push('Sizing partitions against the hard maximum: above the recommended partitions per broker MSK may block configuration and version updates (MSK best practices).');
  }
  if (!s.tlsInTransit) {
    warnings.push('TLS in transit is off: MSK recommends encrypting client traffic; turning it on lowers per-broker throughput (see the TLS factor on the Assumptions page).');
  }
  return warnings;
}
