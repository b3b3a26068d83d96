/**
 * MirrorMaker 2 on MSK Connect, in the target region (SPEC §11): per flow, a source connector of
 * ceil(Rp / MM2_MIBPS_PER_MCU) MCUs plus 1 MCU each for the checkpoint and heartbeat connectors;
 * cost MCUs × MCU-hour × 730 + inter-region transfer.
 */
import type { CodedMessage } from '../result';
import { HOURS_PER_MONTH } from '../units';
import { mm2VcpusFor, mm2Warnings } from './mm2-common';
import {
  MM2_AUXILIARY_MCUS, MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR, MSK_CONNECT_WORKER_MCUS, MSK_CONNECT_WORKERS_PER_ACCOUNT,
} from './replication-assumptions';
import { replicationPricesIn } from './replication-prices';
import type { MskConnectConnector, ToolFlowDerivation } from './replication-result';
import { toolMonthlyCost, transferDerivations, transferUsd, type PricedTool, type ToolContext } from './tool-costs';

type ConnectFlow = Extract<ToolFlowDerivation, { kind: 'mm2-msk-connect' }>;

const LARGEST_WORKER_MCUS = MSK_CONNECT_WORKER_MCUS[MSK_CONNECT_WORKER_MCUS.length - 1] ?? 1;
const SMALLEST_WORKER_MCUS = MSK_CONNECT_WORKER_MCUS[0] ?? 1;

/**
 * Connectors that give exactly `mcus` MCUs (SPEC §11 counts ceil(Rp / MM2_MIBPS_PER_MCU) MCUs; our
 * choice is to provision exactly that and add connectors rather than round MCUs up): full connectors
 * of 10 × 8 MCUs, then the rest in one connector of equal workers (the smallest worker size that
 * fits, to spread tasks), or, when no worker size divides it, 8-MCU workers plus 1-MCU workers.
 */
export function mskConnectLayout(mcus: number): MskConnectConnector[] {
  const fullConnector = MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR * LARGEST_WORKER_MCUS;
  const layout: MskConnectConnector[] = [];
  let rest = mcus;
  while (rest >= fullConnector) {
    layout.push({ workers: MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR, mcusPerWorker: LARGEST_WORKER_MCUS });
    rest -= fullConnector;
  }
  if (rest === 0) return layout;
  const size = MSK_CONNECT_WORKER_MCUS.find((w) => rest % w === 0 && rest / w <= MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR);
  if (size !== undefined) return [...layout, { workers: rest / size, mcusPerWorker: size }];
  const large = Math.floor(rest / LARGEST_WORKER_MCUS);
  return [...layout, { workers: large, mcusPerWorker: LARGEST_WORKER_MCUS }, { workers: rest - large * LARGEST_WORKER_MCUS, mcusPerWorker: SMALLEST_WORKER_MCUS }];
}

function flowDerivations(ctx: ToolContext): ConnectFlow[] {
  return ctx.flows.map((f) => {
    const sourceConnectorMcus = mm2VcpusFor(f.peakMiBps, ctx.mm2MiBpsPerMcu);
    return {
      kind: 'mm2-msk-connect', fromRegion: f.fromRegion, toRegion: f.toRegion, flows: f.count, peakMiBps: f.peakMiBps,
      mibpsPerMcu: ctx.mm2MiBpsPerMcu, sourceConnectorMcus, sourceConnectors: mskConnectLayout(sourceConnectorMcus),
      auxiliaryMcus: MM2_AUXILIARY_MCUS, mcuHourUsd: replicationPricesIn(ctx.prices, f.toRegion).mcuHour,
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
      warnings.push({ code: 'msk-connect-worker-quota', message: `${workers} MSK Connect workers in ${region}: above the quota of ${MSK_CONNECT_WORKERS_PER_ACCOUNT} per account (raise it with AWS Support).` });
    }
  }
  return warnings;
}

/** Sizes and prices MirrorMaker 2 on MSK Connect; unavailable where MSK Connect has no published price. */
export function priceMm2MskConnect(ctx: ToolContext): PricedTool {
  const flows = flowDerivations(ctx);
  const transfer = transferDerivations(ctx.flows, ctx.prices);
  const unpriced = flows.find((f) => f.mcuHourUsd === null);
  const unavailable: CodedMessage | null = unpriced
    ? { code: 'missing-price', message: `MSK Connect has no published price in ${unpriced.toRegion} (the target region, where MirrorMaker 2 runs).` }
    : null;
  let mcus = 0;
  let workerUsd = 0;
  for (const f of flows) {
    const flowMcus = f.flows * (f.sourceConnectorMcus + f.auxiliaryMcus);
    mcus += flowMcus;
    workerUsd += flowMcus * (f.mcuHourUsd ?? 0) * HOURS_PER_MONTH;
  }
  const copyTransfer = transferUsd(ctx.flows, transfer, () => ctx.copyGiBPerFlow);
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
      monthlyCostUsd: unavailable === null
        ? toolMonthlyCost({ replicatorHours: 0, dataProcessed: 0, workers: workerUsd }, transferUsd(ctx.flows, transfer, (f) => f.gibPerMonth), ctx.discountFactor)
        : null,
      warnings: connectWarnings(ctx, flows),
      derivation: { flows, transfer },
    },
    // MM2 has no per-GB charge: copying the retained data costs its transfer only.
    copyUsd: unavailable !== null || copyTransfer === null ? null : copyTransfer * ctx.discountFactor,
  };
}
