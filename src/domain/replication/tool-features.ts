/**
 * The replication features that differ between MSK Replicator and MirrorMaker 2 (SPEC §11: "a table
 * with sources on the page"), as data. MirrorMaker 2 behaves the same on MSK Connect and on EC2.
 * Facts and sources: research/replication.md §1a, §1b, §1d.
 */

export interface ToolFeatureRow {
  readonly feature: string;
  readonly mskReplicator: string;
  readonly mirrorMaker2: string;
  readonly source: string;
}

const REPLICATOR_DOCS = 'MSK Developer Guide, MSK Replicator (supported configurations, how it works)';
const MM2_DOCS = 'Apache Kafka documentation, MirrorMaker 2 (KIP-382)';

export const REPLICATION_TOOL_FEATURES: readonly ToolFeatureRow[] = [
  {
    feature: 'Consumer offset translation',
    mskReplicator: 'Yes: offsets translated, consumer-group offsets synchronised',
    mirrorMaker2: 'Checkpoints; sync.group.offsets.enabled (Kafka 2.7+)',
    source: `${REPLICATOR_DOCS}; ${MM2_DOCS}`,
  },
  {
    feature: 'Consumer-group sync',
    mskReplicator: 'Allow and exclude patterns; detects new groups',
    mirrorMaker2: 'Group filter',
    source: `${REPLICATOR_DOCS}; ${MM2_DOCS}`,
  },
  {
    feature: 'Topic configuration sync',
    mskReplicator: 'Yes (a subset for MSK Serverless)',
    mirrorMaker2: 'Yes, every 600 s by default',
    source: `${REPLICATOR_DOCS}; ${MM2_DOCS}`,
  },
  {
    feature: 'ACL sync',
    mskReplicator: 'Yes (not into MSK Serverless)',
    mirrorMaker2: 'Yes (sync.topic.acls.enabled)',
    source: `${REPLICATOR_DOCS}; ${MM2_DOCS}`,
  },
  {
    feature: 'Identical topic names',
    mskReplicator: 'Yes, with loop avoidance; in active-active each record is read, processed and transferred twice',
    mirrorMaker2: 'Only one way (IdentityReplicationPolicy, no loop guard): not for active-active',
    source: `${REPLICATOR_DOCS}; ${MM2_DOCS}`,
  },
  {
    feature: 'Cross-account',
    mskReplicator: 'No: source and target in one AWS account',
    mirrorMaker2: 'Yes',
    source: `${REPLICATOR_DOCS}; AWS Big Data Blog, MSK Replicator and MirrorMaker 2 for DR and migrations`,
  },
  {
    feature: 'Supported sources',
    mskReplicator:
      'MSK provisioned and Serverless; self-managed Kafka 2.8.1+ with SASL/SCRAM, mTLS or SASL/OAUTHBEARER into MSK Provisioned (Standard or Express brokers, not Serverless); no kafka.t3.small; at least 3 brokers (4 in two AZs)',
    mirrorMaker2: 'Any Kafka cluster',
    source: REPLICATOR_DOCS,
  },
  {
    feature: 'Authentication',
    mskReplicator: 'IAM access control on both MSK clusters; cross-region sources need multi-VPC private connectivity',
    mirrorMaker2: 'Whatever the clusters use: mTLS, SASL/SCRAM or IAM',
    source: `${REPLICATOR_DOCS}; AWS Big Data Blog, MSK Replicator and MirrorMaker 2 for DR and migrations`,
  },
  {
    feature: 'Scaling and operations',
    mskReplicator:
      'Serverless: scales itself, up to 1 GiB/s (1,024 MiB/s) of ingress per Replicator; above that, several Replicators, each with its own topics',
    mirrorMaker2: 'Sized by you (MCUs on MSK Connect, instances on EC2)',
    source: `${REPLICATOR_DOCS}, quotas; MSK Connect docs`,
  },
];

/**
 * When each tool fits, in our words after AWS's guidance (AWS Big Data Blog, "Amazon MSK Replicator
 * and MirrorMaker2: Choosing the right replication strategy for Apache Kafka disaster recovery and
 * migrations"; research/replication.md). The page shows these beside the prices.
 */
export const REPLICATION_TOOL_GUIDANCE: readonly { readonly title: string; readonly text: string }[] = [
  {
    title: 'Do you need another region at all?',
    text: 'A multi-AZ MSK cluster with replication factor 3, min.insync.replicas 2 and acks=all already survives losing an availability zone; a second region is for losing more than one AZ or a whole region. Where a slow restore is acceptable, backing topics up to Amazon S3 can be enough.',
  },
  {
    title: 'MSK Replicator',
    text: 'AWS recommends it for MSK-to-MSK replication in one account, in the same or another region, active-passive or active-active: it is serverless, scales itself, reports to CloudWatch and copies topics, ACLs, data and consumer-group offsets. You pay per hour and per GB it processes.',
  },
  {
    title: 'MirrorMaker 2',
    text: 'AWS points to it for replication across accounts; migrations from on-premises, other clouds or self-managed Kafka on EC2; hybrid and cross-cloud setups; clusters that cannot use IAM authentication; and custom topic naming or transformations. It runs on Kafka Connect: MSK Connect (per MCU-hour) or your own instances (per instance-hour, and your time).',
  },
];
