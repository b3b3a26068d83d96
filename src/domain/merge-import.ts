/**
 * SPEC §13.3: an import's patch applied to a scenario through the section 2 schema. Imported keys
 * replace the scenario's; the current block merges key by key (its `observed` too); imported egress
 * sets consumer groups to null. A kept value that clashes with an imported one (a kept peak below an
 * imported average) fails with both fields named: nothing is half-applied.
 */
import { fieldError } from './field-error';
import { parseScenario, type ParseResult, type Scenario, type ScenarioContext } from './scenario';

const PAIRS = [
  ['avgIngressMiBps', 'peakIngressMiBps'],
  ['avgEgressMiBps', 'peakEgressMiBps'],
] as const;

function objectOr(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Metrics of the cluster today (CPU, disk, partition replicas) without a cluster to hang them on: the
 * scenario has no current block and the import names no deployment. They are left out, and the page says so.
 */
export function currentNeedsCluster(scenario: Scenario, patch: Readonly<Record<string, unknown>>): boolean {
  return 'current' in patch && scenario.current === null && objectOr(patch['current'])['deployment'] === undefined;
}

/** The scenario with the patch applied, validated; `source` names the import in messages ("orders.json and 2 more files"). */
export function mergeImport(
  scenario: Scenario,
  patch: Readonly<Record<string, unknown>>,
  ctx: ScenarioContext,
  source: string,
): ParseResult<Scenario> {
  const merged: Record<string, unknown> = { ...scenario, ...patch, current: scenario.current };
  if ('current' in patch && !currentNeedsCluster(scenario, patch)) {
    const imported = objectOr(patch['current']);
    // Another cluster (a new deployment or broker type) replaces the block: the old one's keys and
    // metrics do not belong to it. The same cluster merges key by key (metrics added to a described cluster).
    const previous = objectOr(scenario.current);
    const other =
      imported['deployment'] !== undefined &&
      (imported['deployment'] !== previous['deployment'] || (imported['instanceType'] ?? null) !== (previous['instanceType'] ?? null));
    const before = other ? {} : previous;
    const observed = { ...objectOr(before['observed']), ...objectOr(imported['observed']) };
    merged['current'] = { ...before, ...imported, ...(Object.keys(observed).length > 0 ? { observed } : {}) };
  }
  // Local retention equal to retention means no tiering; an imported retention moves it along unless imported too.
  if ('retentionHours' in patch && !('localRetentionHours' in patch) && scenario.localRetentionHours === scenario.retentionHours) {
    merged['localRetentionHours'] = null;
  }
  if ('avgEgressMiBps' in patch || 'peakEgressMiBps' in patch) merged['consumerGroups'] = null;
  for (const [avg, peak] of PAIRS) {
    const avgImported = avg in patch;
    const peakImported = peak in patch;
    if (avgImported === peakImported) continue;
    const a = merged[avg];
    const p = merged[peak];
    if (typeof a === 'number' && typeof p === 'number' && p < a) {
      const [kept, imported] = avgImported ? [peak, avg] : [avg, peak];
      const error = fieldError(kept, merged[kept], {
        code: 'compare-field',
        params: { other: imported, otherValue: Number(merged[imported]), unit: ` MiB/s, imported from ${source}`, atMost: kept === avg },
      });
      return { ok: false, errors: [error] };
    }
  }
  return parseScenario(merged, ctx);
}
