/**
 * Scenario format v2 (SPEC §2): one schema gives the type, the defaults and the validation.
 * `parseScenario` is the one door for anything loaded from a form, a link, storage, a file or the
 * CLI: it migrates older versions, rejects unknown keys and returns a message per invalid field that
 * names the field, the value and the rule. It never throws.
 */
import './zod-setup';
import { z } from 'zod';
import { describeValue } from './describe-value';
import type { FieldError, ParseResult } from './field-error';
import { DEFAULT_EDITABLE_ASSUMPTIONS, EDITABLE_ASSUMPTION_BOUNDS } from './assumptions';
import { replicationFieldErrors, replicationSchema } from './replication/replication-schema';
import { fieldBounds } from './scenario-fields';
import { MAX_CONSUMER_GROUPS, MAX_PARTITIONS, MAX_RETENTION_HOURS, MAX_THROUGHPUT_MIBPS } from './scenario-limits';
import { uncertaintyFieldErrors, uncertaintySchema } from './ranges/uncertainty-schema';

export const SCENARIO_VERSION = 2;

/** Tiered storage needs a total retention of at least 3 days (MSK: minimum retention.ms of a tiered topic). */
export const TIERED_MIN_RETENTION_HOURS = 72;
export { MAX_CONSUMER_GROUPS };

export const PURPOSES = ['production', 'development'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Bounds beyond SPEC §2, chosen to keep every figure finite (1 TiB/s, ~114 years, 10 M partitions). */
export { MAX_THROUGHPUT_MIBPS, MAX_RETENTION_HOURS, MAX_PARTITIONS };
export const MAX_NAME_LENGTH = 120;
/** netF and storageF use egress ÷ ingress up to 2.5 times (1.5 AZS in the fan-out, 1 in the lagging term; SPEC §4.1): the ratio times this must stay finite. */
const MAX_FAN_OUT_HEADROOM = 3;

/*
 * Number rules are built from the field table's bounds (scenario-fields.ts), so a field's range is
 * written once: the schema, its messages and the form all read it there. zod 4 numbers already
 * refuse NaN and ±Infinity.
 */

/** A throughput in MiB/s. */
const throughput = (key: string) => {
  const b = fieldBounds(key);
  const base = z.number({ error: 'must be a number (MiB/s)' });
  const bounded = b.minExclusive
    ? base.gt(b.min, { error: `must be greater than ${b.min} MiB/s` })
    : base.min(b.min, { error: `must be ${b.min} or more MiB/s` });
  return bounded.max(b.max, { error: `must be at most ${b.max} MiB/s` });
};

const between = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .min(min, { error: `must be between ${min} and ${max}` })
    .max(max, { error: `must be between ${min} and ${max}` });

/** A number between the field's bounds. */
const fraction = (key: string) => {
  const b = fieldBounds(key);
  return between(b.min, b.max);
};

/** A whole number within the field's bounds; `unit` follows the range in the message. */
const integer = (key: string, unit: string) => {
  const { min, max } = fieldBounds(key);
  return z
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be a whole number from ${min} to ${max}${unit}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}${unit}` });
};

/** Hours above 0 up to the field's maximum. */
const hours = (key: string, orNull: string) => {
  const b = fieldBounds(key);
  return z
    .number({ error: `must be a number of hours${orNull}` })
    .gt(b.min, { error: `must be greater than ${b.min} hours` })
    .max(b.max, { error: `must be at most ${b.max} hours` });
};

/** A non-negative amount with its unit, up to the field's maximum. */
const amount = (key: string, noun: string, unit: string) => {
  const b = fieldBounds(key);
  return z
    .number({ error: `must be a number ${noun}` })
    .min(b.min, { error: `must be ${b.min} or more ${unit}` })
    .max(b.max, { error: `must be at most ${b.max} ${unit}` });
};

const PST = fieldBounds('provisionedThroughputMiBps');
const PST_RULE = `must be "auto", null (off) or a number from ${PST.min} to ${PST.max} MiB/s`;
const RAM_CACHE = fieldBounds('ramCacheSeconds');
const GROUPS = fieldBounds('consumerGroups');

const selfManagedSchema = z.strictObject({
  controllerInstance: z
    .string({ error: 'must be an EC2 instance type' })
    .max(40, { error: 'must be an EC2 instance type' })
    .default('m5.large'),
  controllerCount: z.union([z.literal(0), z.literal(3), z.literal(5)], { error: 'must be 0, 3 or 5' }).default(3),
  opsHoursPerMonth: amount('selfManaged.opsHoursPerMonth', 'of hours', 'hours').default(0),
  opsHourlyUsd: amount('selfManaged.opsHourlyUsd', '(USD)', 'USD').default(0),
});

/**
 * The two editable assumptions (SPEC §4.1–4.2) carried with a scenario, so that a shared link, an
 * exported file and the CLI size it with the numbers its author saw. Null: the model's defaults.
 * An extension of SPEC §2, listed on the Assumptions page.
 */
export const editableAssumptionsSchema = z.strictObject({
  tlsFactor: between(...EDITABLE_ASSUMPTION_BOUNDS.tlsFactor).default(DEFAULT_EDITABLE_ASSUMPTIONS.tlsFactor),
  pageCacheShare: between(...EDITABLE_ASSUMPTION_BOUNDS.pageCacheShare).default(DEFAULT_EDITABLE_ASSUMPTIONS.pageCacheShare),
  mm2MiBpsPerMcu: between(...EDITABLE_ASSUMPTION_BOUNDS.mm2MiBpsPerMcu).default(DEFAULT_EDITABLE_ASSUMPTIONS.mm2MiBpsPerMcu),
  moveMonths: between(...EDITABLE_ASSUMPTION_BOUNDS.moveMonths).default(DEFAULT_EDITABLE_ASSUMPTIONS.moveMonths),
});

const baseScenarioSchema = z.strictObject({
  version: z.literal(SCENARIO_VERSION, { error: `must be ${SCENARIO_VERSION}` }).default(SCENARIO_VERSION),
  name: z
    .string({ error: 'must be text' })
    .max(MAX_NAME_LENGTH, { error: `must be at most ${MAX_NAME_LENGTH} characters` })
    .default('Untitled workload'),
  region: z.string({ error: 'must be an AWS region code' }).default('us-east-1'),
  avgIngressMiBps: throughput('avgIngressMiBps').default(20),
  peakIngressMiBps: throughput('peakIngressMiBps').default(40),
  avgEgressMiBps: throughput('avgEgressMiBps').default(40),
  peakEgressMiBps: throughput('peakEgressMiBps').default(80),
  consumerGroups: z
    .number({ error: 'must be a number of consumer groups, or null' })
    .min(GROUPS.min, { error: `must be from ${GROUPS.min} to ${GROUPS.max}, or null` })
    .max(GROUPS.max, { error: `must be from ${GROUPS.min} to ${GROUPS.max}, or null` })
    .nullable()
    .default(null),
  purpose: z.enum(PURPOSES, { error: 'must be "production" or "development"' }).default('production'),
  replicationFactor: integer('replicationFactor', '').default(3),
  retentionHours: hours('retentionHours', '').default(168),
  localRetentionHours: hours('localRetentionHours', ', or null').nullable().default(null),
  partitions: integer('partitions', ' partitions').default(300),
  availabilityZones: z.union([z.literal(2), z.literal(3)], { error: 'must be 2 or 3' }).default(3),
  nearestReplicaFetch: z.boolean({ error: 'must be true or false' }).default(true),
  tlsInTransit: z.boolean({ error: 'must be true or false' }).default(true),
  ebsUtilizationTarget: fraction('ebsUtilizationTarget').default(0.5),
  utilizationStandard: fraction('utilizationStandard').default(0.5),
  utilizationExpress: fraction('utilizationExpress').default(0.75),
  laggingConsumerPct: fraction('laggingConsumerPct').nullable().default(null),
  brokerSafetyFactor: integer('brokerSafetyFactor', ' brokers').default(0),
  ramCacheSeconds: z
    .number({ error: 'must be a number of seconds, or null' })
    .gt(RAM_CACHE.min, { error: `must be greater than ${RAM_CACHE.min} seconds, or null` })
    .max(RAM_CACHE.max, { error: `must be at most ${RAM_CACHE.max} seconds (a year)` })
    .nullable()
    .default(null),
  provisionedThroughputMiBps: z
    .union([z.literal('auto'), z.number({ error: PST_RULE }).min(PST.min, { error: PST_RULE }).max(PST.max, { error: PST_RULE })], {
      error: PST_RULE,
    })
    .nullable()
    .default('auto'),
  useMaxPartitions: z.boolean({ error: 'must be true or false' }).default(false),
  brokerQuota: integer('brokerQuota', ' brokers').default(60),
  discountPct: fraction('discountPct').default(0),
  selfManaged: selfManagedSchema.default({ controllerInstance: 'm5.large', controllerCount: 3, opsHoursPerMonth: 0, opsHourlyUsd: 0 }),
  assumptions: editableAssumptionsSchema.nullable().default(null),
  /** SPEC §11: replication, migration or DR to another cluster; null: this cluster alone. */
  replication: replicationSchema.nullable().default(null),
  /** SPEC §12: ranges around the inputs and growth; null: one answer for the values above. */
  uncertainty: uncertaintySchema.nullable().default(null),
});

type ParsedScenario = z.infer<typeof baseScenarioSchema>;

/** A valid, normalised scenario: every key present, `localRetentionHours` filled in. */
export type Scenario = Omit<ParsedScenario, 'localRetentionHours'> & { readonly localRetentionHours: number };

/** The scenario's editable fields as a form sees them (anything may be missing). */
export type ScenarioInput = Partial<Record<keyof Scenario, unknown>>;

export type { FieldError, ParseResult };

export interface ScenarioContext {
  /** Region codes present in the price data. */
  readonly regions: readonly string[];
  /** EC2 instance types present in the price data (for self-managed controllers). */
  readonly ec2Types: readonly string[];
}

/** A JSON object: a plain object, not an array, Date, Map or class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function fieldError(field: string, value: unknown, rule: string): FieldError {
  return { field, message: `${field} = ${describeValue(value)}: ${rule}` };
}

/**
 * Format 1 to 2 (SPEC §2): every field keeps its meaning, except that v1's
 * `provisionedThroughputMiBps: null` (v1 credited large brokers with their full EBS throughput
 * without charging for it) becomes "auto", which prices that throughput honestly; the new fields
 * take their defaults.
 */
function migrateFromVersion1(raw: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...raw, version: 2 };
  if (!('provisionedThroughputMiBps' in raw) || raw['provisionedThroughputMiBps'] === null) next['provisionedThroughputMiBps'] = 'auto';
  return next;
}

/** Older formats are migrated here, one step per version; newer ones are refused. */
export function migrateScenario(raw: Record<string, unknown>): ParseResult<Record<string, unknown>> {
  const version = raw['version'] ?? SCENARIO_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [fieldError('version', version, `must be ${SCENARIO_VERSION} (or 1, which is migrated)`)] };
  }
  if (version > SCENARIO_VERSION) {
    return {
      ok: false,
      errors: [fieldError('version', version, `is newer than this MSK Sizer understands (format ${SCENARIO_VERSION}); update MSK Sizer`)],
    };
  }
  return { ok: true, value: version === 1 ? migrateFromVersion1(raw) : raw };
}

/**
 * With `consumerGroups` set, each group reads everything: egress = groups × ingress, and the two
 * egress fields are ignored (SPEC §2), so whatever they hold is neither checked nor used.
 */
function withDerivedEgress(raw: Record<string, unknown>): Record<string, unknown> {
  const groups = raw['consumerGroups'];
  if (typeof groups !== 'number') return raw;
  const rest = { ...raw };
  delete rest['avgEgressMiBps'];
  delete rest['peakEgressMiBps'];
  return rest;
}

/** The peak figures a range is checked against: egress derived from consumer groups when they are set. */
function derivedEgress(s: ParsedScenario): ParsedScenario {
  return s.consumerGroups === null ? s : { ...s, peakEgressMiBps: s.consumerGroups * s.peakIngressMiBps };
}

function crossFieldErrors(s: ParsedScenario, ctx: ScenarioContext): FieldError[] {
  const errors: FieldError[] = [];
  if (s.peakIngressMiBps < s.avgIngressMiBps) {
    errors.push(fieldError('peakIngressMiBps', s.peakIngressMiBps, `must be at least avgIngressMiBps (${s.avgIngressMiBps} MiB/s)`));
  }
  // SPEC §4.1 sizes the network by egress ÷ ingress (× up to 2.5 in netF): a ratio past a double's range
  // cannot be sized, so an ingress that small next to the egress is refused here rather than sized as infinite.
  // With consumer groups set, egress is groups × ingress and the ratio is the group count.
  const fanOut = s.consumerGroups ?? s.peakEgressMiBps / s.peakIngressMiBps;
  if (!Number.isFinite(fanOut * MAX_FAN_OUT_HEADROOM)) {
    errors.push(
      fieldError(
        'peakIngressMiBps',
        s.peakIngressMiBps,
        `is too small next to peakEgressMiBps (${s.peakEgressMiBps} MiB/s): egress ÷ ingress must be a finite number`,
      ),
    );
  }
  if (s.peakEgressMiBps < s.avgEgressMiBps) {
    errors.push(fieldError('peakEgressMiBps', s.peakEgressMiBps, `must be at least avgEgressMiBps (${s.avgEgressMiBps} MiB/s)`));
  }
  if (s.localRetentionHours !== null && s.localRetentionHours > s.retentionHours) {
    errors.push(fieldError('localRetentionHours', s.localRetentionHours, `must not exceed retentionHours (${s.retentionHours} h)`));
  }
  if (s.localRetentionHours !== null && s.localRetentionHours < s.retentionHours && s.retentionHours < TIERED_MIN_RETENTION_HOURS) {
    errors.push(
      fieldError(
        'retentionHours',
        s.retentionHours,
        `must be at least ${TIERED_MIN_RETENTION_HOURS} hours (3 days) when local retention is shorter (tiered storage): MSK's minimum retention for a tiered topic`,
      ),
    );
  }
  if (s.consumerGroups !== null && s.consumerGroups * s.peakIngressMiBps > MAX_THROUGHPUT_MIBPS) {
    errors.push(
      fieldError(
        'consumerGroups',
        s.consumerGroups,
        `makes peak egress ${s.consumerGroups} × ${s.peakIngressMiBps} MiB/s, above the ${MAX_THROUGHPUT_MIBPS} MiB/s maximum`,
      ),
    );
  }
  if (!ctx.regions.includes(s.region)) {
    errors.push(fieldError('region', s.region, 'must be an AWS region code in the price data (e.g. us-east-1)'));
  }
  if (s.replication !== null) errors.push(...replicationFieldErrors(s.replication, s, ctx.regions));
  if (s.uncertainty !== null) errors.push(...uncertaintyFieldErrors(s.uncertainty, derivedEgress(s)));
  if (!ctx.ec2Types.includes(s.selfManaged.controllerInstance)) {
    errors.push(
      fieldError('selfManaged.controllerInstance', s.selfManaged.controllerInstance, `must be one of ${ctx.ec2Types.join(', ')}`),
    );
  }
  return errors;
}

/** Each field parsed on its own; a field that fails takes its default. */
function lenientParse(raw: Record<string, unknown>): ParsedScenario {
  const defaults = baseScenarioSchema.parse({});
  const view: Record<string, unknown> = { ...defaults };
  for (const [key, schema] of Object.entries(baseScenarioSchema.shape)) {
    const field = (schema as z.ZodType).safeParse(raw[key]);
    if (field.success) view[key] = field.data;
  }
  return view as ParsedScenario;
}

/**
 * Validates and normalises anything that claims to be a scenario. Missing keys take their defaults;
 * unknown keys, wrong types and broken rules come back as one message per field.
 */
export function parseScenario(input: unknown, ctx: ScenarioContext): ParseResult<Scenario> {
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ field: '(scenario)', message: `scenario = ${describeValue(input)}: must be a JSON object` }] };
  }
  const migrated = migrateScenario(input);
  if (!migrated.ok) return migrated;
  const parsed = baseScenarioSchema.safeParse(withDerivedEgress(migrated.value));
  if (!parsed.success) {
    const failed = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
    const errors = parsed.error.issues.flatMap((issue): FieldError[] => {
      if (issue.code === 'unrecognized_keys') {
        const prefix = issue.path.map(String).join('.');
        return issue.keys.map((key) => {
          const field = prefix ? `${prefix}.${key}` : key;
          return fieldError(
            field,
            valueAt(migrated.value, [...issue.path, key]),
            `is not a scenario field (format ${SCENARIO_VERSION}); remove it or check its spelling`,
          );
        });
      }
      const field = issue.path.map(String).join('.') || '(scenario)';
      return [fieldError(field, valueAt(migrated.value, issue.path), issue.message)];
    });
    // Cross-field rules are checked too, on the fields that are valid on their own, so a form
    // shows every problem at once.
    const lenient = lenientParse(withDerivedEgress(migrated.value));
    const more = crossFieldErrors(lenient, ctx).filter((e) => !failed.has(e.field.split('.')[0] ?? ''));
    return { ok: false, errors: [...errors, ...more] };
  }
  const errors = crossFieldErrors(parsed.data, ctx);
  if (errors.length > 0) return { ok: false, errors };
  const s = parsed.data;
  const groups = s.consumerGroups;
  return {
    ok: true,
    value: {
      ...s,
      localRetentionHours: s.localRetentionHours ?? s.retentionHours,
      ...(groups === null ? {} : { avgEgressMiBps: groups * s.avgIngressMiBps, peakEgressMiBps: groups * s.peakIngressMiBps }),
    },
  };
}

/** Keys of a scenario, in the order of SPEC §2. */
export const SCENARIO_KEYS = Object.keys(baseScenarioSchema.shape) as (keyof Scenario)[];
