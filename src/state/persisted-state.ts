/** What the page keeps in local storage, its schema and how older versions are read (STYLE rule 3: storage is a boundary). */
import '../domain/zod-setup';
import { z } from 'zod';
import { DEFAULT_EDITABLE_ASSUMPTIONS, editableAssumptionsSchema } from '../domain';

export const STORAGE_KEY = 'msk-sizer';
export const STORAGE_VERSION = 2;

/** v1's TLS factor default; model v2 defaults it to 1.0 (SPEC §4.1), so an untouched 0.7 is migrated. */
const V1_DEFAULT_TLS_FACTOR = 0.7;

/**
 * Stored state from version 1: the TLS factor's old default becomes the new one, and an empty
 * provisioned-throughput field (v1: off, which credited large brokers with unpaid throughput)
 * becomes "auto", as SPEC §2 migrates scenario files. Anything else is left to validation.
 */
export function migratePersisted(persisted: unknown, version: number): unknown {
  if (version >= 2 || persisted === null || typeof persisted !== 'object') return persisted;
  const state = persisted as { form?: Record<string, unknown>; assumptions?: Record<string, unknown> };
  const form = state.form && typeof state.form === 'object' ? { ...state.form } : state.form;
  if (form && form['provisionedThroughputMiBps'] === '') form['provisionedThroughputMiBps'] = 'auto';
  const assumptions =
    state.assumptions && typeof state.assumptions === 'object' && state.assumptions['tlsFactor'] === V1_DEFAULT_TLS_FACTOR
      ? { ...state.assumptions, tlsFactor: DEFAULT_EDITABLE_ASSUMPTIONS.tlsFactor }
      : state.assumptions;
  return { ...state, form, assumptions };
}

const formValue = z.union([z.string().max(200), z.boolean()]);
export const persistedSchema = z.object({
  form: z.record(z.string().max(80), formValue),
  units: z.record(z.string().max(80), z.enum(['MiB/s', 'MB/s', 'hours', 'days'])).default({}),
  // The same schema as a scenario's assumptions block: one set of bounds.
  assumptions: editableAssumptionsSchema,
  // Checked in full by parseScenario, with the scenario it belongs to.
  replication: z.record(z.string().max(80), z.unknown()).nullable().default(null),
  uncertainty: z.record(z.string().max(80), z.unknown()).nullable().default(null),
  current: z.record(z.string().max(80), z.unknown()).nullable().default(null),
  kinesis: z.record(z.string().max(80), z.unknown()).nullable().default(null),
  saved: z
    .array(z.object({ name: z.string().min(1).max(120), savedAt: z.string().max(40), scenario: z.record(z.string(), z.unknown()) }))
    .max(200),
  tableView: z.object({
    sortKey: z.enum(['option', 'brokers', 'bottleneck', 'storage', 'pst', 'cost']),
    sortAscending: z.boolean(),
    deployment: z.string().max(40),
    family: z.string().max(40),
    showUnavailable: z.boolean(),
  }),
});
export type Persisted = z.infer<typeof persistedSchema>;
