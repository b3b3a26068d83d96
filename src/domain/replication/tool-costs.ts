/**
 * What every replication tool shares (SPEC §11): the inputs it is priced from, inter-region transfer
 * (the same for all three tools), and the assembly of discounted cost lines.
 */
import type { PriceBook } from '../price-book';
import type { SizedOption } from '../result';
import type { Scenario } from '../scenario';
import { transferPerGb, type ReplicationPrices } from './replication-prices';
import type { ReplicationFlow, ReplicationToolResult, ToolCostLine, ToolMonthlyCost, TransferDerivation } from './replication-result';
import type { Replication } from './replication-schema';

export interface ToolContext {
  readonly scenario: Scenario;
  readonly block: Replication;
  readonly flows: readonly ReplicationFlow[];
  readonly priceBook: PriceBook;
  readonly prices: ReplicationPrices;
  /** 1 − discountPct / 100: every line is multiplied by it (SPEC §1). */
  readonly discountFactor: number;
  readonly mm2MiBpsPerMcu: number;
  readonly mm2Ec2InstanceType: string;
  /** The options priced on each side, when available (the Replicator's rules depend on them). */
  readonly sourceOption: SizedOption | null;
  readonly targetOption: SizedOption | null;
  /** Retained GiB × replicatedShare that each flow copies once (copyExistingData), else 0. */
  readonly copyGiBPerFlow: number;
}

/** A tool sized and priced, before its one-offs are added (they need the target cluster's cost). */
export interface PricedTool {
  readonly result: Omit<ReplicationToolResult, 'oneOffUsd'>;
  /** The copy one-off (copyExistingData), discounted; 0 without a copy; null when a price is missing. */
  readonly copyUsd: number | null;
}

/**
 * Inter-region transfer of each flow (SPEC §11: `interRegionOutPerGb(source → target) × G` per
 * direction when the regions differ; 2G with identical topic names in active-active), at the pair's
 * own price where the data has one (v2.1), else the sending region's rate: AWS charges transfer to
 * the region data leaves (AWS data transfer pricing; research/replication.md §1c). Within one region: 0.
 */
export function transferDerivations(flows: readonly ReplicationFlow[], prices: ReplicationPrices): TransferDerivation[] {
  return flows.map((f) => ({
    fromRegion: f.fromRegion,
    toRegion: f.toRegion,
    gibPerMonth: f.gibPerMonth * f.count * f.readFactor,
    perGbUsd: transferPerGb(prices, f.fromRegion, f.toRegion),
  }));
}

/**
 * USD for moving `gibPerFlow` GiB through every flow (per flow, × its count, × the flow's read factor
 * unless `once`: the copy of retained data goes through the tool once, SPEC §11); null when a price is missing.
 */
export function transferUsd(
  flows: readonly ReplicationFlow[],
  transfer: readonly TransferDerivation[],
  gibPerFlow: (f: ReplicationFlow) => number,
  once = false,
): number | null {
  let usd = 0;
  for (const [i, f] of flows.entries()) {
    const gib = gibPerFlow(f) * f.count * (once ? 1 : f.readFactor);
    if (gib === 0) continue;
    const perGb = transfer[i]?.perGbUsd ?? null;
    if (perGb === null) return null;
    usd += gib * perGb;
  }
  return usd;
}

/** Discounts each line and sums the priced ones; a line without a price is listed in `totalExcludes`, never counted as 0. */
export function toolMonthlyCost(
  lines: { readonly replicatorHours: number; readonly dataProcessed: number; readonly workers: number },
  dataTransfer: number | null,
  discountFactor: number,
): ToolMonthlyCost {
  const replicatorHours = lines.replicatorHours * discountFactor;
  const dataProcessed = lines.dataProcessed * discountFactor;
  const workers = lines.workers * discountFactor;
  const transfer = dataTransfer === null ? null : dataTransfer * discountFactor;
  const totalExcludes: ToolCostLine[] = transfer === null ? ['dataTransfer'] : [];
  return {
    replicatorHours,
    dataProcessed,
    workers,
    dataTransfer: transfer,
    total: replicatorHours + dataProcessed + workers + (transfer ?? 0),
    totalExcludes,
  };
}

/** "$1,234.56": money in messages. */
export function usdText(amount: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(
    amount,
  );
}

const MIBPS_FORMAT = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** "1,026.5" or "1": a rate in MiB/s (or GiB/s) in messages, to 2 decimals at most. */
export function mibpsText(rate: number): string {
  return MIBPS_FORMAT.format(rate);
}
