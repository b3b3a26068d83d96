/**
 * MirrorMaker 2 on MSK Connect, in the target region (SPEC §11): per flow, source connectors for
 * ceil(Rp / MM2_MIBPS_PER_MCU) MCUs (each connector one worker size × a worker count, see
 * `mskConnectLayout`) plus 1 MCU each for the checkpoint and heartbeat connectors; cost MCUs
 * provisioned × MCU-hour × 730 + inter-region transfer.
 */
import type { CodedMessage } from '../result';
import { HOURS_PER_MONTH } from '../units';
import { mm2UnavailableReason, mm2VcpusFor, mm2Warnings } from './mm2-common';
import {
  MM2_AUXILIARY_MCUS,
  MSK_CONNECT_LARGEST_WORKER_MCUS,
  MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR,
  MSK_CONNECT_WORKER_MCUS,
  MSK_CONNECT_WORKERS_PER_ACCOUNT,
} from './replication-assumptions';
import { replicationPricesIn } from './replication-prices';
import type { MskConnectConnector, ToolFlowDerivation } from './replication-result';
import { toolMonthlyCost, transferDerivations, transferUsd, type PricedTool, type ToolContext } from './tool-costs';

type ConnectFlow = Extract<ToolFlowDerivation, { kind: 'mm2-msk-connect' }>;

/** The most one connector can have: 10 workers × 8 MCUs = 80 MCUs. */
const MCUS_PER_FULL_CONNECTOR = MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR * MSK_CONNECT_LARGEST_WORKER_MCUS;

/**
 * One connector's provisioned capacity for a share of `mcus` MCUs (1–80): of the deployable sizes
 * (workers × MCUs per worker, one worker size per connector, 1, 2, 4 or 8 MCUs, at most 10 workers),
 * the smallest total that is at least `mcus`; on a tie, fewer (larger) workers.
 */
function connectorFor(mcus: number): MskConnectConnector {
  let best: MskConnectConnector = { workers: MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR, mcusPerWorker: MSK_CONNECT_LARGEST_WORKER_MCUS };
  for (const mcusPerWorker of MSK_CONNECT_WORKER_MCUS) {
    const workers = Math.max(1, Math.ceil(mcus / mcusPerWorker));
    if (workers > MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR) continue;
    const total = workers * mcusPerWorker;
    const bestTotal = best.workers * best.mcusPerWorker;
    if (total < bestTotal || (total === bestTotal && workers < best.workers)) best = { workers, mcusPerWorker };
  }
  return best;
}

/**
 * The source connectors MSK Connect can run for `mcus` MCUs needed (SPEC §11: ceil(Rp /
 * MM2_MIBPS_PER_MCU) MCUs, workers of 1, 2, 4 or 8 MCUs, at most 10 workers per connector, more
 * connectors when needed). A connector has one worker size and a worker count (MSK Connect
 * provisioned capacity: `mcuCount` per worker, `workerCount`), so it cannot mix sizes. Our choice:
 * the fewest connectors, ceil(mcus / 80); the MCUs split between them as evenly as possible (the
 * larger shares first); each connector the smallest workers × size that covers its share, ties to
 * fewer workers. The total may exceed `mcus` (13 needed: 7 × 2 = 14); AWS bills what is provisioned.
 */
export function mskConnectLayout(mcus: number): MskConnectConnector[] {
  if (mcus <= 0) return [];
  const connectors = Math.ceil(mcus / MCUS_PER_FULL_CONNECTOR);
  const base = Math.floor(mcus / connectors);
  const larger = mcus - base * connectors;
  return Array.from({ length: connectors }, (_, i) => connectorFor(i < larger ? base + 1 : base));
}

/** MCUs the connectors provision: Σ workers × MCUs per worker. */
export function provisionedMcusOf(connectors: readonly MskConnectConnector[]): number {
  return connectors.reduce((n, c) => n + c.workers * c.mcusPerWorker, 0);
}

function flowDerivations(ctx: ToolContext): ConnectFlow[] {
  return ctx.flows.map((f) => {
    // SPEC §11: ceil(Rp′ / MM2_MIBPS_PER_MCU), Rp′ = readFactor × Rp.
    const peakMiBps = f.peakMiBps * f.readFactor;
    const sourceConnectorMcus = mm2VcpusFor(peakMiBps, ctx.mm2MiBpsPerMcu);
    const sourceConnectors = mskConnectLayout(sourceConnectorMcus);
    return {
      kind: 'mm2-msk-connect',
      fromRegion: f.fromRegion,
      toRegion: f.toRegion,
      flows: f.count,
      peakMiBps,
      mibpsPerMcu: ctx.mm2MiBpsPerMcu,
      sourceConnectorMcus,
      sourceConnectors,
      provisionedSourceMcus: provisionedMcusOf(sourceConnectors),
      auxiliaryMcus: MM2_AUXILIARY_MCUS,
      mcuHourUsd: replicationPricesIn(ctx.prices, f.toRegion).mcuHour,
    };
  });
}

/** Workers of one flow: the source connector's, plus one 1-MCU worker per auxiliary connector. */
function workersPerFlow(f: ConnectFlow): number {
  return f.sourceConnectors.reduce((n, c) => n + c.workers, 0) + f.auxiliaryMcus;
}

function connectWarnings(ctx: ToolContext, flows: readonly ConnectFlow[]): CodedMessage[] {
  const warnings = mm2Warnings(ctx);
  const byRegion = new Map<string, number>();
  for (const f of flows) byRegion.set(f.toRegion, (byRegion.get(f.toRegion) ?? 0) + f.flows * workersPerFlow(f));
  for (const [region, workers] of byRegion) {
    if (workers > MSK_CONNECT_WORKERS_PER_ACCOUNT) {
      warnings.push({
        code: 'msk-connect-worker-quota',
        message: `${workers} MSK Connect workers in ${region}: above the quota of ${MSK_CONNECT_WORKERS_PER_ACCOUNT} per account (raise it with AWS Support).`,
      });
    }
  }
  return warnings;
}

/** Sizes and prices MirrorMaker 2 on MSK Connect; unavailable where MSK Connect has no published price. */
export function priceMm2MskConnect(ctx: ToolContext): PricedTool {
  const flows = flowDerivations(ctx);
  const transfer = transferDerivations(ctx.flows, ctx.prices);
  const unpriced = flows.find((f) => f.mcuHourUsd === null);
  const unavailable: CodedMessage | null =
    mm2UnavailableReason(ctx) ??
    (unpriced
      ? {
          code: 'missing-price',
          message: `MSK Connect has no published price in ${unpriced.toRegion} (the target region, where MirrorMaker 2 runs).`,
        }
      : null);
  const priced = unpriced === undefined;
  let mcus = 0;
  let workerUsd = 0;
  for (const f of flows) {
    // AWS bills the MCUs provisioned, which may round the MCUs needed up (mskConnectLayout).
    const flowMcus = f.flows * (f.provisionedSourceMcus + f.auxiliaryMcus);
    mcus += flowMcus;
    workerUsd += flowMcus * (f.mcuHourUsd ?? 0) * HOURS_PER_MONTH;
  }
  const copyTransfer = transferUsd(ctx.flows, transfer, () => ctx.copyGiBPerFlow, true);
  return {
    result: {
      tool: 'mm2-msk-connect',
      available: unavailable === null,
      unavailable,
      sizing: {
        mcus,
        connectors: flows.reduce((n, f) => n + f.flows * (f.sourceConnectors.length + f.auxiliaryMcus), 0),
        workers: flows.reduce((n, f) => n + f.flows * workersPerFlow(f), 0),
      },
      monthlyCostUsd: priced
        ? toolMonthlyCost(
            { replicatorHours: 0, dataProcessed: 0, workers: workerUsd },
            transferUsd(ctx.flows, transfer, (f) => f.gibPerMonth),
            ctx.discountFactor,
          )
        : null,
      warnings: connectWarnings(ctx, flows),
      derivation: { flows, transfer },
    },
    // MM2 has no per-GB charge: copying the retained data costs its transfer only.
    copyUsd: !priced || copyTransfer === null ? null : copyTransfer * ctx.discountFactor,
  };
}
