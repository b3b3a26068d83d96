/**
 * The sizing kernel: every option's broker count, provisioned storage throughput, availability,
 * warnings and monthly cost lines, and the recommendation (SPEC §3–8), as numbers in typed arrays.
 * It builds no strings and no objects per option: reasons and warnings are codes, turned into
 * messages only when a result is shown (describe-sizing.ts). `sizeScenario` and the ranges both run
 * it; it is the one place the arithmetic lives.
 */
import {
  CLOSE_ALTERNATIVE_SHARE, CONTROLLER_VOLUME_GIB, EXPRESS_AVAILABILITY_ZONES, EXPRESS_EGRESS_FACTOR, EXPRESS_REPLICATION_FACTOR,
  GP3_MAX_THROUGHPUT_MIBPS, SELF_MANAGED_BROKER_WARNING, ZOOKEEPER_BROKER_LIMIT, type EditableAssumptions,
} from './assumptions';
import type { ExpressBrokerSpec, StandardBrokerSpec } from './price-book';
import { COST_LINES, RECOMMENDATION_CLASSES, type CostLine, type RecommendationClass, type WorkloadFigures } from './result';
import type { Purpose, Scenario } from './scenario';
import { OptionKind, type SizingTable, type TableOption } from './sizing-table';
import type { StandardFactors } from './standard-sizing';
import { HOURS_PER_MONTH, mibpsToGibPerMonth, rawBrokersNeeded, roundUpToMultiple } from './units';
import { clientCrossAzGiBPerMonth } from './workload';

/** Why an option is unavailable (0: it is available). Messages: describe-sizing.ts. */
export const UNAVAILABLE_CODES = ['', 'missing-price', 'broker-quota', 't3-no-kraft', 'express-needs-3-azs', 'serverless-limit'] as const;
export type UnavailableCode = Exclude<(typeof UNAVAILABLE_CODES)[number], ''>;
const MISSING_PRICE = 1;
const BROKER_QUOTA = 2;
const T3_NO_KRAFT = 3;
const EXPRESS_NEEDS_3_AZS = 4;
const SERVERLESS_LIMIT = 5;

/** Option warnings, one bit each (bit i = WARNING_CODES[i]), listed in this order. */
export const WARNING_CODES = [
  't3-development-only', 'partitions-above-recommended', 'express-replication-fixed', 'kraft-required',
  'very-large-cluster', 'no-operations-time', 'cross-az-price-missing', 'serverless-iam-only',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];
const warningBit = (code: WarningCode): number => 1 << WARNING_CODES.indexOf(code);
const W_T3 = warningBit('t3-development-only');
const W_PARTITIONS = warningBit('partitions-above-recommended');
const W_KRAFT = warningBit('kraft-required');
const W_CROSS_AZ = warningBit('cross-az-price-missing');
const W_LARGE = warningBit('very-large-cluster');
const W_NO_OPS = warningBit('no-operations-time');
const W_EXPRESS_RF = warningBit('express-replication-fixed');
const W_IAM = warningBit('serverless-iam-only');

/** Prices an option cannot do without, one bit each, so a reason can name the missing ones. */
export const NEEDED_PRICES = [
  'brokerHours', 'mskStorage', 'tieredStorage', 'provisionedThroughput', 'expressStorage', 'expressDataIn',
  'serverlessClusterHours', 'serverlessPartitionHours', 'serverlessDataIn', 'serverlessDataOut', 'serverlessStorage',
  'ec2Instance', 'gp3Storage', 'gp3Throughput', 'gp3Included', 'controllers',
] as const;
export type NeededPrice = (typeof NEEDED_PRICES)[number];
const priceBit = (price: NeededPrice): number => 1 << NEEDED_PRICES.indexOf(price);

/** Serverless quotas a scenario breaks, one bit each (SPEC §6). */
export const SERVERLESS_LIMITS = ['clusterIngress', 'clusterEgress', 'clusterPartitions', 'partitionIngress', 'partitionEgress'] as const;
export type ServerlessLimit = (typeof SERVERLESS_LIMITS)[number];

/** Constraint slots per option: Standard has five (storageThroughput, networkThroughput, partitions, storage, memory). */
export const MAX_CONSTRAINTS = 5;
/** Constraint names in the order of result.ts's CONSTRAINT_ORDER; the kernel writes their indexes. */
export const CONSTRAINT_NAMES = ['storageThroughput', 'networkThroughput', 'ingress', 'egress', 'partitions', 'storage', 'memory'] as const;
const C_STORAGE_THROUGHPUT = 0;
const C_NETWORK_THROUGHPUT = 1;
const C_INGRESS = 2;
const C_EGRESS = 3;
const C_PARTITIONS = 4;
const C_STORAGE = 5;
const C_MEMORY = 6;

const LINES = COST_LINES.length;
const L_BROKERS = COST_LINES.indexOf('brokers');
const L_STORAGE = COST_LINES.indexOf('storage');
const L_TIERED = COST_LINES.indexOf('tieredStorage');
const L_PST = COST_LINES.indexOf('provisionedThroughput');
const L_DATA_IN = COST_LINES.indexOf('dataIn');
const L_DATA_OUT = COST_LINES.indexOf('dataOut');
const L_CROSS_AZ = COST_LINES.indexOf('crossAz');
const L_CONTROLLERS = COST_LINES.indexOf('controllers');
const L_OPERATIONS = COST_LINES.indexOf('operations');

/** The lowest PST rate MSK sells, MiB/s (MSK docs: 250 MiB/s, the volume's default). */
export const PST_MINIMUM_MIBPS = 250;

/**
 * The kernel's output for `rows` sizings of the same options (row r, option o at r × options + o).
 * NaN stands for "none" (Serverless has no brokers; a missing price leaves no total).
 */
export interface SizingFigures {
  readonly rows: number;
  readonly options: number;
  readonly brokers: Float64Array;
  /** Index into CONSTRAINT_NAMES, or -1. */
  readonly bottleneck: Int8Array;
  /** Index into UNAVAILABLE_CODES; 0 = available. */
  readonly unavailable: Uint8Array;
  /** NEEDED_PRICES bits that are missing (why "missing-price"), or SERVERLESS_LIMITS bits (why "serverless-limit"). */
  readonly reasonBits: Uint32Array;
  /** WARNING_CODES bits. */
  readonly warnings: Uint16Array;
  /** PST in force, MiB/s per broker; 0 = none. */
  readonly pstMiBps: Float64Array;
  /** The PST plan of eligible Standard sizes (NaN elsewhere): brokers and totals without PST and at the rate. */
  readonly planRateMiBps: Float64Array;
  readonly planBrokersOff: Float64Array;
  readonly planBrokersAtRate: Float64Array;
  readonly planTotalOff: Float64Array;
  readonly planTotalAtRate: Float64Array;
  readonly storagePerBrokerGiB: Float64Array;
  /** Discounted cost lines in COST_LINES order (× LINES per option); crossAz NaN when not published. */
  readonly lines: Float64Array;
  /** Discounted total of the priced lines; NaN when a needed price is missing. */
  readonly total: Float64Array;
  /** Per row: the overall recommendation's option index (-1 none), and the cheapest of each class. */
  readonly overall: Int16Array;
  readonly byClass: Int16Array;
  /** Per option's constraints (× MAX_CONSTRAINTS), only when sized with detail: name index (-1 unused), demand, capacity per broker. */
  readonly constraintName: Int8Array | null;
  readonly demand: Float64Array | null;
  readonly capacity: Float64Array | null;
}

/** Output arrays for `rows` sizings of a table's options; `detail` adds the per-constraint figures. */
export function allocateFigures(table: SizingTable, rows: number, detail: boolean): SizingFigures {
  const n = table.options.length;
  const cells = rows * n;
  const nan = (size: number) => new Float64Array(size).fill(Number.NaN);
  return {
    rows, options: n,
    brokers: nan(cells), bottleneck: new Int8Array(cells).fill(-1), unavailable: new Uint8Array(cells), reasonBits: new Uint32Array(cells),
    warnings: new Uint16Array(cells), pstMiBps: new Float64Array(cells),
    planRateMiBps: nan(cells), planBrokersOff: nan(cells), planBrokersAtRate: nan(cells), planTotalOff: nan(cells), planTotalAtRate: nan(cells),
    storagePerBrokerGiB: nan(cells), lines: new Float64Array(cells * LINES), total: nan(cells),
    overall: new Int16Array(rows).fill(-1), byClass: new Int16Array(rows * RECOMMENDATION_CLASSES.length).fill(-1),
    constraintName: detail ? new Int8Array(cells * MAX_CONSTRAINTS).fill(-1) : null,
    demand: detail ? new Float64Array(cells * MAX_CONSTRAINTS) : null,
    capacity: detail ? new Float64Array(cells * MAX_CONSTRAINTS) : null,
  };
}

/** Everything one sizing reads besides the table: the scenario and what follows from it. */
export interface KernelInput {
  readonly scenario: Scenario;
  readonly workload: WorkloadFigures;
  readonly factors: StandardFactors;
  readonly assumptions: EditableAssumptions;
}

/**
 * SPEC §4.2: `ceil((max raw need + safety) / AZ) × AZ`, and at least `minBrokers`: RF rounded up to
 * the AZ count, worked out once per sizing.
 */
export function brokersForRawNeed(maxRawNeed: number, availabilityZones: number, minBrokers: number, brokerSafetyFactor: number): number {
  return Math.max(roundUpToMultiple(maxRawNeed + brokerSafetyFactor, availabilityZones), minBrokers);
}

/** Partition replicas one broker may hold: the recommended maximum, or the hard maximum on request. */
export function partitionLimit(s: Scenario, spec: { recommendedMaxPartitions: number; maxPartitions: number }): number {
  return s.useMaxPartitions ? spec.maxPartitions : spec.recommendedMaxPartitions;
}

/** Ingress one broker's storage path carries: min(instance EBS, volume) ÷ storageF × utilisation × TLS, MiB/s (SPEC §4.1). */
export function storageThroughputCapacity(spec: StandardBrokerSpec, volumeMiBps: number, factors: StandardFactors, utilization: number): number {
  return (Math.min(spec.ebsThroughputMiBps, volumeMiBps) / factors.storage.total) * (utilization * factors.tlsFactor);
}

/** Self-managed gp3, bought at the throughput the model assumes: min(instance EBS, gp3's 1,000 MiB/s maximum) (SPEC §7). */
export function gp3VolumeMiBps(spec: StandardBrokerSpec): number {
  return Math.min(spec.ebsThroughputMiBps, GP3_MAX_THROUGHPUT_MIBPS);
}

/** Most PST one broker of this size may buy (its EBS figure when the price data gives no maximum), MiB/s. */
export function pstMaximum(spec: StandardBrokerSpec): number {
  return spec.provisionedThroughputMaxMiBps ?? spec.ebsThroughputMiBps;
}

/**
 * SPEC §4.4 "auto": the smallest whole rate in MiB/s from 250 up to the size's maximum (the maximum
 * itself when it is not whole) that gives as few brokers as PST at the maximum. Only the storage path
 * depends on the rate: brokers fall to that target once its raw need is at most `target − safety`,
 * that is once the storage capacity reaches `peak ingress ÷ (target − safety)`, which gives the rate
 * directly. Brokers never rise as PST rises, so a step or two either way settles any rounding.
 */
export function smallestSufficientRate(spec: StandardBrokerSpec, s: Scenario, factors: StandardFactors, othersRawNeed: number): number {
  const max = pstMaximum(spec);
  const minBrokers = roundUpToMultiple(s.replicationFactor, s.availabilityZones);
  const brokersAt = (rate: number) => brokersForRawNeed(
    Math.max(othersRawNeed, rawBrokersNeeded(s.peakIngressMiBps, storageThroughputCapacity(spec, Math.min(rate, max), factors, s.utilizationStandard))),
    s.availabilityZones, minBrokers, s.brokerSafetyFactor,
  );
  const target = brokersAt(max);
  const low = Math.ceil(PST_MINIMUM_MIBPS);
  const high = Math.floor(max);
  if (high < low || brokersAt(high) > target) return max;
  const allowedRaw = target - s.brokerSafetyFactor;
  const perBroker = (s.peakIngressMiBps / allowedRaw) * factors.storage.total / (s.utilizationStandard * factors.tlsFactor);
  let rate = Math.min(high, Math.max(low, Math.ceil(Number.isFinite(perBroker) ? perBroker : high)));
  while (rate < high && brokersAt(rate) > target) rate += 1;
  while (rate > low && brokersAt(rate - 1) <= target) rate -= 1;
  return rate;
}

/** The Serverless quotas the scenario breaks, as SERVERLESS_LIMITS bits (SPEC §6); 0 when it fits. */
export function serverlessLimitBits(s: Scenario, limits: SizingTable['priceBook']['serverlessLimits']): number {
  let bits = 0;
  if (s.peakIngressMiBps > limits.maxIngressMiBps) bits |= 1;
  if (s.peakEgressMiBps > limits.maxEgressMiBps) bits |= 2;
  if (s.partitions > limits.maxPartitions) bits |= 4;
  if (s.partitions < Math.ceil(s.peakIngressMiBps / limits.maxIngressMiBpsPerPartition)) bits |= 8;
  if (s.partitions < Math.ceil(s.peakEgressMiBps / limits.maxEgressMiBpsPerPartition)) bits |= 16;
  return bits;
}

/** Writes one constraint's figures when sizing with detail. */
function putConstraint(f: SizingFigures, cell: number, slot: number, name: number, demand: number, capacity: number): void {
  if (f.constraintName === null || f.demand === null || f.capacity === null) return;
  const at = cell * MAX_CONSTRAINTS + slot;
  f.constraintName[at] = name;
  f.demand[at] = demand;
  f.capacity[at] = capacity;
}

/** The scratch a Standard count leaves behind: raw needs per constraint (NaN = constraint absent). */
const raw = new Float64Array(MAX_CONSTRAINTS);
const rawName = new Int8Array(MAX_CONSTRAINTS);
const capacityScratch = new Float64Array(MAX_CONSTRAINTS);

/**
 * Brokers for the raw needs in `raw` (first `count` slots), and the bottleneck: the constraint needing
 * the most brokers once rounded to the AZ count, ties to the earlier. Rounding is monotonic, so the
 * bottleneck is the first constraint whose raw need rounds to the same multiple as the largest.
 */
function countFromRaw(count: number, azs: number, minBrokers: number, safety: number, f: SizingFigures, cell: number): number {
  let maxRaw = 0;
  for (let i = 0; i < count; i += 1) maxRaw = Math.max(maxRaw, raw[i] ?? 0);
  const roundedMax = roundUpToMultiple(maxRaw, azs);
  let i = 0;
  while (i < count - 1 && (raw[i] ?? 0) <= roundedMax - azs) i += 1;
  f.bottleneck[cell] = rawName[i] ?? -1;
  return brokersForRawNeed(maxRaw, azs, minBrokers, safety);
}

/** Sets constraint slot `i` of the option being sized: its raw need into the scratch, its figures when sizing with detail. */
function setConstraint(f: SizingFigures, cell: number, i: number, name: number, demand: number, capacity: number): void {
  raw[i] = rawBrokersNeeded(demand, capacity);
  rawName[i] = name;
  capacityScratch[i] = capacity;
  putConstraint(f, cell, i, name, demand, capacity);
}

/**
 * The constraints MSK Standard and self-managed Kafka share on one EC2 type (all but the storage
 * path, whose volume differs): raw need and capacity per slot, kept from the MSK Standard sizing of
 * that type for the self-managed one in the same `sizeInto` call (the table lists MSK Standard first).
 */
const sharedByType = { raw: new Float64Array(0), capacity: new Float64Array(0) };

/** Makes room for every Standard EC2 type of the table (once per table size, never mid-sizing). */
function sharedSlots(types: number): void {
  const needed = types * MAX_CONSTRAINTS;
  if (sharedByType.raw.length >= needed) return;
  sharedByType.raw = new Float64Array(needed);
  sharedByType.capacity = new Float64Array(needed);
}

/** The cluster-wide demand of a shared Standard constraint slot (1–4). */
function sharedDemand(input: KernelInput, slot: number): number {
  const { scenario: s, workload } = input;
  if (slot === 1) return s.peakIngressMiBps;
  if (slot === 2) return s.partitions * s.replicationFactor;
  if (slot === 3) return workload.localStorageProvisionedGiB;
  return workload.pageCacheGiB ?? 0;
}

const SHARED_SLOT_NAMES = [C_STORAGE_THROUGHPUT, C_NETWORK_THROUGHPUT, C_PARTITIONS, C_STORAGE, C_MEMORY];

/**
 * Sets the constraints of a Standard-sized broker (MSK Standard or self-managed) at `volumeMiBps`
 * (SPEC §4.2) and returns how many; `reuse` takes all but the storage path from the MSK Standard
 * sizing of the same type.
 */
function standardConstraints(input: KernelInput, o: TableOption, spec: StandardBrokerSpec, volumeMiBps: number, reuse: boolean, f: SizingFigures, cell: number): number {
  const { scenario: s, workload, factors, assumptions } = input;
  setConstraint(f, cell, 0, C_STORAGE_THROUGHPUT, s.peakIngressMiBps, storageThroughputCapacity(spec, volumeMiBps, factors, s.utilizationStandard));
  const at = o.typeIndex * MAX_CONSTRAINTS;
  const hasMemory = workload.pageCacheGiB !== null && s.ramCacheSeconds !== null;
  const count = hasMemory ? 5 : 4;
  if (reuse) {
    for (let i = 1; i < count; i += 1) {
      raw[i] = sharedByType.raw[at + i] ?? 0;
      rawName[i] = SHARED_SLOT_NAMES[i] ?? -1;
      if (f.constraintName !== null) putConstraint(f, cell, i, rawName[i] ?? -1, sharedDemand(input, i), sharedByType.capacity[at + i] ?? 0);
    }
    return count;
  }
  setConstraint(f, cell, 1, C_NETWORK_THROUGHPUT, s.peakIngressMiBps, (spec.nicThroughputMiBps / factors.network.total) * (s.utilizationStandard * factors.tlsFactor));
  setConstraint(f, cell, 2, C_PARTITIONS, s.partitions * s.replicationFactor, partitionLimit(s, spec));
  setConstraint(f, cell, 3, C_STORAGE, workload.localStorageProvisionedGiB, spec.storageMaxGiB);
  if (workload.pageCacheGiB !== null && hasMemory) setConstraint(f, cell, 4, C_MEMORY, workload.pageCacheGiB, spec.memGiB * assumptions.pageCacheShare);
  for (let i = 1; i < count; i += 1) {
    sharedByType.raw[at + i] = raw[i] ?? 0;
    sharedByType.capacity[at + i] = capacityScratch[i] ?? 0;
  }
  return count;
}

/**
 * What every option of one sizing shares, worked out once per sizing by `sizeInto`: the share the
 * discount keeps of every line (SPEC §1), and each deployment's cross-AZ line before discount, NaN
 * when the region publishes no price (every crossing GiB pays on both sides).
 */
const shared = { keep: 1, mskCrossAzUsd: 0, expressCrossAzUsd: 0, selfManagedCrossAzUsd: 0, controllerHourlyUsd: 0, minBrokers: 0, expressMinBrokers: 0 };

function setShared(table: SizingTable, input: KernelInput): void {
  const { scenario: s, workload } = input;
  const price = table.prices.crossAzPerGbEachDirection;
  const clients = clientCrossAzGiBPerMonth(s, s.replicationFactor);
  shared.keep = 1 - s.discountPct / 100;
  shared.mskCrossAzUsd = clients * price * 2;
  // MSK does not bill replication between brokers; self-managed Kafka pays for it. Express always keeps 3 replicas.
  shared.selfManagedCrossAzUsd = (clients + workload.crossAzGiBPerMonth.replication) * price * 2;
  shared.expressCrossAzUsd = clientCrossAzGiBPerMonth(s, EXPRESS_REPLICATION_FACTOR) * price * 2;
  shared.controllerHourlyUsd = table.ec2HourlyUsd(s.selfManaged.controllerInstance);
  sharedSlots(table.priceBook.standardBrokers.length);
  // SPEC §4.2: at least RF brokers, rounded up to the AZ count.
  shared.minBrokers = roundUpToMultiple(s.replicationFactor, s.availabilityZones);
  shared.expressMinBrokers = roundUpToMultiple(EXPRESS_REPLICATION_FACTOR, EXPRESS_AVAILABILITY_ZONES);
}


/** One option's cost lines before discount (SPEC §4.3, §5–7), filled by each sizing: lines it does not have stay 0. */
const line: Record<CostLine, number> = { brokers: 0, storage: 0, tieredStorage: 0, provisionedThroughput: 0, dataIn: 0, dataOut: 0, crossAz: 0, controllers: 0, operations: 0 };

function clearLines(): void {
  line.brokers = 0;
  line.storage = 0;
  line.tieredStorage = 0;
  line.provisionedThroughput = 0;
  line.dataIn = 0;
  line.dataOut = 0;
  line.crossAz = 0;
  line.controllers = 0;
  line.operations = 0;
}

/**
 * The discounted total of the lines, in COST_LINES order; when `cell` ≥ 0 also writes each
 * discounted line there. A NaN line (cross-AZ without a published price) is left out of the total
 * (SPEC §8: the total then says it excludes it).
 */
function finishLines(f: SizingFigures, cell: number): number {
  const keep = shared.keep;
  const brokers = line.brokers * keep;
  const storage = line.storage * keep;
  const tieredStorage = line.tieredStorage * keep;
  const provisionedThroughput = line.provisionedThroughput * keep;
  const dataIn = line.dataIn * keep;
  const dataOut = line.dataOut * keep;
  const crossAz = line.crossAz * keep;
  const controllers = line.controllers * keep;
  const operations = line.operations * keep;
  if (cell >= 0) {
    const at = cell * LINES;
    f.lines[at + L_BROKERS] = brokers;
    f.lines[at + L_STORAGE] = storage;
    f.lines[at + L_TIERED] = tieredStorage;
    f.lines[at + L_PST] = provisionedThroughput;
    f.lines[at + L_DATA_IN] = dataIn;
    f.lines[at + L_DATA_OUT] = dataOut;
    f.lines[at + L_CROSS_AZ] = crossAz;
    f.lines[at + L_CONTROLLERS] = controllers;
    f.lines[at + L_OPERATIONS] = operations;
  }
  clearLines();
  return brokers + storage + tieredStorage + provisionedThroughput + dataIn + dataOut + (crossAz === crossAz ? crossAz : 0) + controllers + operations;
}

/** SPEC §4.3: an MSK Standard size's lines at `brokers` and PST `pst` (0 = off). */
function mskStandardLines(input: KernelInput, table: SizingTable, o: TableOption, spec: StandardBrokerSpec, brokers: number, pst: number): void {
  const workload = input.workload;
  const p = table.prices;
  line.brokers = brokers * o.brokerHourlyUsd * HOURS_PER_MONTH;
  line.storage = Math.max(spec.storageMinGiB, workload.localStorageProvisionedGiB / brokers) * brokers * p.mskStoragePerGbMonth;
  line.tieredStorage = workload.tieredStorageGiB > 0 ? workload.tieredStorageGiB * p.tieredStoragePerGbMonth : 0;
  line.provisionedThroughput = pst > 0 ? brokers * pst * p.provisionedThroughputPerMiBpsMonth : 0;
  line.crossAz = shared.mskCrossAzUsd;
}

/** The prices an MSK Standard size cannot do without that are missing (cross-AZ is not one: SPEC §8). */
function mskStandardMissing(table: SizingTable, o: TableOption, workload: WorkloadFigures, pst: number): number {
  const p = table.prices;
  let bits = 0;
  if (Number.isNaN(o.brokerHourlyUsd)) bits |= priceBit('brokerHours');
  if (Number.isNaN(p.mskStoragePerGbMonth)) bits |= priceBit('mskStorage');
  if (workload.tieredStorageGiB > 0 && Number.isNaN(p.tieredStoragePerGbMonth)) bits |= priceBit('tieredStorage');
  if (pst > 0 && Number.isNaN(p.provisionedThroughputPerMiBpsMonth)) bits |= priceBit('provisionedThroughput');
  return bits;
}

/** The broker-limit code of an MSK Standard size at `brokers` (0 = within its limit): SPEC §8, §4.1 for T3. */
function standardLimitCode(s: Scenario, spec: StandardBrokerSpec, brokers: number, zookeeperLimit: number): number {
  if (brokers > s.brokerQuota) return BROKER_QUOTA;
  if (!spec.kraftSupported && brokers > zookeeperLimit) return T3_NO_KRAFT;
  return 0;
}

function partitionWarning(s: Scenario, spec: StandardBrokerSpec, brokers: number): number {
  return (s.partitions * s.replicationFactor) / brokers > spec.recommendedMaxPartitions ? W_PARTITIONS : 0;
}

/** One MSK Standard size (SPEC §4): PST off, fixed or auto, cost, availability and warnings. */
function sizeMskStandard(input: KernelInput, table: SizingTable, o: TableOption, spec: StandardBrokerSpec, f: SizingFigures, cell: number): void {
  const { scenario: s, workload, factors } = input;
  const azs = s.availabilityZones;
  const zk = table.priceBook.zookeeperBrokerLimit;
  const count = standardConstraints(input, o, spec, spec.defaultVolumeThroughputMiBps, false, f, cell);
  let othersRaw = 0;
  for (let i = 1; i < count; i += 1) othersRaw = Math.max(othersRaw, raw[i] ?? 0);
  const offBrokers = countFromRaw(count, azs, shared.minBrokers, s.brokerSafetyFactor, f, cell);
  const offMissing = mskStandardMissing(table, o, workload, 0);
  let offTotal = Number.NaN;
  if (offMissing === 0) {
    mskStandardLines(input, table, o, spec, offBrokers, 0);
    offTotal = finishLines(f, -1);
  }
  let brokers = offBrokers;
  let pst = 0;
  if (spec.provisionedThroughputEligible) {
    const setting = s.provisionedThroughputMiBps;
    const rate = typeof setting === 'number' ? Math.min(setting, pstMaximum(spec)) : smallestSufficientRate(spec, s, factors, othersRaw);
    const onRaw = rawBrokersNeeded(s.peakIngressMiBps, storageThroughputCapacity(spec, rate, factors, s.utilizationStandard));
    const onBrokers = brokersForRawNeed(Math.max(othersRaw, onRaw), azs, shared.minBrokers, s.brokerSafetyFactor);
    const onMissing = mskStandardMissing(table, o, workload, rate);
    let onTotal = Number.NaN;
    if (onMissing === 0) {
      mskStandardLines(input, table, o, spec, onBrokers, rate);
      onTotal = finishLines(f, -1);
    }
    f.planRateMiBps[cell] = rate;
    f.planBrokersOff[cell] = offBrokers;
    f.planBrokersAtRate[cell] = onBrokers;
    f.planTotalOff[cell] = offTotal;
    f.planTotalAtRate[cell] = onTotal;
    // SPEC §4.4 "auto": keep PST when it costs less than PST off. Where only one of the two fits the
    // broker limit, that one is kept (a choice SPEC §4.4 leaves open: an option that fits beats one
    // that does not); a tie keeps PST off.
    let usePst = setting !== null && setting !== 'auto';
    if (setting === 'auto' && !Number.isNaN(onTotal)) {
      const offFits = standardLimitCode(s, spec, offBrokers, zk) === 0;
      const onFits = standardLimitCode(s, spec, onBrokers, zk) === 0;
      usePst = Number.isNaN(offTotal) || (offFits !== onFits ? onFits : onTotal < offTotal);
    }
    if (usePst) {
      brokers = onBrokers;
      pst = rate;
      // The storage path is the only constraint that changes with the rate.
      raw[0] = onRaw;
      const capacity = storageThroughputCapacity(spec, rate, factors, s.utilizationStandard);
      putConstraint(f, cell, 0, C_STORAGE_THROUGHPUT, s.peakIngressMiBps, capacity);
      countFromRaw(count, azs, shared.minBrokers, s.brokerSafetyFactor, f, cell);
    }
  }
  f.brokers[cell] = brokers;
  f.pstMiBps[cell] = pst;
  f.storagePerBrokerGiB[cell] = Math.max(spec.storageMinGiB, workload.localStorageProvisionedGiB / brokers);
  const missing = mskStandardMissing(table, o, workload, pst);
  if (missing === 0) {
    mskStandardLines(input, table, o, spec, brokers, pst);
    f.total[cell] = finishLines(f, cell);
  }
  let warnings = (spec.isBurstable ? W_T3 : 0) | partitionWarning(s, spec, brokers);
  if (spec.kraftSupported && brokers > ZOOKEEPER_BROKER_LIMIT) warnings |= W_KRAFT;
  if (Number.isNaN(table.prices.crossAzPerGbEachDirection)) warnings |= W_CROSS_AZ;
  f.warnings[cell] = warnings;
  f.reasonBits[cell] = missing;
  f.unavailable[cell] = missing !== 0 ? MISSING_PRICE : standardLimitCode(s, spec, brokers, zk);
}

/**
 * Self-managed Kafka on the same EC2 type (SPEC §7): sized like MSK Standard with a gp3 volume bought
 * at min(instance EBS, 1,000 MiB/s); gp3 throughput per broker min(volume, max(125, Ip × storageF /
 * brokers)), the part above the included 125 MiB/s billed; KRaft controllers, cross-AZ for all three
 * flows, and operations time. MSK's quota does not apply.
 */
function sizeSelfManaged(input: KernelInput, table: SizingTable, o: TableOption, spec: StandardBrokerSpec, f: SizingFigures, cell: number): void {
  const { scenario: s, workload, factors } = input;
  const volume = gp3VolumeMiBps(spec);
  const count = standardConstraints(input, o, spec, volume, true, f, cell);
  const brokers = countFromRaw(count, s.availabilityZones, shared.minBrokers, s.brokerSafetyFactor, f, cell);
  const p = table.prices;
  const controllers = s.selfManaged.controllerCount;
  const controllerHourly = shared.controllerHourlyUsd;
  let missing = 0;
  if (Number.isNaN(o.brokerHourlyUsd)) missing |= priceBit('ec2Instance');
  if (Number.isNaN(p.gp3PerGbMonth)) missing |= priceBit('gp3Storage');
  if (Number.isNaN(p.gp3ThroughputPerMiBpsMonth)) missing |= priceBit('gp3Throughput');
  if (Number.isNaN(p.gp3IncludedMiBps)) missing |= priceBit('gp3Included');
  if (controllers > 0 && Number.isNaN(controllerHourly)) missing |= priceBit('controllers');
  const perBroker = Math.max(spec.storageMinGiB, workload.localStorageProvisionedGiB / brokers);
  f.brokers[cell] = brokers;
  f.storagePerBrokerGiB[cell] = perBroker;
  let warnings = (spec.isBurstable ? W_T3 : 0) | partitionWarning(s, spec, brokers);
  if (brokers > SELF_MANAGED_BROKER_WARNING) warnings |= W_LARGE;
  if (s.selfManaged.opsHoursPerMonth === 0) warnings |= W_NO_OPS;
  if (Number.isNaN(p.crossAzPerGbEachDirection)) warnings |= W_CROSS_AZ;
  f.warnings[cell] = warnings;
  f.reasonBits[cell] = missing;
  f.unavailable[cell] = missing !== 0 ? MISSING_PRICE : 0;
  if (missing !== 0) return;
  const bought = Math.min(volume, Math.max(p.gp3IncludedMiBps, (s.peakIngressMiBps * factors.storage.total) / brokers));
  line.brokers = brokers * o.brokerHourlyUsd * HOURS_PER_MONTH;
  line.storage = perBroker * brokers * p.gp3PerGbMonth;
  line.provisionedThroughput = Math.max(0, bought - p.gp3IncludedMiBps) * brokers * p.gp3ThroughputPerMiBpsMonth;
  line.crossAz = shared.selfManagedCrossAzUsd;
  line.controllers = controllers === 0 ? 0 : controllers * controllerHourly * HOURS_PER_MONTH + controllers * CONTROLLER_VOLUME_GIB * p.gp3PerGbMonth;
  line.operations = s.selfManaged.opsHoursPerMonth * s.selfManaged.opsHourlyUsd;
  f.total[cell] = finishLines(f, cell);
}

/**
 * One Express size (SPEC §5): ingress at `sustained × utilizationExpress × tls`, egress at
 * `sustained × 2 × tls` (MSK docs), partition replicas at `partitions × 3`; 3 AZs only, RF always 3.
 * Costs: broker-hours, one copy of the retained data, data written, and client cross-AZ traffic.
 */
function sizeExpress(input: KernelInput, table: SizingTable, o: TableOption, spec: ExpressBrokerSpec, f: SizingFigures, cell: number): void {
  const { scenario: s, workload, factors } = input;
  if (s.availabilityZones !== EXPRESS_AVAILABILITY_ZONES) {
    f.unavailable[cell] = EXPRESS_NEEDS_3_AZS;
    return;
  }
  const tls = factors.tlsFactor;
  const sustained = spec.ingressSustainedMiBps;
  setConstraint(f, cell, 0, C_INGRESS, s.peakIngressMiBps, sustained * s.utilizationExpress * tls);
  setConstraint(f, cell, 1, C_EGRESS, s.peakEgressMiBps, sustained * EXPRESS_EGRESS_FACTOR * tls);
  setConstraint(f, cell, 2, C_PARTITIONS, s.partitions * EXPRESS_REPLICATION_FACTOR, partitionLimit(s, spec));
  const brokers = countFromRaw(3, EXPRESS_AVAILABILITY_ZONES, shared.expressMinBrokers, s.brokerSafetyFactor, f, cell);
  const p = table.prices;
  f.brokers[cell] = brokers;
  let warnings = 0;
  if (s.replicationFactor !== EXPRESS_REPLICATION_FACTOR) warnings |= W_EXPRESS_RF;
  if (brokers > ZOOKEEPER_BROKER_LIMIT) warnings |= W_KRAFT;
  if (Number.isNaN(p.crossAzPerGbEachDirection)) warnings |= W_CROSS_AZ;
  f.warnings[cell] = warnings;
  let missing = 0;
  if (Number.isNaN(o.brokerHourlyUsd)) missing |= priceBit('brokerHours');
  if (Number.isNaN(p.expressStoragePerGbMonth)) missing |= priceBit('expressStorage');
  if (Number.isNaN(p.expressDataInPerGb)) missing |= priceBit('expressDataIn');
  f.reasonBits[cell] = missing;
  if (missing !== 0) {
    f.unavailable[cell] = MISSING_PRICE;
    return;
  }
  line.brokers = brokers * o.brokerHourlyUsd * HOURS_PER_MONTH;
  line.storage = workload.retainedGiB * p.expressStoragePerGbMonth;
  line.dataIn = mibpsToGibPerMonth(s.avgIngressMiBps) * p.expressDataInPerGb;
  line.crossAz = shared.expressCrossAzUsd;
  f.total[cell] = finishLines(f, cell);
  f.unavailable[cell] = brokers > s.brokerQuota ? BROKER_QUOTA : 0;
}

/**
 * MSK Serverless (SPEC §6): cluster-hours, partition-hours, data in and out, and one copy of the
 * retained data; no brokers. SPEC §6 lists no cross-AZ line for Serverless, so none is charged.
 */
function sizeServerless(input: KernelInput, table: SizingTable, f: SizingFigures, cell: number): void {
  const { scenario: s, workload } = input;
  const p = table.prices;
  f.warnings[cell] = W_IAM;
  let missing = 0;
  if (Number.isNaN(p.serverlessClusterHour)) missing |= priceBit('serverlessClusterHours');
  if (Number.isNaN(p.serverlessPartitionHour)) missing |= priceBit('serverlessPartitionHours');
  if (Number.isNaN(p.serverlessDataInPerGb)) missing |= priceBit('serverlessDataIn');
  if (Number.isNaN(p.serverlessDataOutPerGb)) missing |= priceBit('serverlessDataOut');
  if (Number.isNaN(p.serverlessStoragePerGbMonth)) missing |= priceBit('serverlessStorage');
  if (missing !== 0) {
    f.reasonBits[cell] = missing;
    f.unavailable[cell] = MISSING_PRICE;
    return;
  }
  line.brokers = 1 * p.serverlessClusterHour * HOURS_PER_MONTH + s.partitions * p.serverlessPartitionHour * HOURS_PER_MONTH;
  line.storage = workload.retainedGiB * p.serverlessStoragePerGbMonth;
  line.dataIn = mibpsToGibPerMonth(s.avgIngressMiBps) * p.serverlessDataInPerGb;
  line.dataOut = mibpsToGibPerMonth(s.avgEgressMiBps) * p.serverlessDataOutPerGb;
  f.total[cell] = finishLines(f, cell);
  const broken = serverlessLimitBits(s, table.priceBook.serverlessLimits);
  f.reasonBits[cell] = broken;
  f.unavailable[cell] = broken !== 0 ? SERVERLESS_LIMIT : 0;
}

/** The classes the overall recommendation may come from: production never T3, development T3 too; never self-managed. */
export const ELIGIBLE_CLASSES: Readonly<Record<Purpose, readonly RecommendationClass[]>> = {
  production: ['msk-standard-m7g', 'msk-standard-m5', 'msk-express', 'msk-serverless'],
  development: ['msk-standard-m7g', 'msk-standard-m5', 'msk-t3', 'msk-express', 'msk-serverless'],
};

const ELIGIBLE_CLASS_INDEXES: Readonly<Record<Purpose, readonly boolean[]>> = {
  production: RECOMMENDATION_CLASSES.map((c) => ELIGIBLE_CLASSES.production.includes(c)),
  development: RECOMMENDATION_CLASSES.map((c) => ELIGIBLE_CLASSES.development.includes(c)),
};

/** True when an option can be chosen: available and priced. */
export function isChoosable(f: SizingFigures, cell: number): boolean {
  return f.unavailable[cell] === 0 && !Number.isNaN(f.total[cell] ?? Number.NaN);
}

/**
 * Orders options for choosing: lower cost to the cent (options that cost the same on the invoice
 * tie), then fewer brokers, then the smaller size (the order the price book lists sizes in).
 */
export function compareForChoice(f: SizingFigures, a: number, b: number): number {
  const byCents = Math.round((f.total[a] ?? 0) * 100) - Math.round((f.total[b] ?? 0) * 100);
  if (byCents !== 0) return byCents;
  const brokersA = f.brokers[a] ?? 0;
  const brokersB = f.brokers[b] ?? 0;
  // Serverless has no brokers: it counts as 0.
  const byBrokers = (brokersA === brokersA ? brokersA : 0) - (brokersB === brokersB ? brokersB : 0);
  return byBrokers !== 0 ? byBrokers : a - b;
}

const classCents = new Float64Array(RECOMMENDATION_CLASSES.length);
const classBrokers = new Float64Array(RECOMMENDATION_CLASSES.length);

/**
 * SPEC §8: the cheapest available option of each class, and overall the cheapest eligible for the
 * purpose, in `compareForChoice`'s order (cents, then brokers, then the earlier option) with each
 * option's cents worked out once.
 */
function recommend(f: SizingFigures, table: SizingTable, purpose: Purpose, row: number): void {
  const n = f.options;
  const classes = RECOMMENDATION_CLASSES.length;
  const eligible = ELIGIBLE_CLASS_INDEXES[purpose];
  let overall = -1;
  let overallCents = 0;
  let overallBrokers = 0;
  for (let o = 0; o < n; o += 1) {
    const cls = table.options[o]?.classIndex ?? -1;
    const cell = row * n + o;
    if (cls < 0 || !isChoosable(f, cell)) continue;
    const cents = Math.round((f.total[cell] ?? 0) * 100);
    const brokerFigure = f.brokers[cell] ?? 0;
    const brokers = brokerFigure === brokerFigure ? brokerFigure : 0; // Serverless (NaN) counts as 0
    const slot = row * classes + cls;
    if ((f.byClass[slot] ?? -1) < 0 || cents < (classCents[cls] ?? 0) || (cents === classCents[cls] && brokers < (classBrokers[cls] ?? 0))) {
      f.byClass[slot] = o;
      classCents[cls] = cents;
      classBrokers[cls] = brokers;
    }
    if (eligible[cls] && (overall < 0 || cents < overallCents || (cents === overallCents && brokers < overallBrokers))) {
      overall = o;
      overallCents = cents;
      overallBrokers = brokers;
    }
  }
  f.overall[row] = overall;
}

/** Clears a cell so that buffers can be reused from one sizing to the next. */
function resetCell(f: SizingFigures, cell: number): void {
  f.brokers[cell] = Number.NaN;
  f.bottleneck[cell] = -1;
  f.unavailable[cell] = 0;
  f.reasonBits[cell] = 0;
  f.warnings[cell] = 0;
  f.pstMiBps[cell] = 0;
  f.planRateMiBps[cell] = Number.NaN;
  f.planBrokersOff[cell] = Number.NaN;
  f.planBrokersAtRate[cell] = Number.NaN;
  f.planTotalOff[cell] = Number.NaN;
  f.planTotalAtRate[cell] = Number.NaN;
  f.storagePerBrokerGiB[cell] = Number.NaN;
  f.total[cell] = Number.NaN;
  if (f.constraintName !== null) f.constraintName.fill(-1, cell * MAX_CONSTRAINTS, (cell + 1) * MAX_CONSTRAINTS);
}

/** Sizes every option of `table` for one scenario into row `row` of `f` (SPEC §3–8). */
export function sizeInto(table: SizingTable, input: KernelInput, f: SizingFigures, row: number): void {
  const n = f.options;
  setShared(table, input);
  for (let o = 0; o < n; o += 1) {
    const option = table.options[o];
    if (option === undefined) continue;
    const cell = row * n + o;
    resetCell(f, cell);
    if (option.kind === OptionKind.standard && option.standard) sizeMskStandard(input, table, option, option.standard, f, cell);
    else if (option.kind === OptionKind.selfManaged && option.standard) sizeSelfManaged(input, table, option, option.standard, f, cell);
    else if (option.kind === OptionKind.express && option.express) sizeExpress(input, table, option, option.express, f, cell);
    else sizeServerless(input, table, f, cell);
  }
  f.overall[row] = -1;
  f.byClass.fill(-1, row * RECOMMENDATION_CLASSES.length, (row + 1) * RECOMMENDATION_CLASSES.length);
  recommend(f, table, input.scenario.purpose, row);
}

/** The eligible options within CLOSE_ALTERNATIVE_SHARE of the overall choice, fewest brokers first (SPEC §8). */
export function closeAlternatives(f: SizingFigures, table: SizingTable, purpose: Purpose, row: number): number[] {
  const n = f.options;
  const overall = f.overall[row] ?? -1;
  if (overall < 0) return [];
  const ceiling = (f.total[row * n + overall] ?? 0) * (1 + CLOSE_ALTERNATIVE_SHARE);
  const eligible = ELIGIBLE_CLASS_INDEXES[purpose];
  const close: number[] = [];
  for (let o = 0; o < n; o += 1) {
    const cls = table.options[o]?.classIndex ?? -1;
    const cell = row * n + o;
    if (o !== overall && cls >= 0 && eligible[cls] && isChoosable(f, cell) && (f.total[cell] ?? Number.POSITIVE_INFINITY) <= ceiling) close.push(o);
  }
  const brokers = (o: number) => { const v = f.brokers[row * n + o] ?? 0; return Number.isNaN(v) ? 0 : v; };
  return close.sort((a, b) => brokers(a) - brokers(b) || compareForChoice(f, row * n + a, row * n + b));
}
