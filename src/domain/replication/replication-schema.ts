/**
 * The scenario's optional `replication` block (SPEC §11): one schema gives the type, the defaults and
 * the validation of each field; `replicationFieldErrors` checks the rules that need the price data or
 * the rest of the scenario. Field names in errors carry the `replication.` prefix, as
 * `parseScenario` names nested fields.
 */
import '../zod-setup';
import { z } from 'zod';
import { fieldError, type FieldError, type ParseResult } from '../field-error';
import { numberDefault, numberOf, ruleOfIssue, textChoices } from '../field-table';
import { MAX_THROUGHPUT_MIBPS } from '../scenario-limits';

import { REPLICATION_TOOLS } from './replication-result';
import { replicationRow, type ReplicationKey } from './replication-fields';
import { patternOf, REPLICATION_PATTERNS, type ReplicationPattern } from './replication-patterns';

export { REPLICATION_PATTERNS, type ReplicationPattern };
export { MAX_MIGRATION_WEEKS, MAX_SOURCE_CLUSTERS, MIN_MIGRATION_WEEKS } from './replication-fields';

const row = replicationRow;

/** The block's keys in the order of SPEC §11, each built from its row (replication-fields.ts). */
const fields = {
  pattern: z.enum(textChoices(row('pattern'), REPLICATION_PATTERNS)).default('active-passive'),
  targetRegion: z.string().max(40),
  replicatedShare: numberOf(row('replicatedShare')).default(numberDefault(row('replicatedShare'))),
  identicalTopicNames: z.boolean().default(false),
  sourceClusters: numberOf(row('sourceClusters')).default(numberDefault(row('sourceClusters'))),
  migrationWeeks: numberOf(row('migrationWeeks')).default(numberDefault(row('migrationWeeks'))),
  copyExistingData: z.boolean().optional(),
  tool: z
    .enum(textChoices(row('tool'), REPLICATION_TOOLS))
    .nullable()
    .default(null),
  sourceKind: z.enum(textChoices(row('sourceKind'), ['msk', 'self-managed'] as const)).default('msk'),
} satisfies Record<ReplicationKey, z.ZodType>;

/** SPEC §11 defaults copyExistingData by pattern: a migration starts from the earliest offset, DR from the latest. */
export function defaultCopyExistingData(pattern: ReplicationPattern): boolean {
  return patternOf(pattern).copyByDefault;
}

/**
 * The `replication` block: unknown keys rejected, missing keys defaulted, `copyExistingData`
 * defaulted by pattern. Wire it into the scenario as `replication: replicationSchema.nullable().default(null)`.
 */
export const replicationSchema = z.strictObject(fields).transform((block) => ({
  ...block,
  copyExistingData: block.copyExistingData ?? defaultCopyExistingData(block.pattern),
}));

/** A valid, normalised replication block: every key present. */
export type Replication = z.output<typeof replicationSchema>;

/** Keys of the block, in the order of SPEC §11. */
export const REPLICATION_KEYS = Object.keys(fields) as (keyof Replication)[];

/** The scenario fields the cross-field rules read (a parsed scenario, before or after egress is derived). */
export interface ReplicationScenarioView {
  readonly region: string;
  readonly avgIngressMiBps: number;
  readonly peakIngressMiBps: number;
  readonly avgEgressMiBps: number;
  readonly peakEgressMiBps: number;
  readonly consumerGroups: number | null;
}

/**
 * Rules across fields (SPEC §11, §2): the target region must be in the price data (it may equal the
 * scenario's region); the clusters the block derives must stay within the throughput maximum
 * (the hub's ingress for aggregation, ingress + R for active-active, the source's egress + Rp).
 * `regions` are the price book's region codes.
 */
export function replicationFieldErrors(block: Replication, scenario: ReplicationScenarioView, regions: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  if (!regions.includes(block.targetRegion)) {
    errors.push(
      fieldError('replication.targetRegion', block.targetRegion, { code: 'not-priced', params: { kind: 'region', example: 'us-west-2' } }),
    );
  }
  const peakReplicated = scenario.peakIngressMiBps * block.replicatedShare;
  const peakEgress = scenario.consumerGroups === null ? scenario.peakEgressMiBps : scenario.consumerGroups * scenario.peakIngressMiBps;
  const record = patternOf(block.pattern);
  if (record.flows === 'spokes' && block.sourceClusters * peakReplicated > MAX_THROUGHPUT_MIBPS) {
    errors.push(
      fieldError('replication.sourceClusters', block.sourceClusters, {
        code: 'derived-maximum',
        params: {
          subject: "the hub's peak ingress",
          terms: [block.sourceClusters, peakReplicated],
          operator: '×',
          max: MAX_THROUGHPUT_MIBPS,
        },
      }),
    );
  } else if (record.sourceTakesPeerWrites && scenario.peakIngressMiBps + peakReplicated > MAX_THROUGHPUT_MIBPS) {
    errors.push(
      fieldError('replication.replicatedShare', block.replicatedShare, {
        code: 'derived-maximum',
        params: {
          subject: "each cluster's peak ingress",
          terms: [scenario.peakIngressMiBps, peakReplicated],
          operator: '+',
          max: MAX_THROUGHPUT_MIBPS,
        },
      }),
    );
  } else if (peakEgress + peakReplicated > MAX_THROUGHPUT_MIBPS) {
    errors.push(
      fieldError('replication.replicatedShare', block.replicatedShare, {
        code: 'derived-maximum',
        params: {
          subject: "the source's peak egress",
          terms: [peakEgress, peakReplicated],
          operator: '+',
          max: MAX_THROUGHPUT_MIBPS,
          note: '(the replication tool reads it too)',
        },
      }),
    );
  }
  return errors;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function valueAt(input: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A field's error from zod's issue, worded from the field's row. */
export function replicationIssueError(path: readonly PropertyKey[], value: unknown, issue: { code: string }): FieldError {
  const key = path.map(String).join('.');
  const known = REPLICATION_KEYS.find((k) => k === key);
  return fieldError(`replication.${key}`, value, ruleOfIssue(known && row(known), { ...issue, input: value }));
}

/**
 * Validates a `replication` block on its own (for callers that hold it apart from the scenario):
 * field rules, then the cross-field rules. A message per field; never throws.
 */
export function parseReplication(input: unknown, scenario: ReplicationScenarioView, regions: readonly string[]): ParseResult<Replication> {
  if (!isPlainObject(input)) {
    return { ok: false, errors: [fieldError('replication', input, { code: 'type', params: { expected: 'object' } })] };
  }
  const parsed = replicationSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.flatMap((issue): FieldError[] =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) =>
              fieldError(`replication.${key}`, input[key], { code: 'unknown-key', params: { block: 'replication', format: 2 } }),
            )
          : [replicationIssueError(issue.path, valueAt(input, issue.path), issue)],
      ),
    };
  }
  const errors = replicationFieldErrors(parsed.data, scenario, regions);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}
