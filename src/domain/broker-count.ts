/** What would let an option fit its broker limit (SPEC §8): the largest peak ingress that fits. */
import type { Constraint, ConstraintName } from './result';
import { roundUpToMultiple } from './units';

/** An option's constraints, as its result lists them. */
export interface ConstraintList {
  readonly constraints: readonly Constraint[];
}

/** Demands that grow in proportion to peak ingress when the workload scales (egress scales with it). */
const SCALES_WITH_INGRESS: ReadonlySet<ConstraintName> = new Set(['storageThroughput', 'networkThroughput', 'ingress', 'egress', 'memory']);

/** How brokers are rounded for an option: its AZ count, the replication minimum and the safety margin. */
export interface BrokerRounding {
  readonly availabilityZones: number;
  readonly replicationFactor: number;
  readonly brokerSafetyFactor: number;
}

/**
 * The largest peak ingress at which the option still fits `brokerLimit` brokers, with egress and the
 * page cache scaled in proportion and everything else unchanged; null when a constraint that does
 * not scale with ingress (partitions, storage) or the replication minimum already needs more.
 */
export function largestFittingPeakIngress(
  count: ConstraintList,
  peakIngressMiBps: number,
  brokerLimit: number,
  rounding: BrokerRounding,
): number | null {
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
export function fitSentence(count: ConstraintList, peakIngressMiBps: number, brokerLimit: number, rounding: BrokerRounding): string {
  const fits = largestFittingPeakIngress(count, peakIngressMiBps, brokerLimit, rounding);
  return fits === null
    ? ' Partitions or storage alone need more brokers than that, whatever the ingress.'
    : ` It fits up to ${+fits.toPrecision(4)} MiB/s of peak ingress (egress in proportion, everything else unchanged).`;
}
