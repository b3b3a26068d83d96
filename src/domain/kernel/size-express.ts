/** MSK Express brokers (SPEC §5). */
import { EXPRESS_AVAILABILITY_ZONES, EXPRESS_EGRESS_FACTOR, EXPRESS_REPLICATION_FACTOR, ZOOKEEPER_BROKER_LIMIT } from '../assumptions';
import type { SizingTable } from '../sizing-table';
import { HOURS_PER_MONTH, rawBrokersNeeded, roundUpToMultiple } from '../units';
import type { KernelRows, SizingFigures } from './kernel-buffers';
import { BROKER_QUOTA, EXPRESS_NEEDS_3_AZS, MISSING_PRICE, priceBit, W_CROSS_AZ, W_EXPRESS_RF, W_KRAFT } from './kernel-codes';
import { bottleneckOf, brokersForRawNeed, costLines, EXPRESS_NAMES, noPlan, putConstraints, putLines } from './kernel-shared';

/**
 * One Express size (SPEC §5): ingress at `sustained × utilizationExpress × tls`, egress at
 * `sustained × 2 × tls` (MSK docs), partition replicas at `partitions × 3`; 3 AZs only, RF always 3.
 * Costs: broker-hours, one copy of the retained data, data written, and client cross-AZ traffic.
 */
export function sizeExpress(table: SizingTable, index: number, rows: KernelRows, f: SizingFigures, from: number, to: number): void {
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
  const lines = costLines();
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
    const brokers = brokersForRawNeed(
      Math.max(ingressRaw, egressRaw, partitionRaw),
      EXPRESS_AVAILABILITY_ZONES,
      minBrokers,
      t.safety[r] ?? 0,
    );
    f.brokers[cell] = brokers;
    f.bottleneck[cell] = bottleneckOf(EXPRESS_AVAILABILITY_ZONES, EXPRESS_NAMES, ingressRaw, egressRaw, partitionRaw, 0, 0);
    let warnings = t.replicationFactor[r] !== EXPRESS_REPLICATION_FACTOR ? W_EXPRESS_RF : 0;
    if (brokers > ZOOKEEPER_BROKER_LIMIT) warnings |= W_KRAFT;
    if (noCrossAzPrice) warnings |= W_CROSS_AZ;
    f.warnings[cell] = warnings;
    f.reasonBits[cell] = missing;
    // SPEC §5: broker-hours, one copy of the retained data, data written, client cross-AZ traffic.
    lines.brokers = brokers * hourly * HOURS_PER_MONTH;
    lines.storage = (t.retainedGiB[r] ?? 0) * storagePrice;
    lines.dataIn = (t.ingressGiBPerMonth[r] ?? 0) * dataInPrice;
    lines.crossAz = t.expressCrossAzUsd[r] ?? 0;
    f.total[cell] = missing !== 0 ? Number.NaN : putLines(f, cell, t.keep[r] ?? 1, lines);
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
