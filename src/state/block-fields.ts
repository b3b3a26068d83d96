/**
 * The optional blocks as the page holds them (what the user typed, validated by parseScenario with
 * the scenario they belong to), and the one way a field of either is set: by its typed dotted path.
 */
import { setFieldValue, type ReplicationKey, type UncertaintyKey } from '../domain';

/** A replication block as stored: checked by parseScenario with the scenario it belongs to. */
export type ReplicationBlock = Readonly<Record<string, unknown>>;
/** An uncertainty block as stored: checked by parseScenario with the scenario it belongs to. */
export type UncertaintyBlock = Readonly<Record<string, unknown>>;

/** A field of an optional block by its path: a misspelt key fails to compile. */
export type BlockFieldPath = `replication.${ReplicationKey}` | `uncertainty.${UncertaintyKey}`;

function splitBlockPath(path: BlockFieldPath): ['replication' | 'uncertainty', string] {
  const dot = path.indexOf('.');
  return [path.startsWith('replication.') ? 'replication' : 'uncertainty', path.slice(dot + 1)];
}

const isEmptyText = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The block with `key` set; a `{low, high}` range with both ends empty is removed (certain). */
export function withUncertaintyField(block: UncertaintyBlock, key: string, value: unknown): UncertaintyBlock {
  const next: Record<string, unknown> = { ...block };
  // Growth is one object of three: the ends a user has not typed yet hold the 0 the page shows.
  if (key.startsWith('monthlyGrowthPct.'))
    next['monthlyGrowthPct'] = {
      low: 0,
      likely: 0,
      high: 0,
      ...(typeof block['monthlyGrowthPct'] === 'object' ? block['monthlyGrowthPct'] : {}),
    };
  setFieldValue(next, key, value);
  const [range, end] = key.split('.');
  if (range !== undefined && (end === 'low' || end === 'high')) {
    const r = next[range];
    const emptied =
      r !== null &&
      typeof r === 'object' &&
      isEmptyText((r as Record<string, unknown>)['low']) &&
      isEmptyText((r as Record<string, unknown>)['high']);
    if (emptied) return Object.fromEntries(Object.entries(next).filter(([k]) => k !== range));
  }
  return next;
}

/** The blocks' change for `path` set to `value` (nothing while its block is absent). */
export function withBlockField(
  s: { readonly replication: ReplicationBlock | null; readonly uncertainty: UncertaintyBlock | null },
  path: BlockFieldPath,
  value: unknown,
): { replication: ReplicationBlock } | { uncertainty: UncertaintyBlock } | Record<string, never> {
  const [block, key] = splitBlockPath(path);
  if (block === 'replication') return s.replication === null ? {} : { replication: { ...s.replication, [key]: value } };
  return s.uncertainty === null ? {} : { uncertainty: withUncertaintyField(s.uncertainty, key, value) };
}
