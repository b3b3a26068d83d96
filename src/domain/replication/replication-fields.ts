/**
 * The replication block's fields (SPEC §11), one row each: the schema (replication-schema.ts) builds
 * its enums, defaults, bounds and messages from these rows, and the Replication and DR inputs render
 * them in this order. A new replication key is one row here and one line in the schema.
 */
import { rowOf, type FieldInfo } from '../field-table';
import { REPLICATION_TOOL_NAMES, REPLICATION_TOOLS } from './replication-result';
import { PATTERN_TABLE, REPLICATION_PATTERNS, type ReplicationPattern } from './replication-patterns';

/** SPEC §11: 1–50 clusters feeding a hub. */
export const MAX_SOURCE_CLUSTERS = 50;
/** SPEC §11: a migration runs 1–52 weeks. */
export const MIN_MIGRATION_WEEKS = 1;
export const MAX_MIGRATION_WEEKS = 52;

const ROWS = [
  {
    key: 'pattern',
    kind: 'select',
    choices: REPLICATION_PATTERNS.map((p) => ({ value: p, label: PATTERN_TABLE[p].shortLabel })),
    default: 'active-passive',
    label: 'Pattern',
    unit: '',
    group: 'replication',
    help: '',
  },
  {
    // Required (SPEC §11: no default); the form starts it at a region near the source.
    key: 'targetRegion',
    kind: 'select',
    choices: 'regions',
    label: 'Target region',
    unit: '',
    group: 'replication',
    help: '',
  },
  {
    // SPEC §11 prices a tool by what the source runs on ("the source or target is not MSK") but names no
    // key for it: this extension says whether the source is MSK (priced as recommended) or self-managed
    // Kafka on EC2 (priced at its cheapest self-managed size), e.g. before a migration.
    key: 'sourceKind',
    kind: 'select',
    choices: [
      { value: 'msk', label: 'Amazon MSK (as recommended above)' },
      { value: 'self-managed', label: 'Self-managed Kafka on EC2' },
    ],
    default: 'msk',
    label: 'Source cluster runs on',
    unit: '',
    group: 'replication',
    help: 'Amazon MSK is priced as recommended above, self-managed Kafka at its cheapest EC2 size. MSK Replicator reads a self-managed source into MSK Provisioned clusters (Standard or Express brokers), not Serverless; MirrorMaker 2 reads any Kafka.',
  },
  {
    key: 'replicatedShare',
    kind: 'number',
    bounds: { min: 0, minExclusive: true, max: 1 },
    default: 1,
    labelNote: 'bounds',
    label: 'Share of ingress replicated',
    unit: 'fraction',
    group: 'replication',
    help: 'The topics you replicate, as a share of ingress: 1 replicates everything.',
  },
  {
    key: 'identicalTopicNames',
    kind: 'boolean',
    default: false,
    patternKey: true,
    label: 'Keep identical topic names (MSK Replicator then reads, processes and transfers each record twice)',
    unit: '',
    group: 'replication',
    help: '',
  },
  {
    key: 'sourceClusters',
    kind: 'number',
    bounds: { min: 1, max: MAX_SOURCE_CLUSTERS, integer: true },
    says: { unit: ' clusters' },
    default: 1,
    patternKey: true,
    label: 'Clusters feeding the hub',
    unit: 'clusters',
    group: 'replication',
    help: `Clusters like this one, each replicating into the hub (1–${MAX_SOURCE_CLUSTERS}).`,
  },
  {
    // SPEC §11 says "1–52" without "integer" (unlike sourceClusters), so part weeks are allowed.
    key: 'migrationWeeks',
    kind: 'number',
    bounds: { min: MIN_MIGRATION_WEEKS, max: MAX_MIGRATION_WEEKS },
    says: { unit: ' weeks', what: ' of weeks' },
    default: 4,
    patternKey: true,
    labelNote: 'unit',
    label: 'Migration period',
    unit: 'weeks',
    group: 'replication',
    help: `How long both clusters and the replication run (${MIN_MIGRATION_WEEKS}–${MAX_MIGRATION_WEEKS} weeks).`,
  },
  {
    // Its default depends on the pattern (PATTERN_TABLE's copyByDefault: migration true, others false).
    key: 'copyExistingData',
    kind: 'boolean',
    label: 'Copy the data already retained (start from the earliest offset)',
    unit: '',
    group: 'replication',
    help: '',
  },
  {
    // SPEC §11 v2.1: the totals use the cheapest available managed tool, and the user may pick another.
    // The pick travels with the scenario (an extension of SPEC §11's keys); null: the cheapest managed one.
    key: 'tool',
    kind: 'select',
    choices: REPLICATION_TOOLS.map((t) => ({ value: t, label: REPLICATION_TOOL_NAMES[t] })),
    default: null,
    placeholder: 'The cheapest managed tool',
    says: { nullMeans: 'the cheapest managed tool' },
    label: 'Tool used for the totals',
    unit: '',
    group: 'replication',
    help: 'All three are priced either way. By default the totals use the cheaper of MSK Replicator and MirrorMaker 2 on MSK Connect; MirrorMaker 2 on EC2 (self-managed, its operations time not priced) only when you pick it or neither is available. Terraform includes an MSK Replicator when it is the tool used.',
  },
] as const satisfies readonly FieldInfo[];

/** A key of the replication block: a misspelt key fails to compile. */
export type ReplicationKey = (typeof ROWS)[number]['key'];

export const REPLICATION_FIELDS: readonly FieldInfo<ReplicationKey>[] = ROWS;

/** A replication field's row. */
export function replicationRow(key: ReplicationKey): FieldInfo<ReplicationKey> {
  return rowOf(REPLICATION_FIELDS, key, 'replication');
}

/** Whether the form shows a field for a pattern: keys only some patterns use follow PATTERN_TABLE's `keys`. */
export function replicationFieldApplies(row: FieldInfo<ReplicationKey>, pattern: ReplicationPattern): boolean {
  return row.patternKey !== true || (PATTERN_TABLE[pattern].keys as readonly string[]).includes(row.key);
}
