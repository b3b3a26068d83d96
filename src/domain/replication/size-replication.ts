/**
 * Replication, migration and DR (SPEC §11): a scenario, its parsed `replication` block and the prices
 * in, `result.replication` out. Sizes the source and target clusters with the scenario engine, prices
 * the three tools, chooses one and adds up monthly totals and migration one-offs.
 */
import type { EditableAssumptions } from '../assumptions';
import type { PriceBook } from '../price-book';
import type { CodedMessage, MonthlyCost } from '../result';
import type { OptionsSizing } from '../size-options';
import type { Scenario } from '../scenario';
import { HOURS_PER_MONTH, mibpsForHoursToGib } from '../units';
import { chooseTool, type ToolChoice } from './choose-tool';
import { patternOf } from './replication-patterns';
import { priceMm2Ec2 } from './mm2-ec2';
import { priceMm2MskConnect } from './mm2-msk-connect';
import { priceMskReplicator } from './msk-replicator';
import { HOURS_PER_WEEK, MM2_EC2_DEFAULT_INSTANCE, MM2_MIBPS_PER_MCU } from './replication-assumptions';
import { sizeReplicationCluster } from './replication-clusters';
import type { ReplicationPrices } from './replication-prices';
import {
  REPLICATION_TOOL_NAMES,
  type OneOffCost,
  type ReplicationResult,
  type ReplicationToolId,
  type ReplicationToolResult,
} from './replication-result';
import type { Replication } from './replication-schema';
import { replicatedRates, replicationClusterScenarios, replicationFlows } from './replication-workloads';
import type { PricedTool, ToolContext } from './tool-costs';

export interface ReplicationSizingOptions {
  /** The editable MM2 throughput per MCU (or EC2 vCPU), MiB/s; default MM2_MIBPS_PER_MCU. */
  readonly mm2MiBpsPerMcu?: number;
  /** EC2 type of MirrorMaker 2 workers on EC2; default m7g.large (SPEC §11). */
  readonly mm2Ec2InstanceType?: string;
  /** The tool the user picked; used when available, else the cheapest managed tool (with a warning; SPEC §11 v2.1). */
  readonly preferredTool?: ReplicationToolId;
  /** The source option to price instead of the recommendation (e.g. "self-managed:m5.large" for a migration from self-managed Kafka). */
  readonly sourceOptionId?: string;
  /** The target option to price instead of the recommendation (e.g. "msk-express:express.m7g.large"). */
  readonly targetOptionId?: string;
  /** Editable sizing assumptions for both clusters; default: the scenario's. */
  readonly assumptions?: EditableAssumptions;
}

/** `result.replication` plus the full sizing of both clusters' workloads. */
export interface ReplicationSizing {
  readonly replication: ReplicationResult;
  readonly sourceSizing: OptionsSizing;
  readonly targetSizing: OptionsSizing;
}

/** Migration overlap in months: migrationWeeks × 7 × 24 / 730 (SPEC §11); 0 for the other patterns. */
export function overlapMonthsOf(b: Replication): number {
  return patternOf(b.pattern).overlap ? (b.migrationWeeks * HOURS_PER_WEEK) / HOURS_PER_MONTH : 0;
}

/** One tool's one-offs: `overlapMonths` of the target cluster and the tool, plus the copy; null when any part has no price. */
function oneOffOf(tool: PricedTool, overlapMonths: number, target: MonthlyCost | null): OneOffCost | null {
  const monthly = tool.result.monthlyCostUsd;
  if (monthly === null || tool.copyUsd === null) return null;
  if (overlapMonths > 0 && target === null) return null;
  const overlap = overlapMonths === 0 ? 0 : overlapMonths * ((target?.total ?? 0) + monthly.total);
  return { overlap, copy: tool.copyUsd, total: overlap + tool.copyUsd };
}

function resultWarnings(
  s: Scenario,
  b: Replication,
  preferred: ReplicationToolId | undefined,
  tools: readonly ReplicationToolResult[],
  choice: ToolChoice,
): CodedMessage[] {
  const chosen = choice.tool;
  const warnings: CodedMessage[] = [];
  if (patternOf(b.pattern).warnsSameRegion && b.targetRegion === s.region) {
    warnings.push({
      code: 'standby-in-same-region',
      message: `The standby is in ${s.region}, like the source: it does not survive the loss of the region. A multi-AZ cluster already survives an AZ loss; cross-region replication is for losing a region (AWS Big Data Blog, MSK Replicator and MirrorMaker 2 for DR).`,
    });
  }
  const pick = preferred === undefined ? undefined : tools.find((t) => t.tool === preferred);
  if (pick !== undefined && chosen !== preferred) {
    warnings.push({
      code: 'preferred-tool-unavailable',
      message: `${preferred ? REPLICATION_TOOL_NAMES[preferred] : ''} cannot be used here: ${(pick.unavailable?.message ?? 'it has no price').replace(/\.$/, '')}. So the totals use ${chosen ? REPLICATION_TOOL_NAMES[chosen] : 'no tool'}.`,
    });
  }
  if (chosen === 'mm2-ec2') {
    warnings.push({
      code: 'self-managed-replication-tool',
      message: choice.selfManagedFallback
        ? 'No managed replication tool (MSK Replicator, MirrorMaker 2 on MSK Connect) is available here, so the totals use MirrorMaker 2 on EC2: self-managed Kafka Connect, whose operations time (patching, monitoring, scaling) is not priced.'
        : 'The totals use MirrorMaker 2 on EC2, as you picked: self-managed Kafka Connect, whose operations time (patching, monitoring, scaling) is not priced.',
    });
  }
  if (chosen === null) {
    warnings.push({
      code: 'no-replication-tool',
      message: 'No replication tool is available for these clusters and regions, so the totals leave replication out.',
    });
  }
  return warnings;
}

function sumOrNull(parts: readonly (number | null)[]): number | null {
  let total = 0;
  for (const part of parts) {
    if (part === null) return null;
    total += part;
  }
  return total;
}

/**
 * Sizes and prices a replication (SPEC §11). Throws only on a programming error: a target region the
 * price book does not have (validate the block with `replicationFieldErrors` first).
 */
export function sizeReplicationInFull(
  scenario: Scenario,
  replication: Replication,
  priceBook: PriceBook,
  prices: ReplicationPrices,
  options: ReplicationSizingOptions = {},
): ReplicationSizing {
  if (priceBook.regions[replication.targetRegion] === undefined) {
    throw new Error(`Region ${replication.targetRegion} is not in the price book; validate the replication block first.`);
  }
  const flows = replicationFlows(scenario, replication);
  const clusters = replicationClusterScenarios(scenario, replication);
  const source = sizeReplicationCluster(
    clusters.source,
    priceBook,
    options.assumptions,
    options.sourceOptionId ?? null,
    replication.sourceKind,
  );
  const target = sizeReplicationCluster(clusters.target, priceBook, options.assumptions, options.targetOptionId ?? null);
  const copyGiBPerFlow = replication.copyExistingData
    ? mibpsForHoursToGib(scenario.avgIngressMiBps, scenario.retentionHours) * replication.replicatedShare
    : 0;
  const ctx: ToolContext = {
    scenario,
    block: replication,
    flows,
    priceBook,
    prices,
    discountFactor: 1 - scenario.discountPct / 100,
    mm2MiBpsPerMcu: options.mm2MiBpsPerMcu ?? MM2_MIBPS_PER_MCU,
    mm2Ec2InstanceType: options.mm2Ec2InstanceType ?? MM2_EC2_DEFAULT_INSTANCE,
    sourceOption: source.option,
    targetOption: target.option,
    copyGiBPerFlow,
  };
  const overlapMonths = overlapMonthsOf(replication);
  const tools: ReplicationToolResult[] = [priceMskReplicator(ctx), priceMm2MskConnect(ctx), priceMm2Ec2(ctx)].map((t) => ({
    ...t.result,
    oneOffUsd: oneOffOf(t, overlapMonths, target.summary.monthlyCostUsd),
  }));
  const choice = chooseTool(tools, replication.pattern, options.preferredTool);
  const chosen = tools.find((t) => t.tool === choice.tool) ?? null;
  const sourceMonthly = source.summary.monthlyCostUsd === null ? null : source.summary.monthlyCostUsd.total * source.summary.clusterCount;
  const targetMonthly = target.summary.monthlyCostUsd?.total ?? null;
  const replicationMonthly = chosen?.monthlyCostUsd?.total ?? null;
  const oneOff = chosen?.oneOffUsd ?? null;
  const rates = replicatedRates(scenario, replication);
  return {
    replication: {
      pattern: replication.pattern,
      sourceRegion: scenario.region,
      targetRegion: replication.targetRegion,
      replicatedGiBPerMonth: rates.gibPerMonth,
      source: source.summary,
      target: target.summary,
      tools,
      chosenTool: choice.tool,
      chosenToolRule: choice.rule,
      monthlyTotalUsd: {
        source: sourceMonthly,
        target: targetMonthly,
        replication: replicationMonthly,
        total: sumOrNull([sourceMonthly, targetMonthly, replicationMonthly]),
      },
      oneOffUsd: { overlap: oneOff?.overlap ?? null, copy: oneOff?.copy ?? null, total: oneOff?.total ?? null },
      derivation: {
        avgIngressMiBps: scenario.avgIngressMiBps,
        peakIngressMiBps: scenario.peakIngressMiBps,
        replicatedShare: replication.replicatedShare,
        flows,
        overlapMonths,
        migrationWeeks: patternOf(replication.pattern).overlap ? replication.migrationWeeks : null,
        copyGiBPerFlow,
        discountPct: scenario.discountPct,
      },
      warnings: resultWarnings(scenario, replication, options.preferredTool, tools, choice),
    },
    sourceSizing: source.sizing,
    targetSizing: target.sizing,
  };
}

/** `result.replication` alone (SPEC §11); see `sizeReplicationInFull` for the clusters' full sizings. */
export function sizeReplication(
  scenario: Scenario,
  replication: Replication,
  priceBook: PriceBook,
  prices: ReplicationPrices,
  options: ReplicationSizingOptions = {},
): ReplicationResult {
  return sizeReplicationInFull(scenario, replication, priceBook, prices, options).replication;
}
