/**
 * What moving a Kafka workload to Kinesis Data Streams gives up and gains (SPEC §15: "clients must
 * change"), each point with the AWS page that says so. Shown beside the Kinesis prices on the page and
 * in every export; KDS stays an alternative, never the recommendation.
 */

export interface KinesisTradeoff {
  /** A few words for one-line summaries: "the Kafka protocol". */
  readonly short: string;
  readonly text: string;
  readonly source: string;
  readonly sourceUrl: string;
}

const KDS_GUIDE = 'https://docs.aws.amazon.com/streams/latest/dev/introduction.html';
const KDS_QUOTAS = 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html';
const KDS_DUPLICATES = 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-record-processor-duplicates.html';
const KDS_CAPACITY = 'https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html';
const MSK_KAFKA = 'https://docs.aws.amazon.com/msk/latest/developerguide/what-is-msk.html';

export const KINESIS_GIVES_UP: readonly KinesisTradeoff[] = [
  {
    short: 'the Kafka protocol',
    text: 'The Kafka protocol: producers and consumers move to the Kinesis API, its libraries (KPL, KCL) or an AWS integration; Kafka clients do not connect to a stream.',
    source: 'Kinesis Data Streams Developer Guide',
    sourceUrl: KDS_GUIDE,
  },
  {
    short: 'log compaction',
    text: 'Log compaction: records leave a stream when its retention (24 hours to 365 days) ends, never by key, so a compacted topic holding the latest value per key has no equivalent.',
    source: 'Kinesis Data Streams quotas and limits',
    sourceUrl: KDS_QUOTAS,
  },
  {
    short: 'transactions',
    text: 'Transactions and exactly-once writes: producer retries can write a record twice, and consumers must handle duplicates themselves.',
    source: 'Kinesis Data Streams Developer Guide, "Handle duplicate records"',
    sourceUrl: KDS_DUPLICATES,
  },
  {
    short: 'the Kafka ecosystem',
    text: 'The Kafka ecosystem: Kafka Connect, Kafka Streams, MirrorMaker and the tools built on the Kafka APIs run against Kafka, which MSK keeps compatible.',
    source: 'Amazon MSK Developer Guide, "What is Amazon MSK?"',
    sourceUrl: MSK_KAFKA,
  },
];

export const KINESIS_GAINS: readonly KinesisTradeoff[] = [
  {
    short: 'no brokers to size',
    text: 'No brokers, volumes or partitions to size: a provisioned stream is a number of shards, and an on-demand stream scales itself (at once to twice its peak of the previous 30 days).',
    source: 'Kinesis Data Streams Developer Guide, "Choose the data stream capacity mode"',
    sourceUrl: KDS_CAPACITY,
  },
  {
    short: 'replication across three AZs in the price',
    text: 'Pay per shard-hour or per GB written and read, with no cross-AZ transfer to add: data is replicated across three Availability Zones within the price.',
    source: 'Kinesis Data Streams Developer Guide',
    sourceUrl: KDS_GUIDE,
  },
  {
    short: 'AWS-native consumers',
    text: 'AWS-native consumers read a stream directly: AWS Lambda, Amazon Data Firehose and Amazon Managed Service for Apache Flink.',
    source: 'Kinesis Data Streams Developer Guide',
    sourceUrl: KDS_GUIDE,
  },
];
