/**
 * One record per replication pattern (SPEC §11): which way data flows, which cluster gets what, what
 * it costs once, which keys it uses and how it is worded. Every part of the engine, the reports and
 * the form reads the pattern through this table, so a fifth pattern is one more row.
 */

export const REPLICATION_PATTERNS = ['active-passive', 'active-active', 'migration', 'aggregation'] as const;
export type ReplicationPattern = (typeof REPLICATION_PATTERNS)[number];

/** Keys of the replication block that only some patterns use (the form shows them for those). */
export type PatternKey = 'identicalTopicNames' | 'sourceClusters' | 'migrationWeeks';

export interface PatternRecord {
  /** The pattern in full, as reports name it. */
  readonly label: string;
  /** Short enough to read whole in a select on a 390 px phone (about 35 characters). */
  readonly shortLabel: string;
  /** What the target cluster is, in a few words ("DR standby"). */
  readonly targetRole: string;
  /** One flow source → target; one each way; or one per source cluster into the target (the spokes). */
  readonly flows: 'one-way' | 'both-ways' | 'spokes';
  /**
   * The target's workload (SPEC §11 v2.1): the replicated share (a standby or a new cluster holds what
   * is replicated); its own and the peer's writes (both regions live); or every spoke's (a hub).
   */
  readonly target: 'replicated-share' | 'own-and-peer-writes' | 'hub-of-spokes';
  /** The source cluster also takes the target's writes (both regions live). */
  readonly sourceTakesPeerWrites: boolean;
  /** Identical topic names make the tool read, process and transfer every record twice (SPEC §11 v2.1). */
  readonly identicalNamesReadTwice: boolean;
  /** Both clusters and the tool run side by side for `migrationWeeks` (a one-off). */
  readonly overlap: boolean;
  /** `copyExistingData` when the block does not say (SPEC §11: migration true, others false). */
  readonly copyByDefault: boolean;
  /** The tool is chosen by its one-off cost (it runs a few weeks) rather than its monthly cost. */
  readonly chooseByOneOff: boolean;
  /** A target in the source's own region does not survive a region's loss: say so. */
  readonly warnsSameRegion: boolean;
  readonly keys: readonly PatternKey[];
  /** What one replicated GiB figure is for: each direction, each source cluster, or the one flow (null). */
  readonly volumePer: 'direction' | 'source cluster' | null;
}

export const PATTERN_TABLE: Readonly<Record<ReplicationPattern, PatternRecord>> = {
  'active-passive': {
    label: 'Standby cluster for disaster recovery (active-passive)',
    shortLabel: 'Standby for DR (active-passive)',
    targetRole: 'DR standby',
    flows: 'one-way',
    target: 'replicated-share',
    sourceTakesPeerWrites: false,
    identicalNamesReadTwice: false,
    overlap: false,
    copyByDefault: false,
    chooseByOneOff: false,
    warnsSameRegion: true,
    keys: [],
    volumePer: null,
  },
  'active-active': {
    label: 'Two regions, both live (active-active)',
    shortLabel: 'Both regions live (active-active)',
    targetRole: 'second live cluster',
    flows: 'both-ways',
    target: 'own-and-peer-writes',
    sourceTakesPeerWrites: true,
    identicalNamesReadTwice: true,
    overlap: false,
    copyByDefault: false,
    chooseByOneOff: false,
    warnsSameRegion: false,
    keys: ['identicalTopicNames'],
    volumePer: 'direction',
  },
  migration: {
    label: 'Migration to a new cluster',
    shortLabel: 'Migration to a new cluster',
    targetRole: 'new cluster',
    flows: 'one-way',
    target: 'replicated-share',
    sourceTakesPeerWrites: false,
    identicalNamesReadTwice: false,
    overlap: true,
    copyByDefault: true,
    chooseByOneOff: true,
    warnsSameRegion: false,
    keys: ['migrationWeeks'],
    volumePer: null,
  },
  aggregation: {
    label: 'Several clusters into one hub (aggregation)',
    shortLabel: 'Clusters into a hub (aggregation)',
    targetRole: 'hub',
    flows: 'spokes',
    target: 'hub-of-spokes',
    sourceTakesPeerWrites: false,
    identicalNamesReadTwice: false,
    overlap: false,
    copyByDefault: false,
    chooseByOneOff: false,
    warnsSameRegion: false,
    keys: ['sourceClusters'],
    volumePer: 'source cluster',
  },
};

/** A pattern's record. */
export function patternOf(pattern: ReplicationPattern): PatternRecord {
  return PATTERN_TABLE[pattern];
}
