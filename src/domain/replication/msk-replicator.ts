/**
 * MSK Replicator (SPEC §11): one replicator per direction and per spoke, created in (and billed by)
 * the target cluster's region (MSK Developer Guide, "How MSK Replicator works": "create a new
 * Replicator in your target cluster's AWS Region"). Cost: replicator-hours + per-GB processed +
 * inter-region transfer.
 */
import type { CodedMessage, SizedOption } from '../result';
import { HOURS_PER_MONTH } from '../units';
import { REPLICATOR_MAX_GIBPS, REPLICATOR_MAX_MIBPS, REPLICATOR_MIN_BROKERS, REPLICATOR_PARTITIONS_PER_MIBPS, REPLICATORS_PER_ACCOUNT } from './replication-assumptions';
import { replicationPricesIn } from './replication-prices';
import type { ToolFlowDerivation } from './replication-result';
import { ceilCount } from './replication-workloads';
import { mibpsText, toolMonthlyCost, transferDerivations, transferUsd, usdText, type PricedTool, type ToolContext } from './tool-costs';

type ReplicatorFlow = Extract<ToolFlowDerivation, { kind: 'msk-replicator' }>;

/**
 * Each record is processed twice with identical topic names in active-active (SPEC §11; MSK Developer
 * Guide, identical topic name replication: loops are avoided with a header, and both Replicators bill each record).
 */
function processingFactor(ctx: ToolContext): number {
  return ctx.block.pattern === 'active-active' && ctx.block.identicalTopicNames ? 2 : 1;
}

function flowDerivations(ctx: ToolContext): ReplicatorFlow[] {
  const factor = processingFactor(ctx);
  return ctx.flows.map((f) => {
    const p = replicationPricesIn(ctx.prices, f.toRegion);
    const sameRegion = f.fromRegion === f.toRegion;
    return {
      kind: 'msk-replicator', fromRegion: f.fromRegion, toRegion: f.toRegion, replicators: f.count,
      hourlyUsd: p.replicatorHour,
      perGbUsd: sameRegion ? p.replicatorPerGbSameRegion : p.replicatorPerGbCrossRegion,
      perGbBasis: sameRegion ? 'same-region' : 'cross-region',
      processingFactor: factor,
      processedGiBPerMonth: f.gibPerMonth * f.count * factor,
    };
  });
}

/** The (from, to) cluster pairs: both ways in active-active, else source into target. */
function clusterPairs(ctx: ToolContext): (readonly [SizedOption | null, SizedOption | null])[] {
  const forward = [ctx.sourceOption, ctx.targetOption] as const;
  return ctx.block.pattern === 'active-active' ? [forward, [ctx.targetOption, ctx.sourceOption] as const] : [forward];
}

/** SPEC §11's rules, first failure first; null when the Replicator can run. */
function unavailableReason(ctx: ToolContext, flows: readonly ReplicatorFlow[]): CodedMessage | null {
  const unpriced = flows.find((f) => f.hourlyUsd === null || f.perGbUsd === null);
  if (unpriced) return { code: 'missing-price', message: `MSK Replicator has no published price in ${unpriced.toRegion} (the target cluster's region, where it runs).` };
  for (const [from, to] of clusterPairs(ctx)) {
    if (from === null || to === null) return { code: 'no-cluster', message: 'MSK Replicator needs an MSK cluster on both sides, and one side has no available option.' };
    if (to.deployment === 'self-managed') return { code: 'self-managed-cluster', message: `MSK Replicator only writes into MSK clusters; ${to.id} is self-managed Kafka.` };
    if (from.deployment === 'self-managed' && to.deployment !== 'msk-express') {
      return { code: 'self-managed-cluster', message: `MSK Replicator reads a self-managed source (${from.id}) only into an MSK cluster with Express brokers; use MirrorMaker 2 or an Express target.` };
    }
  }
  for (const option of [ctx.sourceOption, ctx.targetOption]) {
    if (option?.family === 't3') return { code: 't3-broker', message: `MSK Replicator does not support kafka.t3.small brokers (${option.id}); it needs kafka.m5.large or larger.` };
    if (option !== null && option.brokers !== null && option.brokers < REPLICATOR_MIN_BROKERS) {
      return { code: 'too-few-brokers', message: `MSK Replicator needs at least ${REPLICATOR_MIN_BROKERS} brokers per cluster (4 in two AZs); ${option.id} has ${option.brokers}.` };
    }
  }
  const peak = ctx.flows[0]?.peakMiBps ?? 0;
  if (peak > REPLICATOR_MAX_MIBPS) {
    return {
      code: 'replicator-throughput',
      message: `Peak replicated throughput of ${mibpsText(peak)} MiB/s is more than one Replicator carries: ${mibpsText(REPLICATOR_MAX_GIBPS)} GiB/s (${mibpsText(REPLICATOR_MAX_MIBPS)} MiB/s), MSK quotas; replicate fewer topics per Replicator or use MirrorMaker 2.`,
    };
  }
  return null;
}

function replicatorWarnings(ctx: ToolContext, replicators: number): CodedMessage[] {
  const warnings: CodedMessage[] = [];
  const cross = ctx.flows.find((f) => f.fromRegion !== f.toRegion);
  // Multi-VPC private connectivity and IAM access control are settings of an MSK source cluster; a
  // self-managed source has neither and gets its own requirements (replicator-external-source) instead.
  const isSelfManagedSource = ctx.sourceOption?.deployment === 'self-managed';
  if (cross && !isSelfManagedSource) {
    const p = replicationPricesIn(ctx.prices, cross.fromRegion);
    const prices = p.privateConnectivityHourPerAuthScheme === null || p.privateConnectivityPerGb === null
      ? 'its price is not in the price data'
      : `${usdText(p.privateConnectivityHourPerAuthScheme)} per hour per authentication scheme and ${usdText(p.privateConnectivityPerGb)} per GB processed in ${cross.fromRegion}`;
    warnings.push({ code: 'replicator-private-connectivity', message: `Cross-region MSK Replicator needs multi-VPC private connectivity and IAM access control on the source cluster: ${prices}, not included here (whether replicated bytes count as processed is not published).` });
  }
  if (replicators > REPLICATORS_PER_ACCOUNT) {
    warnings.push({ code: 'replicator-account-quota', message: `${replicators} Replicators: above MSK's quota of ${REPLICATORS_PER_ACCOUNT} per account (raise it with AWS Support).` });
  }
  const peak = ctx.flows[0]?.peakMiBps ?? 0;
  const needed = ceilCount(peak * REPLICATOR_PARTITIONS_PER_MIBPS);
  const replicated = ceilCount(ctx.scenario.partitions * ctx.block.replicatedShare);
  if (replicated < needed) {
    warnings.push({ code: 'replicator-partitions', message: `MSK Replicator needs about ${needed} partitions for ${peak.toFixed(2)} MiB/s (MSK Replicator sizing best practices, about 3.33 per MB/s); the replicated topics have about ${replicated}.` });
  }
  if (ctx.block.copyExistingData) {
    warnings.push({ code: 'replicator-starting-position', message: 'MSK Replicator starts from the latest offset by default; set the starting position to earliest to copy the retained data.' });
  }
  if (isSelfManagedSource) {
    warnings.push({ code: 'replicator-external-source', message: 'A self-managed source needs Apache Kafka 2.8.1 or later with SASL/SCRAM authentication (MSK Replicator, external sources).' });
  }
  return warnings;
}

/** Sizes and prices MSK Replicator for the flows; still priced when unavailable for a reason other than a missing price. */
export function priceMskReplicator(ctx: ToolContext): PricedTool {
  const flows = flowDerivations(ctx);
  const transfer = transferDerivations(ctx.flows, ctx.prices);
  const replicators = flows.reduce((n, f) => n + f.replicators, 0);
  const unavailable = unavailableReason(ctx, flows);
  const priced = unavailable?.code !== 'missing-price';
  let hours = 0;
  let processed = 0;
  let copyProcessed = 0;
  for (const f of flows) {
    hours += f.replicators * (f.hourlyUsd ?? 0) * HOURS_PER_MONTH;
    processed += f.processedGiBPerMonth * (f.perGbUsd ?? 0);
    copyProcessed += ctx.copyGiBPerFlow * f.replicators * f.processingFactor * (f.perGbUsd ?? 0);
  }
  const copyTransfer = transferUsd(ctx.flows, transfer, () => ctx.copyGiBPerFlow);
  return {
    result: {
      tool: 'msk-replicator',
      available: unavailable === null,
      unavailable,
      sizing: { replicators },
      monthlyCostUsd: priced ? toolMonthlyCost({ replicatorHours: hours, dataProcessed: processed, workers: 0 }, transferUsd(ctx.flows, transfer, (f) => f.gibPerMonth), ctx.discountFactor) : null,
      warnings: replicatorWarnings(ctx, replicators),
      derivation: { flows, transfer },
    },
    copyUsd: !priced || copyTransfer === null ? null : (copyProcessed + copyTransfer) * ctx.discountFactor,
  };
}
