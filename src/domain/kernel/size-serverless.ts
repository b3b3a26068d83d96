/** MSK Serverless (SPEC §6). */
import type { SizingTable } from '../sizing-table';
import { HOURS_PER_MONTH } from '../units';
import type { KernelRows, SizingFigures } from './kernel-buffers';
import { MISSING_PRICE, priceBit, SERVERLESS_LIMIT, W_IAM } from './kernel-codes';
import { costLines, noPlan, putConstraints, putLines } from './kernel-shared';

/** The Serverless quotas a row breaks, as SERVERLESS_LIMITS bits (SPEC §6); 0 when it fits. */
function serverlessLimitBits(
  ingress: number,
  egress: number,
  partitions: number,
  limits: SizingTable['priceBook']['serverlessLimits'],
): number {
  let bits = 0;
  if (ingress > limits.maxIngressMiBps) bits |= 1;
  if (egress > limits.maxEgressMiBps) bits |= 2;
  if (partitions > limits.maxPartitions) bits |= 4;
  if (partitions < Math.ceil(ingress / limits.maxIngressMiBpsPerPartition)) bits |= 8;
  if (partitions < Math.ceil(egress / limits.maxEgressMiBpsPerPartition)) bits |= 16;
  return bits;
}

/**
 * MSK Serverless (SPEC §6): cluster-hours, partition-hours, data in and out, and one copy of the
 * retained data; no brokers. SPEC §6 lists no cross-AZ line for Serverless, so none is charged.
 */
export function sizeServerless(table: SizingTable, index: number, rows: KernelRows, f: SizingFigures, from: number, to: number): void {
  const t = rows.terms;
  const p = table.prices;
  let missing = 0;
  if (Number.isNaN(p.serverlessClusterHour)) missing |= priceBit('serverlessClusterHours');
  if (Number.isNaN(p.serverlessPartitionHour)) missing |= priceBit('serverlessPartitionHours');
  if (Number.isNaN(p.serverlessDataInPerGb)) missing |= priceBit('serverlessDataIn');
  if (Number.isNaN(p.serverlessDataOutPerGb)) missing |= priceBit('serverlessDataOut');
  if (Number.isNaN(p.serverlessStoragePerGbMonth)) missing |= priceBit('serverlessStorage');
  const none = [-1, -1, -1, -1, -1];
  const lines = costLines();
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
    // SPEC §6: the cluster-hour and partition-hours are its broker line.
    lines.brokers = 1 * p.serverlessClusterHour * HOURS_PER_MONTH + partitions * p.serverlessPartitionHour * HOURS_PER_MONTH;
    lines.storage = (t.retainedGiB[r] ?? 0) * p.serverlessStoragePerGbMonth;
    lines.dataIn = (t.ingressGiBPerMonth[r] ?? 0) * p.serverlessDataInPerGb;
    lines.dataOut = (t.egressGiBPerMonth[r] ?? 0) * p.serverlessDataOutPerGb;
    f.total[cell] = putLines(f, cell, t.keep[r] ?? 1, lines);
    const broken = serverlessLimitBits(t.peakIngress[r] ?? 0, t.peakEgress[r] ?? 0, partitions, table.priceBook.serverlessLimits);
    f.reasonBits[cell] = broken;
    f.unavailable[cell] = broken !== 0 ? SERVERLESS_LIMIT : 0;
  }
}
