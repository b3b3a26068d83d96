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
import type { StandardBrokerSpec } from './price-book';
import { COST_LINES, RECOMMENDATION_CLASSES, type RecommendationClass, type WorkloadFigures } from './result';
import type { Purpose, Scenario } from './scenario';
import { OptionKind, type SizingTable } from './sizing-table';
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
const PST_MINIMUM_MIBPS = 250;

/** Where option `option` of row `row` sits in a figures array (option-major: the kernel writes an option's rows in sequence). */
export function cellOf(f: Pick<SizingFigures, 'rows'>, row: number, option: number): number {
  return option * f.rows + row;
}

/**
 * The kernel's output for `rows` sizings of the same options (cell `cellOf(row, option)`).
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
  /**
   * The PST plan of eligible Standard sizes (NaN elsewhere): brokers and totals without PST and at the
   * rate. With PST off it only tells a reader what PST would do, so it is worked out only with detail.
   */
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

/** What describing a sizing reads of a scenario: the scenario, its workload figures and factors, and the assumptions. */
export interface KernelInput {
  readonly scenario: Scenario;
  readonly workload: WorkloadFigures;
  readonly factors: StandardFactors;
  readonly assumptions: EditableAssumptions;
}

/**
 * The kernel's input, one column per quantity and one row per sizing ("columns in"): everything a
 * sizing reads of a scenario, already worked out (SPEC §3 workload figures, §4.1 factors, the
 * discount's share, each deployment's cross-AZ line before discount). `fillRow` writes a row from a
 * scenario; the ranges write rows for sampled futures.
 */
function newTerms(rows: number) {
  const column = () => new Float64Array(rows);
  // Written as one literal so the engine keeps it a fast object (terms added in a loop made it a dictionary).
  return {
    peakIngress: column(), peakEgress: column(), partitions: column(), replicationFactor: column(), azs: column(), safety: column(),
    brokerQuota: column(), minBrokers: column(), useMaxPartitions: column(), storageFactor: column(), networkFactor: column(), plan: column(),
    tls: column(), utilExpress: column(), provisionedGiB: column(), tieredGiB: column(), retainedGiB: column(), pageCacheGiB: column(),
    pageCacheShare: column(), pstSetting: column(), keep: column(), mskCrossAzUsd: column(), expressCrossAzUsd: column(),
    selfManagedCrossAzUsd: column(), controllers: column(), controllerHourlyUsd: column(), opsHours: column(), opsUsd: column(),
    ingressGiBPerMonth: column(), egressGiBPerMonth: column(), development: column(),
  };
}
export type RowTerm = keyof ReturnType<typeof newTerms>;

export interface KernelRows {
  readonly rows: number;
  readonly terms: Readonly<Record<RowTerm, Float64Array>>;
}

export function allocateRows(rows: number): KernelRows {
  return { rows, terms: newTerms(rows) };
}

/** Rows sized together, option by option (see sizeRows). */
const ROW_BLOCK = 64;

/** `pstSetting` column: PST off, auto, or the fixed rate in MiB/s. */
const PST_OFF = -1;
const PST_AUTO = 0;

/** Writes row `r` from a scenario (SPEC §3–7: everything that does not depend on the option). */
export function fillRow(rows: KernelRows, r: number, table: SizingTable, input: KernelInput): void {
  const { scenario: s, workload, factors, assumptions } = input;
  const t = rows.terms;
  const crossAzPrice = table.prices.crossAzPerGbEachDirection;
  const clients = clientCrossAzGiBPerMonth(s, s.replicationFactor);
  const pst = s.provisionedThroughputMiBps;
  t.peakIngress[r] = s.peakIngressMiBps;
  t.peakEgress[r] = s.peakEgressMiBps;
  t.partitions[r] = s.partitions;
  t.replicationFactor[r] = s.replicationFactor;
  t.azs[r] = s.availabilityZones;
  t.safety[r] = s.brokerSafetyFactor;
  t.brokerQuota[r] = s.brokerQuota;
  // SPEC §4.2: at least RF brokers, rounded up to the AZ count.
  t.minBrokers[r] = roundUpToMultiple(s.replicationFactor, s.availabilityZones);
  t.useMaxPartitions[r] = s.useMaxPartitions ? 1 : 0;
  t.storageFactor[r] = factors.storage.total;
  t.networkFactor[r] = factors.network.total;
  t.plan[r] = s.utilizationStandard * factors.tlsFactor;
  t.tls[r] = factors.tlsFactor;
  t.utilExpress[r] = s.utilizationExpress;
  t.provisionedGiB[r] = workload.localStorageProvisionedGiB;
  t.tieredGiB[r] = workload.tieredStorageGiB;
  t.retainedGiB[r] = workload.retainedGiB;
  t.pageCacheGiB[r] = workload.pageCacheGiB !== null && s.ramCacheSeconds !== null ? workload.pageCacheGiB : Number.NaN;
  t.pageCacheShare[r] = assumptions.pageCacheShare;
  t.pstSetting[r] = pst === null ? PST_OFF : pst === 'auto' ? PST_AUTO : pst;
  t.keep[r] = 1 - s.discountPct / 100;
  // Every crossing GiB pays on both sides; NaN without a published price. MSK does not bill
  // replication between brokers, self-managed Kafka pays for it, and Express always keeps 3 replicas.
  t.mskCrossAzUsd[r] = clients * crossAzPrice * 2;
  t.selfManagedCrossAzUsd[r] = (clients + workload.crossAzGiBPerMonth.replication) * crossAzPrice * 2;
  t.expressCrossAzUsd[r] = clientCrossAzGiBPerMonth(s, EXPRESS_REPLICATION_FACTOR) * crossAzPrice * 2;
  t.controllers[r] = s.selfManaged.controllerCount;
  t.controllerHourlyUsd[r] = table.ec2HourlyUsd(s.selfManaged.controllerInstance);
  t.opsHours[r] = s.selfManaged.opsHoursPerMonth;
  t.opsUsd[r] = s.selfManaged.opsHoursPerMonth * s.selfManaged.opsHourlyUsd;
  t.ingressGiBPerMonth[r] = mibpsToGibPerMonth(s.avgIngressMiBps);
  t.egressGiBPerMonth[r] = mibpsToGibPerMonth(s.avgEgressMiBps);
  t.development[r] = s.purpose === 'development' ? 1 : 0;
}

/**
 * SPEC §4.2: `ceil((max raw need + safety) / AZ) × AZ`, and at least `minBrokers` (RF rounded up to
 * the AZ count).
 */
function brokersForRawNeed(maxRawNeed: number, availabilityZones: number, minBrokers: number, brokerSafetyFactor: number): number {
  return Math.max(roundUpToMultiple(maxRawNeed + brokerSafetyFactor, availabilityZones), minBrokers);
}

/** Partition replicas one broker may hold: the recommended maximum, or the hard maximum on request. */
export function partitionLimit(s: Pick<Scenario, 'useMaxPartitions'>, spec: { recommendedMaxPartitions: number; maxPartitions: number }): number {
  return s.useMaxPartitions ? spec.maxPartitions : spec.recommendedMaxPartitions;
}

/** Self-managed gp3, bought at the throughput the model assumes: min(instance EBS, gp3's 1,000 MiB/s maximum) (SPEC §7). */
export function gp3VolumeMiBps(spec: StandardBrokerSpec): number {
  return Math.min(spec.ebsThroughputMiBps, GP3_MAX_THROUGHPUT_MIBPS);
}

/** Most PST one broker of this size may buy (its EBS figure when the price data gives no maximum), MiB/s. */
function pstMaximum(spec: StandardBrokerSpec): number {
  return spec.provisionedThroughputMaxMiBps ?? spec.ebsThroughputMiBps;
}

/** Brokers a storage path at `volumeMiBps` needs for `ingress`: ceil(Ip ÷ (min(EBS, volume) ÷ storageF × utilisation × TLS)) (SPEC §4.1). */
function storagePathRaw(ingress: number, ebs: number, volumeMiBps: number, storageFactor: number, plan: number): number {
  return rawBrokersNeeded(ingress, (Math.min(ebs, volumeMiBps) / storageFactor) * plan);
}

/**
 * SPEC §4.4 "auto": the smallest whole rate in MiB/s from 250 up to the size's maximum (the maximum
 * itself when it is not whole) that gives as few brokers as PST at the maximum. Only the storage path
 * depends on the rate: brokers fall to that target once its raw need is at most `target − safety`,
 * that is once the storage capacity reaches `peak ingress ÷ (target − safety)`, which gives the rate
 * directly. Brokers never rise as PST rises, so a step or two either way settles any rounding.
 */
function smallestSufficientRate(t: KernelRows['terms'], r: number, ebs: number, max: number, othersRaw: number): number {
  const ingress = t.peakIngress[r] ?? 0;
  const storageFactor = t.storageFactor[r] ?? 1;
  const plan = t.plan[r] ?? 1;
  const azs = t.azs[r] ?? 1;
  const minBrokers = t.minBrokers[r] ?? 0;
  const safety = t.safety[r] ?? 0;
  const target = brokersAtRate(max, ingress, ebs, max, storageFactor, plan, othersRaw, azs, minBrokers, safety);
  const low = Math.ceil(PST_MINIMUM_MIBPS);
  const high = Math.floor(max);
  if (high < low || brokersAtRate(high, ingress, ebs, max, storageFactor, plan, othersRaw, azs, minBrokers, safety) > target) return max;
  const perBroker = ((ingress / (target - safety)) * storageFactor) / plan;
  let rate = Math.min(high, Math.max(low, Math.ceil(Number.isFinite(perBroker) ? perBroker : high)));
  while (rate < high && brokersAtRate(rate, ingress, ebs, max, storageFactor, plan, othersRaw, azs, minBrokers, safety) > target) rate += 1;
  while (rate > low && brokersAtRate(rate - 1, ingress, ebs, max, storageFactor, plan, othersRaw, azs, minBrokers, safety) <= target) rate -= 1;
  return rate;
}

/** Brokers with PST at `rate` (capped at the size's maximum), the other constraints' raw need unchanged. */
function brokersAtRate(
  rate: number, ingress: number, ebs: number, max: number, storageFactor: number, plan: number,
  othersRaw: number, azs: number, minBrokers: number, safety: number,
): number {
  return brokersForRawNeed(Math.max(othersRaw, storagePathRaw(ingress, ebs, Math.min(rate, max), storageFactor, plan)), azs, minBrokers, safety);
}

/** The Serverless quotas a row breaks, as SERVERLESS_LIMITS bits (SPEC §6); 0 when it fits. */
function serverlessLimitBits(ingress: number, egress: number, partitions: number, limits: SizingTable['priceBook']['serverlessLimits']): number {
  let bits = 0;
  if (ingress > limits.maxIngressMiBps) bits |= 1;
  if (egress > limits.maxEgressMiBps) bits |= 2;
  if (partitions > limits.maxPartitions) bits |= 4;
  if (partitions < Math.ceil(ingress / limits.maxIngressMiBpsPerPartition)) bits |= 8;
  if (partitions < Math.ceil(egress / limits.maxEgressMiBpsPerPartition)) bits |= 16;
  return bits;
}

/**
 * The bottleneck among raw needs listed in constraint order: the constraint needing the most brokers
 * once rounded to the AZ count, ties to the earlier. Rounding is monotonic, so it is the first whose
 * raw need rounds to the same multiple as the largest.
 */
function bottleneckOf(azs: number, names: readonly number[], n0: number, n1: number, n2: number, n3: number, n4: number): number {
  const roundedMax = roundUpToMultiple(Math.max(n0, n1, n2, n3, n4), azs);
  const floor = roundedMax - azs;
  if (n0 > floor) return names[0] ?? -1;
  if (n1 > floor) return names[1] ?? -1;
  if (n2 > floor) return names[2] ?? -1;
  if (n3 > floor) return names[3] ?? -1;
  return n4 > floor ? names[4] ?? -1 : names[0] ?? -1;
}

const STANDARD_NAMES = [C_STORAGE_THROUGHPUT, C_NETWORK_THROUGHPUT, C_PARTITIONS, C_STORAGE, C_MEMORY];
const EXPRESS_NAMES = [C_INGRESS, C_EGRESS, C_PARTITIONS, -1, -1];

/** Writes one option's constraint figures when sizing with detail (name -1: the slot is unused). */
function putConstraints(f: SizingFigures, cell: number, names: readonly number[], demands: readonly number[], capacities: readonly number[]): void {
  if (f.constraintName === null || f.demand === null || f.capacity === null) return;
  for (let i = 0; i < MAX_CONSTRAINTS; i += 1) {
    const at = cell * MAX_CONSTRAINTS + i;
    f.constraintName[at] = names[i] ?? -1;
    f.demand[at] = demands[i] ?? 0;
    f.capacity[at] = capacities[i] ?? 0;
  }
}

/**
 * Writes an option's discounted cost lines (SPEC §1: every line × the discount's share) and returns
 * their total; a NaN line (cross-AZ without a published price) is left out of the total (SPEC §8).
 * `cell` −1 only totals (the PST plan compares two candidates).
 */
function putLines(
  f: SizingFigures, cell: number, keep: number,
  brokers: number, storage: number, tieredStorage: number, provisionedThroughput: number, dataIn: number, dataOut: number,
  crossAz: number, controllers: number, operations: number,
): number {
  const b = brokers * keep;
  const st = storage * keep;
  const ti = tieredStorage * keep;
  const pt = provisionedThroughput * keep;
  const di = dataIn * keep;
  const dout = dataOut * keep;
  const az = crossAz * keep;
  const c = controllers * keep;
  const op = operations * keep;
  if (cell >= 0) {
    const at = cell * LINES;
    f.lines[at + L_BROKERS] = b;
    f.lines[at + L_STORAGE] = st;
    f.lines[at + L_TIERED] = ti;
    f.lines[at + L_PST] = pt;
    f.lines[at + L_DATA_IN] = di;
    f.lines[at + L_DATA_OUT] = dout;
    f.lines[at + L_CROSS_AZ] = az;
    f.lines[at + L_CONTROLLERS] = c;
    f.lines[at + L_OPERATIONS] = op;
  }
  return b + st + ti + pt + di + dout + (az === az ? az : 0) + c + op; // az === az: not NaN
}

/** SPEC §4.3: an MSK Standard size's lines at `brokers` and PST `pst` (0 = off) into `cell` (−1: total only). */
function mskStandardTotal(
  f: SizingFigures, cell: number, keep: number, hourlyUsd: number, storageMinGiB: number, storagePrice: number, pstPrice: number,
  brokers: number, pst: number, provisionedGiB: number, tieredUsd: number, crossAzUsd: number,
): number {
  return putLines(
    f, cell, keep, brokers * hourlyUsd * HOURS_PER_MONTH, Math.max(storageMinGiB, provisionedGiB / brokers) * brokers * storagePrice,
    tieredUsd, pst > 0 ? brokers * pst * pstPrice : 0, 0, 0, crossAzUsd, 0, 0,
  );
}

/** An MSK Standard size's broker-limit code at `brokers` (0 = within): the quota, or ZooKeeper's limit for sizes without KRaft (SPEC §8, §4.1). */
function standardLimitCode(kraftSupported: boolean, brokers: number, quota: number, zookeeperLimit: number): number {
  if (brokers > quota) return BROKER_QUOTA;
  return !kraftSupported && brokers > zookeeperLimit ? T3_NO_KRAFT : 0;
}

/** Sets what an option without a plan leaves empty. */
function noPlan(f: SizingFigures, cell: number): void {
  f.planRateMiBps[cell] = Number.NaN;
  f.planBrokersOff[cell] = Number.NaN;
  f.planBrokersAtRate[cell] = Number.NaN;
  f.planTotalOff[cell] = Number.NaN;
  f.planTotalAtRate[cell] = Number.NaN;
}

/**
 * One EC2 type as MSK Standard (SPEC §4: PST off, fixed or auto; cost; broker quota, T3's ZooKeeper
 * limit) and as self-managed Kafka (SPEC §7: a gp3 volume bought at min(instance EBS, 1,000 MiB/s);
 * gp3 throughput per broker min(volume, max(125, Ip × storageF / brokers)), the part above the
 * included 125 MiB/s billed; KRaft controllers, cross-AZ for all three flows, operations time; no MSK
 * quota). The two share every constraint but the storage path, so each row works them out once.
 */
function sizeStandardType(table: SizingTable, mskIndex: number, selfIndex: number, rows: KernelRows, f: SizingFigures, from: number, to: number): void {
  const msk = table.options[mskIndex];
  const self = table.options[selfIndex];
  const spec = msk?.standard;
  if (msk === undefined || self === undefined || !spec) return;
  const t = rows.terms;
  const p = table.prices;
  const zk = table.priceBook.zookeeperBrokerLimit;
  // Every figure of the type and the region, read once: the row loop then touches only numbers.
  const ebs = spec.ebsThroughputMiBps;
  const nic = spec.nicThroughputMiBps;
  const defaultVolume = spec.defaultVolumeThroughputMiBps;
  const pstEligible = spec.provisionedThroughputEligible;
  const recommendedPartitions = spec.recommendedMaxPartitions;
  const maxPartitions = spec.maxPartitions;
  const storageMax = spec.storageMaxGiB;
  const storageMin = spec.storageMinGiB;
  const memGiB = spec.memGiB;
  const burstable = spec.isBurstable;
  const kraft = spec.kraftSupported;
  const mskHourly = msk.brokerHourlyUsd;
  const selfHourly = self.brokerHourlyUsd;
  const mskStoragePrice = p.mskStoragePerGbMonth;
  const tieredPrice = p.tieredStoragePerGbMonth;
  const pstPrice = p.provisionedThroughputPerMiBpsMonth;
  const gp3Price = p.gp3PerGbMonth;
  const gp3ThroughputPrice = p.gp3ThroughputPerMiBpsMonth;
  const gp3Included = p.gp3IncludedMiBps;
  const pstMax = pstMaximum(spec);
  const gp3Volume = gp3VolumeMiBps(spec);
  const noCrossAzPrice = Number.isNaN(p.crossAzPerGbEachDirection);
  let mskMissing = 0;
  if (Number.isNaN(msk.brokerHourlyUsd)) mskMissing |= priceBit('brokerHours');
  if (Number.isNaN(p.mskStoragePerGbMonth)) mskMissing |= priceBit('mskStorage');
  let selfMissing = 0;
  if (Number.isNaN(self.brokerHourlyUsd)) selfMissing |= priceBit('ec2Instance');
  if (Number.isNaN(p.gp3PerGbMonth)) selfMissing |= priceBit('gp3Storage');
  if (Number.isNaN(p.gp3ThroughputPerMiBpsMonth)) selfMissing |= priceBit('gp3Throughput');
  if (Number.isNaN(p.gp3IncludedMiBps)) selfMissing |= priceBit('gp3Included');
  const demands = [0, 0, 0, 0, 0];
  const capacities = [0, 0, 0, 0, 0];
  const names = STANDARD_NAMES.slice();
  const detail = f.constraintName !== null;
  // Columns in and out, read once: the loop then indexes plain typed arrays.
  const { azs: azsCol, brokerQuota: brokerQuotaCol, controllerHourlyUsd: controllerHourlyUsdCol, controllers: controllersCol, keep: keepCol, minBrokers: minBrokersCol, mskCrossAzUsd: mskCrossAzUsdCol, networkFactor: networkFactorCol, opsHours: opsHoursCol, opsUsd: opsUsdCol, pageCacheGiB: pageCacheGiBCol, pageCacheShare: pageCacheShareCol, partitions: partitionsCol, peakIngress: peakIngressCol, plan: planCol, provisionedGiB: provisionedGiBCol, pstSetting: pstSettingCol, replicationFactor: replicationFactorCol, safety: safetyCol, selfManagedCrossAzUsd: selfManagedCrossAzUsdCol, storageFactor: storageFactorCol, tieredGiB: tieredGiBCol, useMaxPartitions: useMaxPartitionsCol } = t;
  const { bottleneck: bottleneckOut, brokers: brokersOut, planBrokersAtRate: planBrokersAtRateOut, planBrokersOff: planBrokersOffOut, planRateMiBps: planRateMiBpsOut, planTotalAtRate: planTotalAtRateOut, planTotalOff: planTotalOffOut, pstMiBps: pstMiBpsOut, reasonBits: reasonBitsOut, storagePerBrokerGiB: storagePerBrokerGiBOut, total: totalOut, unavailable: unavailableOut, warnings: warningsOut } = f;
  for (let r = from; r < to; r += 1) {
    const ingress = peakIngressCol[r] ?? 0;
    const azs = azsCol[r] ?? 1;
    const minBrokers = minBrokersCol[r] ?? 0;
    const safety = safetyCol[r] ?? 0;
    const storageFactor = storageFactorCol[r] ?? 1;
    const plan = planCol[r] ?? 1;
    const replicas = (partitionsCol[r] ?? 0) * (replicationFactorCol[r] ?? 1);
    const provisioned = provisionedGiBCol[r] ?? 0;
    const tiered = tieredGiBCol[r] ?? 0;
    const pageCache = pageCacheGiBCol[r] ?? Number.NaN;
    const keep = keepCol[r] ?? 1;
    const quota = brokerQuotaCol[r] ?? 0;
    // Constraints shared by both deployments (SPEC §4.2).
    const networkCapacity = (nic / (networkFactorCol[r] ?? 1)) * plan;
    const partitionCapacity = useMaxPartitionsCol[r] === 1 ? maxPartitions : recommendedPartitions;
    const memoryCapacity = memGiB * (pageCacheShareCol[r] ?? 0);
    const hasMemory = pageCache === pageCache;
    const networkRaw = rawBrokersNeeded(ingress, networkCapacity);
    const partitionRaw = rawBrokersNeeded(replicas, partitionCapacity);
    const storageRaw = rawBrokersNeeded(provisioned, storageMax);
    const memoryRaw = hasMemory ? rawBrokersNeeded(pageCache, memoryCapacity) : 0;
    const othersRaw = Math.max(networkRaw, partitionRaw, storageRaw, memoryRaw);
    names[4] = hasMemory ? C_MEMORY : -1;
    demands[1] = ingress;
    demands[2] = replicas;
    demands[3] = provisioned;
    demands[4] = hasMemory ? pageCache : 0;
    capacities[1] = networkCapacity;
    capacities[2] = partitionCapacity;
    capacities[3] = storageMax;
    capacities[4] = memoryCapacity;

    // MSK Standard: the volume's default throughput, or PST.
    const cell = mskIndex * rows.rows + r;
    const offRaw = storagePathRaw(ingress, ebs, defaultVolume, storageFactor, plan);
    const offBrokers = brokersForRawNeed(Math.max(othersRaw, offRaw), azs, minBrokers, safety);
    const tieredMissing = tiered > 0 && Number.isNaN(tieredPrice) ? priceBit('tieredStorage') : 0;
    const mskCrossAz = mskCrossAzUsdCol[r] ?? 0;
    const tieredUsd = tiered > 0 ? tiered * tieredPrice : 0;
    const offPriced = (mskMissing | tieredMissing) === 0;
    // The PST-off lines go to the cell at once; PST, when kept, writes over them.
    const offTotal = offPriced ? mskStandardTotal(f, cell, keep, mskHourly, storageMin, mskStoragePrice, pstPrice, offBrokers, 0, provisioned, tieredUsd, mskCrossAz) : Number.NaN;
    let brokers = offBrokers;
    let pst = 0;
    let storagePathRawNeed = offRaw;
    const setting = pstSettingCol[r] ?? PST_OFF;
    // With PST off the plan only tells a reader what PST would do, so batches (no detail) skip it.
    if (pstEligible && (setting !== PST_OFF || detail)) {
      const rate = setting > 0 ? Math.min(setting, pstMax) : smallestSufficientRate(t, r, ebs, pstMax, othersRaw);
      const onRaw = storagePathRaw(ingress, ebs, rate, storageFactor, plan);
      const onBrokers = brokersForRawNeed(Math.max(othersRaw, onRaw), azs, minBrokers, safety);
      const onPriced = offPriced && !Number.isNaN(pstPrice);
      const onTotal = onPriced ? mskStandardTotal(f, -1, keep, mskHourly, storageMin, mskStoragePrice, pstPrice, onBrokers, rate, provisioned, tieredUsd, mskCrossAz) : Number.NaN;
      planRateMiBpsOut[cell] = rate;
      planBrokersOffOut[cell] = offBrokers;
      planBrokersAtRateOut[cell] = onBrokers;
      planTotalOffOut[cell] = offTotal;
      planTotalAtRateOut[cell] = onTotal;
      // SPEC §4.4 "auto": keep PST when it costs less than PST off. Where only one of the two fits
      // the broker limit, that one is kept (a choice SPEC §4.4 leaves open: an option that fits beats
      // one that does not); a tie keeps PST off.
      let usePst = setting > 0;
      if (setting === PST_AUTO && onPriced) {
        const offFits = standardLimitCode(kraft, offBrokers, quota, zk) === 0;
        const onFits = standardLimitCode(kraft, onBrokers, quota, zk) === 0;
        usePst = Number.isNaN(offTotal) || (offFits !== onFits ? onFits : onTotal < offTotal);
      }
      if (usePst) {
        brokers = onBrokers;
        pst = rate;
        storagePathRawNeed = onRaw;
      }
    } else {
      noPlan(f, cell);
    }
    const missing = mskMissing | tieredMissing | (pst > 0 && Number.isNaN(pstPrice) ? priceBit('provisionedThroughput') : 0);
    brokersOut[cell] = brokers;
    bottleneckOut[cell] = bottleneckOf(azs, names, storagePathRawNeed, networkRaw, partitionRaw, storageRaw, memoryRaw);
    pstMiBpsOut[cell] = pst;
    storagePerBrokerGiBOut[cell] = Math.max(storageMin, provisioned / brokers);
    totalOut[cell] = missing !== 0 ? Number.NaN
      : pst > 0 ? mskStandardTotal(f, cell, keep, mskHourly, storageMin, mskStoragePrice, pstPrice, brokers, pst, provisioned, tieredUsd, mskCrossAz) : offTotal;
    let warnings = (burstable ? W_T3 : 0) | (replicas / brokers > recommendedPartitions ? W_PARTITIONS : 0);
    if (kraft && brokers > ZOOKEEPER_BROKER_LIMIT) warnings |= W_KRAFT;
    if (noCrossAzPrice) warnings |= W_CROSS_AZ;
    warningsOut[cell] = warnings;
    reasonBitsOut[cell] = missing;
    unavailableOut[cell] = missing !== 0 ? MISSING_PRICE : standardLimitCode(kraft, brokers, quota, zk);
    demands[0] = ingress;
    capacities[0] = (Math.min(ebs, pst > 0 ? pst : defaultVolume) / storageFactor) * plan;
    putConstraints(f, cell, names, demands, capacities);

    // Self-managed Kafka on the same EC2 type.
    const selfCell = selfIndex * rows.rows + r;
    const gp3Raw = storagePathRaw(ingress, ebs, gp3Volume, storageFactor, plan);
    const selfBrokers = brokersForRawNeed(Math.max(othersRaw, gp3Raw), azs, minBrokers, safety);
    const controllers = controllersCol[r] ?? 0;
    const controllerHourly = controllerHourlyUsdCol[r] ?? Number.NaN;
    const selfAllMissing = selfMissing | (controllers > 0 && Number.isNaN(controllerHourly) ? priceBit('controllers') : 0);
    const perBroker = Math.max(storageMin, provisioned / selfBrokers);
    brokersOut[selfCell] = selfBrokers;
    bottleneckOut[selfCell] = bottleneckOf(azs, names, gp3Raw, networkRaw, partitionRaw, storageRaw, memoryRaw);
    pstMiBpsOut[selfCell] = 0;
    noPlan(f, selfCell);
    storagePerBrokerGiBOut[selfCell] = perBroker;
    let selfWarnings = (burstable ? W_T3 : 0) | (replicas / selfBrokers > recommendedPartitions ? W_PARTITIONS : 0);
    if (selfBrokers > SELF_MANAGED_BROKER_WARNING) selfWarnings |= W_LARGE;
    if (opsHoursCol[r] === 0) selfWarnings |= W_NO_OPS;
    if (noCrossAzPrice) selfWarnings |= W_CROSS_AZ;
    warningsOut[selfCell] = selfWarnings;
    reasonBitsOut[selfCell] = selfAllMissing;
    unavailableOut[selfCell] = selfAllMissing !== 0 ? MISSING_PRICE : 0;
    if (selfAllMissing === 0) {
      const bought = Math.min(gp3Volume, Math.max(gp3Included, (ingress * storageFactor) / selfBrokers));
      totalOut[selfCell] = putLines(
        f, selfCell, keep, selfBrokers * selfHourly * HOURS_PER_MONTH, perBroker * selfBrokers * gp3Price, 0,
        Math.max(0, bought - gp3Included) * selfBrokers * gp3ThroughputPrice, 0, 0, selfManagedCrossAzUsdCol[r] ?? 0,
        controllers === 0 ? 0 : controllers * controllerHourly * HOURS_PER_MONTH + controllers * CONTROLLER_VOLUME_GIB * gp3Price,
        opsUsdCol[r] ?? 0,
      );
    } else {
      totalOut[selfCell] = Number.NaN;
    }
    capacities[0] = (Math.min(ebs, gp3Volume) / storageFactor) * plan;
    putConstraints(f, selfCell, names, demands, capacities);
  }
}

/**
 * One Express size (SPEC §5): ingress at `sustained × utilizationExpress × tls`, egress at
 * `sustained × 2 × tls` (MSK docs), partition replicas at `partitions × 3`; 3 AZs only, RF always 3.
 * Costs: broker-hours, one copy of the retained data, data written, and client cross-AZ traffic.
 */
function sizeExpress(table: SizingTable, index: number, rows: KernelRows, f: SizingFigures, from: number, to: number): void {
  const o = table.options[index];
  const spec = o?.express;
  if (o === undefined || !spec) return;
  const t = rows.terms;
  const p = table.prices;
  const sustained = spec.ingressSustainedMiBps;
  const recommendedPartitions = spec.recommendedMaxPartitions;
  const maxPartitions = spec.maxPartitions;
  const hourly = o.brokerHourlyUsd;
  const storagePrice = p.expressStoragePerGbMonth;
  const dataInPrice = p.expressDataInPerGb;
  const minBrokers = roundUpToMultiple(EXPRESS_REPLICATION_FACTOR, EXPRESS_AVAILABILITY_ZONES);
  let missing = 0;
  if (Number.isNaN(o.brokerHourlyUsd)) missing |= priceBit('brokerHours');
  if (Number.isNaN(p.expressStoragePerGbMonth)) missing |= priceBit('expressStorage');
  if (Number.isNaN(p.expressDataInPerGb)) missing |= priceBit('expressDataIn');
  const noCrossAzPrice = Number.isNaN(p.crossAzPerGbEachDirection);
  const demands = [0, 0, 0, 0, 0];
  const capacities = [0, 0, 0, 0, 0];
  for (let r = from; r < to; r += 1) {
    const cell = index * rows.rows + r;
    noPlan(f, cell);
    f.pstMiBps[cell] = 0;
    f.storagePerBrokerGiB[cell] = Number.NaN;
    if (t.azs[r] !== EXPRESS_AVAILABILITY_ZONES) {
      f.brokers[cell] = Number.NaN;
      f.bottleneck[cell] = -1;
      f.total[cell] = Number.NaN;
      f.warnings[cell] = 0;
      f.reasonBits[cell] = 0;
      f.unavailable[cell] = EXPRESS_NEEDS_3_AZS;
      putConstraints(f, cell, [-1, -1, -1, -1, -1], demands, capacities);
      continue;
    }
    const tls = t.tls[r] ?? 1;
    const ingress = t.peakIngress[r] ?? 0;
    const egress = t.peakEgress[r] ?? 0;
    const replicas = (t.partitions[r] ?? 0) * EXPRESS_REPLICATION_FACTOR;
    const ingressCapacity = sustained * (t.utilExpress[r] ?? 1) * tls;
    const egressCapacity = sustained * EXPRESS_EGRESS_FACTOR * tls;
    const partitionCapacity = t.useMaxPartitions[r] === 1 ? maxPartitions : recommendedPartitions;
    const ingressRaw = rawBrokersNeeded(ingress, ingressCapacity);
    const egressRaw = rawBrokersNeeded(egress, egressCapacity);
    const partitionRaw = rawBrokersNeeded(replicas, partitionCapacity);
    const brokers = brokersForRawNeed(Math.max(ingressRaw, egressRaw, partitionRaw), EXPRESS_AVAILABILITY_ZONES, minBrokers, t.safety[r] ?? 0);
    f.brokers[cell] = brokers;
    f.bottleneck[cell] = bottleneckOf(EXPRESS_AVAILABILITY_ZONES, EXPRESS_NAMES, ingressRaw, egressRaw, partitionRaw, 0, 0);
    let warnings = t.replicationFactor[r] !== EXPRESS_REPLICATION_FACTOR ? W_EXPRESS_RF : 0;
    if (brokers > ZOOKEEPER_BROKER_LIMIT) warnings |= W_KRAFT;
    if (noCrossAzPrice) warnings |= W_CROSS_AZ;
    f.warnings[cell] = warnings;
    f.reasonBits[cell] = missing;
    f.total[cell] = missing !== 0 ? Number.NaN : putLines(
      f, cell, t.keep[r] ?? 1, brokers * hourly * HOURS_PER_MONTH, (t.retainedGiB[r] ?? 0) * storagePrice, 0, 0,
      (t.ingressGiBPerMonth[r] ?? 0) * dataInPrice, 0, t.expressCrossAzUsd[r] ?? 0, 0, 0,
    );
    f.unavailable[cell] = missing !== 0 ? MISSING_PRICE : brokers > (t.brokerQuota[r] ?? 0) ? BROKER_QUOTA : 0;
    demands[0] = ingress;
    demands[1] = egress;
    demands[2] = replicas;
    capacities[0] = ingressCapacity;
    capacities[1] = egressCapacity;
    capacities[2] = partitionCapacity;
    putConstraints(f, cell, EXPRESS_NAMES, demands, capacities);
  }
}

/**
 * MSK Serverless (SPEC §6): cluster-hours, partition-hours, data in and out, and one copy of the
 * retained data; no brokers. SPEC §6 lists no cross-AZ line for Serverless, so none is charged.
 */
function sizeServerless(table: SizingTable, index: number, rows: KernelRows, f: SizingFigures, from: number, to: number): void {
  const t = rows.terms;
  const p = table.prices;
  let missing = 0;
  if (Number.isNaN(p.serverlessClusterHour)) missing |= priceBit('serverlessClusterHours');
  if (Number.isNaN(p.serverlessPartitionHour)) missing |= priceBit('serverlessPartitionHours');
  if (Number.isNaN(p.serverlessDataInPerGb)) missing |= priceBit('serverlessDataIn');
  if (Number.isNaN(p.serverlessDataOutPerGb)) missing |= priceBit('serverlessDataOut');
  if (Number.isNaN(p.serverlessStoragePerGbMonth)) missing |= priceBit('serverlessStorage');
  const none = [-1, -1, -1, -1, -1];
  for (let r = from; r < to; r += 1) {
    const cell = index * rows.rows + r;
    const partitions = t.partitions[r] ?? 0;
    f.brokers[cell] = Number.NaN;
    f.bottleneck[cell] = -1;
    f.pstMiBps[cell] = 0;
    noPlan(f, cell);
    f.storagePerBrokerGiB[cell] = Number.NaN;
    f.warnings[cell] = W_IAM;
    putConstraints(f, cell, none, none, none);
    if (missing !== 0) {
      f.total[cell] = Number.NaN;
      f.reasonBits[cell] = missing;
      f.unavailable[cell] = MISSING_PRICE;
      continue;
    }
    f.total[cell] = putLines(
      f, cell, t.keep[r] ?? 1, 1 * p.serverlessClusterHour * HOURS_PER_MONTH + partitions * p.serverlessPartitionHour * HOURS_PER_MONTH,
      (t.retainedGiB[r] ?? 0) * p.serverlessStoragePerGbMonth, 0, 0, (t.ingressGiBPerMonth[r] ?? 0) * p.serverlessDataInPerGb,
      (t.egressGiBPerMonth[r] ?? 0) * p.serverlessDataOutPerGb, 0, 0, 0,
    );
    const broken = serverlessLimitBits(t.peakIngress[r] ?? 0, t.peakEgress[r] ?? 0, partitions, table.priceBook.serverlessLimits);
    f.reasonBits[cell] = broken;
    f.unavailable[cell] = broken !== 0 ? SERVERLESS_LIMIT : 0;
  }
}

/**
 * Sizes every option of `table` for every row of `rows` into `f` (SPEC §3–8): option by option over
 * the rows, so each option's constants are read once, then (unless `recommend` is false) the
 * recommendation of each row.
 */
export function sizeRows(table: SizingTable, rows: KernelRows, f: SizingFigures, recommend = true): void {
  const selfIndexOf = new Map<number, number>();
  table.options.forEach((o, i) => { if (o.kind === OptionKind.selfManaged) selfIndexOf.set(o.typeIndex, i); });
  // Rows go through in blocks: each option's constants stay in registers for a block, the block's
  // columns stay in cache, and the per-option functions run often and briefly, which the JIT
  // optimises with full type feedback (one long call per option was sometimes left half as fast).
  for (let from = 0; from < rows.rows; from += ROW_BLOCK) {
    const to = Math.min(rows.rows, from + ROW_BLOCK);
    table.options.forEach((o, i) => {
      if (o.kind === OptionKind.standard) sizeStandardType(table, i, selfIndexOf.get(o.typeIndex) ?? -1, rows, f, from, to);
      else if (o.kind === OptionKind.express) sizeExpress(table, i, rows, f, from, to);
      else if (o.kind === OptionKind.serverless) sizeServerless(table, i, rows, f, from, to);
    });
  }
  // The ranges read the recommendation at month 0 only.
  if (recommend) recommendRows(f, table, rows);
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
function isChoosable(f: SizingFigures, cell: number): boolean {
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

/**
 * SPEC §8, for every row: the cheapest available option of each class, and overall the cheapest
 * eligible for the row's purpose, in `compareForChoice`'s order (cents, then brokers, then the earlier
 * option). Option by option over the rows, as the figures are laid out; each option's cents are
 * worked out once.
 */
function recommendRows(f: SizingFigures, table: SizingTable, rows: KernelRows): void {
  const classes = RECOMMENDATION_CLASSES.length;
  const bestCents = new Float64Array(rows.rows * (classes + 1));
  const bestBrokers = new Float64Array(rows.rows * (classes + 1));
  f.overall.fill(-1);
  f.byClass.fill(-1);
  const development = rows.terms.development;
  table.options.forEach((option, o) => {
    const cls = option.classIndex;
    if (cls < 0) return;
    // Whether this option's class may be the overall choice, for production and for development rows.
    const eligibleInProduction = ELIGIBLE_CLASS_INDEXES.production[cls] === true;
    const eligibleInDevelopment = ELIGIBLE_CLASS_INDEXES.development[cls] === true;
    for (let r = 0; r < rows.rows; r += 1) {
      const cell = o * rows.rows + r;
      if (!isChoosable(f, cell)) continue;
      const cents = Math.round((f.total[cell] ?? 0) * 100);
      const brokerFigure = f.brokers[cell] ?? 0;
      const brokers = brokerFigure === brokerFigure ? brokerFigure : 0; // Serverless (NaN) counts as 0
      const slot = r * classes + cls;
      const best = f.byClass[slot] ?? -1;
      if (best < 0 || cents < (bestCents[slot] ?? 0) || (cents === bestCents[slot] && brokers < (bestBrokers[slot] ?? 0))) {
        f.byClass[slot] = o;
        bestCents[slot] = cents;
        bestBrokers[slot] = brokers;
      }
      const eligible = development[r] === 1 ? eligibleInDevelopment : eligibleInProduction;
      const overallSlot = rows.rows * classes + r;
      const overall = f.overall[r] ?? -1;
      if (eligible && (overall < 0 || cents < (bestCents[overallSlot] ?? 0) || (cents === bestCents[overallSlot] && brokers < (bestBrokers[overallSlot] ?? 0)))) {
        f.overall[r] = o;
        bestCents[overallSlot] = cents;
        bestBrokers[overallSlot] = brokers;
      }
    }
  });
}

/** The eligible options within CLOSE_ALTERNATIVE_SHARE of the overall choice, fewest brokers first (SPEC §8). */
export function closeAlternatives(f: SizingFigures, table: SizingTable, purpose: Purpose, row: number): number[] {
  const n = f.options;
  const overall = f.overall[row] ?? -1;
  if (overall < 0) return [];
  const ceiling = (f.total[cellOf(f, row, overall)] ?? 0) * (1 + CLOSE_ALTERNATIVE_SHARE);
  const eligible = ELIGIBLE_CLASS_INDEXES[purpose];
  const close: number[] = [];
  for (let o = 0; o < n; o += 1) {
    const cls = table.options[o]?.classIndex ?? -1;
    const cell = cellOf(f, row, o);
    if (o !== overall && cls >= 0 && eligible[cls] && isChoosable(f, cell) && (f.total[cell] ?? Number.POSITIVE_INFINITY) <= ceiling) close.push(o);
  }
  const brokers = (o: number) => { const v = f.brokers[cellOf(f, row, o)] ?? 0; return Number.isNaN(v) ? 0 : v; };
  return close.sort((a, b) => brokers(a) - brokers(b) || compareForChoice(f, cellOf(f, row, a), cellOf(f, row, b)));
}
