/**
 * Where SPEC §15 leaves a choice about Kinesis Data Streams, the choice made, in words, for the
 * Assumptions page (each also in a comment where it is implemented).
 */
export const KINESIS_CHOICES: readonly string[] = [
  'Kinesis Data Streams is shown as an alternative and never recommended: its clients do not speak the Kafka protocol.',
  'Without a kinesis block the defaults apply: 1 KiB records, the consumer groups (else peak egress ÷ peak ingress, rounded) as consuming applications, no enhanced fan-out and 20 % shard headroom (the AWS Pricing Calculator’s).',
  'Records may be as small as 0.01 KiB (about 10 bytes). SPEC §15 writes the record size as 1 to 10,240 KiB, but prices records under 1 KiB (on-demand bills each as 1 KiB; small records make a provisioned stream need shards for its records per second), and a Kafka message of 200 bytes is 0.2 KiB.',
  'Cost lines: capacity is shard-hours (provisioned) or stream-hours (on-demand); data in is PUT payload units (provisioned) or GB written; retention is everything for keeping data beyond 24 hours, including the provisioned extended-retention shard-hours, so the three modes compare line for line.',
  'On-demand bills every record as a whole number of KiB, at least 1; stored data and reads are not rounded.',
  'Long-term retrieval (reading data older than 7 days) is not priced: consumers are taken to read new data.',
  'On-demand Advantage bills at least 25 MiB/s of writes and of reads for a month, 64,160.16 GB (25 × 2,628,000 ÷ 1,024); the commitment is per account and region and said as a warning.',
  'The on-demand stream maximum of the region applies to both on-demand modes; above it the mode is unavailable, with its cost still shown for comparison.',
];
