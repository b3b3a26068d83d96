/**
 * MSK Replicator (SPEC §11): ceil(Rp′ / 1 GiB/s) replicators per direction and per spoke, created in (and billed by)
 * the target cluster's region (MSK Developer Guide, "How MSK Replicator works": "create a new
 * Replicator in your target cluster's AWS Region"). Cost: replicator-hours + per-GB processed +
 * inter-region transfer.
 */
import type { CodedMessage, SizedOption } from '../result';
import { HOURS_PER_MONTH } from '../units';
import {
  REPLICATOR_MAX_GIBPS,
  REPLICATOR_MAX_MIBPS,
  REPLICATOR_MIN_BROKERS,
  REPLICATOR_PARTITIONS_PER_MIBPS,
  REPLICATORS_PER_ACCOUNT,
} from './replication-assumptions';
import { patternOf } from './replication-patterns';
import { replicationPricesIn } from './replication-prices';
import type { ToolFlowDerivation } from './replication-result';
import { ceilCount } from './replication-workloads';
import { mibpsText, toolMonthlyCost, transferDerivations, transferUsd, usdText, type PricedTool, type ToolContext } from './tool-costs';

type ReplicatorFlow = Extract<ToolFlowDerivation, { kind: 'msk-replicator' }>;

/**
 * Replicators per flow (SPEC §11 v2.1): ceil(Rp′ / 1 GiB/s), each with its own topics (AWS: 1 GiB/s
 * per Replicator; "create a separate Replicator" for more), where Rp′ = readFactor × Rp; at least one.
 */
export function replicatorsPerFlow(peakMiBps: number, readFactor: number): number {
  return Math.max(1, ceilCount((peakMiBps * readFactor) / REPLICATOR_MAX_MIBPS));
}

function flowDerivations(ctx: ToolContext): ReplicatorFlow[] {
  return ctx.flows.map((f) => {
    const p = replicationPricesIn(ctx.prices, f.toRegion);
    const sameRegion = f.fromRegion === f.toRegion;
    const perFlow = replicatorsPerFlow(f.peakMiBps, f.readFactor);
    return {
      kind: 'msk-replicator',
      fromRegion: f.fromRegion,
      toRegion: f.toRegion,
      flows: f.count,
      replicatorsPerFlow: perFlow,
      replicators: f.count * perFlow,
      hourlyUsd: p.replicatorHour,
      perGbUsd: sameRegion ? p.replicatorPerGbSameRegion : p.replicatorPerGbCrossRegion,
      perGbBasis: sameRegion ? 'same-region' : 'cross-region',
      processingFactor: f.readFactor,
      processedGiBPerMonth: f.gibPerMonth * f.count * f.readFactor,
    };
  });
}

/** The (from, to) cluster pairs: both ways in active-active, else source into target. */
function clusterPairs(ctx: ToolContext): (readonly [SizedOption | null, SizedOption | null])[] {
  const forward = [ctx.sourceOption, ctx.targetOption] as const;
  return patternOf(ctx.block.pattern).flows === 'both-ways' ? [forward, [ctx.targetOption, ctx.sourceOption] as const] : [forward];
}

/** SPEC §11's rules, first failure first; null when the Replicator can run. */
function unavailableReason(ctx: ToolContext, flows: readonly ReplicatorFlow[]): CodedMessage | null {
  const unpriced = flows.find((f) => f.hourlyUsd === null || f.perGbUsd === null);
  if (unpriced)
    return {
      code: 'missing-price',
      message: `MSK Replicator has no published price in ${unpriced.toRegion} (the target cluster's region, where it runs).`,
    };
  for (const [from, to] of clusterPairs(ctx)) {
    if (from === null || to === null)
      return { code: 'no-cluster', message: 'MSK Replicator needs an MSK cluster on both sides, and one side has no available option.' };
    if (to.deployment === 'self-managed')
      return { code: 'self-managed-cluster', message: `MSK Replicator only writes into MSK clusters; ${to.id} is self-managed Kafka.` };
    // SPEC §11 v2.1: a self-managed source replicates into any MSK Provisioned target (Standard or
    // Express brokers), not into Serverless (MSK docs, "Migrate from non-MSK Apache Kafka clusters
    // to Amazon MSK Provisioned").
    if (from.deployment === 'self-managed' && to.deployment === 'msk-serverless') {
      return {
        code: 'self-managed-cluster',
        message: `MSK Replicator reads a self-managed source (${from.id}) only into MSK Provisioned clusters (Standard or Express brokers), not into MSK Serverless; use MirrorMaker 2 or a provisioned target.`,
      };
    }
  }
  for (const option of [ctx.sourceOption, ctx.targetOption]) {
    if (option?.family === 't3')
      return {
        code: 't3-broker',
        message: `MSK Replicator does not support kafka.t3.small brokers (${option.id}); it needs kafka.m5.large or larger.`,
      };
    if (option !== null && option.brokers !== null && option.brokers < REPLICATOR_MIN_BROKERS) {
      return {
        code: 'too-few-brokers',
        message: `MSK Replicator needs at least ${REPLICATOR_MIN_BROKERS} brokers per cluster (4 in two AZs); ${option.id} has ${option.brokers}.`,
      };
    }
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
    const prices =
      p.privateConnectivityHourPerAuthScheme === null || p.privateConnectivityPerGb === null
        ? 'its price is not in the price data'
        : `${usdText(p.privateConnectivityHourPerAuthScheme)} per hour per authentication scheme and ${usdText(p.privateConnectivityPerGb)} per GB processed in ${cross.fromRegion}`;
    warnings.push({
      code: 'replicator-private-connectivity',
      message: `Cross-region MSK Replicator needs multi-VPC private connectivity and IAM access control on the source cluster: ${prices}, not included here (whether replicated bytes count as processed is not published).`,
    });
  }
  if (replicators > REPLICATORS_PER_ACCOUNT) {
    warnings.push({
      code: 'replicator-account-quota',
      message: `${replicators} Replicators: above MSK's quota of ${REPLICATORS_PER_ACCOUNT} per account (raise it with AWS Support).`,
    });
  }
  const peak = (ctx.flows[0]?.peakMiBps ?? 0) * (ctx.flows[0]?.readFactor ?? 1);
  const needed = ceilCount(peak * REPLICATOR_PARTITIONS_PER_MIBPS);
  const replicated = ceilCount(ctx.scenario.partitions * ctx.block.replicatedShare);
  if (replicated < needed) {
    warnings.push({
      code: 'replicator-partitions',
      message: `MSK Replicator needs about ${needed} partitions for ${peak.toFixed(2)} MiB/s (MSK Replicator sizing best practices, about 3.33 per MB/s); the replicated topics have about ${replicated}.`,
    });
  }
  if (ctx.block.copyExistingData) {
    warnings.push({
      code: 'replicator-starting-position',
      message: 'MSK Replicator starts from the latest offset by default; set the starting position to earliest to copy the retained data.',
    });
  }
  if (isSelfManagedSource) {
    warnings.push({
      code: 'replicator-external-source',
      message:
        'A self-managed source needs Apache Kafka 2.8.1 or later with SASL/SCRAM, mutual TLS or SASL/OAUTHBEARER authentication (MSK Developer Guide, migrate from non-MSK Apache Kafka clusters to MSK Provisioned).',
    });
  }
  const split = ctx.flows.find((f) => replicatorsPerFlow(f.peakMiBps, f.readFactor) > 1);
  if (split) {
    const perFlow = replicatorsPerFlow(split.peakMiBps, split.readFactor);
    const scope = patternOf(ctx.block.pattern).volumePer;
    const per = scope === null ? 'in all' : `per ${scope}`;
    warnings.push({
      code: 'replicator-split',
      message: `A peak of ${mibpsText(split.peakMiBps * split.readFactor)} MiB/s is more than one Replicator carries (${mibpsText(REPLICATOR_MAX_GIBPS)} GiB/s, MSK quotas): ${perFlow} Replicators ${per}, each with its own share of the topics.`,
    });
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
    // SPEC §11: the retained data goes through the tool once, whatever the pattern.
    copyProcessed += ctx.copyGiBPerFlow * f.flows * (f.perGbUsd ?? 0);
  }
  const copyTransfer = transferUsd(ctx.flows, transfer, () => ctx.copyGiBPerFlow, true);
  return {
    result: {
      tool: 'msk-replicator',
      available: unavailable === null,
      unavailable,
      sizing: { replicators },
      monthlyCostUsd: priced
        ? toolMonthlyCost(
            { replicatorHours: hours, dataProcessed: processed, workers: 0 },
            transferUsd(ctx.flows, transfer, (f) => f.gibPerMonth),
            ctx.discountFactor,
          )
        : null,
      warnings: replicatorWarnings(ctx, replicators),
      derivation: { flows, transfer },
    },
    copyUsd: !priced || copyTransfer === null ? null : (copyProcessed + copyTransfer) * ctx.discountFactor,
  };
}
