/** Best-practice warnings about the scenario as a whole (SPEC §8), each with a code and its source. */
import { CPU_UTILIZATION_ADVICE } from './assumptions';
import type { RegionPrices } from './price-book';
import type { CodedMessage } from './result';
import type { Scenario } from './scenario';
import { mibpsToGibPerMonth } from './units';

/**
 * Monthly cross-AZ cost that nearest-replica fetch saves on consumer traffic, USD, discounted:
 * consumers' crossing share falls from (AZ−1)/AZ to max(0, AZ−RF)/AZ (SPEC §3). Null without a price.
 */
export function nearestReplicaSavingUsd(s: Scenario, region: RegionPrices): number | null {
  const price = region.crossAzPerGbEachDirection;
  if (price === null) return null;
  const az = s.availabilityZones;
  const saved = s.avgEgressMiBps * ((az - 1) / az - Math.max(0, az - s.replicationFactor) / az);
  return mibpsToGibPerMonth(saved) * price * 2 * (1 - s.discountPct / 100);
}

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

function usdText(amount: number): string {
  return USD.format(amount);
}

export function scenarioWarnings(s: Scenario, region: RegionPrices): CodedMessage[] {
  const warnings: CodedMessage[] = [];
  if (s.replicationFactor < 3) {
    warnings.push({
      code: 'replication-factor-below-3',
      message: `Replication factor ${s.replicationFactor}: MSK recommends 3 so that a broker or AZ failure loses no data and keeps partitions writable (MSK best practices).`,
    });
  }
  if (s.replicationFactor >= 2) {
    warnings.push({
      code: 'min-insync-replicas',
      message: `Set min.insync.replicas to RF − 1 = ${s.replicationFactor - 1} and produce with acks=all (MSK best practices).`,
    });
  }
  if (s.availabilityZones === 2) {
    warnings.push({
      code: 'two-availability-zones',
      message:
        '2 availability zones: losing one AZ halves the cluster, and Express brokers are unavailable; MSK recommends 3 AZs (MSK best practices).',
    });
  }
  if (s.utilizationStandard > CPU_UTILIZATION_ADVICE) {
    warnings.push({
      code: 'cpu-not-modelled',
      message: `CPU is not modelled: keep broker CPU under 60 % (MSK best practices); a Standard utilisation target above ${CPU_UTILIZATION_ADVICE} leaves little headroom.`,
    });
  }
  if (s.useMaxPartitions) {
    warnings.push({
      code: 'max-partitions-sizing',
      message:
        'Sizing partitions against the hard maximum: above the recommended partitions per broker MSK may block configuration and version updates (MSK best practices).',
    });
  }
  if (!s.tlsInTransit) {
    warnings.push({
      code: 'tls-off',
      message: 'TLS in transit is off: MSK recommends encrypting client traffic (MSK Developer Guide, "Amazon MSK encryption").',
    });
  }
  if (s.nearestReplicaFetch) {
    const saving = nearestReplicaSavingUsd(s, region);
    warnings.push({
      code: 'nearest-replica-fetch-config',
      message: `Nearest-replica fetch needs client.rack set on every consumer and replica.selector.class=org.apache.kafka.common.replica.RackAwareReplicaSelector on the brokers (KIP-392, Kafka 2.4+)${saving === null ? '' : `; it saves ${usdText(saving)} a month of consumer cross-AZ transfer here`}.`,
    });
  }
  return warnings;
}
