/** Regressions found in review, each with the input that broke. */
import { parse } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, scenarioContextOf, sizeScenario } from '../../src/domain';
import { escapeMarkdown } from '../../src/report/to-markdown';
import { toTerraform } from '../../src/report/to-terraform';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';

describe('regressions', () => {
  it('keeps the provisioned-throughput block in Terraform when a 100 % discount makes its cost 0', async () => {
    const result = sizeScenario(makeScenario({ provisionedThroughputMiBps: 500, discountPct: 100 }), BUNDLED_PRICE_BOOK);
    const hcl = (await parse('main.tf', toTerraform(result, 'msk-standard:kafka.m5.4xlarge') ?? '')) as {
      resource: {
        aws_msk_cluster: Record<
          string,
          [
            {
              broker_node_group_info: [
                { storage_info: [{ ebs_storage_info: [{ provisioned_throughput: [{ volume_throughput: number }] }] }] },
              ];
            },
          ]
        >;
      };
    };
    const cluster = Object.values(hcl.resource.aws_msk_cluster)[0]?.[0];
    // min(500, 593.75) = 500 MiB/s (SPEC §4.3).
    expect(cluster?.broker_node_group_info[0].storage_info[0].ebs_storage_info[0].provisioned_throughput[0].volume_throughput).toBe(500);
  });

  it('turns a lone carriage return in Markdown text into a space (CommonMark treats it as a line break)', () => {
    expect(escapeMarkdown('a\rb')).toBe('a b');
  });

  it('reads a scenario file saved with a UTF-8 byte-order mark', () => {
    const parsed = parseScenarioText('\uFEFF{"partitions": 12}', scenarioContextOf(BUNDLED_PRICE_BOOK));
    expect(parsed.ok && parsed.value.partitions).toBe(12);
  });
});
