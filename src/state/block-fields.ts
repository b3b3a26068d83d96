/**
 * The optional blocks as the page holds them (what the user typed, validated by parseScenario with
 * the scenario they belong to), and the one way a field of either is set: by its typed dotted path.
 */
import { setFieldValue, type CurrentKey, type KinesisKey, type ReplicationKey, type Scenario, type UncertaintyKey } from '../domain';

/** A replication block as stored: checked by parseScenario with the scenario it belongs to. */
export type ReplicationBlock = Readonly<Record<string, unknown>>;
/** An uncertainty block as stored: checked by parseScenario with the scenario it belongs to. */
export type UncertaintyBlock = Readonly<Record<string, unknown>>;

/** A field of an optional block by its path: a misspelt key fails to compile. */
export type BlockFieldPath =
  `replication.${ReplicationKey}` | `uncertainty.${UncertaintyKey}` | `current.${CurrentKey}` | `kinesis.${KinesisKey}`;

/** The optional blocks kept beside the form, each edited by its own inputs (SPEC §11, §12, §13, §15). */
export const BLOCKS = ['replication', 'uncertainty', 'current', 'kinesis'] as const;
export type BlockName = (typeof BLOCKS)[number];
/** A block as stored: what the user typed, checked by parseScenario with the scenario it belongs to. */
export type Block = Readonly<Record<string, unknown>>;
export type Blocks = { readonly [K in BlockName]: Block | null };

/** What removing a block says, and how Undo names the step. */
export const BLOCK_REMOVAL: Readonly<Record<BlockName, { readonly replacedBy: string; readonly notice: string }>> = {
  replication: { replacedBy: 'removing replication', notice: 'Replication removed: this cluster is sized alone.' },
  uncertainty: { replacedBy: 'removing ranges and growth', notice: "Ranges and growth removed: one answer for today's values." },
  current: { replacedBy: 'removing the current cluster', notice: 'Current cluster removed: no right-sizing.' },
  kinesis: { replacedBy: 'resetting the Kinesis settings', notice: 'Kinesis Data Streams settings back to their defaults.' },
};

/**
 * Blocks that always apply with their defaults (SPEC §15: Kinesis is priced on every workload): the
 * first field a user sets creates the block, instead of an "Add" button.
 */
const CREATED_ON_EDIT: ReadonlySet<BlockName> = new Set(['kinesis']);

/** Just the blocks of a state (for Undo's snapshot and what is persisted). */
export function pickBlocks(s: Blocks): Blocks {
  return { replication: s.replication, uncertainty: s.uncertainty, current: s.current, kinesis: s.kinesis };
}

/** A scenario's blocks as the page keeps them (copies, so editing never changes the scenario). */
export function blocksOf(scenario: Scenario): Blocks {
  return {
    replication: scenario.replication ? { ...scenario.replication } : null,
    uncertainty: scenario.uncertainty ? { ...scenario.uncertainty } : null,
    current: scenario.current ? structuredClone(scenario.current) : null,
    kinesis: scenario.kinesis ? { ...scenario.kinesis } : null,
  };
}

function splitBlockPath(path: BlockFieldPath): [BlockName, string] {
  const dot = path.indexOf('.');
  return [path.slice(0, dot) as BlockName, path.slice(dot + 1)];
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
export function withBlockField(s: Blocks, path: BlockFieldPath, value: unknown): Partial<Blocks> {
  const [block, key] = splitBlockPath(path);
  const current = s[block] ?? (CREATED_ON_EDIT.has(block) ? {} : null);
  if (current === null) return {};
  if (block === 'uncertainty') return { uncertainty: withUncertaintyField(current, key, value) };
  const next: Record<string, unknown> = { ...current };
  setFieldValue(next, key, value);
  return { [block]: next };
}
