/** Pricing MSK Standard brokers (SPEC §4.3–4.4) and self-managed Kafka on the same EC2 types (SPEC §7). */
import {
  CONTROLLER_VOLUME_GIB, SELF_MANAGED_BROKER_WARNING, ZOOKEEPER_BROKER_LIMIT, type EditableAssumptions,
} from './assumptions';
import { brokersForRawNeed, fitSentence, type BrokerCount } from './broker-count';
import { crossAzCostUsd, crossAzPriceMissing, makeMonthlyCost, missingPriceReason, missingPrices, type NeededPrice } from './cost';
import type { RegionPrices, StandardBrokerSpec } from './price-book';
import type { CodedMessage, MonthlyCost, ProvisionedThroughputPlan, SizedOption, WorkloadFigures } from './result';
import type { Scenario } from './scenario';
import {
  defaultVolume, gp3Volume, provisionedVolume, sizeStandardBrokers, smallestSufficientRate, storageThroughputCapacity, type StandardFactors,
} from './standard-sizing';
import { hourlyToMonthlyUsd, rawBrokersNeeded } from './units';

export interface OptionContext {
  readonly scenario: Scenario;
  readonly region: RegionPrices;
  readonly workload: WorkloadFigures;
  readonly assumptions: EditableAssumptions;
  readonly factors: StandardFactors;
  /** MSK's broker limit per cluster in ZooKeeper mode (30): the limit for sizes without KRaft. */
  readonly zookeeperBrokerLimit: number;
}

/** The lowest PST rate MSK sells, MiB/s (MSK docs: 250 MiB/s, the volume's default). */
const PST_MINIMUM_MIBPS = 250;

function partitionWarning(s: Scenario, spec: StandardBrokerSpec, brokers: number): CodedMessage[] {
  const replicasPerBroker = (s.partitions * s.replicationFactor) / brokers;
  return replicasPerBroker > spec.recommendedMaxPartitions
    ? [{ code: 'partitions-above-recommended', message: `${Math.ceil(replicasPerBroker)} partition replicas per broker exceed the recommended ${spec.recommendedMaxPartitions} for this size (MSK best practices, partitions per broker).` }]
    : [];
}

function t3Warning(spec: StandardBrokerSpec): CodedMessage[] {
  return spec.isBurstable
    ? [{ code: 't3-development-only', message: `Development and test only: ${spec.ec2Type} runs on CPU credits, which limit sustained throughput; its capacity here uses EC2 baselines (MSK best practices).` }]
    : [];
}

function fitText(count: BrokerCount, s: Scenario, limit: number): string {
  return fitSentence(count, s.peakIngressMiBps, limit, s);
}

/** Why an MSK Standard size exceeds its broker limit, or null (SPEC §8, §4.1 for T3). */
function brokerLimitReason(s: Scenario, spec: StandardBrokerSpec, count: BrokerCount, zookeeperLimit: number): CodedMessage | null {
  if (count.brokers > s.brokerQuota) {
    return { code: 'broker-quota', message: `Needs ${count.brokers} brokers, more than the quota of ${s.brokerQuota} brokers per cluster.${fitText(count, s, spec.kraftSupported ? s.brokerQuota : Math.min(s.brokerQuota, zookeeperLimit))}` };
  }
  if (!spec.kraftSupported && count.brokers > zookeeperLimit) {
    return {
      code: 't3-no-kraft',
      message: `Needs ${count.brokers} brokers, but ${spec.instanceType} cannot run in KRaft mode, so ZooKeeper's limit of ${zookeeperLimit} brokers per cluster applies.${fitText(count, s, zookeeperLimit)}`,
    };
  }
  return null;
}

/** The prices an MSK Standard option cannot do without (cross-AZ is not one: SPEC §8). */
function mskStandardNeeds(ctx: OptionContext, spec: StandardBrokerSpec, pstMiBps: number): NeededPrice[] {
  const { region, workload } = ctx;
  return [
    [`${spec.instanceType} broker-hours`, region.mskBrokerHourly[spec.instanceType]],
    ['MSK broker storage', region.mskStoragePerGbMonth],
    ['MSK tiered storage', workload.tieredStorageGiB > 0 ? region.tieredStoragePerGbMonth : 0],
    ['MSK provisioned storage throughput', pstMiBps > 0 ? region.provisionedThroughputPerMiBpsMonth : 0],
  ];
}

function storagePerBroker(spec: StandardBrokerSpec, workload: WorkloadFigures, brokers: number): number {
  return Math.max(spec.storageMinGiB, workload.localStorageProvisionedGiB / brokers);
}

/** SPEC §4.3 cost lines of an MSK Standard size with `brokers` and PST at `pstMiBps` (0 = off). */
function mskStandardCost(ctx: OptionContext, spec: StandardBrokerSpec, brokers: number, pstMiBps: number): MonthlyCost {
  const { scenario: s, region, workload } = ctx;
  return makeMonthlyCost({
    brokers: hourlyToMonthlyUsd(region.mskBrokerHourly[spec.instanceType] ?? 0, brokers),
    storage: storagePerBroker(spec, workload, brokers) * brokers * (region.mskStoragePerGbMonth ?? 0),
    tieredStorage: workload.tieredStorageGiB * (region.tieredStoragePerGbMonth ?? 0),
    provisionedThroughput: brokers * pstMiBps * (region.provisionedThroughputPerMiBpsMonth ?? 0),
    crossAz: crossAzCostUsd(workload.crossAzGiBPerMonth, region.crossAzPerGbEachDirection, false),
  }, s.discountPct);
}

interface StandardCandidate {
  readonly count: BrokerCount;
  readonly pstMiBps: number;
  readonly cost: MonthlyCost | null;
  readonly limitReason: CodedMessage | null;
}

function candidate(ctx: OptionContext, spec: StandardBrokerSpec, count: BrokerCount, pstMiBps: number): StandardCandidate {
  const priced = missingPrices(mskStandardNeeds(ctx, spec, pstMiBps)).length === 0;
  return {
    count, pstMiBps,
    cost: priced ? mskStandardCost(ctx, spec, count.brokers, pstMiBps) : null,
    limitReason: brokerLimitReason(ctx.scenario, spec, count, ctx.zookeeperBrokerLimit),
  };
}

/**
 * SPEC §4.4 "auto": keep PST when it costs less than PST off. Where only one of the two fits the
 * broker limit, that one is kept (a choice SPEC §4.4 leaves open: an option that fits beats one that
 * does not); a tie keeps PST off.
 */
function preferProvisioned(off: StandardCandidate, on: StandardCandidate): boolean {
  if (on.cost === null) return false;
  if (off.cost === null) return true;
  if ((off.limitReason === null) !== (on.limitReason === null)) return on.limitReason === null;
  return on.cost.total < off.cost.total;
}

/** PST off, fixed or auto for one eligible size: the candidate in force and the plan shown to users. */
function choosePst(ctx: OptionContext, spec: StandardBrokerSpec, off: StandardCandidate): { chosen: StandardCandidate; plan: ProvisionedThroughputPlan } {
  const { scenario: s, workload, factors, assumptions } = ctx;
  const setting = s.provisionedThroughputMiBps;
  // Only the storage path depends on the rate: the bisection re-counts that one constraint against
  // the others' largest raw need, instead of re-sizing every constraint at every step.
  let othersRaw = 0;
  for (const c of off.count.constraints) if (c.name !== 'storageThroughput' && c.rawBrokersNeeded > othersRaw) othersRaw = c.rawBrokersNeeded;
  const brokersAt = (r: number) => brokersForRawNeed(
    Math.max(othersRaw, rawBrokersNeeded(s.peakIngressMiBps, storageThroughputCapacity(spec, provisionedVolume(spec, r), factors, s.utilizationStandard))),
    s.availabilityZones, s.replicationFactor, s.brokerSafetyFactor,
  );
  const rate = typeof setting === 'number'
    ? provisionedVolume(spec, setting).volumeMiBps
    : smallestSufficientRate(spec, PST_MINIMUM_MIBPS, brokersAt).rateMiBps;
  const on = candidate(ctx, spec, sizeStandardBrokers(s, spec, workload, factors, provisionedVolume(spec, rate), assumptions), rate);
  const mode = setting === null ? 'off' : setting === 'auto' ? 'auto' : 'fixed';
  const chosen = mode === 'fixed' || (mode === 'auto' && preferProvisioned(off, on)) ? on : off;
  return {
    chosen,
    plan: {
      mode, brokersWithoutPst: off.count.brokers, rateMiBps: rate, brokersAtRate: on.count.brokers,
      totalWithoutPstUsd: off.cost?.total ?? null, totalAtRateUsd: on.cost?.total ?? null,
    },
  };
}

/** One MSK Standard option: its broker count, constraints, PST and monthly cost lines. */
export function priceStandardOption(ctx: OptionContext, spec: StandardBrokerSpec): SizedOption {
  const { scenario: s, region, workload, factors, assumptions } = ctx;
  const off = candidate(ctx, spec, sizeStandardBrokers(s, spec, workload, factors, defaultVolume(spec), assumptions), 0);
  const { chosen, plan } = spec.provisionedThroughputEligible ? choosePst(ctx, spec, off) : { chosen: off, plan: null };
  const { count, pstMiBps } = chosen;
  const missing = missingPrices(mskStandardNeeds(ctx, spec, pstMiBps));
  const warnings = [...t3Warning(spec), ...partitionWarning(s, spec, count.brokers)];
  if (spec.kraftSupported && count.brokers > ZOOKEEPER_BROKER_LIMIT) {
    warnings.push({ code: 'kraft-required', message: `${count.brokers} brokers: clusters above ${ZOOKEEPER_BROKER_LIMIT} brokers need KRaft mode (MSK quotas: 30 brokers with ZooKeeper, 60 with KRaft).` });
  }
  if (region.crossAzPerGbEachDirection === null) warnings.push(crossAzPriceMissing(region.code));
  const unavailable = missing.length > 0 ? missingPriceReason(missing, region.code) : chosen.limitReason;
  return {
    id: `msk-standard:${spec.instanceType}`,
    deployment: 'msk-standard',
    family: spec.family,
    instanceType: spec.instanceType,
    available: unavailable === null,
    unavailable,
    brokers: count.brokers,
    bottleneck: count.bottleneck,
    provisionedThroughputMiBps: pstMiBps > 0 ? pstMiBps : null,
    provisionedThroughputBrokersSaved: pstMiBps > 0 ? off.count.brokers - count.brokers : null,
    provisionedThroughputPlan: plan,
    constraints: count.constraints,
    storagePerBrokerGiB: storagePerBroker(spec, workload, count.brokers),
    monthlyCostUsd: chosen.cost,
    warnings,
  };
}

/**
 * Self-managed Kafka on the same EC2 type (SPEC §7): sized like MSK Standard with a gp3 volume bought
 * at the throughput the model assumes (min(instance EBS, 1,000 MiB/s)); gp3 throughput per broker
 * min(volume, max(125, Ip × storageF / brokers)), the part above the included 125 MiB/s billed;
 * KRaft controllers, cross-AZ for all three flows, and operations time. MSK's quota does not apply.
 */
export function priceSelfManagedOption(ctx: OptionContext, spec: StandardBrokerSpec): SizedOption {
  const { scenario: s, region, workload, factors, assumptions } = ctx;
  const volume = gp3Volume(spec);
  const count = sizeStandardBrokers(s, spec, workload, factors, volume, assumptions);
  const controller = s.selfManaged.controllerInstance;
  const missing = missingPrices([
    [`EC2 ${spec.ec2Type}`, region.ec2Hourly[spec.ec2Type]],
    ['EBS gp3 storage', region.gp3PerGbMonth],
    ['EBS gp3 throughput', region.gp3ThroughputPerMiBpsMonth],
    ['EBS gp3 included throughput', region.gp3IncludedMiBps],
    [`EC2 ${controller} (controllers)`, s.selfManaged.controllerCount > 0 ? region.ec2Hourly[controller] : 0],
  ]);
  const warnings = [...t3Warning(spec), ...partitionWarning(s, spec, count.brokers)];
  if (count.brokers > SELF_MANAGED_BROKER_WARNING) {
    warnings.push({ code: 'very-large-cluster', message: `${count.brokers} brokers in one cluster: MSK's quota does not bind self-managed Kafka, but clusters this large are rare and hard to operate; consider splitting it.` });
  }
  if (s.selfManaged.opsHoursPerMonth === 0) {
    warnings.push({ code: 'no-operations-time', message: 'No operations time entered: running Kafka yourself costs engineering hours (patching, upgrades, rebalancing, on-call).' });
  }
  if (region.crossAzPerGbEachDirection === null) warnings.push(crossAzPriceMissing(region.code));
  const perBrokerGiB = storagePerBroker(spec, workload, count.brokers);
  const base = {
    id: `self-managed:${spec.ec2Type}`,
    deployment: 'self-managed' as const,
    family: spec.family,
    instanceType: spec.ec2Type,
    brokers: count.brokers,
    bottleneck: count.bottleneck,
    provisionedThroughputMiBps: null,
    provisionedThroughputBrokersSaved: null,
    provisionedThroughputPlan: null,
    constraints: count.constraints,
    storagePerBrokerGiB: perBrokerGiB,
    warnings,
  };
  if (missing.length > 0) return { ...base, available: false, unavailable: missingPriceReason(missing, region.code), monthlyCostUsd: null };
  const gp3 = region.gp3PerGbMonth ?? 0;
  const included = region.gp3IncludedMiBps ?? 0;
  const boughtPerBroker = Math.min(volume.volumeMiBps, Math.max(included, (s.peakIngressMiBps * factors.storage.total) / count.brokers));
  const controllers = s.selfManaged.controllerCount;
  const monthlyCostUsd = makeMonthlyCost({
    brokers: hourlyToMonthlyUsd(region.ec2Hourly[spec.ec2Type] ?? 0, count.brokers),
    storage: perBrokerGiB * count.brokers * gp3,
    provisionedThroughput: Math.max(0, boughtPerBroker - included) * count.brokers * (region.gp3ThroughputPerMiBpsMonth ?? 0),
    crossAz: crossAzCostUsd(workload.crossAzGiBPerMonth, region.crossAzPerGbEachDirection, true),
    controllers: controllers === 0 ? 0 : hourlyToMonthlyUsd(region.ec2Hourly[controller] ?? 0, controllers) + controllers * CONTROLLER_VOLUME_GIB * gp3,
    operations: s.selfManaged.opsHoursPerMonth * s.selfManaged.opsHourlyUsd,
  }, s.discountPct);
  return { ...base, available: true, unavailable: null, monthlyCostUsd };
}
