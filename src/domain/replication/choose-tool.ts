/**
 * Which tool the totals use (SPEC §11 v2.1): the tool the user picked when it is available; else the
 * cheapest available *managed* tool (MSK Replicator or MirrorMaker 2 on MSK Connect), as the overall
 * recommendation never picks self-managed Kafka; MirrorMaker 2 on EC2 only when no managed tool is
 * available.
 */
import { REPLICATION_TOOL_NAMES, REPLICATION_TOOLS, type ReplicationToolId, type ReplicationToolResult } from './replication-result';
import { patternOf, type ReplicationPattern } from './replication-patterns';

/** The managed tools (SPEC §11 v2.1): AWS runs them; MirrorMaker 2 on EC2 is self-managed Kafka Connect. */
export const MANAGED_REPLICATION_TOOLS: readonly ReplicationToolId[] = ['msk-replicator', 'mm2-msk-connect'];

export function isManagedTool(tool: ReplicationToolId): boolean {
  return MANAGED_REPLICATION_TOOLS.includes(tool);
}

/** The rule behind the choice, in one sentence, by pattern. */
export const TOOL_CHOICE_RULES: Readonly<Record<'monthly' | 'migration', string>> = {
  monthly:
    'The managed replication tool (MSK Replicator or MirrorMaker 2 on MSK Connect) with the lowest monthly cost; on a tie MSK Replicator. MirrorMaker 2 on EC2 is compared, not chosen, unless you pick it or no managed tool is available.',
  migration:
    'For a migration, the managed replication tool (MSK Replicator or MirrorMaker 2 on MSK Connect) with the lowest one-off cost (the overlap months plus the copy of retained data); on a tie MSK Replicator. MirrorMaker 2 on EC2 is compared, not chosen, unless you pick it or no managed tool is available.',
};

/** Costs compare to the cent, as options do (recommend.ts), so tools that cost the same on the invoice tie. */
function cents(usd: number): number {
  return Math.round(usd * 100);
}

/**
 * Our choice where SPEC says only "cheapest": a migration runs for a few weeks, so it is cheapest by
 * its one-off total (when every tool has one); replication that stays is cheapest by monthly total.
 * Ties go to the order of REPLICATION_TOOLS (MSK Replicator first: AWS's recommendation for MSK to
 * MSK in one account, AWS Big Data Blog).
 */
function costKey(tool: ReplicationToolResult, byOneOff: boolean): number {
  const usd = byOneOff ? tool.oneOffUsd?.total : tool.monthlyCostUsd?.total;
  return cents(usd ?? Number.POSITIVE_INFINITY);
}

function cheapest(candidates: readonly ReplicationToolResult[], byOneOff: boolean): ReplicationToolResult | undefined {
  const order = (t: ReplicationToolResult) => REPLICATION_TOOLS.indexOf(t.tool);
  return [...candidates].sort((a, b) => costKey(a, byOneOff) - costKey(b, byOneOff) || order(a) - order(b))[0];
}

export interface ToolChoice {
  readonly tool: ReplicationToolId | null;
  readonly rule: string;
  /** True when the choice is MirrorMaker 2 on EC2 because no managed tool is available (not picked). */
  readonly selfManagedFallback: boolean;
}

export function chooseTool(
  tools: readonly ReplicationToolResult[],
  pattern: ReplicationPattern,
  preferred: ReplicationToolId | undefined,
): ToolChoice {
  const candidates = tools.filter((t) => t.available && t.monthlyCostUsd !== null);
  const byOneOff = patternOf(pattern).chooseByOneOff && candidates.every((t) => t.oneOffUsd !== null);
  const rule = byOneOff ? TOOL_CHOICE_RULES.migration : TOOL_CHOICE_RULES.monthly;
  const pick = candidates.find((t) => t.tool === preferred);
  if (pick)
    return {
      tool: pick.tool,
      rule: `The tool you picked, ${REPLICATION_TOOL_NAMES[pick.tool]}. Otherwise: ${rule}`,
      selfManagedFallback: false,
    };
  const managed = cheapest(
    candidates.filter((t) => isManagedTool(t.tool)),
    byOneOff,
  );
  if (managed) return { tool: managed.tool, rule, selfManagedFallback: false };
  const fallback = cheapest(candidates, byOneOff);
  return { tool: fallback?.tool ?? null, rule, selfManagedFallback: fallback !== undefined };
}
