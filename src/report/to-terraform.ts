/**
 * A Terraform starting point for an MSK option (AWS provider resources aws_msk_cluster with its
 * aws_msk_configuration, and aws_msk_serverless_cluster). Subnets, security groups and the Kafka
 * version are variables; the broker count, instance type, per-broker volume, provisioned throughput,
 * replication factor, min.insync.replicas and retention come from the scenario and its sizing.
 */
import { fleetText } from './option-view';
import { patternOf, readFactorOf, type SizedOption, type SizingResult } from '../domain';

/** A Terraform identifier from free text: lower-case letters, digits, underscores; starts with a letter. */
export function terraformName(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48);
  return /^[a-z]/.test(cleaned) ? cleaned : `msk_${cleaned || 'cluster'}`;
}

/** A quoted HCL string: escapes backslashes, quotes, newlines and template sequences (${ and %{). */
export function hclString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, '$$${')
    .replace(/%\{/g, '%%{');
  return `"${escaped}"`;
}

/** An MSK cluster name: letters, digits and hyphens, up to 64 characters (MSK's rule). */
function clusterName(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return /^[a-z]/.test(cleaned) ? cleaned : `msk-${cleaned || 'cluster'}`.slice(0, 64);
}

const VARIABLES = `variable "client_subnets" {
  description = "One private subnet per availability zone for the brokers"
  type        = list(string)
}

variable "security_groups" {
  description = "Security groups for the broker ENIs"
  type        = list(string)
}

variable "kafka_version" {
  description = "Apache Kafka version, one MSK supports (aws kafka list-kafka-versions)"
  type        = string
}
`;

function header(result: SizingResult, option: SizedOption): string {
  const cost = option.monthlyCostUsd
    ? `about ${option.monthlyCostUsd.total.toFixed(2)} USD/month at AWS list prices of ${result.prices.asOf}`
    : 'not priced';
  return [
    `# Terraform starting point from MSK Sizer for ${option.instanceType} in ${result.prices.region}: ${cost}.`,
    '# Review networking, authentication, encryption, monitoring and the Kafka version before applying.',
    '',
  ].join('\n');
}

/** Whole hours as log.retention.hours, anything finer as milliseconds (Kafka takes whole numbers). */
function retentionProperty(prefix: 'log' | 'log.local', hours: number): string {
  return Number.isInteger(hours) && prefix === 'log'
    ? `log.retention.hours = ${hours}`
    : `${prefix}.retention.ms = ${Math.round(hours * 3_600_000)}`;
}

/**
 * Broker defaults for the topics this scenario describes: replication factor, min.insync.replicas
 * = RF − 1 (at least 1; MSK best practices), retention, and with tiered storage the local retention
 * (log.local.retention.ms, KIP-405's broker default of a topic's local.retention.ms).
 */
function configuration(result: SizingResult, option: SizedOption, name: string): string {
  const s = result.scenario;
  const rf = option.deployment === 'msk-express' ? 3 : s.replicationFactor;
  const properties = [
    `default.replication.factor = ${rf}`,
    `min.insync.replicas = ${Math.max(1, rf - 1)}`,
    retentionProperty('log', s.retentionHours),
    ...(s.localRetentionHours < s.retentionHours ? [retentionProperty('log.local', s.localRetentionHours)] : []),
  ];
  return `
resource "aws_msk_configuration" "${name}" {
  name           = ${hclString(`${clusterName(s.name)}-config`.slice(0, 64))}
  kafka_versions = [var.kafka_version]
  server_properties = <<PROPERTIES
${properties.join('\n')}
PROPERTIES
}
`;
}

function provisionedCluster(result: SizingResult, option: SizedOption): string {
  const s = result.scenario;
  const name = terraformName(s.name);
  const isExpress = option.deployment === 'msk-express';
  const volume = Math.max(1, Math.ceil(option.storagePerBrokerGiB ?? 1));
  // The PST in force (fixed, or chosen by "auto"); MSK takes whole MiB/s, so a non-whole maximum rounds down.
  const pstThroughput = option.provisionedThroughputMiBps;
  const storage = isExpress
    ? ''
    : [
        '',
        '    storage_info {',
        '      ebs_storage_info {',
        `        volume_size = ${volume}`,
        ...(pstThroughput
          ? [
              '        provisioned_throughput {',
              '          enabled           = true',
              `          volume_throughput = ${Math.floor(pstThroughput)}`,
              '        }',
            ]
          : []),
        '      }',
        '    }',
      ].join('\n');
  return `${header(result, option)}${VARIABLES}${configuration(result, option, name)}
resource "aws_msk_cluster" "${name}" {
  cluster_name           = ${hclString(clusterName(s.name))}
  kafka_version          = var.kafka_version
  number_of_broker_nodes = ${option.brokers ?? 0}${!isExpress && s.localRetentionHours < s.retentionHours ? '\n  storage_mode           = "TIERED"' : ''}

  broker_node_group_info {
    instance_type   = ${hclString(option.instanceType)}
    client_subnets  = var.client_subnets
    security_groups = var.security_groups${storage}
  }

  configuration_info {
    arn      = aws_msk_configuration.${name}.arn
    revision = aws_msk_configuration.${name}.latest_revision
  }

  encryption_info {
    encryption_in_transit {
      client_broker = ${hclString(s.tlsInTransit ? 'TLS' : 'TLS_PLAINTEXT')}
      in_cluster    = true
    }
  }

  tags = {
    sized_by = "msk-sizer"
    scenario = ${hclString(s.name)}
  }
}
`;
}

function serverlessCluster(result: SizingResult, option: SizedOption): string {
  const s = result.scenario;
  return `${header(result, option)}${VARIABLES.replace(/variable "kafka_version"[\s\S]*$/, '')}
resource "aws_msk_serverless_cluster" "${terraformName(s.name)}" {
  cluster_name = ${hclString(clusterName(s.name))}

  vpc_config {
    subnet_ids         = var.client_subnets
    security_group_ids = var.security_groups
  }

  client_authentication {
    sasl {
      iam {
        enabled = true
      }
    }
  }

  tags = {
    sized_by = "msk-sizer"
    scenario = ${hclString(s.name)}
  }
}
`;
}

/**
 * SPEC §11: an `aws_msk_replicator` when MSK Replicator is the replication tool in use, from this
 * cluster to the target cluster (its ARN, subnets and security groups are variables: it lives in
 * the target region, where the Replicator is created). Active-active gets one per direction in AWS;
 * this file writes the direction from this cluster. Identical topic names keep names; otherwise the
 * target's topics are prefixed with the source cluster's alias. A copy of the retained data starts
 * from the earliest offset.
 */
function replicatorBlock(result: SizingResult, clusterArn: string): string {
  const r = result.replication;
  if (!r || r.chosenTool !== 'msk-replicator') return '';
  const s = result.scenario;
  const block = s.replication;
  const identical = block ? readFactorOf(block) > 1 : false;
  const earliest = block?.copyExistingData === true;
  return `
variable "replicator_role_arn" {
  description = "IAM role MSK Replicator assumes (MSK Developer Guide, MSK Replicator permissions)"
  type        = string
}

variable "target_cluster_arn" {
  description = ${hclString(`ARN of the target MSK cluster in ${r.targetRegion}`)}
  type        = string
}

variable "target_subnets" {
  description = "Subnets of the target cluster's VPC for the Replicator"
  type        = list(string)
}

variable "target_security_groups" {
  description = "Security groups for the Replicator in the target VPC"
  type        = list(string)
}

# MSK Replicator, created in the target region (${r.targetRegion}): use a provider for that region.
resource "aws_msk_replicator" ${hclString(`${terraformName(s.name)}_replicator`)} {
  replicator_name            = ${hclString(`${clusterName(s.name)}-replicator`.slice(0, 128))}
  description                = ${hclString(`${r.pattern} replication from ${r.sourceRegion} to ${r.targetRegion}, sized by MSK Sizer`)}
  service_execution_role_arn = var.replicator_role_arn

  kafka_cluster {
    amazon_msk_cluster {
      msk_cluster_arn = ${clusterArn}
    }
    vpc_config {
      subnet_ids          = var.client_subnets
      security_groups_ids = var.security_groups
    }
  }

  kafka_cluster {
    amazon_msk_cluster {
      msk_cluster_arn = var.target_cluster_arn
    }
    vpc_config {
      subnet_ids          = var.target_subnets
      security_groups_ids = var.target_security_groups
    }
  }

  replication_info_list {
    source_kafka_cluster_arn = ${clusterArn}
    target_kafka_cluster_arn = var.target_cluster_arn
    target_compression_type  = "NONE"

    topic_replication {
      topics_to_replicate = [".*"]
      starting_position {
        type = ${hclString(earliest ? 'EARLIEST' : 'LATEST')}
      }
      topic_name_configuration {
        type = ${hclString(identical ? 'IDENTICAL' : 'PREFIXED_WITH_SOURCE_CLUSTER_ALIAS')}
      }
    }

    consumer_group_replication {
      consumer_groups_to_replicate = [".*"]
    }
  }
}
`;
}

/**
 * SPEC §11: the other cluster of the setup, as a comment: it lives in another region (another
 * provider), so it is described for the reader to create there rather than written as a resource.
 */
function targetClusterNote(result: SizingResult): string {
  const r = result.replication;
  if (!r) return '';
  const t = r.target;
  const what = patternOf(r.pattern).targetRole;
  const size = t.instanceType === null ? 'no MSK option is available for it' : fleetText(t.brokers, t.instanceType, 'MSK Serverless');
  const cost = t.monthlyCostUsd === null ? '' : `, about $${t.monthlyCostUsd.total.toFixed(2)} per month`;
  return `
# The ${what} in ${r.targetRegion} (MSK Sizer's Replication and DR panel sizes it): ${size}${cost}.
# Create it with a provider for ${r.targetRegion}, like the cluster above but for its own workload.
`;
}

/** Terraform for an MSK option, or null for self-managed Kafka (no MSK resource describes it). */
export function toTerraform(result: SizingResult, optionId: string): string | null {
  const option = result.options.find((o) => o.id === optionId);
  if (!option) return null;
  if (option.deployment === 'self-managed' || (option.deployment !== 'msk-serverless' && option.brokers === null)) return null;
  const cluster = option.deployment === 'msk-serverless' ? serverlessCluster(result, option) : provisionedCluster(result, option);
  const resource = option.deployment === 'msk-serverless' ? 'aws_msk_serverless_cluster' : 'aws_msk_cluster';
  return `${cluster}${targetClusterNote(result)}${replicatorBlock(result, `${resource}.${terraformName(result.scenario.name)}.arn`)}`;
}
