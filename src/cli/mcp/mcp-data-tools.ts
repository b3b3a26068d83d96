/** The MCP tools that read: import_workload (a cluster's files) and list_regions_and_prices. */
import { importWorkload } from '../../domain/import/import-workload';
import { currentNeedsCluster, describeValue, mergeImport, scenarioContextOf, type Scenario } from '../../domain';
import { answer, json, refused, type ToolAnswer } from './mcp-answers';
import { scenarioOf, scenarioProperty, unknownKeys, type ToolDefinition } from './mcp-tool-kit';

/** Import files: 1 to 10, each a name and its text (SPEC §13.3's limits). */
function filesOf(value: unknown): { files: { name: string; text: string }[] } | { error: ToolAnswer } {
  if (!Array.isArray(value) || value.length === 0 || value.length > 10)
    return { error: refused([{ field: 'files', message: 'must list 1 to 10 files, each {"name": "...", "text": "..."}' }]) };
  const files: { name: string; text: string }[] = [];
  for (const [i, f] of value.entries()) {
    const file = f as { name?: unknown; text?: unknown };
    if (f === null || typeof f !== 'object' || typeof file.name !== 'string' || typeof file.text !== 'string')
      return {
        error: refused([{ field: `files.${i}`, message: 'must be {"name": "...", "text": "..."} with the file’s content as text' }]),
      };
    files.push({ name: file.name, text: file.text });
  }
  return { files };
}

export const importWorkloadTool: ToolDefinition = {
  name: 'import_workload',
  title: 'Read a cluster’s metrics and configuration',
  description:
    'Reads what a running Kafka cluster says of itself (SPEC §13.3, by content): CloudWatch get-metric-data / get-metric-statistics / Metric Streams JSON, a Prometheus scrape of the JMX exporter, kafka-topics --describe, kafka-log-dirs --describe, aws kafka describe-cluster-v2, the migrate-to-MSK discovery file. Returns the scenario fields it sets with how each was derived, warnings and errors (file and line), and, given a scenario, that scenario with the patch applied.',
  inputSchema: {
    type: 'object',
    properties: {
      files: {
        type: 'array',
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          properties: { name: { type: 'string' }, text: { type: 'string' } },
          required: ['name', 'text'],
          additionalProperties: false,
        },
      },
      scrapeIntervalSeconds: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 86400,
        description: 'Seconds between two Prometheus scrapes without timestamps.',
      },
      scenario: { ...scenarioProperty(), description: 'A scenario to merge the imported fields into (optional).' },
    },
    required: ['files'],
    additionalProperties: false,
  },
  run: (args, ctx) => {
    const extra = unknownKeys(args, ['files', 'scrapeIntervalSeconds', 'scenario']);
    if (extra.length > 0) return refused(extra);
    const read = filesOf(args['files']);
    if ('error' in read) return read.error;
    const interval = args['scrapeIntervalSeconds'];
    if (interval !== undefined && (typeof interval !== 'number' || !(interval > 0) || interval > 86_400))
      return refused([
        { field: 'scrapeIntervalSeconds', message: `must be seconds above 0 and at most 86400 (got ${describeValue(interval)})` },
      ]);
    const result = importWorkload(read.files, typeof interval === 'number' ? { scrapeIntervalSeconds: interval } : {});
    let scenario: Scenario | null = null;
    const warnings = [...result.warnings];
    if (args['scenario'] !== undefined && result.errors.length === 0) {
      const base = scenarioOf(args['scenario'], ctx, 'scenario.');
      if (!base.ok) return base.answer;
      const merged = mergeImport(
        base.scenario,
        result.scenarioPatch,
        scenarioContextOf(ctx.priceBook),
        read.files.map((f) => f.name).join(', '),
      );
      if (!merged.ok) return refused(merged.errors.map((e) => ({ field: `scenario.${e.field}`, message: e.message })));
      scenario = merged.value;
      // As on the page: metrics of the cluster today need the cluster (what it runs on) to apply to.
      if (currentNeedsCluster(base.scenario, result.scenarioPatch))
        warnings.push({
          code: 'current-needs-cluster',
          file: read.files.map((f) => f.name).join(', '),
          field: 'current',
          message:
            'The metrics of the cluster today (CPU, disk, partition replicas) are not applied: give the scenario a current block (deployment, instanceType, brokers) first, or import its describe-cluster-v2 output with them.',
        });
    }
    const body = json({ ...result, warnings, ...(scenario ? { scenario } : {}) });
    if (result.errors.length > 0)
      return {
        isError: true,
        texts: [
          `The files could not be read:\n${result.errors.map((e) => `- ${e.file}${e.line === undefined ? '' : `:${e.line}`}: ${e.message}`).join('\n')}`,
          body,
        ],
      };
    const lines = result.derivations.map((d) => `- ${d.field} = ${String(d.value)}: ${d.method} (${d.from})`);
    return answer(
      [
        `Imported ${lines.length} ${lines.length === 1 ? 'field' : 'fields'}:`,
        ...lines,
        ...warnings.map((w) => `- warning: ${w.message}`),
      ].join('\n'),
      body,
    );
  },
};

export const listRegionsTool: ToolDefinition = {
  name: 'list_regions_and_prices',
  title: 'Regions, prices, their date and sources',
  description:
    'The AWS regions MSK Sizer prices, with the price date and each source’s citation; given a region code, that region’s prices (USD, on-demand list prices: MSK brokers per hour, storage, Express, Serverless, EC2, EBS, data transfer, Kinesis).',
  inputSchema: {
    type: 'object',
    properties: { region: { type: 'string', description: 'A region code, e.g. "eu-west-1".' } },
    additionalProperties: false,
  },
  run: (args, ctx) => {
    const extra = unknownKeys(args, ['region']);
    if (extra.length > 0) return refused(extra);
    const book = ctx.priceBook;
    const about = { asOf: book.asOf, asOfDetail: book.asOfDetail, sources: book.sources, priceList: book.priceList ?? [] };
    const region = args['region'];
    if (region === undefined) {
      const regions = Object.values(book.regions).map((r) => ({ code: r.code, name: r.name }));
      return answer(
        `${regions.length} regions, AWS list prices as of ${book.asOf}:\n${regions.map((r) => `- ${r.code}: ${r.name}`).join('\n')}`,
        json({ ...about, regions }),
      );
    }
    const prices = typeof region === 'string' ? book.regions[region] : undefined;
    if (!prices)
      return refused([
        { field: 'region', message: `must be one of ${Object.keys(book.regions).join(', ')} (got ${describeValue(region)})` },
      ]);
    const kinesis = book.kinesis?.regions[prices.code] ?? null;
    return answer(`${prices.code} (${prices.name}), AWS list prices as of ${book.asOf}.`, json({ ...about, region: prices, kinesis }));
  },
};
