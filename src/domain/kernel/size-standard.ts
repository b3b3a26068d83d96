/**
 * MSK Standard brokers (SPEC §4) and self-managed Kafka on the same EC2 type (SPEC §7): the two
 * share every constraint but the storage path, so each row works them out once.
 */
import { CONTROLLER_VOLUME_GIB, SELF_MANAGED_BROKER_WARNING, ZOOKEEPER_BROKER_LIMIT } from '../assumptions';
import type { SizingTable } from '../sizing-table';
import { HOURS_PER_MONTH, rawBrokersNeeded } from '../units';
import { PST_AUTO, PST_OFF, type KernelRows, type SizingFigures } from './kernel-buffers';
import {
  BROKER_QUOTA,
  C_MEMORY,
  MISSING_PRICE,
  priceBit,
  PST_MINIMUM_MIBPS,
  T3_NO_KRAFT,
  W_CROSS_AZ,
  W_KRAFT,
  W_LARGE,
  W_NO_OPS,
  W_PARTITIONS,
  W_T3,
} from './kernel-codes';
import { readStandardType, type StandardType } from './standard-type';
import {
  bottleneckOf,
  brokersForRawNeed,
  costLines,
  noPlan,
  putConstraints,
  putLines,
  STANDARD_NAMES,
  type CostLineValues,
} from './kernel-shared';

/**
 * What one row needs of every storage path: the figures that do not depend on the volume, and the
 * other constraints' raw need (SPEC §4.2). One per kernel call, rewritten row by row.
 */
interface StandardRow {
  ingress: number;
  azs: number;
  minBrokers: number;
  safety: number;
  storageFactor: number;
  plan: number;
  replicas: number;
  provisionedGiB: number;
  tieredGiB: number;
  keep: number;
  quota: number;
  networkRaw: number;
  partitionRaw: number;
  storageRaw: number;
  memoryRaw: number;
  othersRaw: number;
  readonly names: number[];
  readonly demands: number[];
  readonly capacities: number[];
}

function newStandardRow(): StandardRow {
  return {
    ingress: 0,
    azs: 1,
    minBrokers: 0,
    safety: 0,
    storageFactor: 1,
    plan: 1,
    replicas: 0,
    provisionedGiB: 0,
    tieredGiB: 0,
    keep: 1,
    quota: 0,
    networkRaw: 0,
    partitionRaw: 0,
    storageRaw: 0,
    memoryRaw: 0,
    othersRaw: 0,
    names: STANDARD_NAMES.slice(),
    demands: [0, 0, 0, 0, 0],
    capacities: [0, 0, 0, 0, 0],
  };
}

/** Reads row `r` and works out the constraints both deployments share: network, partitions, storage size, memory (SPEC §4.2). */
function readStandardRow(row: StandardRow, type: StandardType, t: KernelRows['terms'], r: number): void {
  row.ingress = t.peakIngress[r] ?? 0;
  row.azs = t.azs[r] ?? 1;
  row.minBrokers = t.minBrokers[r] ?? 0;
  row.safety = t.safety[r] ?? 0;
  row.storageFactor = t.storageFactor[r] ?? 1;
  row.plan = t.plan[r] ?? 1;
  row.replicas = (t.partitions[r] ?? 0) * (t.replicationFactor[r] ?? 1);
  row.provisionedGiB = t.provisionedGiB[r] ?? 0;
  row.tieredGiB = t.tieredGiB[r] ?? 0;
  row.keep = t.keep[r] ?? 1;
  row.quota = t.brokerQuota[r] ?? 0;
  const pageCache = t.pageCacheGiB[r] ?? Number.NaN;
  const hasMemory = pageCache === pageCache;
  const networkCapacity = (type.nic / (t.networkFactor[r] ?? 1)) * row.plan;
  const partitionCapacity = t.useMaxPartitions[r] === 1 ? type.maxPartitions : type.recommendedPartitions;
  const memoryCapacity = type.memGiB * (t.pageCacheShare[r] ?? 0);
  row.networkRaw = rawBrokersNeeded(row.ingress, networkCapacity);
  row.partitionRaw = rawBrokersNeeded(row.replicas, partitionCapacity);
  row.storageRaw = rawBrokersNeeded(row.provisionedGiB, type.storageMax);
  row.memoryRaw = hasMemory ? rawBrokersNeeded(pageCache, memoryCapacity) : 0;
  row.othersRaw = Math.max(row.networkRaw, row.partitionRaw, row.storageRaw, row.memoryRaw);
  row.names[4] = hasMemory ? C_MEMORY : -1;
  row.demands[1] = row.ingress;
  row.demands[2] = row.replicas;
  row.demands[3] = row.provisionedGiB;
  row.demands[4] = hasMemory ? pageCache : 0;
  row.capacities[1] = networkCapacity;
  row.capacities[2] = partitionCapacity;
  row.capacities[3] = type.storageMax;
  row.capacities[4] = memoryCapacity;
}

/** Brokers a storage path at `volumeMiBps` needs for the row's ingress: ceil(Ip ÷ (min(EBS, volume) ÷ storageF × utilisation × TLS)) (SPEC §4.1). */
function storagePathRaw(row: StandardRow, ebs: number, volumeMiBps: number): number {
  return rawBrokersNeeded(row.ingress, (Math.min(ebs, volumeMiBps) / row.storageFactor) * row.plan);
}

/** Brokers with PST at `rate` (capped at the size's maximum), the other constraints' raw need unchanged. */
function brokersAtRate(row: StandardRow, type: StandardType, rate: number): number {
  return brokersForRawNeed(
    Math.max(row.othersRaw, storagePathRaw(row, type.ebs, Math.min(rate, type.pstMax))),
    row.azs,
    row.minBrokers,
    row.safety,
  );
}

/**
 * SPEC §4.4 "auto": the smallest whole rate in MiB/s from 250 up to the size's maximum (the maximum
 * itself when it is not whole) that gives as few brokers as PST at the maximum. Only the storage path
 * depends on the rate: brokers fall to that target once its raw need is at most `target − safety`,
 * that is once the storage capacity reaches `peak ingress ÷ (target − safety)`, which gives the rate
 * directly. Brokers never rise as PST rises, so a step or two either way settles any rounding.
 */
function smallestSufficientRate(row: StandardRow, type: StandardType): number {
  const max = type.pstMax;
  const target = brokersAtRate(row, type, max);
  const low = Math.ceil(PST_MINIMUM_MIBPS);
  const high = Math.floor(max);
  if (high < low || brokersAtRate(row, type, high) > target) return max;
  const perBroker = ((row.ingress / (target - row.safety)) * row.storageFactor) / row.plan;
  let rate = Math.min(high, Math.max(low, Math.ceil(Number.isFinite(perBroker) ? perBroker : high)));
  while (rate < high && brokersAtRate(row, type, rate) > target) rate += 1;
  while (rate > low && brokersAtRate(row, type, rate - 1) <= target) rate -= 1;
  return rate;
}

/** SPEC §4.3: an MSK Standard size's lines at `brokers` and PST `pst` (0 = off) into `cell` (−1: total only). */
function mskStandardTotal(
  f: SizingFigures,
  cell: number,
  type: StandardType,
  row: StandardRow,
  lines: CostLineValues,
  brokers: number,
  pst: number,
): number {
  const m = type.msk;
  lines.brokers = brokers * m.hourlyUsd * HOURS_PER_MONTH;
  lines.storage = Math.max(type.storageMin, row.provisionedGiB / brokers) * brokers * m.storagePrice;
  lines.provisionedThroughput = pst > 0 ? brokers * pst * m.pstPrice : 0;
  return putLines(f, cell, row.keep, lines);
}

/** An MSK Standard size's broker-limit code at `brokers` (0 = within): the quota, or ZooKeeper's limit for sizes without KRaft (SPEC §8, §4.1). */
function standardLimitCode(type: StandardType, brokers: number, quota: number): number {
  if (brokers > quota) return BROKER_QUOTA;
  return !type.kraft && brokers > type.zookeeperLimit ? T3_NO_KRAFT : 0;
}

/**
 * One row as MSK Standard (SPEC §4): the volume's default throughput or PST (off, fixed or auto),
 * the cost lines, the broker quota and T3's ZooKeeper limit.
 */
function sizeMskStandardRow(
  f: SizingFigures,
  type: StandardType,
  row: StandardRow,
  lines: CostLineValues,
  t: KernelRows['terms'],
  r: number,
  cell: number,
): void {
  const m = type.msk;
  const offRaw = storagePathRaw(row, type.ebs, type.defaultVolume);
  const offBrokers = brokersForRawNeed(Math.max(row.othersRaw, offRaw), row.azs, row.minBrokers, row.safety);
  const tieredMissing = row.tieredGiB > 0 && Number.isNaN(m.tieredPrice) ? priceBit('tieredStorage') : 0;
  lines.tieredStorage = row.tieredGiB > 0 ? row.tieredGiB * m.tieredPrice : 0;
  lines.crossAz = t.mskCrossAzUsd[r] ?? 0;
  const offPriced = (m.missing | tieredMissing) === 0;
  // The PST-off lines go to the cell at once; PST, when kept, writes over them.
  const offTotal = offPriced ? mskStandardTotal(f, cell, type, row, lines, offBrokers, 0) : Number.NaN;
  let brokers = offBrokers;
  let pst = 0;
  let storagePathRawNeed = offRaw;
  const setting = t.pstSetting[r] ?? PST_OFF;
  // With PST off the plan only tells a reader what PST would do, so batches (no detail) skip it.
  if (type.pstEligible && (setting !== PST_OFF || f.constraintName !== null)) {
    const rate = setting > 0 ? Math.min(setting, type.pstMax) : smallestSufficientRate(row, type);
    const onRaw = storagePathRaw(row, type.ebs, rate);
    const onBrokers = brokersForRawNeed(Math.max(row.othersRaw, onRaw), row.azs, row.minBrokers, row.safety);
    const onPriced = offPriced && !Number.isNaN(m.pstPrice);
    const onTotal = onPriced ? mskStandardTotal(f, -1, type, row, lines, onBrokers, rate) : Number.NaN;
    f.planRateMiBps[cell] = rate;
    f.planBrokersOff[cell] = offBrokers;
    f.planBrokersAtRate[cell] = onBrokers;
    f.planTotalOff[cell] = offTotal;
    f.planTotalAtRate[cell] = onTotal;
    // SPEC §4.4 "auto": keep PST when it costs less than PST off. Where only one of the two fits
    // the broker limit, that one is kept (a choice SPEC §4.4 leaves open: an option that fits beats
    // one that does not); a tie keeps PST off.
    let usePst = setting > 0;
    if (setting === PST_AUTO && onPriced) {
      const offFits = standardLimitCode(type, offBrokers, row.quota) === 0;
      const onFits = standardLimitCode(type, onBrokers, row.quota) === 0;
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
  const missing = m.missing | tieredMissing | (pst > 0 && Number.isNaN(m.pstPrice) ? priceBit('provisionedThroughput') : 0);
  f.brokers[cell] = brokers;
  f.bottleneck[cell] = bottleneckOf(
    row.azs,
    row.names,
    storagePathRawNeed,
    row.networkRaw,
    row.partitionRaw,
    row.storageRaw,
    row.memoryRaw,
  );
  f.pstMiBps[cell] = pst;
  f.storagePerBrokerGiB[cell] = Math.max(type.storageMin, row.provisionedGiB / brokers);
  f.total[cell] = missing !== 0 ? Number.NaN : pst > 0 ? mskStandardTotal(f, cell, type, row, lines, brokers, pst) : offTotal;
  let warnings = (type.burstable ? W_T3 : 0) | (row.replicas / brokers > type.recommendedPartitions ? W_PARTITIONS : 0);
  if (type.kraft && brokers > ZOOKEEPER_BROKER_LIMIT) warnings |= W_KRAFT;
  if (type.noCrossAzPrice) warnings |= W_CROSS_AZ;
  f.warnings[cell] = warnings;
  f.reasonBits[cell] = missing;
  f.unavailable[cell] = missing !== 0 ? MISSING_PRICE : standardLimitCode(type, brokers, row.quota);
  row.demands[0] = row.ingress;
  row.capacities[0] = (Math.min(type.ebs, pst > 0 ? pst : type.defaultVolume) / row.storageFactor) * row.plan;
  putConstraints(f, cell, row.names, row.demands, row.capacities);
}

/**
 * One row as self-managed Kafka on the same EC2 type (SPEC §7): a gp3 volume bought at min(instance
 * EBS, 1,000 MiB/s); gp3 throughput per broker min(volume, max(125, Ip × storageF / brokers)), the
 * part above the included 125 MiB/s billed; KRaft controllers, cross-AZ for all three flows,
 * operations time; no MSK quota.
 */
function sizeSelfManagedRow(
  f: SizingFigures,
  type: StandardType,
  row: StandardRow,
  lines: CostLineValues,
  t: KernelRows['terms'],
  r: number,
  cell: number,
): void {
  const s = type.self;
  const gp3Raw = storagePathRaw(row, type.ebs, type.gp3Volume);
  const brokers = brokersForRawNeed(Math.max(row.othersRaw, gp3Raw), row.azs, row.minBrokers, row.safety);
  const controllers = t.controllers[r] ?? 0;
  const controllerHourly = t.controllerHourlyUsd[r] ?? Number.NaN;
  const missing = s.missing | (controllers > 0 && Number.isNaN(controllerHourly) ? priceBit('controllers') : 0);
  const perBroker = Math.max(type.storageMin, row.provisionedGiB / brokers);
  f.brokers[cell] = brokers;
  f.bottleneck[cell] = bottleneckOf(row.azs, row.names, gp3Raw, row.networkRaw, row.partitionRaw, row.storageRaw, row.memoryRaw);
  f.pstMiBps[cell] = 0;
  noPlan(f, cell);
  f.storagePerBrokerGiB[cell] = perBroker;
  let warnings = (type.burstable ? W_T3 : 0) | (row.replicas / brokers > type.recommendedPartitions ? W_PARTITIONS : 0);
  if (brokers > SELF_MANAGED_BROKER_WARNING) warnings |= W_LARGE;
  if (t.opsHours[r] === 0) warnings |= W_NO_OPS;
  if (type.noCrossAzPrice) warnings |= W_CROSS_AZ;
  f.warnings[cell] = warnings;
  f.reasonBits[cell] = missing;
  f.unavailable[cell] = missing !== 0 ? MISSING_PRICE : 0;
  if (missing === 0) {
    const bought = Math.min(type.gp3Volume, Math.max(s.gp3IncludedMiBps, (row.ingress * row.storageFactor) / brokers));
    lines.brokers = brokers * s.hourlyUsd * HOURS_PER_MONTH;
    lines.storage = perBroker * brokers * s.gp3Price;
    lines.provisionedThroughput = Math.max(0, bought - s.gp3IncludedMiBps) * brokers * s.gp3ThroughputPrice;
    lines.crossAz = t.selfManagedCrossAzUsd[r] ?? 0;
    lines.controllers =
      controllers === 0 ? 0 : controllers * controllerHourly * HOURS_PER_MONTH + controllers * CONTROLLER_VOLUME_GIB * s.gp3Price;
    lines.operations = t.opsUsd[r] ?? 0;
    f.total[cell] = putLines(f, cell, row.keep, lines);
  } else {
    f.total[cell] = Number.NaN;
  }
  row.capacities[0] = (Math.min(type.ebs, type.gp3Volume) / row.storageFactor) * row.plan;
  putConstraints(f, cell, row.names, row.demands, row.capacities);
}

/**
 * One EC2 type as MSK Standard and as self-managed Kafka (SPEC §4, §7), for rows `from` to `to`: the
 * two share every constraint but the storage path, so each row works them out once.
 */
export function sizeStandardType(
  table: SizingTable,
  mskIndex: number,
  selfIndex: number,
  rows: KernelRows,
  f: SizingFigures,
  from: number,
  to: number,
): void {
  const msk = table.options[mskIndex];
  const self = table.options[selfIndex];
  const spec = msk?.standard;
  if (msk === undefined || self === undefined || !spec) return;
  const type = readStandardType(table, msk, self, spec);
  const row = newStandardRow();
  const mskLines = costLines();
  const selfLines = costLines();
  const t = rows.terms;
  for (let r = from; r < to; r += 1) {
    readStandardRow(row, type, t, r);
    sizeMskStandardRow(f, type, row, mskLines, t, r, mskIndex * rows.rows + r);
    sizeSelfManagedRow(f, type, row, selfLines, t, r, selfIndex * rows.rows + r);
  }
}
