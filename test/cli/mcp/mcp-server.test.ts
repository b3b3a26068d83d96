/**
 * The MCP server over stdio, driven by the official SDK's client as an assistant drives it: the tools
 * it lists, each called with a valid and an invalid input, and its answers checked against the CLI's
 * JSON for the same input (the same engine, prices and words).
 */
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInMemory } from '../../support/run-cli-in-memory';

type Answer = { isError?: boolean; content: { type: string; text: string }[] };

let client: Client;

beforeAll(async () => {
  client = new Client({ name: 'msk-sizer-test', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: 'node_modules/.bin/tsx', args: ['src/cli/mcp/mcp-main.ts'], stderr: 'pipe' }));
}, 60_000);

afterAll(async () => {
  await client.close();
});

async function call(name: string, args: Record<string, unknown>): Promise<Answer> {
  return (await client.callTool({ name, arguments: args })) as Answer;
}

/** The CLI's JSON for a scenario file's text (`size --format json`). */
function cliJson(scenario: unknown): unknown {
  const { status, stdout } = runCliInMemory(['size', 's.json', '--format', 'json'], { 's.json': JSON.stringify(scenario) });
  expect(status).toBe(0);
  return JSON.parse(stdout);
}

const WORKLOAD = {
  name: 'Orders',
  avgIngressMiBps: 50,
  peakIngressMiBps: 100,
  avgEgressMiBps: 100,
  peakEgressMiBps: 200,
  retentionHours: 72,
};
const CURRENT = {
  deployment: 'msk-standard',
  instanceType: 'kafka.m7g.xlarge',
  brokers: 9,
  volumeGiBPerBroker: 2000,
  observed: { cpuPeakPct: 24 },
};

describe('the MCP server', () => {
  it('lists its six read-only tools, each with a JSON Schema of its input', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual([
      'size_scenario',
      'compare_options',
      'import_workload',
      'right_size',
      'explain_option',
      'list_regions_and_prices',
    ]);
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.annotations?.readOnlyHint).toBe(true);
      expect(tool.description?.length ?? 0).toBeGreaterThan(40);
    }
    // size_scenario's input is the scenario itself: its schema is the scenario's, field by field.
    const size = tools.find((t) => t.name === 'size_scenario');
    const peak = (size?.inputSchema.properties as Record<string, { title?: string; minimum?: number; exclusiveMinimum?: number }>)[
      'peakIngressMiBps'
    ];
    expect(peak).toMatchObject({ title: 'Peak ingress', exclusiveMinimum: 0 });
  });

  it('size_scenario answers with a Markdown summary and the CLI’s result JSON for the same scenario', async () => {
    const answer = await call('size_scenario', WORKLOAD);
    expect(answer.isError).toBeFalsy();
    expect(answer.content[0]?.text).toContain('# MSK sizing: Orders');
    expect(answer.content[0]?.text).toContain('**Recommendation:**');
    expect(JSON.parse(answer.content[1]?.text ?? 'null')).toEqual(cliJson(WORKLOAD));
  });

  it('size_scenario refuses a bad value as a tool error naming the field, as a scenario file is told', async () => {
    const answer = await call('size_scenario', { ...WORKLOAD, peakIngressMiBps: -5 });
    expect(answer.isError).toBe(true);
    const { stderr, status } = runCliInMemory(['size', 's.json'], { 's.json': JSON.stringify({ ...WORKLOAD, peakIngressMiBps: -5 }) });
    expect(status).toBe(1);
    // The CLI says "s.json: <message>"; the tool gives the same message under its field.
    const message = stderr.trim().replace(/^s\.json: /, '');
    expect(JSON.parse(answer.content[1]?.text ?? '{}')).toEqual({ errors: [{ field: 'peakIngressMiBps', message }] });
    expect(answer.content[0]?.text).toContain(message);
  });

  it('compare_options puts two options side by side, and refuses an option the scenario does not have', async () => {
    const answer = await call('compare_options', {
      scenario: WORKLOAD,
      left: 'msk-standard:kafka.m5.large',
      right: 'msk-standard:kafka.m7g.large',
    });
    expect(answer.isError).toBeFalsy();
    const body = JSON.parse(answer.content[1]?.text ?? '{}') as {
      left: string;
      right: string;
      rows: { label: string; left: number; right: number; difference: number }[];
    };
    const options = (cliJson(WORKLOAD) as { options: { id: string; brokers: number; monthlyCostUsd: { total: number } }[] }).options;
    const m5 = options.find((o) => o.id === 'msk-standard:kafka.m5.large');
    const m7g = options.find((o) => o.id === 'msk-standard:kafka.m7g.large');
    const total = body.rows.find((r) => r.label === 'Total (USD/month)');
    expect(total).toMatchObject({ left: m5?.monthlyCostUsd.total, right: m7g?.monthlyCostUsd.total });
    expect(total?.difference).toBeCloseTo((m7g?.monthlyCostUsd.total ?? 0) - (m5?.monthlyCostUsd.total ?? 0), 6);
    const bad = await call('compare_options', { scenario: WORKLOAD, left: 'msk-standard:kafka.m9.huge' });
    expect(bad.isError).toBe(true);
    expect(bad.content[0]?.text).toContain('left: must be an option id of this scenario');
  });

  it('import_workload reads files as the CLI’s import does, and names the file of an error', async () => {
    const topics = readFileSync('test/fixtures/import/kafka-topics-describe.kafka37plus.txt', 'utf8');
    const answer = await call('import_workload', { files: [{ name: 'topics.txt', text: topics }] });
    expect(answer.isError).toBeFalsy();
    const { stdout } = runCliInMemory(['import', 'topics.txt', '--format', 'json'], { 'topics.txt': topics });
    expect(JSON.parse(answer.content[1]?.text ?? 'null')).toEqual(JSON.parse(stdout));
    const bad = await call('import_workload', { files: [{ name: 'notes.txt', text: 'nothing Kafka said' }] });
    expect(bad.isError).toBe(true);
    expect(bad.content[0]?.text).toContain('notes.txt');
    const shape = await call('import_workload', { files: 'topics.txt' });
    expect(shape.isError).toBe(true);
    expect(shape.content[0]?.text).toContain('files: must list 1 to 10 files');
  });

  it('right_size gives the CLI’s current cluster for a scenario with one, and says what it needs without', async () => {
    const scenario = { ...WORKLOAD, current: CURRENT };
    const answer = await call('right_size', scenario);
    expect(answer.isError).toBeFalsy();
    expect(JSON.parse(answer.content[1]?.text ?? 'null')).toEqual((cliJson(scenario) as { current: unknown }).current);
    expect(answer.content[0]?.text).toContain('You run 9 × kafka.m7g.xlarge');
    const without = await call('right_size', WORKLOAD);
    expect(without.isError).toBe(true);
    expect(without.content[0]?.text).toContain('current: right_size needs a current block');
  });

  it('explain_option says why the recommendation needs its brokers, constraint by constraint', async () => {
    const answer = await call('explain_option', { scenario: WORKLOAD });
    expect(answer.isError).toBeFalsy();
    const result = cliJson(WORKLOAD) as {
      recommendations: { overall: string };
      options: { id: string; brokers: number; constraints: unknown[] }[];
    };
    const overall = result.options.find((o) => o.id === result.recommendations.overall);
    expect(JSON.parse(answer.content[1]?.text ?? 'null')).toEqual(overall);
    expect(answer.content[0]?.text).toContain(`${overall?.brokers ?? 0} brokers`);
    expect(answer.content[0]?.text.match(/^- .+→.+brokers$/gm)).toHaveLength(overall?.constraints.length ?? -1);
    const bad = await call('explain_option', { scenario: WORKLOAD, optionId: 'nope' });
    expect(bad.isError).toBe(true);
    expect(bad.content[0]?.text).toContain('optionId: must be an option id');
  });

  it('list_regions_and_prices gives the 35 regions with the price date, and one region’s prices', async () => {
    const all = await call('list_regions_and_prices', {});
    const body = JSON.parse(all.content[1]?.text ?? '{}') as { asOf: string; regions: unknown[]; sources: unknown[] };
    expect(body.asOf).toBe('2025-04-04');
    expect(body.regions).toHaveLength(35);
    expect(body.sources.length).toBeGreaterThan(5);
    const one = await call('list_regions_and_prices', { region: 'eu-west-1' });
    const region = JSON.parse(one.content[1]?.text ?? '{}') as { region: { code: string; name: string } };
    expect(region.region).toMatchObject({ code: 'eu-west-1', name: 'EU (Ireland)' });
    const bad = await call('list_regions_and_prices', { region: 'mars-1' });
    expect(bad.isError).toBe(true);
    expect(bad.content[0]?.text).toContain('region: must be one of us-east-1');
  });

  it('answers an unknown tool or arguments of the wrong shape with a tool error, and keeps serving', async () => {
    const unknown = await call('delete_everything', {});
    expect(unknown.isError).toBe(true);
    const extra = await call('explain_option', { scenario: WORKLOAD, verbose: true });
    expect(extra.isError).toBe(true);
    expect(extra.content[0]?.text).toContain('verbose: is not an input of this tool');
    const still = await call('list_regions_and_prices', {});
    expect(still.isError).toBeFalsy();
  });

  it('needs the scenario where a tool takes one beside other inputs: no defaults in its place', async () => {
    for (const args of [{}, { scenario: null }]) {
      const answer = await call('explain_option', args);
      expect(answer.isError).toBe(true);
      expect(answer.content[0]?.text).toContain('scenario: is required');
    }
    const notAnObject = await call('compare_options', { scenario: 'orders' });
    expect(notAnObject.isError).toBe(true);
    expect(JSON.parse(notAnObject.content[1]?.text ?? '{}')).toMatchObject({ errors: [{ field: 'scenario' }] });
  });

  it('refuses to compare an option with itself, and answers a flood of unknown keys briefly', async () => {
    const same = await call('compare_options', {
      scenario: WORKLOAD,
      left: 'msk-standard:kafka.m5.large',
      right: 'msk-standard:kafka.m5.large',
    });
    expect(same.isError).toBe(true);
    expect(same.content[0]?.text).toContain('right: must differ from left');
    const flood = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`key${i}`, i]));
    const answer = await call('list_regions_and_prices', flood);
    expect(answer.isError).toBe(true);
    expect(answer.content[0]?.text).toContain('and 995 more keys it does not take');
    expect(answer.content[0]?.text.length).toBeLessThan(1000);
    // A huge value is named shortened, never echoed whole.
    const huge = await call('explain_option', { scenario: WORKLOAD, optionId: 'x'.repeat(1_000_000) });
    expect(huge.isError).toBe(true);
    expect(huge.content[0]?.text).toContain('(got "xxxx');
    expect(huge.content[0]?.text.length).toBeLessThan(5000);
  });

  it('warns, as the page does, when imported metrics of the cluster today have no current cluster to apply to', async () => {
    // kafka-topics gives partition replicas and CloudWatch the period: metrics of the cluster today (current.observed).
    const files = ['kafka-topics-describe.kafka28-36.txt', 'cloudwatch-get-metric-data.msk.json'].map((name) => ({
      name,
      text: readFileSync(`test/fixtures/import/${name}`, 'utf8'),
    }));
    const answer = await call('import_workload', { files, scenario: WORKLOAD });
    const body = JSON.parse(answer.content[1]?.text ?? '{}') as { warnings: { code: string }[]; scenario: { current: unknown } };
    expect(body.scenario.current).toBeNull();
    expect(body.warnings.map((w) => w.code)).toContain('current-needs-cluster');
    expect(answer.content[0]?.text).toContain('warning: The metrics of the cluster today (CPU, disk, partition replicas) are not applied');
    // With a current cluster to apply to, they apply and nothing warns.
    const applied = await call('import_workload', { files, scenario: { ...WORKLOAD, current: CURRENT } });
    const merged = JSON.parse(applied.content[1]?.text ?? '{}') as {
      warnings: { code: string }[];
      scenario: { current: { observed: { partitionReplicas: number } } };
    };
    expect(merged.scenario.current.observed.partitionReplicas).toBe(1301);
    expect(merged.warnings.map((w) => w.code)).not.toContain('current-needs-cluster');
  });
});
