/**
 * Which tool the totals use (SPEC §11: "the cheapest available one is used for the totals, and the
 * user may pick another").
 */
import { REPLICATION_TOOL_NAMES, REPLICATION_TOOLS, type ReplicationToolId, type ReplicationToolResult } from './replication-result';
import type { ReplicationPattern } from './replication-schema';

/** The rule behind the choice, in one sentence, by pattern. */
export const TOOL_CHOICE_RULES: Readonly<Record<'monthly' | 'migration', string>> = {
  monthly: 'The available replication tool with the lowest monthly cost; on a tie MSK Replicator, then MirrorMaker 2 on MSK Connect, then on EC2.',
  migration: 'For a migration, the available replication tool with the lowest one-off cost (the overlap months plus the copy of retained data); on a tie MSK Replicator, then MirrorMaker 2 on MSK Connect, then on EC2.',
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

export function chooseTool(
  tools: readonly ReplicationToolResult[],
  pattern: ReplicationPattern,
  preferred: ReplicationToolId | undefined,
): { readonly tool: ReplicationToolId | null; readonly rule: string } {
  const candidates = tools.filter((t) => t.available && t.monthlyCostUsd !== null);
  const byOneOff = pattern === 'migration' && candidates.every((t) => t.oneOffUsd !== null);
  const rule = byOneOff ? TOOL_CHOICE_RULES.migration : TOOL_CHOICE_RULES.monthly;
  const pick = candidates.find((t) => t.tool === preferred);
  if (pick) return { tool: pick.tool, rule: `The tool you picked, ${REPLICATION_TOOL_NAMES[pick.tool]}. Otherwise: ${rule}` };
  const order = (t: ReplicationToolResult) => REPLICATION_TOOLS.indexOf(t.tool);
  const best = [...candidates].sort((a, b) => costKey(a, byOneOff) - costKey(b, byOneOff) || order(a) - order(b))[0];
  return { tool: best?.tool ?? null, rule };
}
