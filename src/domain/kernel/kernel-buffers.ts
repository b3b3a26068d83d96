/**
 * The kernel's memory: its input ("columns in", one row per sizing, written by `fillRow`) and its
 * output ("typed arrays out", one cell per row and option), allocated once and reused.
 */
import { EXPRESS_REPLICATION_FACTOR, type EditableAssumptions } from '../assumptions';
import { RECOMMENDATION_CLASSES, type WorkloadFigures } from '../result';
import type { Scenario } from '../scenario';
import type { SizingTable } from '../sizing-table';
import type { StandardFactors } from '../standard-sizing';
import { mibpsToGibPerMonth, roundUpToMultiple } from '../units';
import { clientCrossAzGiBPerMonth } from '../workload';
import { LINES, MAX_CONSTRAINTS } from './kernel-codes';

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
    rows,
    options: n,
    brokers: nan(cells),
    bottleneck: new Int8Array(cells).fill(-1),
    unavailable: new Uint8Array(cells),
    reasonBits: new Uint32Array(cells),
    warnings: new Uint16Array(cells),
    pstMiBps: new Float64Array(cells),
    planRateMiBps: nan(cells),
    planBrokersOff: nan(cells),
    planBrokersAtRate: nan(cells),
    planTotalOff: nan(cells),
    planTotalAtRate: nan(cells),
    storagePerBrokerGiB: nan(cells),
    lines: new Float64Array(cells * LINES),
    total: nan(cells),
    overall: new Int16Array(rows).fill(-1),
    byClass: new Int16Array(rows * RECOMMENDATION_CLASSES.length).fill(-1),
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
    peakIngress: column(),
    peakEgress: column(),
    partitions: column(),
    replicationFactor: column(),
    azs: column(),
    safety: column(),
    brokerQuota: column(),
    minBrokers: column(),
    useMaxPartitions: column(),
    storageFactor: column(),
    networkFactor: column(),
    plan: column(),
    tls: column(),
    utilExpress: column(),
    provisionedGiB: column(),
    tieredGiB: column(),
    retainedGiB: column(),
    pageCacheGiB: column(),
    pageCacheShare: column(),
    pstSetting: column(),
    keep: column(),
    mskCrossAzUsd: column(),
    expressCrossAzUsd: column(),
    selfManagedCrossAzUsd: column(),
    controllers: column(),
    controllerHourlyUsd: column(),
    opsHours: column(),
    opsUsd: column(),
    ingressGiBPerMonth: column(),
    egressGiBPerMonth: column(),
    development: column(),
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
export const ROW_BLOCK = 64;

/** `pstSetting` column: PST off, auto, or the fixed rate in MiB/s. */
export const PST_OFF = -1;
export const PST_AUTO = 0;

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
