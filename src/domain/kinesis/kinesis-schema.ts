/**
 * The scenario's optional `kinesis` block (SPEC §15): the record size, the consuming applications,
 * enhanced fan-out and the provisioned shard headroom. One schema gives the type, the defaults and the
 * validation of each field, built from its row (kinesis-fields.ts). Wire it into the scenario as
 * `kinesis: kinesisSchema.nullable().default(null)`; field names in errors then carry the `kinesis.`
 * prefix, as `parseScenario` names nested fields.
 */
import '../zod-setup';
import { z } from 'zod';
import { numberDefault, numberOf } from '../field-table';
import { kinesisRow, type KinesisKey } from './kinesis-fields';

const row = kinesisRow;

/** The block's keys in SPEC §15's order, each built from its row. */
const fields = {
  recordSizeKiB: numberOf(row('recordSizeKiB')).default(numberDefault(row('recordSizeKiB'))),
  consumers: numberOf(row('consumers')).nullable().default(null),
  enhancedFanOut: z.boolean().default(row('enhancedFanOut').default === true),
  headroomPct: numberOf(row('headroomPct')).default(numberDefault(row('headroomPct'))),
} satisfies Record<KinesisKey, z.ZodType>;

/** The `kinesis` block: unknown keys rejected, missing keys defaulted. */
export const kinesisSchema = z.strictObject(fields);

/** A valid, normalised kinesis block: every key present; `consumers: null` takes the default of SPEC §15. */
export type KinesisOptions = z.output<typeof kinesisSchema>;

/** Keys of the block, in SPEC §15's order. */
export const KINESIS_KEYS = Object.keys(fields) as (keyof KinesisOptions)[];

/** The block with every key at its default: 1 KiB records, consumers from the workload, no EFO, 20 % headroom. */
export const DEFAULT_KINESIS: KinesisOptions = kinesisSchema.parse({});
