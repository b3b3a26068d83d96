/**
 * A Terraform starting point for an MSK option (AWS provider resources aws_msk_cluster with its
 * aws_msk_configuration, and aws_msk_serverless_cluster). Subnets, security groups and the Kafka
 * version are variables; the broker count, instance type, per-broker volume, provisioned throughput,
 * replication factor, min.insync.replicas and retention come from the scenario and its sizing.
 */
import type { SizedOption, SizingResult } from '../domain';

/** A Terraform identifier from free text: lower-case letters, digits, underscores; starts with a letter. */
export function terraformName(text: string): string {
  const cleaned = text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 48);
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
  const cleaned = text.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
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
  const cost = option.monthlyCostUsd ? `about ${option.monthlyCostUsd.total.toFixed(2)} USD/month at AWS list prices of ${result.prices.asOf}` : 'not priced';
  return [
    `# Terraform starting point from MSK Sizer for ${option.instanceType} in ${result.prices.region}: ${cost}.`,
    '# Review networking, authentication, encryption, monitoring and the Kafka version before applying.',
    '',
  ].join('\n');
}

/** Whole hours as log.retention.hours, anything finer as milliseconds (Kafka takes whole numbers). */
function retentionProperty(prefix: 'log' | 'log.local', hours: number): string {
  return Number.isInteger(hours) && prefix === 'log' ? `log.retention.hours = ${hours}` : `${prefix}.retention.ms = ${Math.round(hours * 3_600_000)}`;
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
  const storage = isExpress ? '' : [
    '',
    '    storage_info {',
    '      ebs_storage_info {',
    `        volume_size = ${volume}`,
    ...(pstThroughput ? ['        provisioned_throughput {', '          enabled           = true', `          volume_throughput = ${Math.floor(pstThroughput)}`, '        }'] : []),
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

/** Terraform for an MSK option, or null for self-managed Kafka (no MSK resource describes it). */
export function toTerraform(result: SizingResult, optionId: string): string | null {
  const option = result.options.find((o) => o.id === optionId);
  if (!option) return null;
  if (option.deployment === 'msk-serverless') return serverlessCluster(result, option);
  if (option.deployment === 'self-managed' || option.brokers === null) return null;
  return provisionedCluster(result, option);
}
