/**
 * The optional `kinesis` block's fields (SPEC §15): what Amazon Kinesis Data Streams needs beyond the
 * scenario's throughput, retention and partitions to be priced as an alternative. One row each: the
 * schema (kinesis-schema.ts) builds its bounds, defaults and messages from these rows, and a form
 * renders them. A new key is one row here and one line in the schema.
 */
import { rowOf, type FieldInfo } from '../field-table';
import { MAX_CONSUMER_GROUPS } from '../scenario-limits';

/**
 * Records of 0.01 KiB (about 10 bytes) to 10 MiB (Kinesis takes records up to 10 MiB). SPEC §15 writes
 * the range as 1–10,240, but also prices records under 1 KiB (on-demand rounds each up to 1 KiB, and
 * small records make a provisioned stream record-bound): a 200-byte Kafka message is 0.2 KiB, so the
 * lower bound is ours (Assumptions page, "Kinesis Data Streams").
 */
export const MIN_RECORD_SIZE_KIB = 0.01;
export const MAX_RECORD_SIZE_KIB = 10_240;
/** SPEC §15: 20 % headroom by default, the AWS Pricing Calculator's. */
export const DEFAULT_KINESIS_HEADROOM_PCT = 20;

const ROWS = [
  {
    key: 'recordSizeKiB',
    kind: 'number',
    bounds: { min: MIN_RECORD_SIZE_KIB, max: MAX_RECORD_SIZE_KIB },
    says: { unit: ' KiB', what: ' of KiB' },
    default: 1,
    labelNote: 'unit',
    label: 'Average record size',
    unit: 'KiB',
    group: 'kinesis',
    help: 'The average size of one record written to the stream. Small records can make a provisioned stream need shards for its records per second (1,000 per shard) rather than its MiB/s, and on-demand bills every record as a whole number of KiB.',
  },
  {
    // Empty (null): the scenario's consumer groups, else round(peak egress ÷ peak ingress) (SPEC §15).
    key: 'consumers',
    kind: 'optionalNumber',
    bounds: { min: 0, max: MAX_CONSUMER_GROUPS, integer: true },
    says: { unit: ' consumers' },
    default: null,
    placeholder: 'consumer groups, else peak egress ÷ peak ingress',
    label: 'Consuming applications',
    unit: 'consumers',
    group: 'kinesis',
    help: 'Applications that each read the whole stream (the Kinesis counterpart of Kafka consumer groups). Empty: the consumer groups you entered, or else peak egress ÷ peak ingress, rounded to a whole number.',
  },
  {
    key: 'enhancedFanOut',
    kind: 'boolean',
    default: false,
    label: 'Consumers use enhanced fan-out',
    unit: '',
    group: 'kinesis',
    help: 'With enhanced fan-out every consumer gets its own 2 MiB/s per shard, pushed to it, and pays for it per consumer-shard-hour and per GB (provisioned) or at a higher per-GB rate (on-demand). Without it, consumers poll and share each shard’s 2 MiB/s and 5 reads a second.',
  },
  {
    key: 'headroomPct',
    kind: 'number',
    bounds: { min: 0, max: 100 },
    says: { between: true },
    default: DEFAULT_KINESIS_HEADROOM_PCT,
    labelNote: 'unit',
    label: 'Shard headroom',
    unit: '%',
    group: 'kinesis',
    help: 'Spare capacity added to the shards a provisioned stream needs at peak. 20 % is the AWS Pricing Calculator’s default. On-demand streams scale themselves and ignore it.',
  },
] as const satisfies readonly FieldInfo[];

/** A key of the kinesis block: a misspelt key fails to compile. */
export type KinesisKey = (typeof ROWS)[number]['key'];

export const KINESIS_FIELDS: readonly FieldInfo<KinesisKey>[] = ROWS;

/** A Kinesis field's row. */
export function kinesisRow(key: KinesisKey): FieldInfo<KinesisKey> {
  return rowOf(KINESIS_FIELDS, key, 'kinesis');
}
