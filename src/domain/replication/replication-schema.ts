/**
 * The scenario's optional `replication` block (SPEC §11): one schema gives the type, the defaults and
 * the validation of each field; `replicationFieldErrors` checks the rules that need the price data or
 * the rest of the scenario. Field names in errors carry the `replication.` prefix, as
 * `parseScenario` names nested fields.
 */
import '../zod-setup';
import { z } from 'zod';
import { describeValue } from '../describe-value';
import type { FieldError, ParseResult } from '../field-error';
import { MAX_THROUGHPUT_MIBPS } from '../scenario-limits';

import { patternOf, REPLICATION_PATTERNS, type ReplicationPattern } from './replication-patterns';

export { REPLICATION_PATTERNS, type ReplicationPattern };

/** SPEC §11: 1–50 clusters feeding a hub. */
export const MAX_SOURCE_CLUSTERS = 50;
/** SPEC §11: a migration runs 1–52 weeks. */
export const MIN_MIGRATION_WEEKS = 1;
export const MAX_MIGRATION_WEEKS = 52;

const booleanField = () => z.boolean({ error: 'must be true or false' });

const fields = {
  pattern: z
    .enum(REPLICATION_PATTERNS, {
      error: `must be ${REPLICATION_PATTERNS.slice(0, -1)
        .map((p) => `"${p}"`)
        .join(', ')} or "${REPLICATION_PATTERNS.at(-1) ?? ''}"`,
    })
    .default('active-passive'),
  // Required (SPEC §11: no default); whether the price data has it is a cross-field rule.
  targetRegion: z.string({ error: 'must be an AWS region code (required)' }).max(40, { error: 'must be an AWS region code' }),
  replicatedShare: z
    .number({ error: 'must be a number greater than 0 and at most 1' })
    .gt(0, { error: 'must be greater than 0 and at most 1' })
    .max(1, { error: 'must be greater than 0 and at most 1' })
    .default(1),
  identicalTopicNames: booleanField().default(false),
  sourceClusters: z
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: `must be a whole number from 1 to ${MAX_SOURCE_CLUSTERS} clusters` })
    .max(MAX_SOURCE_CLUSTERS, { error: `must be a whole number from 1 to ${MAX_SOURCE_CLUSTERS} clusters` })
    .default(1),
  // SPEC §11 says "1–52" without "integer" (unlike sourceClusters), so part weeks are allowed.
  migrationWeeks: z
    .number({ error: `must be a number of weeks from ${MIN_MIGRATION_WEEKS} to ${MAX_MIGRATION_WEEKS}` })
    .min(MIN_MIGRATION_WEEKS, { error: `must be from ${MIN_MIGRATION_WEEKS} to ${MAX_MIGRATION_WEEKS} weeks` })
    .max(MAX_MIGRATION_WEEKS, { error: `must be from ${MIN_MIGRATION_WEEKS} to ${MAX_MIGRATION_WEEKS} weeks` })
    .default(4),
  // Its default depends on the pattern (migration: true, others: false), so it is filled in below.
  copyExistingData: booleanField().optional(),
  // SPEC §11 v2.1: the totals use the cheapest available managed tool, and the user may pick another.
  // The pick travels with the scenario (an extension of SPEC §11's keys); null: the cheapest managed one.
  tool: z
    .enum(['msk-replicator', 'mm2-msk-connect', 'mm2-ec2'], {
      error: 'must be "msk-replicator", "mm2-msk-connect", "mm2-ec2" or null (the cheapest managed tool)',
    })
    .nullable()
    .default(null),
  // SPEC §11 prices a tool by what the source runs on ("the source or target is not MSK"), but names
  // no key for it: this extension says whether the source cluster is MSK (priced as the recommendation)
  // or self-managed Kafka on EC2 (priced as its cheapest self-managed size), e.g. before a migration.
  sourceKind: z.enum(['msk', 'self-managed'], { error: 'must be "msk" or "self-managed"' }).default('msk'),
};

/** SPEC §11 defaults copyExistingData by pattern: a migration starts from the earliest offset, DR from the latest. */
export function defaultCopyExistingData(pattern: ReplicationPattern): boolean {
  return patternOf(pattern).copyByDefault;
}

/**
 * The `replication` block: unknown keys rejected, missing keys defaulted, `copyExistingData`
 * defaulted by pattern. Wire it into the scenario as `replication: replicationSchema.nullable().default(null)`.
 */
export const replicationSchema = z.strictObject(fields).transform((block) => ({
  pattern: block.pattern,
  targetRegion: block.targetRegion,
  replicatedShare: block.replicatedShare,
  identicalTopicNames: block.identicalTopicNames,
  sourceClusters: block.sourceClusters,
  migrationWeeks: block.migrationWeeks,
  copyExistingData: block.copyExistingData ?? defaultCopyExistingData(block.pattern),
  tool: block.tool,
  sourceKind: block.sourceKind,
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

function fieldError(key: string, value: unknown, rule: string): FieldError {
  const field = `replication.${key}`;
  return { field, message: `${field} = ${describeValue(value)}: ${rule}` };
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
    errors.push(fieldError('targetRegion', block.targetRegion, 'must be an AWS region code in the price data (e.g. us-west-2)'));
  }
  const peakReplicated = scenario.peakIngressMiBps * block.replicatedShare;
  const peakEgress = scenario.consumerGroups === null ? scenario.peakEgressMiBps : scenario.consumerGroups * scenario.peakIngressMiBps;
  const record = patternOf(block.pattern);
  if (record.flows === 'spokes' && block.sourceClusters * peakReplicated > MAX_THROUGHPUT_MIBPS) {
    errors.push(
      fieldError(
        'sourceClusters',
        block.sourceClusters,
        `makes the hub's peak ingress ${block.sourceClusters} × ${peakReplicated} MiB/s, above the ${MAX_THROUGHPUT_MIBPS} MiB/s maximum`,
      ),
    );
  } else if (record.sourceTakesPeerWrites && scenario.peakIngressMiBps + peakReplicated > MAX_THROUGHPUT_MIBPS) {
    errors.push(
      fieldError(
        'replicatedShare',
        block.replicatedShare,
        `makes each cluster's peak ingress ${scenario.peakIngressMiBps} + ${peakReplicated} MiB/s, above the ${MAX_THROUGHPUT_MIBPS} MiB/s maximum`,
      ),
    );
  } else if (peakEgress + peakReplicated > MAX_THROUGHPUT_MIBPS) {
    errors.push(
      fieldError(
        'replicatedShare',
        block.replicatedShare,
        `makes the source's peak egress ${peakEgress} + ${peakReplicated} MiB/s (the replication tool reads it too), above the ${MAX_THROUGHPUT_MIBPS} MiB/s maximum`,
      ),
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

/**
 * Validates a `replication` block on its own (for callers that hold it apart from the scenario):
 * field rules, then the cross-field rules. A message per field; never throws.
 */
export function parseReplication(input: unknown, scenario: ReplicationScenarioView, regions: readonly string[]): ParseResult<Replication> {
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ field: 'replication', message: `replication = ${describeValue(input)}: must be a JSON object` }] };
  }
  const parsed = replicationSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.flatMap((issue): FieldError[] =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => fieldError(key, input[key], 'is not a replication field; remove it or check its spelling'))
          : [fieldError(issue.path.map(String).join('.'), valueAt(input, issue.path), issue.message)],
      ),
    };
  }
  const errors = replicationFieldErrors(parsed.data, scenario, regions);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}
