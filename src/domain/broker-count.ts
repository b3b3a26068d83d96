/** Combining per-constraint broker needs into one broker count (SPEC §4.2, also used by Express). */
import type { Constraint, ConstraintName, Derivation } from './result';
import { rawBrokersNeeded, roundUpToMultiple } from './units';

export interface ConstraintDemand {
  readonly name: ConstraintName;
  readonly demand: number;
  readonly capacityPerBroker: number;
  readonly unit: Constraint['unit'];
  readonly derivation: Derivation;
}

export interface BrokerCount {
  readonly brokers: number;
  readonly bottleneck: ConstraintName;
  readonly constraints: readonly Constraint[];
}

/** Demands that grow in proportion to peak ingress when the workload scales (egress scales with it). */
const SCALES_WITH_INGRESS: ReadonlySet<ConstraintName> = new Set(['storageThroughput', 'networkThroughput', 'ingress', 'egress', 'memory']);

/**
 * `brokers = ceil((max raw need + safety) / AZ) × AZ`, and at least RF rounded up to AZ.
 * The bottleneck is the constraint with the most brokers needed (AZ-rounded); ties go to the earlier
 * constraint in CONSTRAINT_ORDER, the order callers list their demands in.
 */
export function countBrokers(
  demands: readonly ConstraintDemand[],
  availabilityZones: number,
  replicationFactor: number,
  brokerSafetyFactor: number,
): BrokerCount {
  let maxRawNeed = 0;
  let bottleneck: Constraint | undefined;
  // Built field by field: spreading each demand here was the engine's largest cost.
  const constraints = demands.map((d): Constraint => {
    const raw = rawBrokersNeeded(d.demand, d.capacityPerBroker);
    if (raw > maxRawNeed) maxRawNeed = raw;
    const c: Constraint = {
      name: d.name, demand: d.demand, capacityPerBroker: d.capacityPerBroker, rawBrokersNeeded: raw,
      brokersNeeded: roundUpToMultiple(raw, availabilityZones), unit: d.unit, derivation: d.derivation,
    };
    if (bottleneck === undefined || c.brokersNeeded > bottleneck.brokersNeeded) bottleneck = c;
    return c;
  });
  const brokers = brokersForRawNeed(maxRawNeed, availabilityZones, replicationFactor, brokerSafetyFactor);
  return { brokers, bottleneck: bottleneck?.name ?? demands[0]?.name ?? 'partitions', constraints };
}

/** SPEC §4.2: `ceil((max raw need + safety) / AZ) × AZ`, and at least RF rounded up to AZ. */
export function brokersForRawNeed(maxRawNeed: number, availabilityZones: number, replicationFactor: number, brokerSafetyFactor: number): number {
  return Math.max(roundUpToMultiple(maxRawNeed + brokerSafetyFactor, availabilityZones), roundUpToMultiple(replicationFactor, availabilityZones));
}

/**
 * The largest peak ingress at which the option still fits `brokerLimit` brokers, with egress and the
 * page cache scaled in proportion and everything else unchanged; null when a constraint that does
 * not scale with ingress (partitions, storage) or the replication minimum already needs more.
 */
/** How brokers are rounded for an option: its AZ count, the replication minimum and the safety margin. */
export interface BrokerRounding {
  readonly availabilityZones: number;
  readonly replicationFactor: number;
  readonly brokerSafetyFactor: number;
}

export function largestFittingPeakIngress(count: BrokerCount, peakIngressMiBps: number, brokerLimit: number, rounding: BrokerRounding): number | null {
  const { availabilityZones, replicationFactor, brokerSafetyFactor } = rounding;
  const allowedRaw = Math.floor(brokerLimit / availabilityZones) * availabilityZones - brokerSafetyFactor;
  if (allowedRaw < 1 || roundUpToMultiple(replicationFactor, availabilityZones) > brokerLimit) return null;
  let scale = Number.POSITIVE_INFINITY;
  for (const c of count.constraints) {
    if (c.demand <= 0) continue;
    if (SCALES_WITH_INGRESS.has(c.name)) scale = Math.min(scale, (allowedRaw * c.capacityPerBroker) / c.demand);
    else if (c.rawBrokersNeeded > allowedRaw) return null;
  }
  return Number.isFinite(scale) ? peakIngressMiBps * scale : null;
}

/** The sentence a broker-limit reason ends with: the largest peak ingress that fits, or what else stops it (SPEC §8). */
export function fitSentence(count: BrokerCount, peakIngressMiBps: number, brokerLimit: number, rounding: BrokerRounding): string {
  const fits = largestFittingPeakIngress(count, peakIngressMiBps, brokerLimit, rounding);
  return fits === null
    ? ' Partitions or storage alone need more brokers than that, whatever the ingress.'
    : ` It fits up to ${+fits.toPrecision(4)} MiB/s of peak ingress (egress in proportion, everything else unchanged).`;
}
