/** What every deployment's sizing shares: broker rounding, the bottleneck, constraint and cost-line output. */
import type { Scenario } from '../scenario';
import { roundUpToMultiple } from '../units';
import type { SizingFigures } from './kernel-buffers';
import {
  C_MEMORY,
  C_NETWORK_THROUGHPUT,
  C_INGRESS,
  C_EGRESS,
  C_PARTITIONS,
  C_STORAGE,
  C_STORAGE_THROUGHPUT,
  L_BROKERS,
  L_CONTROLLERS,
  L_CROSS_AZ,
  L_DATA_IN,
  L_DATA_OUT,
  L_OPERATIONS,
  L_PST,
  L_STORAGE,
  L_TIERED,
  LINES,
  MAX_CONSTRAINTS,
} from './kernel-codes';

/**
 * SPEC §4.2: `ceil((max raw need + safety) / AZ) × AZ`, and at least `minBrokers` (RF rounded up to
 * the AZ count).
 */
export function brokersForRawNeed(maxRawNeed: number, availabilityZones: number, minBrokers: number, brokerSafetyFactor: number): number {
  return Math.max(roundUpToMultiple(maxRawNeed + brokerSafetyFactor, availabilityZones), minBrokers);
}

/** Partition replicas one broker may hold: the recommended maximum, or the hard maximum on request. */
export function partitionLimit(
  s: Pick<Scenario, 'useMaxPartitions'>,
  spec: { recommendedMaxPartitions: number; maxPartitions: number },
): number {
  return s.useMaxPartitions ? spec.maxPartitions : spec.recommendedMaxPartitions;
}

/**
 * The bottleneck among raw needs listed in constraint order: the constraint needing the most brokers
 * once rounded to the AZ count, ties to the earlier. Rounding is monotonic, so it is the first whose
 * raw need rounds to the same multiple as the largest.
 */
export function bottleneckOf(azs: number, names: readonly number[], n0: number, n1: number, n2: number, n3: number, n4: number): number {
  const roundedMax = roundUpToMultiple(Math.max(n0, n1, n2, n3, n4), azs);
  const floor = roundedMax - azs;
  if (n0 > floor) return names[0] ?? -1;
  if (n1 > floor) return names[1] ?? -1;
  if (n2 > floor) return names[2] ?? -1;
  if (n3 > floor) return names[3] ?? -1;
  return n4 > floor ? (names[4] ?? -1) : (names[0] ?? -1);
}

export const STANDARD_NAMES = [C_STORAGE_THROUGHPUT, C_NETWORK_THROUGHPUT, C_PARTITIONS, C_STORAGE, C_MEMORY];
export const EXPRESS_NAMES = [C_INGRESS, C_EGRESS, C_PARTITIONS, -1, -1];

/** Writes one option's constraint figures when sizing with detail (name -1: the slot is unused). */
export function putConstraints(
  f: SizingFigures,
  cell: number,
  names: readonly number[],
  demands: readonly number[],
  capacities: readonly number[],
): void {
  if (f.constraintName === null || f.demand === null || f.capacity === null) return;
  for (let i = 0; i < MAX_CONSTRAINTS; i += 1) {
    const at = cell * MAX_CONSTRAINTS + i;
    f.constraintName[at] = names[i] ?? -1;
    f.demand[at] = demands[i] ?? 0;
    f.capacity[at] = capacities[i] ?? 0;
  }
}

/**
 * One option's monthly cost lines before the discount, USD, by name (SPEC §4.3, §5–7). Each
 * deployment keeps one of these per kernel call and writes the lines it has row by row; the lines it
 * never has stay 0.
 */
export interface CostLineValues {
  brokers: number;
  storage: number;
  tieredStorage: number;
  provisionedThroughput: number;
  dataIn: number;
  dataOut: number;
  crossAz: number;
  controllers: number;
  operations: number;
}

/** A fresh set of cost lines, all 0. */
export function costLines(): CostLineValues {
  return {
    brokers: 0,
    storage: 0,
    tieredStorage: 0,
    provisionedThroughput: 0,
    dataIn: 0,
    dataOut: 0,
    crossAz: 0,
    controllers: 0,
    operations: 0,
  };
}

/**
 * Writes an option's discounted cost lines (SPEC §1: every line × the discount's share `keep`) into
 * their slots and returns their total; a NaN line (cross-AZ without a published price) is left out of
 * the total (SPEC §8). `cell` −1 only totals (the PST plan compares two candidates).
 */
export function putLines(f: SizingFigures, cell: number, keep: number, l: CostLineValues): number {
  const b = l.brokers * keep;
  const st = l.storage * keep;
  const ti = l.tieredStorage * keep;
  const pt = l.provisionedThroughput * keep;
  const di = l.dataIn * keep;
  const dout = l.dataOut * keep;
  const az = l.crossAz * keep;
  const c = l.controllers * keep;
  const op = l.operations * keep;
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

/** Sets what an option without a plan leaves empty. */
export function noPlan(f: SizingFigures, cell: number): void {
  f.planRateMiBps[cell] = Number.NaN;
  f.planBrokersOff[cell] = Number.NaN;
  f.planBrokersAtRate[cell] = Number.NaN;
  f.planTotalOff[cell] = Number.NaN;
  f.planTotalAtRate[cell] = Number.NaN;
}
