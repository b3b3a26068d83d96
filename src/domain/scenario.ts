/**
 * Scenario format v2 (SPEC §2): one schema gives the type, the defaults and the validation.
 * `parseScenario` is the one door for anything loaded from a form, a link, storage, a file or the
 * CLI: it migrates older versions, rejects unknown keys and returns a message per invalid field that
 * names the field, the value and the rule. It never throws.
 */
import './zod-setup';
import { z } from 'zod';
import { EDITABLE_ASSUMPTION_BOUNDS, DEFAULT_EDITABLE_ASSUMPTIONS } from './assumptions';
import { fieldError, type FieldError, type ParseResult } from './field-error';
import type { FieldRule } from './field-rule';
import { numberDefault, numberOf, rowOf, ruleOfIssue, textChoices, type FieldInfo } from './field-table';
import { replicationFieldErrors, replicationSchema } from './replication/replication-schema';
import { REPLICATION_FIELDS } from './replication/replication-fields';
import { fieldInfo, scenarioRow, type ScenarioFieldKey } from './scenario-fields';
import { MAX_CONSUMER_GROUPS, MAX_NAME_LENGTH, MAX_PARTITIONS, MAX_RETENTION_HOURS, MAX_THROUGHPUT_MIBPS } from './scenario-limits';
import { uncertaintyFieldErrors, uncertaintySchema } from './ranges/uncertainty-schema';
import { uncertaintyRowAt } from './ranges/uncertainty-fields';
import { CURRENT_FIELDS } from './current/current-fields';
import { KINESIS_FIELDS } from './kinesis/kinesis-fields';
import { kinesisSchema } from './kinesis/kinesis-schema';
import { currentFieldErrors, currentSchema, type BrokerTypes } from './current/current-schema';

export const SCENARIO_VERSION = 2;

/** Tiered storage needs a total retention of at least 3 days (MSK: minimum retention.ms of a tiered topic). */
export const TIERED_MIN_RETENTION_HOURS = 72;
export { MAX_CONSUMER_GROUPS };

export const PURPOSES = ['production', 'development'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Bounds beyond SPEC §2, chosen to keep every figure finite (1 TiB/s, ~114 years, 10 M partitions). */
export { MAX_THROUGHPUT_MIBPS, MAX_RETENTION_HOURS, MAX_PARTITIONS, MAX_NAME_LENGTH };
/** netF and storageF use egress ÷ ingress up to 2.5 times (1.5 AZS in the fan-out, 1 in the lagging term; SPEC §4.1): the ratio times this must stay finite. */
const MAX_FAN_OUT_HEADROOM = 3;

/*
 * Every field's rule, default and message come from its row in the field table (scenario-fields.ts):
 * the schema below only says which kind of schema each key is. zod 4 numbers already refuse NaN and ±Infinity.
 */
const row = scenarioRow;
/** A number field: bounds and default from its row. */
const num = (key: ScenarioFieldKey) => numberOf(row(key)).default(numberDefault(row(key)));
/** An optional number field: null (the default) or a number within its row's bounds. */
const optionalNum = (key: ScenarioFieldKey) => numberOf(row(key)).nullable().default(null);
const bool = (key: ScenarioFieldKey) => z.boolean().default(row(key).default === true);
/** A choice of numbers, from its row's choices. */
const numberChoice = <T extends number>(key: ScenarioFieldKey, values: readonly [T, T, ...T[]]) => {
  const listed = textChoices(row(key), values.map(String));
  return z.union(listed.map((v) => z.literal(Number(v) as T)) as [z.ZodLiteral<T>, z.ZodLiteral<T>]).default(numberDefault(row(key)) as T);
};
const PST = row('provisionedThroughputMiBps').bounds ?? { min: 0, max: 0 };

const selfManagedSchema = z.strictObject({
  controllerInstance: z.string().max(40).default('m5.large'),
  controllerCount: numberChoice('selfManaged.controllerCount', [0, 3, 5]),
  opsHoursPerMonth: num('selfManaged.opsHoursPerMonth'),
  opsHourlyUsd: num('selfManaged.opsHourlyUsd'),
});

/** The editable assumptions' rows: bounds from the model (assumptions.ts), labels as the Assumptions page names them. */
export const ASSUMPTION_FIELDS: readonly FieldInfo[] = (
  [
    ['tlsFactor', 'TLS throughput factor', '× plaintext throughput'],
    ['pageCacheShare', 'Page cache share of broker memory', '× memory'],
    ['mm2MiBpsPerMcu', 'MirrorMaker 2 throughput per MCU or vCPU', 'MiB/s'],
    ['moveMonths', 'Least regret: cost of a move', 'months of the option moved to'],
    ['m7gCpuFactor', 'Right-sizing: CPU of an M7g broker against the M5 of its size', '× M5 CPU'],
  ] as const
).map(([key, label, unit]) => ({
  key: `assumptions.${key}`,
  kind: 'number',
  bounds: { min: EDITABLE_ASSUMPTION_BOUNDS[key][0], max: EDITABLE_ASSUMPTION_BOUNDS[key][1] },
  default: DEFAULT_EDITABLE_ASSUMPTIONS[key],
  label,
  unit,
  group: 'assumptions',
  says: { between: true },
  help: '',
}));

const assumption = (key: keyof typeof EDITABLE_ASSUMPTION_BOUNDS) => {
  const r = rowOf<string, FieldInfo>(ASSUMPTION_FIELDS, `assumptions.${key}`, 'assumption');
  return numberOf(r).default(numberDefault(r));
};

/**
 * The editable assumptions (SPEC §4.1–4.2, §11, §12) carried with a scenario, so that a shared link, an
 * exported file and the CLI size it with the numbers its author saw. Null: the model's defaults.
 * An extension of SPEC §2, listed on the Assumptions page.
 */
export const editableAssumptionsSchema = z.strictObject({
  tlsFactor: assumption('tlsFactor'),
  pageCacheShare: assumption('pageCacheShare'),
  mm2MiBpsPerMcu: assumption('mm2MiBpsPerMcu'),
  moveMonths: assumption('moveMonths'),
  m7gCpuFactor: assumption('m7gCpuFactor'),
});

export const baseScenarioSchema = z.strictObject({
  version: z.literal(SCENARIO_VERSION).default(SCENARIO_VERSION),
  name: z
    .string()
    .max(row('name').maxLength ?? MAX_NAME_LENGTH)
    .default('Untitled workload'),
  region: z.string().default('us-east-1'),
  avgIngressMiBps: num('avgIngressMiBps'),
  peakIngressMiBps: num('peakIngressMiBps'),
  avgEgressMiBps: num('avgEgressMiBps'),
  peakEgressMiBps: num('peakEgressMiBps'),
  consumerGroups: optionalNum('consumerGroups'),
  purpose: z.enum(textChoices(row('purpose'), PURPOSES)).default('production'),
  replicationFactor: num('replicationFactor'),
  retentionHours: num('retentionHours'),
  localRetentionHours: optionalNum('localRetentionHours'),
  partitions: num('partitions'),
  availabilityZones: numberChoice('availabilityZones', [3, 2]),
  nearestReplicaFetch: bool('nearestReplicaFetch'),
  tlsInTransit: bool('tlsInTransit'),
  ebsUtilizationTarget: num('ebsUtilizationTarget'),
  utilizationStandard: num('utilizationStandard'),
  utilizationExpress: num('utilizationExpress'),
  laggingConsumerPct: optionalNum('laggingConsumerPct'),
  brokerSafetyFactor: num('brokerSafetyFactor'),
  ramCacheSeconds: optionalNum('ramCacheSeconds'),
  provisionedThroughputMiBps: z
    .union([z.literal('auto'), z.number().min(PST.min).max(PST.max)])
    .nullable()
    .default('auto'),
  useMaxPartitions: bool('useMaxPartitions'),
  brokerQuota: num('brokerQuota'),
  discountPct: num('discountPct'),
  selfManaged: selfManagedSchema.default({ controllerInstance: 'm5.large', controllerCount: 3, opsHoursPerMonth: 0, opsHourlyUsd: 0 }),
  assumptions: editableAssumptionsSchema.nullable().default(null),
  /** SPEC §11: replication, migration or DR to another cluster; null: this cluster alone. */
  replication: replicationSchema.nullable().default(null),
  /** SPEC §12: ranges around the inputs and growth; null: one answer for the values above. */
  uncertainty: uncertaintySchema.nullable().default(null),
  /** SPEC §13: the cluster run today, priced and right-sized; null: none. */
  current: currentSchema.nullable().default(null),
  /** SPEC §15: how Kinesis Data Streams, priced beside MSK, would carry the workload; null: its defaults. */
  kinesis: kinesisSchema.nullable().default(null),
});

/** The row of a field at a dotted path in any block (scenario, selfManaged, assumptions, replication, uncertainty). */
export function rowAtPath(path: string): FieldInfo | undefined {
  if (path.startsWith('replication.')) return REPLICATION_FIELDS.find((f) => `replication.${f.key}` === path);
  if (path.startsWith('uncertainty.')) return uncertaintyRowAt(path.slice('uncertainty.'.length));
  if (path.startsWith('assumptions.')) return ASSUMPTION_FIELDS.find((f) => f.key === path);
  if (path.startsWith('current.')) return CURRENT_FIELDS.find((f) => `current.${f.key}` === path);
  if (path.startsWith('kinesis.')) return KINESIS_FIELDS.find((f) => `kinesis.${f.key}` === path);
  return fieldInfo(path);
}

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
  /** Broker types of each deployment in the price data (the current cluster's, SPEC §13.1). */
  readonly brokerTypes: BrokerTypes;
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
    return {
      ok: false,
      errors: [fieldError('version', version, { code: 'version', params: { current: SCENARIO_VERSION, newer: false } })],
    };
  }
  if (version > SCENARIO_VERSION) {
    return {
      ok: false,
      errors: [fieldError('version', version, { code: 'version', params: { current: SCENARIO_VERSION, newer: true } })],
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

/** Must be at least another field's value. */
function atLeast(other: string, otherValue: number, unit: string): FieldRule {
  return { code: 'compare-field', params: { other, otherValue, unit, atMost: false } };
}

function crossFieldErrors(s: ParsedScenario, ctx: ScenarioContext): FieldError[] {
  const errors: FieldError[] = [];
  if (s.peakIngressMiBps < s.avgIngressMiBps) {
    errors.push(fieldError('peakIngressMiBps', s.peakIngressMiBps, atLeast('avgIngressMiBps', s.avgIngressMiBps, ' MiB/s')));
  }
  // SPEC §4.1 sizes the network by egress ÷ ingress (× up to 2.5 in netF): a ratio past a double's range
  // cannot be sized, so an ingress that small next to the egress is refused here rather than sized as infinite.
  // With consumer groups set, egress is groups × ingress and the ratio is the group count.
  const fanOut = s.consumerGroups ?? s.peakEgressMiBps / s.peakIngressMiBps;
  if (!Number.isFinite(fanOut * MAX_FAN_OUT_HEADROOM)) {
    errors.push(
      fieldError('peakIngressMiBps', s.peakIngressMiBps, {
        code: 'fan-out',
        params: { other: 'peakEgressMiBps', otherValue: s.peakEgressMiBps },
      }),
    );
  }
  if (s.peakEgressMiBps < s.avgEgressMiBps) {
    errors.push(fieldError('peakEgressMiBps', s.peakEgressMiBps, atLeast('avgEgressMiBps', s.avgEgressMiBps, ' MiB/s')));
  }
  if (s.localRetentionHours !== null && s.localRetentionHours > s.retentionHours) {
    errors.push(
      fieldError('localRetentionHours', s.localRetentionHours, {
        code: 'compare-field',
        params: { other: 'retentionHours', otherValue: s.retentionHours, unit: ' h', atMost: true },
      }),
    );
  }
  if (s.localRetentionHours !== null && s.localRetentionHours < s.retentionHours && s.retentionHours < TIERED_MIN_RETENTION_HOURS) {
    errors.push(fieldError('retentionHours', s.retentionHours, { code: 'tiered-minimum', params: { min: TIERED_MIN_RETENTION_HOURS } }));
  }
  if (s.consumerGroups !== null && s.consumerGroups * s.peakIngressMiBps > MAX_THROUGHPUT_MIBPS) {
    errors.push(
      fieldError('consumerGroups', s.consumerGroups, {
        code: 'derived-maximum',
        params: { subject: 'peak egress', terms: [s.consumerGroups, s.peakIngressMiBps], operator: '×', max: MAX_THROUGHPUT_MIBPS },
      }),
    );
  }
  if (!ctx.regions.includes(s.region)) {
    errors.push(fieldError('region', s.region, { code: 'not-priced', params: { kind: 'region', example: 'us-east-1' } }));
  }
  if (s.replication !== null) errors.push(...replicationFieldErrors(s.replication, s, ctx.regions));
  if (s.uncertainty !== null) errors.push(...uncertaintyFieldErrors(s.uncertainty, derivedEgress(s)));
  if (s.current !== null) errors.push(...currentFieldErrors(s.current, s.brokerQuota, ctx.brokerTypes));
  if (!ctx.ec2Types.includes(s.selfManaged.controllerInstance)) {
    errors.push(
      fieldError('selfManaged.controllerInstance', s.selfManaged.controllerInstance, {
        code: 'not-priced',
        params: { kind: 'ec2', choices: ctx.ec2Types },
      }),
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
    return { ok: false, errors: [fieldError('(scenario)', input, { code: 'type', params: { expected: 'object' } }, 'scenario')] };
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
          return fieldError(field, valueAt(migrated.value, [...issue.path, key]), {
            code: 'unknown-key',
            params: { block: 'scenario', format: SCENARIO_VERSION },
          });
        });
      }
      const field = issue.path.map(String).join('.') || '(scenario)';
      const value = valueAt(migrated.value, issue.path);
      return [fieldError(field, value, ruleOfIssue(rowAtPath(field), { ...issue, input: value }))];
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
