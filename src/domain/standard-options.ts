/** Pricing MSK Standard brokers (SPEC §4.3) and self-managed Kafka on the same EC2 types (SPEC §7). */
import { CONTROLLER_VOLUME_GIB, GP3_MAX_THROUGHPUT_MIBPS, ZOOKEEPER_BROKER_LIMIT, type EditableAssumptions } from './assumptions';
import { crossAzCostUsd, makeMonthlyCost, missingPriceReason, missingPrices } from './cost';
import type { RegionPrices, StandardBrokerSpec } from './price-book';
import type { SizedOption, WorkloadFigures } from './result';
import type { Scenario } from './scenario';
import { provisionedThroughputPerBroker, sizeStandardBrokers } from './standard-sizing';
import { hourlyToMonthlyUsd } from './units';

export type StandardSizing = ReturnType<typeof sizeStandardBrokers>;

interface OptionContext {
  readonly scenario: Scenario;
  readonly region: RegionPrices;
  readonly workload: WorkloadFigures;
  readonly assumptions: EditableAssumptions;
}

function brokerWarnings(s: Scenario, spec: StandardBrokerSpec, brokers: number): string[] {
  const warnings: string[] = [];
  if (spec.isBurstable) {
    warnings.push(`Development and test only: ${spec.ec2Type} runs on CPU credits, which limit sustained throughput; its capacity here uses EC2 baselines (MSK best practices).`);
  }
  const replicasPerBroker = (s.partitions * s.replicationFactor) / brokers;
  if (replicasPerBroker > spec.recommendedMaxPartitions) {
    warnings.push(`${Math.ceil(replicasPerBroker)} partition replicas per broker exceed the recommended ${spec.recommendedMaxPartitions} for this size (MSK best practices, partitions per broker).`);
  }
  if (brokers > ZOOKEEPER_BROKER_LIMIT) {
    warnings.push(`${brokers} brokers: clusters above ${ZOOKEEPER_BROKER_LIMIT} brokers need KRaft mode (MSK quotas: 30 brokers with ZooKeeper, 60 with KRaft).`);
  }
  return warnings;
}

function quotaReason(s: Scenario, brokers: number): string | null {
  return brokers > s.brokerQuota
    ? `Needs ${brokers} brokers, more than the quota of ${s.brokerQuota} brokers per cluster.`
    : null;
}

/** One MSK Standard option: its broker count, constraints and monthly cost lines. */
export function priceStandardOption(ctx: OptionContext, spec: StandardBrokerSpec, sized: StandardSizing = sizeStandardBrokers(ctx.scenario, spec, ctx.workload, ctx.assumptions)): SizedOption {
  const { scenario: s, region, workload } = ctx;
  const storagePerBrokerGiB = Math.max(spec.storageMinGiB, workload.localStorageProvisionedGiB / sized.brokers);
  const pstPerBroker = provisionedThroughputPerBroker(s, spec);
  const tiered = workload.tieredStorageGiB > 0;
  const missing = missingPrices([
    [`${spec.instanceType} broker-hours`, region.mskBrokerHourly[spec.instanceType]],
    ['MSK broker storage', region.mskStoragePerGbMonth],
    ['cross-AZ data transfer', region.crossAzPerGbEachDirection],
    ['MSK tiered storage', tiered ? region.tieredStoragePerGbMonth : 0],
    ['MSK provisioned storage throughput', pstPerBroker > 0 ? region.provisionedThroughputPerMiBpsMonth : 0],
  ]);
  const base = {
    id: `msk-standard:${spec.instanceType}`,
    deployment: 'msk-standard' as const,
    instanceType: spec.instanceType,
    brokers: sized.brokers,
    bottleneck: sized.bottleneck,
    constraints: sized.constraints,
    storagePerBrokerGiB,
    warnings: brokerWarnings(s, spec, sized.brokers),
  };
  if (missing.length > 0) {
    return { ...base, available: false, unavailableReason: missingPriceReason(missing, region.code), monthlyCostUsd: null };
  }
  const monthlyCostUsd = makeMonthlyCost({
    brokers: hourlyToMonthlyUsd(region.mskBrokerHourly[spec.instanceType] ?? 0, sized.brokers),
    storage: storagePerBrokerGiB * sized.brokers * (region.mskStoragePerGbMonth ?? 0),
    tieredStorage: workload.tieredStorageGiB * (region.tieredStoragePerGbMonth ?? 0),
    provisionedThroughput: sized.brokers * pstPerBroker * (region.provisionedThroughputPerMiBpsMonth ?? 0),
    crossAz: crossAzCostUsd(workload.crossAzGiBPerMonth, region.crossAzPerGbEachDirection ?? 0, false),
  }, s.discountPct);
  const reason = quotaReason(s, sized.brokers);
  return { ...base, available: reason === null, unavailableReason: reason, monthlyCostUsd };
}

/**
 * Self-managed Kafka on the same EC2 type: MSK's broker count (MSK performs like Kafka on the same
 * instances), gp3 volumes of the same size, gp3 throughput above the included 125 MiB/s when the
 * per-broker write rate needs it, KRaft controllers, cross-AZ for all three flows, and
 * operations time (SPEC §7).
 */
export function priceSelfManagedOption(ctx: OptionContext, spec: StandardBrokerSpec, sized: StandardSizing = sizeStandardBrokers(ctx.scenario, spec, ctx.workload, ctx.assumptions)): SizedOption {
  const { scenario: s, region, workload } = ctx;
  const storagePerBrokerGiB = Math.max(spec.storageMinGiB, workload.localStorageProvisionedGiB / sized.brokers);
  const controller = s.selfManaged.controllerInstance;
  const missing = missingPrices([
    [`EC2 ${spec.ec2Type}`, region.ec2Hourly[spec.ec2Type]],
    ['EBS gp3 storage', region.gp3PerGbMonth],
    ['EBS gp3 throughput', region.gp3ThroughputPerMiBpsMonth],
    ['cross-AZ data transfer', region.crossAzPerGbEachDirection],
    [`EC2 ${controller} (controllers)`, s.selfManaged.controllerCount > 0 ? region.ec2Hourly[controller] : 0],
  ]);
  const warnings = brokerWarnings(s, spec, sized.brokers).filter((w) => !w.includes('KRaft'));
  if (s.selfManaged.opsHoursPerMonth === 0) {
    warnings.push('No operations time entered: running Kafka yourself costs engineering hours (patching, upgrades, rebalancing, on-call).');
  }
  const base = {
    id: `self-managed:${spec.ec2Type}`,
    deployment: 'self-managed' as const,
    instanceType: spec.ec2Type,
    brokers: sized.brokers,
    bottleneck: sized.bottleneck,
    constraints: sized.constraints,
    storagePerBrokerGiB,
    warnings,
  };
  if (missing.length > 0) {
    return { ...base, available: false, unavailableReason: missingPriceReason(missing, region.code), monthlyCostUsd: null };
  }
  const gp3 = region.gp3PerGbMonth ?? 0;
  // SPEC §7: gp3 throughput above the included 125 MiB/s when the per-broker write rate (peak ingress × RF) needs it.
  const perBrokerThroughput = Math.min(workload.networkWriteMiBps / sized.brokers, GP3_MAX_THROUGHPUT_MIBPS);
  const extraThroughputPerBroker = Math.max(0, perBrokerThroughput - (region.gp3IncludedMiBps ?? 0));
  const count = s.selfManaged.controllerCount;
  const monthlyCostUsd = makeMonthlyCost({
    brokers: hourlyToMonthlyUsd(region.ec2Hourly[spec.ec2Type] ?? 0, sized.brokers),
    storage: storagePerBrokerGiB * sized.brokers * gp3,
    provisionedThroughput: extraThroughputPerBroker * sized.brokers * (region.gp3ThroughputPerMiBpsMonth ?? 0),
    crossAz: crossAzCostUsd(workload.crossAzGiBPerMonth, region.crossAzPerGbEachDirection ?? 0, true),
    controllers: count === 0 ? 0 : hourlyToMonthlyUsd(region.ec2Hourly[controller] ?? 0, count) + count * CONTROLLER_VOLUME_GIB * gp3,
    operations: s.selfManaged.opsHoursPerMonth * s.selfManaged.opsHourlyUsd,
  }, s.discountPct);
  const reason = quotaReason(s, sized.brokers);
  return { ...base, available: reason === null, unavailableReason: reason, monthlyCostUsd };
}
