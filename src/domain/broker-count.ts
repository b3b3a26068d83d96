/** Combining per-constraint broker needs into one broker count (SPEC §4.2, also used by Express). */
import { CONSTRAINT_ORDER, type Constraint, type ConstraintName } from './result';
import { brokersForDemand, rawBrokersNeeded, roundUpToMultiple } from './units';

export interface ConstraintDemand {
  readonly name: ConstraintName;
  readonly demand: number;
  readonly capacityPerBroker: number;
  readonly unit: Constraint['unit'];
}

export interface BrokerCount {
  readonly brokers: number;
  readonly bottleneck: ConstraintName;
  readonly constraints: readonly Constraint[];
}

/**
 * `brokers = ceil((max raw need + safety) / AZ) × AZ`, and at least RF rounded up to AZ.
 * The bottleneck is the constraint with the most brokers needed (AZ-rounded); ties go to the earlier
 * constraint in the order ingress, egress, partitions, storage, provisionedThroughput, memory.
 */
export function countBrokers(
  demands: readonly ConstraintDemand[],
  availabilityZones: number,
  replicationFactor: number,
  brokerSafetyFactor: number,
): BrokerCount {
  const ordered = [...demands].sort((a, b) => CONSTRAINT_ORDER.indexOf(a.name) - CONSTRAINT_ORDER.indexOf(b.name));
  const constraints: Constraint[] = ordered.map((d) => ({
    name: d.name,
    demand: d.demand,
    capacityPerBroker: d.capacityPerBroker,
    brokersNeeded: brokersForDemand(d.demand, d.capacityPerBroker, availabilityZones),
    unit: d.unit,
  }));
  const maxRawNeed = Math.max(0, ...ordered.map((d) => rawBrokersNeeded(d.demand, d.capacityPerBroker)));
  const minimum = roundUpToMultiple(replicationFactor, availabilityZones);
  const brokers = Math.max(roundUpToMultiple(maxRawNeed + brokerSafetyFactor, availabilityZones), minimum);
  let bottleneck = constraints[0];
  for (const c of constraints) {
    if (bottleneck === undefined || c.brokersNeeded > bottleneck.brokersNeeded) bottleneck = c;
  }
  return { brokers, bottleneck: bottleneck?.name ?? 'ingress', constraints };
}
