/**
 * Right-sizing the cluster a user runs today (SPEC §13.1, §13.2): price it, check it against the
 * scenario's workload with the capacities of sections 4, 5 and 7, and try what MSK allows in place
 * (fewer brokers, one or two sizes smaller, M5 → M7g), keeping the volumes (EBS never shrinks).
 */
import type { EditableAssumptions } from '../assumptions';
import type { PriceBook, RegionPrices } from '../price-book';
import { COST_LINES, type ConstraintName, type MonthlyCost, type SizedOption } from '../result';
import type { Scenario } from '../scenario';
import { sizeOptions } from '../size-options';
import { HOURS_PER_MONTH } from '../units';
import { CPU_LIMIT_PCT, M7G_CPU_FACTOR } from './current-assumptions';
import type { CurrentCluster } from './current-schema';
import type { CheckValue, CurrentResult, RightSizingCandidate, RightSizingCheck } from './current-result';

/** A section 4/5/7 constraint as the check it is here: Express's ingress and egress are its network limits. */
const CHECK_OF: Readonly<Record<ConstraintName, RightSizingCheck>> = {
  storageThroughput: 'storageThroughput',
  networkThroughput: 'networkThroughput',
  ingress: 'networkThroughput',
  egress: 'networkThroughput',
  partitions: 'partitions',
  storage: 'storage',
  memory: 'memory',
};

/** What every candidate is checked and priced with. */
interface Context {
  readonly scenario: Scenario;
  readonly current: CurrentCluster & { readonly instanceType: string; readonly brokers: number };
  readonly priceBook: PriceBook;
  readonly region: RegionPrices;
  readonly options: readonly SizedOption[];
  readonly localStorageNeededGiB: number;
  readonly m7gCpuFactor: number;
}

/** A check with its verdict: a throughput check fails when its constraint alone needs more brokers. */
interface Checked extends CheckValue {
  readonly fails: boolean;
}

const ratio = (c: CheckValue) => (c.limit > 0 ? c.value / c.limit : Number.POSITIVE_INFINITY);
const byRatio = (a: CheckValue, b: CheckValue) => ratio(b) - ratio(a);

function optionId(deployment: CurrentCluster['deployment'], instanceType: string): string {
  return `${deployment}:${instanceType}`;
}

function vcpuOf(priceBook: PriceBook, deployment: CurrentCluster['deployment'], instanceType: string): number {
  if (deployment === 'msk-express') return priceBook.expressBrokers.find((b) => b.instanceType === instanceType)?.vcpu ?? Number.NaN;
  const spec = priceBook.standardBrokers.find((b) => (deployment === 'self-managed' ? b.ec2Type : b.instanceType) === instanceType);
  return spec?.vcpu ?? Number.NaN;
}

const familyOf = (instanceType: string) =>
  /m7g/.test(instanceType) ? 'm7g' : /m5/.test(instanceType) ? 'm5' : /t3/.test(instanceType) ? 't3' : '';

/** Every check of a candidate (SPEC §13.2), worst first. */
function checksOf(ctx: Context, instanceType: string, brokers: number): Checked[] {
  const { scenario, current } = ctx;
  const option = ctx.options.find((o) => o.id === optionId(current.deployment, instanceType));
  const checks: Checked[] = [];
  for (const c of option?.constraints ?? []) {
    if (c.name === 'partitions') continue;
    checks.push({ check: CHECK_OF[c.name], value: c.demand, limit: c.capacityPerBroker * brokers, fails: c.brokersNeeded > brokers });
  }
  // The sized count also carries the safety margin and the replication factor's floor (SPEC §4.2).
  if (option?.brokers !== null && option?.brokers !== undefined && option.brokers > brokers && !checks.some((c) => c.fails)) {
    const worst = [...checks].sort(byRatio)[0];
    if (worst) checks[checks.indexOf(worst)] = { ...worst, fails: true };
  }
  const partitionLimit = recommendedPartitions(ctx, option);
  const replicas = (scenario.partitions * scenario.replicationFactor) / brokers;
  checks.push({ check: 'partitions', value: replicas, limit: partitionLimit, fails: replicas > partitionLimit });
  if (current.volumeGiBPerBroker !== undefined) {
    const perBroker = ctx.localStorageNeededGiB / brokers;
    const room = scenario.ebsUtilizationTarget * current.volumeGiBPerBroker;
    checks.push({ check: 'disk', value: perBroker, limit: room, fails: perBroker > room });
  }
  const cpu = current.observed?.cpuPeakPct ?? null;
  if (cpu !== null) {
    const before = current.brokers * vcpuOf(ctx.priceBook, current.deployment, current.instanceType);
    const after = brokers * vcpuOf(ctx.priceBook, current.deployment, instanceType);
    const graviton = familyOf(current.instanceType) === 'm5' && familyOf(instanceType) === 'm7g' ? ctx.m7gCpuFactor : 1;
    const projected = ((cpu * before) / after) * graviton;
    checks.push({ check: 'cpu', value: projected, limit: CPU_LIMIT_PCT, fails: projected > CPU_LIMIT_PCT });
  }
  checks.push({ check: 'brokerQuota', value: brokers, limit: scenario.brokerQuota, fails: brokers > scenario.brokerQuota });
  return checks.sort(byRatio);
}

/** SPEC §13.2: partitions per broker against the *recommended* limit, whatever `useMaxPartitions` says. */
function recommendedPartitions(ctx: Context, option: SizedOption | undefined): number {
  const type = option?.instanceType ?? '';
  const standard = ctx.priceBook.standardBrokers.find((b) => b.instanceType === type || b.ec2Type === type);
  const express = ctx.priceBook.expressBrokers.find((b) => b.instanceType === type);
  return standard?.recommendedMaxPartitions ?? express?.recommendedMaxPartitions ?? Number.NaN;
}

const keepOf = (s: Scenario) => 1 - s.discountPct / 100;

/**
 * The monthly cost of `brokers` of `instanceType` with the current volumes: brokers, storage and
 * throughput from the region's prices; every other line (cross-AZ, tiered storage, data, controllers,
 * operations) as the current type's option has it, since it does not change between candidates.
 */
function costOf(ctx: Context, instanceType: string, brokers: number): MonthlyCost | null {
  const { current, region, scenario } = ctx;
  const base = ctx.options.find((o) => o.id === optionId(current.deployment, current.instanceType))?.monthlyCostUsd ?? null;
  if (base === null) return null;
  const keep = keepOf(scenario);
  const volume = current.volumeGiBPerBroker ?? 0;
  const pst = current.provisionedThroughputMiBps;
  let hourly: number | null | undefined;
  let storage = base.storage;
  let throughput = base.provisionedThroughput;
  if (current.deployment === 'msk-standard') {
    hourly = region.mskBrokerHourly[instanceType];
    if (region.mskStoragePerGbMonth === null) return null;
    storage = brokers * volume * region.mskStoragePerGbMonth * keep;
    throughput = pst === null ? 0 : brokers * pst * (region.provisionedThroughputPerMiBpsMonth ?? Number.NaN) * keep;
  } else if (current.deployment === 'self-managed') {
    hourly = region.ec2Hourly[instanceType];
    if (region.gp3PerGbMonth === null) return null;
    storage = brokers * volume * region.gp3PerGbMonth * keep;
    const included = region.gp3IncludedMiBps ?? 0;
    throughput = pst === null ? 0 : Math.max(0, pst - included) * brokers * (region.gp3ThroughputPerMiBpsMonth ?? Number.NaN) * keep;
  } else {
    hourly = region.expressBrokerHourly[instanceType];
  }
  if (hourly === null || hourly === undefined || Number.isNaN(throughput)) return null;
  const lines = { ...base, brokers: brokers * hourly * HOURS_PER_MONTH * keep, storage, provisionedThroughput: throughput };
  const total = COST_LINES.reduce((sum, line) => sum + (lines[line] ?? 0), 0);
  return { ...lines, total };
}

/** SPEC §13.2: the same family one or two sizes smaller, and M5 → M7g of the same size; never T3. */
function candidateTypes(ctx: Context): string[] {
  const { current, priceBook } = ctx;
  if (current.deployment === 'msk-express') {
    const sizes = [...priceBook.expressBrokers].sort((a, b) => a.vcpu - b.vcpu).map((b) => b.instanceType);
    const at = sizes.indexOf(current.instanceType);
    return [current.instanceType, ...sizes.slice(Math.max(0, at - 2), at).reverse()];
  }
  const typeOf = (b: PriceBook['standardBrokers'][number]) => (current.deployment === 'self-managed' ? b.ec2Type : b.instanceType);
  const family = familyOf(current.instanceType);
  const sameFamily = priceBook.standardBrokers.filter((b) => b.family === family && !b.isBurstable).sort((a, b) => a.vcpu - b.vcpu);
  const sizes = sameFamily.map(typeOf);
  const at = sizes.indexOf(current.instanceType);
  const smaller = at < 0 ? [] : sizes.slice(Math.max(0, at - 2), at).reverse();
  const graviton =
    family === 'm5' ? priceBook.standardBrokers.map(typeOf).filter((t) => t === current.instanceType.replace('m5', 'm7g')) : [];
  return [current.instanceType, ...smaller, ...graviton];
}

/** SPEC §13.2: the current count, then one broker fewer per AZ at a time, never below max(RF, 3). */
function candidateCounts(ctx: Context): number[] {
  const { current, scenario } = ctx;
  const floor = Math.max(scenario.replicationFactor, 3);
  const counts: number[] = [];
  for (let n = current.brokers; n >= floor; n -= scenario.availabilityZones) counts.push(n);
  return counts;
}

function candidate(ctx: Context, instanceType: string, brokers: number, currentTotal: number | null): RightSizingCandidate {
  const checks = checksOf(ctx, instanceType, brokers);
  const failed = checks.filter((c) => c.fails).map(({ check, value, limit }) => ({ check, value, limit }));
  const [first] = checks;
  const binding = first
    ? { check: first.check, value: first.value, limit: first.limit }
    : { check: 'brokerQuota' as const, value: brokers, limit: brokers };
  const monthlyCostUsd = costOf(ctx, instanceType, brokers);
  return {
    instanceType,
    brokers,
    passes: failed.length === 0 && monthlyCostUsd !== null,
    binding,
    failsOn: failed[0] ?? null,
    failed,
    checks: checks.map(({ check, value, limit }) => ({ check, value, limit })),
    monthlyCostUsd,
    monthlySavingUsd: monthlyCostUsd === null || currentTotal === null ? null : currentTotal - monthlyCostUsd.total,
    recommended: false,
  };
}

/** The current cluster's figures when it has no brokers to count (MSK Serverless): its option, as priced and checked. */
function serverlessResult(options: readonly SizedOption[]): CurrentResult {
  const option = options.find((o) => o.deployment === 'msk-serverless');
  return {
    deployment: 'msk-serverless',
    instanceType: null,
    brokers: null,
    monthlyCostUsd: option?.monthlyCostUsd ?? null,
    fits: option?.available ?? false,
    constraints: [],
    verdict: option?.available ? 'right-sized' : 'under-provisioned',
    needs: null,
    candidates: [],
  };
}

/**
 * `result.current` (SPEC §13.1): the current cluster priced in the scenario's region and checked with
 * the scenario's workload (sized, like the options, for the cluster run: with the replication tool's
 * reads), then the candidates of §13.2, the cheapest passing one recommended when it saves money.
 */
export function rightSize(
  scenario: Scenario,
  current: CurrentCluster,
  priceBook: PriceBook,
  assumptions: EditableAssumptions,
): CurrentResult {
  // The current cluster's own provisioned throughput, not the scenario's choice for new options.
  const sizing = sizeOptions({ ...scenario, provisionedThroughputMiBps: current.provisionedThroughputMiBps }, priceBook, assumptions);
  if (current.deployment === 'msk-serverless' || current.instanceType === undefined || current.brokers === undefined) {
    return serverlessResult(sizing.options);
  }
  const ctx: Context = {
    scenario,
    current: { ...current, instanceType: current.instanceType, brokers: current.brokers },
    priceBook,
    region: sizing.region,
    options: sizing.options,
    localStorageNeededGiB: sizing.workload.localStorageNeededGiB,
    m7gCpuFactor: assumptions.m7gCpuFactor ?? M7G_CPU_FACTOR,
  };
  const today = candidate(ctx, current.instanceType, current.brokers, null);
  const currentTotal = today.monthlyCostUsd?.total ?? null;
  const capacityFails = today.failed.filter((c) => c.check !== 'cpu' && c.check !== 'brokerQuota');
  const all = candidateTypes(ctx).flatMap((type) =>
    candidateCounts(ctx)
      .filter((n) => type !== current.instanceType || n !== current.brokers)
      .map((n) => candidate(ctx, type, n, currentTotal)),
  );
  const cheapest = all
    .filter((c) => c.passes && (c.monthlySavingUsd ?? 0) > 0)
    .sort((a, b) => (a.monthlyCostUsd?.total ?? 0) - (b.monthlyCostUsd?.total ?? 0))[0];
  const candidates = all.map((c) => (c === cheapest ? { ...c, recommended: true } : c));
  const option = ctx.options.find((o) => o.id === optionId(current.deployment, ctx.current.instanceType));
  const fits = capacityFails.length === 0;
  return {
    deployment: current.deployment,
    instanceType: current.instanceType,
    brokers: current.brokers,
    monthlyCostUsd: today.monthlyCostUsd,
    fits,
    constraints: constraintsOf(ctx, ctx.current.instanceType, ctx.current.brokers),
    verdict: !fits ? 'under-provisioned' : cheapest ? 'over-provisioned' : 'right-sized',
    needs: fits || capacityFails[0] === undefined ? null : { brokers: option?.brokers ?? current.brokers, check: capacityFails[0].check },
    candidates,
  };
}

/** The current cluster's checks as demand against capacity (CPU and the quota left out: they are not capacities). */
function constraintsOf(ctx: Context, instanceType: string, brokers: number): CurrentResult['constraints'] {
  return checksOf(ctx, instanceType, brokers)
    .filter((c) => c.check !== 'cpu' && c.check !== 'brokerQuota')
    .map((c) => ({ name: c.check, demand: c.value, capacity: c.limit, utilisation: ratio(c) }));
}
