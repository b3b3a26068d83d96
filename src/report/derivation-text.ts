/**
 * A constraint's derivation (result v2) in words and numbers: how one broker's capacity was reached
 * and how the demand became a broker count. Pure; the page's "Why N brokers", the Markdown and the
 * PDF all say it this way.
 */
import type { Constraint, Derivation, NetworkFactorTerms, SizedOption, StorageFactorTerms, VolumeSource } from '../domain';
import { formatNumber } from './format';

const VOLUME_SOURCE: Record<VolumeSource, string> = {
  default: 'MSK volume default, no provisioned throughput',
  provisioned: 'provisioned storage throughput',
  gp3: "self-managed gp3 volume, the instance's EBS bandwidth up to gp3's 1,000 MiB/s",
};

function n(value: number, digits = 2): string {
  return formatNumber(value, digits);
}

function storageTerms(f: StorageFactorTerms): string {
  const parts = [
    `${n(f.ingress)} ingress`,
    `${n(f.replicationIn)} replication in`,
    `${n(f.lagging)} lagging consumers`,
    `${n(f.rebalancing)} rebalancing`,
  ];
  if (f.tiering > 0) parts.push(`${n(f.tiering)} tiering`);
  return parts.join(' + ');
}

function networkTerms(f: NetworkFactorTerms): string {
  const parts = [
    `${n(f.fanOut)} fan-out (${n(f.fanOutRatio)} egress ÷ ingress, one AZ down)`,
    `${n(f.replicationOut)} replication out`,
    `${n(f.lagging)} lagging consumers`,
    `${n(f.rebalancing)} rebalancing`,
  ];
  if (f.tiering > 0) parts.push(`${n(f.tiering)} tiering`);
  return parts.join(' + ');
}

function planned(utilization: number, tlsFactor: number): string {
  return `× ${n(utilization)} utilisation${tlsFactor === 1 ? '' : ` × ${n(tlsFactor)} TLS factor`}`;
}

/** "250 MiB/s volume (…) ÷ 6.5 (…) × 0.5 utilisation" — the left-hand side of the capacity. */
export function capacityFormula(d: Derivation): string {
  switch (d.kind) {
    case 'storageThroughput': {
      const figures = d.instanceFigures === 'ec2-baseline' ? 'EC2 baseline' : 'AWS sizing logic';
      const source =
        d.volumeMiBps <= d.instanceEbsMiBps
          ? `${n(d.volumeMiBps)} MiB/s volume (${VOLUME_SOURCE[d.volumeSource]})`
          : `${n(d.instanceEbsMiBps)} MiB/s instance EBS bandwidth (${figures}; below the ${n(d.volumeMiBps)} MiB/s volume)`;
      return `${source} ÷ ${n(d.storageFactor.total)} (${storageTerms(d.storageFactor)}) ${planned(d.utilization, d.tlsFactor)}`;
    }
    case 'networkThroughput': {
      const figures = d.instanceFigures === 'ec2-baseline' ? 'EC2 baseline' : 'AWS sizing logic';
      return `${n(d.nicMiBps)} MiB/s network (${figures}) ÷ ${n(d.networkFactor.total)} (${networkTerms(d.networkFactor)}) ${planned(d.utilization, d.tlsFactor)}`;
    }
    case 'expressIngress':
      return `${n(d.sustainedIngressMiBps, 3)} MiB/s sustained ingress per Express broker (MSK quotas) ${planned(d.utilization, d.tlsFactor)}`;
    case 'expressEgress':
      return `${n(d.sustainedIngressMiBps, 3)} MiB/s sustained ingress × ${n(d.egressFactor)} (recommended sustained egress, MSK docs)${d.tlsFactor === 1 ? '' : ` × ${n(d.tlsFactor)} TLS factor`}`;
    case 'partitions':
      return `the ${d.limit === 'recommended' ? 'recommended' : 'hard'} maximum for this size (MSK best practices)`;
    case 'storage':
      return 'the largest volume per broker (MSK quotas)';
    case 'memory':
      return `${n(d.memGiB)} GiB memory × ${n(d.pageCacheShare)} page-cache share`;
  }
}

/** Where the demand comes from, for the constraints whose demand is not simply peak ingress or egress. */
function demandSource(d: Derivation): string {
  switch (d.kind) {
    case 'partitions':
      return ` (${n(d.partitions, 0)} partitions × ${d.replicationFactor} replicas)`;
    case 'storage':
      return ` (${n(d.neededGiB)} GiB needed ÷ ${n(d.fillTarget)} fill target)`;
    case 'memory':
      return ` (${n(d.ramCacheSeconds, 0)} s of peak writes, all replicas)`;
    case 'expressEgress':
      return ' of peak egress';
    default:
      return ' of peak ingress';
  }
}

/** The whole chain for one constraint: capacity, then demand → brokers → AZ rounding. */
export function constraintExplanation(c: Constraint, availabilityZones: number): string {
  const rounding =
    c.brokersNeeded === c.rawBrokersNeeded
      ? `${c.brokersNeeded} brokers`
      : `rounded up to a multiple of ${availabilityZones} AZs: ${c.brokersNeeded} brokers`;
  return `${capacityFormula(c.derivation)} = ${n(c.capacityPerBroker)} ${c.unit} per broker → ${n(c.demand)} ${c.unit}${demandSource(c.derivation)} needs ${c.rawBrokersNeeded} → ${rounding}`;
}

/** AZ count an option's brokers are rounded to: Express always 3, others the scenario's. */
export function roundingZones(option: SizedOption, scenarioZones: number): number {
  return option.deployment === 'msk-express' ? 3 : scenarioZones;
}

/** What provisioned storage throughput does or would do for an eligible size, or null. */
export function provisionedThroughputNote(option: SizedOption): string | null {
  const plan = option.provisionedThroughputPlan;
  if (plan === null) return null;
  const rate = `${n(plan.rateMiBps)} MiB/s`;
  if (option.provisionedThroughputMiBps !== null) {
    const saved = option.provisionedThroughputBrokersSaved ?? 0;
    return `Provisioned storage throughput at ${rate} per broker (${plan.mode === 'auto' ? 'chosen automatically' : 'as set'}): ${plan.brokersAtRate} brokers instead of ${plan.brokersWithoutPst} with it off${saved > 0 ? `, ${saved} fewer` : ''}.`;
  }
  if (plan.brokersAtRate < plan.brokersWithoutPst) {
    const dearer = plan.totalAtRateUsd !== null && plan.totalWithoutPstUsd !== null && plan.totalAtRateUsd >= plan.totalWithoutPstUsd;
    return `Provisioned storage throughput at ${rate} would need ${plan.brokersAtRate} brokers instead of ${plan.brokersWithoutPst}${dearer ? ', but cost more' : ''}.`;
  }
  return null;
}

/**
 * What would change the broker count: the bottleneck and the count the next constraint needs, so a
 * user sees how much easing the bottleneck alone could save (null when nothing else is close to it,
 * or the option has no constraints).
 */
export function bottleneckNote(
  option: SizedOption,
  labelOf: (name: Constraint['name']) => string,
  floor?: { readonly replicationFactor: number; readonly zones: number },
): string | null {
  const binding = option.constraints.find((c) => c.name === option.bottleneck);
  if (!binding || option.brokers === null) return null;
  // SPEC §4.2: at least RF rounded up to the AZ count, whatever the constraints need.
  const minimum = floor ? Math.ceil(floor.replicationFactor / floor.zones) * floor.zones : 0;
  if (floor && option.brokers === minimum && option.constraints.every((c) => c.brokersNeeded <= minimum)) {
    return `${minimum} brokers is the minimum for replication factor ${floor.replicationFactor} over ${floor.zones} availability zones; no constraint needs more.`;
  }
  const others = option.constraints.filter((c) => c !== binding);
  const next = others.reduce<Constraint | null>((best, c) => (best === null || c.brokersNeeded > best.brokersNeeded ? c : best), null);
  if (next === null) return null;
  if (next.brokersNeeded >= binding.brokersNeeded) {
    return `${labelOf(binding.name)} and ${labelOf(next.name).toLowerCase()} both need ${binding.brokersNeeded} brokers: easing one alone changes nothing.`;
  }
  const saving = binding.brokersNeeded - next.brokersNeeded;
  return `${labelOf(binding.name)} sets the count; the next constraint, ${labelOf(next.name).toLowerCase()}, needs ${next.brokersNeeded}, so easing ${labelOf(binding.name).toLowerCase()} alone could save up to ${saving} broker${saving === 1 ? '' : 's'}.`;
}
