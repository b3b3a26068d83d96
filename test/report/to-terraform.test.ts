/**
 * Terraform starting points, parsed back with hcl2json (HashiCorp's HCL parser) to prove they are
 * well formed. Expected figures are worked by hand from SPEC §3–§5 (model v2) for the SPEC §2 default
 * scenario (I = 20, Ip = 40, O = 40, Op = 80 MiB/s, RF 3, 3 AZs, 168 h, TLS on with factor 1.0,
 * utilisation 0.5, PST "auto"):
 *   local storage provisioned = 20 × 168 × 3600 × 3 / 1024 / 0.5 = 70,875 GiB → B(70,875, 16,384) = 6 brokers on every Standard size
 *   kafka.m5.4xlarge (EBS 593.75, NIC 640 MiB/s, PST up to 593): storage throughput min(593.75, 250) ÷ 6.5 × 0.5 = 19.23 MiB/s
 *     → B(40, 19.23) = 3, network 640 ÷ 8.7 × 0.5 = 36.78 → 3, partitions B(900, 4000) = 3: storage decides, 6 brokers;
 *     PST cannot go below 6, so "auto" leaves it off
 *   per-broker volume = 70,875 / 6 = 11,812.5 GiB → volume_size = 11,813
 *   express.m7g.large: ingress cap 15.625 × 0.75 = 11.72 → B(40, 11.72) = 6 brokers (egress 15.625 × 2 = 31.25 → B(80, 31.25) = 3)
 */
import { parse } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import type { SizingResult } from '../../src/domain';
import { hclString, terraformName, toTerraform } from '../../src/report/to-terraform';
import { sizeWith } from '../support/factories';

/** The Terraform of an option; fails the test when there is none. */
function terraformOf(result: SizingResult, optionId: string): string {
  const text = toTerraform(result, optionId);
  if (text === null) throw new Error(`no Terraform for ${optionId}`);
  return text;
}

/** A JSON object from hcl2json; fails the test when the value is not one. */
function objectAt(value: unknown, ...path: (string | number)[]): Record<string, unknown> {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') throw new Error(`no ${String(key)} in ${JSON.stringify(current)}`);
    current = (current as Record<string | number, unknown>)[key];
  }
  if (current === null || typeof current !== 'object' || Array.isArray(current)) throw new Error(`not an object at ${path.join('.')}`);
  return current as Record<string, unknown>;
}

/** The one block of `type` named `name` in hcl2json's output (blocks come as one-element arrays). */
async function resourceOf(text: string, type: string): Promise<Record<string, unknown>> {
  const json = await parse('main.tf', text);
  const byName = objectAt(json, 'resource', type);
  const names = Object.keys(byName);
  expect(names).toHaveLength(1);
  return objectAt(byName, names[0] ?? '', 0);
}

/**
 * A string from hcl2json as Terraform reads it: in Terraform's JSON syntax a string is a template,
 * where "$${" and "%%{" stand for a literal "${" and "%{". A live "${" or "%{" (an interpolation or
 * directive) gives null: the name would have been evaluated, not kept.
 */
function literalTemplateText(template: string): string | null {
  let out = '';
  for (let i = 0; i < template.length; i += 1) {
    const ch = template[i] ?? '';
    const next = template[i + 1];
    if ((ch === '$' || ch === '%') && next === ch && template[i + 2] === '{') {
      out += `${ch}{`;
      i += 2;
    } else if ((ch === '$' || ch === '%') && next === '{') {
      return null;
    } else {
      out += ch;
    }
  }
  return out;
}

const STANDARD = 'msk-standard:kafka.m5.4xlarge';
const EXPRESS = 'msk-express:express.m7g.large';
const SERVERLESS = 'msk-serverless:serverless';

describe('Terraform for MSK Standard', () => {
  const result = sizeWith({ name: 'Orders' });

  it('parses as HCL into one aws_msk_cluster with the sized broker count and instance type', async () => {
    const cluster = await resourceOf(terraformOf(result, STANDARD), 'aws_msk_cluster');
    expect(cluster['number_of_broker_nodes']).toBe(6);
    expect(cluster['cluster_name']).toBe('orders');
    expect(cluster['kafka_version']).toBe('${var.kafka_version}');
    const group = objectAt(cluster, 'broker_node_group_info', 0);
    expect(group['instance_type']).toBe('kafka.m5.4xlarge');
    expect(objectAt(cluster, 'tags')).toEqual({ sized_by: 'msk-sizer', scenario: 'Orders' });
  });

  it('gives each broker a volume of the per-broker storage rounded up to a whole GiB', async () => {
    const cluster = await resourceOf(terraformOf(result, STANDARD), 'aws_msk_cluster');
    const ebs = objectAt(cluster, 'broker_node_group_info', 0, 'storage_info', 0, 'ebs_storage_info', 0);
    // 70,875 GiB / 6 brokers = 11,812.5 GiB → 11,813
    expect(ebs['volume_size']).toBe(11_813);
    expect(ebs['provisioned_throughput']).toBeUndefined();
  });

  it('asks for TLS between clients and brokers when the scenario has it, plaintext allowed when not', async () => {
    const tls = await resourceOf(terraformOf(result, STANDARD), 'aws_msk_cluster');
    expect(objectAt(tls, 'encryption_info', 0, 'encryption_in_transit', 0)['client_broker']).toBe('TLS');
    const plain = await resourceOf(terraformOf(sizeWith({ tlsInTransit: false }), STANDARD), 'aws_msk_cluster');
    expect(objectAt(plain, 'encryption_info', 0, 'encryption_in_transit', 0)['client_broker']).toBe('TLS_PLAINTEXT');
  });
});

describe('Terraform provisioned storage throughput', () => {
  async function ebsOf(overrides: Record<string, unknown>, optionId: string): Promise<Record<string, unknown>> {
    const cluster = await resourceOf(terraformOf(sizeWith(overrides), optionId), 'aws_msk_cluster');
    return objectAt(cluster, 'broker_node_group_info', 0, 'storage_info', 0, 'ebs_storage_info', 0);
  }

  it('provisions 500 MiB/s on kafka.m5.4xlarge when the scenario asks for 500 (below its 593.75 MiB/s EBS limit)', async () => {
    const ebs = await ebsOf({ provisionedThroughputMiBps: 500 }, STANDARD);
    expect(objectAt(ebs, 'provisioned_throughput', 0)).toEqual({ enabled: true, volume_throughput: 500 });
  });

  it("caps 1000 MiB/s at kafka.m5.4xlarge's PST maximum of 593 MiB/s (MSK docs)", async () => {
    const ebs = await ebsOf({ provisionedThroughputMiBps: 1000 }, STANDARD);
    expect(objectAt(ebs, 'provisioned_throughput', 0)).toEqual({ enabled: true, volume_throughput: 593 });
  });

  it('provisions throughput on kafka.m7g.2xlarge, which the docs allow (SPEC §10.3)', async () => {
    const ebs = await ebsOf({ provisionedThroughputMiBps: 300 }, 'msk-standard:kafka.m7g.2xlarge');
    expect(objectAt(ebs, 'provisioned_throughput', 0)).toEqual({ enabled: true, volume_throughput: 300 });
  });

  it('leaves it out on sizes that are not eligible (below kafka.m5.4xlarge and kafka.m7g.2xlarge)', async () => {
    for (const id of ['msk-standard:kafka.m5.2xlarge', 'msk-standard:kafka.m7g.xlarge', 'msk-standard:kafka.t3.small']) {
      const ebs = await ebsOf({ provisionedThroughputMiBps: 500 }, id);
      expect(ebs['provisioned_throughput']).toBeUndefined();
      expect(typeof ebs['volume_size']).toBe('number');
    }
  });
});

describe('Terraform for MSK Express', () => {
  it('parses into an aws_msk_cluster with the Express size and broker count and no storage block (storage is managed)', async () => {
    const result = sizeWith({ name: 'Orders', provisionedThroughputMiBps: 500 });
    const cluster = await resourceOf(terraformOf(result, EXPRESS), 'aws_msk_cluster');
    expect(cluster['number_of_broker_nodes']).toBe(6);
    const group = objectAt(cluster, 'broker_node_group_info', 0);
    expect(group['instance_type']).toBe('express.m7g.large');
    expect(group['storage_info']).toBeUndefined();
  });
});

describe('Terraform for MSK Serverless', () => {
  it('parses into one aws_msk_serverless_cluster with IAM authentication and no broker settings', async () => {
    const text = terraformOf(sizeWith({ name: 'Orders' }), SERVERLESS);
    const json = await parse('main.tf', text);
    expect(Object.keys(objectAt(json, 'resource'))).toEqual(['aws_msk_serverless_cluster']);
    const cluster = await resourceOf(text, 'aws_msk_serverless_cluster');
    expect(cluster['cluster_name']).toBe('orders');
    expect(cluster['number_of_broker_nodes']).toBeUndefined();
    expect(objectAt(cluster, 'client_authentication', 0, 'sasl', 0, 'iam', 0)['enabled']).toBe(true);
    expect(objectAt(cluster, 'vpc_config', 0)).toEqual({
      subnet_ids: '${var.client_subnets}',
      security_group_ids: '${var.security_groups}',
    });
    expect(Object.keys(objectAt(json, 'variable')).sort()).toEqual(['client_subnets', 'security_groups']);
  });
});

describe('Terraform for options it cannot describe', () => {
  it('returns null for self-managed Kafka on EC2 and for an unknown option', () => {
    const result = sizeWith();
    expect(toTerraform(result, 'self-managed:m5.large')).toBeNull();
    expect(toTerraform(result, 'self-managed:m7g.xlarge')).toBeNull();
    expect(toTerraform(result, 'msk-standard:kafka.x9.huge')).toBeNull();
  });

  it('returns null for Express on 2 AZs, which has no broker count (SPEC §5)', () => {
    expect(toTerraform(sizeWith({ availabilityZones: 2 }), EXPRESS)).toBeNull();
  });
});

describe('Terraform with a hostile scenario name', () => {
  const names = [
    'He said "hi"',
    'back\\slash and \\" and \\n',
    'interpolate ${var.secret} and ${file("/etc/passwd")}',
    'directive %{ if true }x%{ endif }',
    'already escaped $${x} and %%{y}',
    'dollar at the end $',
    'line one\nline two\r\nline three\ttabbed',
    '} ] ) # // /* "',
  ];

  it.each(names)('still parses for %j and the scenario tag reads back exactly, as literal text', async (name) => {
    const result = sizeWith({ name });
    for (const id of [STANDARD, EXPRESS]) {
      const cluster = await resourceOf(terraformOf(result, id), 'aws_msk_cluster');
      const tag = objectAt(cluster, 'tags')['scenario'];
      expect(typeof tag).toBe('string');
      expect(literalTemplateText(String(tag))).toBe(name);
      expect(String(cluster['cluster_name'])).toMatch(/^[a-z][a-z0-9-]{0,63}$/);
    }
    const serverless = await resourceOf(terraformOf(result, SERVERLESS), 'aws_msk_serverless_cluster');
    expect(literalTemplateText(String(objectAt(serverless, 'tags')['scenario']))).toBe(name);
  });
});

describe('HCL helpers', () => {
  it('quotes and escapes strings for HCL', () => {
    expect(hclString('plain')).toBe('"plain"');
    expect(hclString('a"b')).toBe('"a\\"b"');
    expect(hclString('a\\b')).toBe('"a\\\\b"');
    expect(hclString('a\nb')).toBe('"a\\nb"');
    expect(hclString('${x}')).toBe('"$${x}"');
    expect(hclString('%{x}')).toBe('"%%{x}"');
  });

  it('makes Terraform identifiers that start with a letter', () => {
    expect(terraformName('Orders / EU (prod)')).toBe('orders_eu_prod');
    expect(terraformName('2026 orders')).toBe('msk_2026_orders');
    expect(terraformName('')).toBe('msk_cluster');
    expect(terraformName('!!!')).toBe('msk_cluster');
    expect(terraformName('x'.repeat(100))).toHaveLength(48);
  });
});

describe('Terraform broker configuration (aws_msk_configuration)', () => {
  function propertiesOf(config: Record<string, unknown>): Record<string, string> {
    const text = String(config['server_properties']);
    return Object.fromEntries(
      text
        .trim()
        .split('\n')
        .map((line) => line.split(' = ') as [string, string]),
    );
  }

  it('sets the replication factor, min.insync.replicas = RF − 1 and the retention, and the cluster uses it', async () => {
    const tf = terraformOf(sizeWith({ name: 'Orders' }), STANDARD); // SPEC §2 defaults: RF 3, 168 h
    const config = await resourceOf(tf, 'aws_msk_configuration');
    expect(propertiesOf(config)).toEqual({ 'default.replication.factor': '3', 'min.insync.replicas': '2', 'log.retention.hours': '168' });
    expect(config['kafka_versions']).toEqual(['${var.kafka_version}']);
    const cluster = await resourceOf(tf, 'aws_msk_cluster');
    expect(objectAt(cluster, 'configuration_info', 0)['arn']).toBe('${aws_msk_configuration.orders.arn}');
    expect(cluster['storage_mode']).toBeUndefined();
  });

  it('keeps min.insync.replicas at least 1 with RF 2 and 1', async () => {
    expect(
      propertiesOf(await resourceOf(terraformOf(sizeWith({ replicationFactor: 2 }), STANDARD), 'aws_msk_configuration'))[
        'min.insync.replicas'
      ],
    ).toBe('1');
    expect(
      propertiesOf(await resourceOf(terraformOf(sizeWith({ replicationFactor: 1 }), STANDARD), 'aws_msk_configuration'))[
        'min.insync.replicas'
      ],
    ).toBe('1');
  });

  it('turns on tiered storage with the local retention in milliseconds when local retention is shorter', async () => {
    // 72 h local = 72 × 3,600,000 ms = 259,200,000 ms; 720 h in total.
    const tf = terraformOf(sizeWith({ retentionHours: 720, localRetentionHours: 72 }), STANDARD);
    const properties = propertiesOf(await resourceOf(tf, 'aws_msk_configuration'));
    expect(properties['log.retention.hours']).toBe('720');
    expect(properties['log.local.retention.ms']).toBe('259200000');
    expect((await resourceOf(tf, 'aws_msk_cluster'))['storage_mode']).toBe('TIERED');
  });

  it('writes a retention that is not whole hours in milliseconds (36.5 h = 131,400,000 ms)', async () => {
    const properties = propertiesOf(await resourceOf(terraformOf(sizeWith({ retentionHours: 36.5 }), STANDARD), 'aws_msk_configuration'));
    expect(properties['log.retention.ms']).toBe('131400000');
  });

  it('uses RF 3 and min.insync.replicas 2 for Express, whatever the scenario says', async () => {
    const properties = propertiesOf(await resourceOf(terraformOf(sizeWith({ replicationFactor: 2 }), EXPRESS), 'aws_msk_configuration'));
    expect([properties['default.replication.factor'], properties['min.insync.replicas']]).toEqual(['3', '2']);
  });

  it('adds an aws_msk_replicator when MSK Replicator is the replication tool in use (SPEC §11), and none otherwise', async () => {
    const dr = { replication: { pattern: 'active-passive', targetRegion: 'us-west-2', tool: 'msk-replicator' } };
    const result = sizeWith(dr);
    const text = terraformOf(result, result.recommendations.overall ?? '');
    const replicator = await resourceOf(text, 'aws_msk_replicator');
    const info = objectAt(replicator, 'replication_info_list', 0);
    const topics = objectAt(info, 'topic_replication', 0);
    // A standby starts from the latest offset and prefixes topic names with the source alias (the block's defaults).
    expect(objectAt(topics, 'starting_position', 0)['type']).toBe('LATEST');
    expect(objectAt(topics, 'topic_name_configuration', 0)['type']).toBe('PREFIXED_WITH_SOURCE_CLUSTER_ALIAS');
    expect(info['target_kafka_cluster_arn']).toBe('${var.target_cluster_arn}');
    // A migration copies the retained data: the earliest offset.
    const migration = sizeWith({ replication: { pattern: 'migration', targetRegion: 'us-east-1', tool: 'msk-replicator' } });
    const migrated = objectAt(
      await resourceOf(terraformOf(migration, migration.recommendations.overall ?? ''), 'aws_msk_replicator'),
      'replication_info_list',
      0,
      'topic_replication',
      0,
    );
    expect(objectAt(migrated, 'starting_position', 0)['type']).toBe('EARLIEST');
    // MirrorMaker 2 in use: no Replicator resource.
    const mm2 = sizeWith({ replication: { pattern: 'active-passive', targetRegion: 'us-west-2', tool: 'mm2-ec2' } });
    expect(terraformOf(mm2, mm2.recommendations.overall ?? '')).not.toContain('aws_msk_replicator');
  });

  it("describes the other cluster of the setup in a comment: its region, size and monthly cost (it needs that region's provider)", () => {
    const result = sizeWith({ replication: { pattern: 'active-passive', targetRegion: 'us-west-2' } });
    const target = result.replication?.target;
    const text = terraformOf(result, result.recommendations.overall ?? '');
    expect(text).toContain(
      `# The DR standby in us-west-2 (MSK Sizer's Replication and DR panel sizes it): ${target?.brokers} × ${target?.instanceType}, about $${target?.monthlyCostUsd?.total.toFixed(2)} per month.`,
    );
    expect(terraformOf(sizeWith({}), sizeWith({}).recommendations.overall ?? '')).not.toContain('# The ');
  });
});
