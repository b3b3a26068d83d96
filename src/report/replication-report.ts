/**
 * The replication section of a report (SPEC §11): the clusters on both sides, each tool's sizing and
 * cost or why it is unavailable, and the totals, as rows every renderer (page, CLI, Markdown) words.
 */
import { fleetText } from './option-view';
import {
  patternOf,
  REPLICATION_PATTERNS,
  REPLICATION_TOOL_NAMES,
  type ReplicationResult,
  type ReplicationToolId,
  type ReplicationToolResult,
  type ReplicationPattern,
  type ToolSizing,
} from '../domain';
import { formatNumber } from './format';

export const PATTERN_LABELS: Readonly<Record<ReplicationPattern, string>> = Object.fromEntries(
  REPLICATION_PATTERNS.map((p) => [p, patternOf(p).label]),
) as Record<ReplicationPattern, string>;

type MskConnectConnector = Extract<
  ReplicationToolResult['derivation']['flows'][number],
  { kind: 'mm2-msk-connect' }
>['sourceConnectors'][number];

/** "1 connector", "2 connectors". */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const TOOL_LABELS: Readonly<Record<ReplicationToolId, string>> = REPLICATION_TOOL_NAMES;

export interface ReplicationClusterRow {
  readonly role: 'Source' | 'Target';
  readonly region: string;
  readonly clusters: number;
  readonly option: string;
  readonly brokers: number | null;
  /** Per cluster, USD/month; null when not priced. */
  readonly monthlyUsd: number | null;
  readonly note: string;
}

export interface ReplicationToolRow {
  readonly tool: ReplicationToolId;
  readonly available: boolean;
  /** How its sizing and monthly cost are worked out, a sentence per flow or cluster, then the transfer. */
  readonly derivation: readonly string[];
  readonly label: string;
  readonly chosen: boolean;
  readonly sizing: string;
  /** Null when the tool is unavailable (the reason says why) or not priced: an unavailable tool shows no cost. */
  readonly monthlyUsd: number | null;
  readonly oneOffUsd: number | null;
  /** Why the tool cannot be used here; '' when it can. */
  readonly unavailableReason: string;
  /** This tool's own notes (quotas, private connectivity, starting position). */
  readonly warnings: readonly string[];
}

export interface ReplicationReport {
  readonly pattern: string;
  readonly sourceRegion: string;
  readonly targetRegion: string;
  readonly replicatedGiBPerMonth: number;
  /** What one `replicatedGiBPerMonth` is for: each of two directions (active-active), each source cluster (aggregation), or the one flow (null). */
  readonly replicatedPer: 'direction' | 'source cluster' | null;
  readonly clusters: readonly ReplicationClusterRow[];
  readonly tools: readonly ReplicationToolRow[];
  readonly chosenToolRule: string;
  readonly monthlyTotalUsd: ReplicationResult['monthlyTotalUsd'];
  readonly oneOffUsd: ReplicationResult['oneOffUsd'];
  readonly warnings: readonly string[];
  /**
   * The available tools' notes, each said once with the tools it concerns (the two MirrorMaker 2
   * deployments share most of theirs); an unavailable tool's notes are left out.
   */
  readonly toolNotes: readonly { readonly tools: string; readonly text: string }[];
  /** The notes of the tool the totals use, for reports that list only that one. */
  readonly chosenToolNotes: readonly string[];
  /** Whether any tool has a one-off cost (a migration, or copying existing data): else reports leave the column out. */
  readonly hasOneOffs: boolean;
  /** How the replicated volume is worked out (SPEC §11), in one sentence with the figures. */
  readonly volumeDerivation: string;
  /** How each cluster's workload follows from the scenario, a sentence each. */
  readonly clusterNotes: readonly string[];
  /** The whole setup for the top of the page and page 1 of the PDF (SPEC §11 v2.1). */
  readonly setup: SetupHeadline;
}

/** One part of the whole setup's monthly total. */
export interface SetupPart {
  readonly label: string;
  /** USD/month; null when not priced. */
  readonly monthlyUsd: number | null;
}

/** The whole setup in a few words and figures: clusters + the tool the totals use, and the one-offs. */
export interface SetupHeadline {
  /** "This cluster + a DR standby in us-west-2 + MSK Replicator". */
  readonly title: string;
  /** The tool the totals use, by name; null when none is available. */
  readonly toolName: string | null;
  readonly monthlyTotalUsd: number | null;
  readonly parts: readonly SetupPart[];
  /** Migration overlap and copy, USD; null when there is none (or it is not priced). */
  readonly oneOffUsd: number | null;
  /** What the one-off is for, in words; null without one. */
  readonly oneOffText: string | null;
  /** What the total leaves out or relies on: MM2 on EC2's operations time, multi-VPC connectivity. */
  readonly notes: readonly string[];
  /** A migration's monthly total is paid only while both clusters run: how long, and what is paid after it. */
  readonly migration: { readonly weeks: number; readonly afterMonthlyUsd: number | null } | null;
  /** The source runs self-managed Kafka on EC2 (its cost is that cluster's, not the MSK recommendation's). */
  readonly selfManagedSource: boolean;
}

function setupOf(r: ReplicationResult): SetupHeadline {
  const tool = r.chosenTool === null ? null : TOOL_LABELS[r.chosenTool];
  const chosen = r.tools.find((t) => t.tool === r.chosenTool) ?? null;
  const record = patternOf(r.pattern);
  const target = `${record.targetRole} in ${r.targetRegion}`;
  const spokes = r.source.clusterCount;
  const source = record.flows === 'spokes' ? `${plural(spokes, 'cluster', 'clusters')} like this one` : 'this cluster';
  const sizeOf = (c: ReplicationResult['source']) => (c.instanceType === null ? '' : fleetText(c.brokers, c.instanceType, 'serverless'));
  const selfManagedSource = r.source.optionId?.startsWith('self-managed:') ?? false;
  const sourceSize = sizeOf(r.source);
  const sourceDetail =
    sourceSize === ''
      ? ''
      : ` (${record.flows === 'spokes' && spokes > 1 ? 'each ' : ''}${sourceSize}${selfManagedSource ? ', self-managed Kafka on EC2' : ''})`;
  const targetOption = sizeOf(r.target) === '' ? '' : ` (${sizeOf(r.target)})`;
  const notes = [
    ...(r.chosenTool === 'mm2-ec2' ? ['MirrorMaker 2 on EC2 is self-managed Kafka Connect: its operations time is not priced.'] : []),
    ...(chosen?.warnings.some((w) => w.code === 'replicator-private-connectivity')
      ? ['Multi-VPC private connectivity, which a cross-region MSK Replicator needs on the source cluster, is not priced.']
      : []),
  ];
  const oneOff = r.oneOffUsd.total !== null && r.oneOffUsd.total > 0 ? r.oneOffUsd.total : null;
  return {
    title: `${source.charAt(0).toUpperCase()}${source.slice(1)} + ${target}${tool === null ? '' : ` + ${tool}`}`,
    toolName: tool,
    monthlyTotalUsd: r.monthlyTotalUsd.total,
    parts: [
      {
        label: `${record.flows === 'spokes' ? `${source.charAt(0).toUpperCase()}${source.slice(1)}` : 'This cluster'}${sourceDetail}`,
        monthlyUsd: r.monthlyTotalUsd.source,
      },
      {
        label: `${record.targetRole.charAt(0).toUpperCase()}${record.targetRole.slice(1)}${targetOption}`,
        monthlyUsd: r.monthlyTotalUsd.target,
      },
      { label: tool ?? 'Replication (no tool available)', monthlyUsd: r.monthlyTotalUsd.replication },
    ],
    oneOffUsd: oneOff,
    oneOffText:
      oneOff === null
        ? null
        : record.overlap
          ? `${formatNumber(r.derivation.overlapMonths, 2)} months of the new cluster and the tool while both run${(r.oneOffUsd.copy ?? 0) > 0 ? ', and copying the existing data once' : ''}`
          : 'copying the existing data once',
    notes,
    migration:
      record.overlap && r.derivation.migrationWeeks !== null
        ? { weeks: r.derivation.migrationWeeks, afterMonthlyUsd: r.monthlyTotalUsd.target }
        : null,
    selfManagedSource,
  };
}

/** Each available tool's notes once, with every tool that has the same note ("A and B: …"). */
function toolNotesOf(r: ReplicationResult): { tools: string; text: string }[] {
  const byText = new Map<string, string[]>();
  for (const t of r.tools) {
    if (!t.available) continue;
    for (const w of t.warnings) byText.set(w.message, [...(byText.get(w.message) ?? []), TOOL_LABELS[t.tool]]);
  }
  return [...byText].map(([text, tools]) => ({ tools: tools.join(' and '), text }));
}

/** " per direction (2 directions)", " per source cluster (3 source clusters)" or "" for a one-way pattern. */
function volumeScope(r: ReplicationResult): string {
  const per = patternOf(r.pattern).volumePer;
  if (per === null) return '';
  const count = r.derivation.flows.reduce((n, f) => n + f.count, 0);
  return ` per ${per} (${plural(count, per, `${per}s`)})`;
}

const BASIS_TEXT: Readonly<Record<ReplicationResult['source']['workload']['basis'], string>> = {
  'scenario-plus-replication-consumer': 'this workload plus the replication tool reading it (egress + the replicated rate)',
  'replicated-standby':
    'the replicated share of this workload (ingress, egress and partitions × the share), in the target region, so it can take that load if the source fails',
  'own-and-peer-writes':
    "its own writes and the other region's (ingress + the replicated rate; egress + the tool's reads: the replicated rate, twice with identical topic names)",
  'hub-of-spokes': 'the writes of every cluster feeding it (ingress = clusters × the replicated rate)',
};

function clusterNote(role: string, c: ReplicationResult['source']): string {
  const w = c.workload;
  return (
    `${role} cluster: ${BASIS_TEXT[w.basis]}: ${formatNumber(w.avgIngressMiBps, 1)}/${formatNumber(w.peakIngressMiBps, 1)} MiB/s in, ` +
    `${formatNumber(w.avgEgressMiBps, 1)}/${formatNumber(w.peakEgressMiBps, 1)} MiB/s out (average/peak), ${formatNumber(w.partitions, 0)} partitions.`
  );
}

const perHour = (usd: number | null) => (usd === null ? 'no published price' : `$${formatNumber(usd, 4)}/hour`);

/** "2 connectors of 9 workers × 8 MCUs": identical neighbouring connectors grouped, each with its one worker size. */
function connectorsText(connectors: readonly MskConnectConnector[]): string {
  const groups: { count: number; c: MskConnectConnector }[] = [];
  for (const c of connectors) {
    const last = groups.at(-1);
    if (last && last.c.workers === c.workers && last.c.mcusPerWorker === c.mcusPerWorker) last.count += 1;
    else groups.push({ count: 1, c });
  }
  return groups
    .map(
      (g) =>
        `${plural(g.count, 'connector', 'connectors')} of ${plural(g.c.workers, 'worker', 'workers')} × ${plural(g.c.mcusPerWorker, 'MCU', 'MCUs')}`,
    )
    .join(' + ');
}

/** SPEC §11, in words with the figures: how one tool's sizing and cost lines come about. */
function toolDerivation(t: ReplicationResult['tools'][number]): string[] {
  const lines = t.derivation.flows.map((f) => {
    switch (f.kind) {
      case 'msk-replicator':
        return (
          `${f.fromRegion} → ${f.toRegion}: ${f.replicators} replicator${f.replicators === 1 ? '' : 's'} at ${perHour(f.hourlyUsd)} × 730 h, ` +
          `plus ${formatNumber(f.processedGiBPerMonth, 1)} GiB processed a month${f.processingFactor > 1 ? ` (each record twice with identical topic names)` : ''} ` +
          `at ${f.perGbUsd === null ? 'no published price' : `$${formatNumber(f.perGbUsd, 4)}/GB`} (${f.perGbBasis === 'same-region' ? 'same region' : 'cross-region'}).`
        );
      case 'mm2-msk-connect':
        return (
          `${f.fromRegion} → ${f.toRegion}: ceil(${formatNumber(f.peakMiBps, 2)} MiB/s ÷ ${formatNumber(f.mibpsPerMcu, 2)} MiB/s per MCU) = ${f.sourceConnectorMcus} MCUs ` +
          `needed by the source connector, provisioned as ${connectorsText(f.sourceConnectors)} = ${f.provisionedSourceMcus} MCUs, ` +
          `+ ${f.auxiliaryMcus} MCUs for the checkpoint and heartbeat connectors (1 worker × 1 MCU each)` +
          `${f.flows > 1 ? `, for each of ${f.flows} flows` : ''}; ${perHour(f.mcuHourUsd)} per MCU × 730 h.`
        );
      case 'mm2-ec2':
        return (
          `In ${f.region}: max(${f.minimumWorkers}, ceil(${formatNumber(f.peakMiBps, 2)} MiB/s ÷ (${formatNumber(f.mibpsPerVcpu, 2)} MiB/s per vCPU × ${f.vcpuPerWorker} vCPU))) ` +
          `= ${f.workers} × ${f.instanceType} at ${perHour(f.hourlyUsd)} × 730 h.`
        );
    }
    return '';
  });
  for (const x of t.derivation.transfer) {
    lines.push(
      `Transfer ${x.fromRegion} → ${x.toRegion}: ${formatNumber(x.gibPerMonth, 1)} GiB a month at ` +
        `${x.perGbUsd === null ? 'no published price' : x.perGbUsd === 0 ? '$0 (same region)' : `$${formatNumber(x.perGbUsd, 4)}/GB`}.`,
    );
  }
  return lines;
}

function sizingText(sizing: ToolSizing): string {
  if ('replicators' in sizing) return `${sizing.replicators} replicator${sizing.replicators === 1 ? '' : 's'}`;
  if ('mcus' in sizing)
    return `${sizing.mcus} MCUs in ${sizing.connectors} connector${sizing.connectors === 1 ? '' : 's'}, ${sizing.workers} workers`;
  return `${sizing.workers} × ${sizing.instanceType} (${sizing.vcpuPerWorker} vCPU each)`;
}

export function buildReplicationReport(r: ReplicationResult): ReplicationReport {
  const cluster = (role: 'Source' | 'Target', c: ReplicationResult['source']): ReplicationClusterRow => ({
    role,
    region: c.region,
    clusters: c.clusterCount,
    option: c.instanceType ?? 'none available',
    brokers: c.brokers,
    monthlyUsd: c.monthlyCostUsd?.total ?? null,
    note: c.unavailable?.message ?? '',
  });
  return {
    pattern: PATTERN_LABELS[r.pattern],
    sourceRegion: r.sourceRegion,
    targetRegion: r.targetRegion,
    replicatedGiBPerMonth: r.replicatedGiBPerMonth,
    // SPEC §11: G is per direction (two in active-active) and per spoke (aggregation); one-way patterns have one flow.
    replicatedPer: patternOf(r.pattern).volumePer,
    clusters: [cluster('Source', r.source), cluster('Target', r.target)],
    tools: r.tools.map((t) => ({
      tool: t.tool,
      available: t.available,
      label: TOOL_LABELS[t.tool],
      chosen: t.tool === r.chosenTool,
      sizing: sizingText(t.sizing),
      derivation: toolDerivation(t),
      warnings: t.warnings.map((w) => w.message),
      // The domain still prices an unavailable tool (what it would cost); a report shows no figure for a tool that cannot be used.
      monthlyUsd: t.available ? (t.monthlyCostUsd?.total ?? null) : null,
      oneOffUsd: t.available ? (t.oneOffUsd?.total ?? null) : null,
      unavailableReason: t.available ? '' : (t.unavailable?.message ?? 'No price for it here.'),
    })),
    chosenToolRule: r.chosenToolRule,
    monthlyTotalUsd: r.monthlyTotalUsd,
    oneOffUsd: r.oneOffUsd,
    warnings: r.warnings.map((w) => w.message),
    toolNotes: toolNotesOf(r),
    chosenToolNotes: r.tools.find((t) => t.tool === r.chosenTool)?.warnings.map((w) => w.message) ?? [],
    hasOneOffs: r.tools.some((t) => t.available && (t.oneOffUsd?.total ?? 0) > 0),
    volumeDerivation:
      `R = ${formatNumber(r.derivation.avgIngressMiBps, 2)} MiB/s average ingress × ${formatNumber(r.derivation.replicatedShare, 2)} replicated = ` +
      `${formatNumber(r.derivation.avgIngressMiBps * r.derivation.replicatedShare, 2)} MiB/s (peak ${formatNumber(r.derivation.peakIngressMiBps * r.derivation.replicatedShare, 2)} MiB/s); ` +
      `R × 3600 × 730 / 1024 = ${formatNumber(r.replicatedGiBPerMonth, 1)} GiB per month${volumeScope(r)}.`,
    clusterNotes: [clusterNote('Source', r.source), clusterNote('Target', r.target)],
    setup: setupOf(r),
  };
}

/** "1,234.5 GiB/month replicated", "… per direction" (active-active) or "… per source cluster" (aggregation). */
export function replicatedVolumeText(report: ReplicationReport): string {
  return `${formatNumber(report.replicatedGiBPerMonth, 1)} GiB/month replicated${report.replicatedPer === null ? '' : ` per ${report.replicatedPer}`}`;
}

/** Shown in place of an unavailable tool's cost: the tool cannot be used, so it has no cost to show. */
export const UNAVAILABLE_COST = '—';

const usdOrDash = (value: number | null, format: (n: number) => string) => (value === null ? 'not priced' : format(value));

/** A tool's cost cell: "—" when the tool is unavailable (its reason is beside it), "not priced" when a price is missing. */
export function toolCostText(tool: ReplicationToolRow, value: number | null, format: (usd: number) => string): string {
  return tool.available ? usdOrDash(value, format) : UNAVAILABLE_COST;
}

/** The section as plain lines for text renderers (CLI table and Markdown word it the same way). */
export function replicationLines(
  report: ReplicationReport,
  format: (usd: number) => string,
): {
  readonly summary: readonly string[];
  readonly clusters: readonly (readonly string[])[];
  readonly tools: readonly (readonly string[])[];
} {
  const t = report.monthlyTotalUsd;
  const summary = [
    `${report.pattern}: ${report.sourceRegion} → ${report.targetRegion}, ${replicatedVolumeText(report)}.`,
    `Whole setup: ${report.setup.title}: ${usdOrDash(t.total, format)} per month${report.setup.migration ? ` while both run (${formatNumber(report.setup.migration.weeks, 1)} weeks)` : ''} ` +
      `(source ${usdOrDash(t.source, format)}, target ${usdOrDash(t.target, format)}, ${report.setup.toolName ?? 'replication'} ${usdOrDash(t.replication, format)}).`,
    ...(report.setup.migration
      ? [`After the migration: the new cluster alone, ${usdOrDash(report.setup.migration.afterMonthlyUsd, format)} per month.`]
      : []),
    ...(report.oneOffUsd.total !== null && report.oneOffUsd.total > 0
      ? [
          `One-off: ${format(report.oneOffUsd.total)} (both clusters and the tool during the overlap ${usdOrDash(report.oneOffUsd.overlap, format)}, copying existing data ${usdOrDash(report.oneOffUsd.copy, format)}).`,
        ]
      : []),
    `Tool: ${report.chosenToolRule}`,
    ...report.setup.notes,
  ];
  const clusters = [
    ['Cluster', 'Region', 'Option', 'Brokers', 'Monthly cost (each)'],
    ...report.clusters.map((c) => [
      c.clusters > 1 ? `${c.role} (× ${c.clusters})` : c.role,
      c.region,
      c.option,
      c.brokers === null ? '-' : String(c.brokers),
      usdOrDash(c.monthlyUsd, format),
    ]),
  ];
  // Columns that would be empty for every tool are left out: one-offs outside a migration or a copy, notes when all are available.
  const oneOff = report.hasOneOffs;
  const note = report.tools.some((tool) => tool.unavailableReason !== '');
  const tools = [
    ['Tool', 'Sizing', 'Monthly cost', ...(oneOff ? ['One-off'] : []), ...(note ? ['Note'] : [])],
    ...report.tools.map((tool) => [
      `${tool.label}${tool.chosen ? ' (used)' : ''}`,
      tool.sizing,
      toolCostText(tool, tool.monthlyUsd, format),
      ...(oneOff ? [toolCostText(tool, tool.oneOffUsd, format)] : []),
      ...(note ? [tool.unavailableReason ? `unavailable: ${tool.unavailableReason}` : ''] : []),
    ]),
  ];
  return { summary, clusters, tools };
}
