/**
 * The MCP server's tools (issue: agents and pipelines), over the same engine, prices and report words
 * as the page and the CLI. Read-only: no tool writes a file or reaches the network. Every input is
 * validated with the scenario's zod schema (published as JSON Schema); every failure is a tool
 * error naming the field, never a crash.
 */
import { BUNDLED_PRICE_BOOK } from '../../data/bundled-prices';
import { importWorkload } from '../../domain/import/import-workload';
import {
  currentNeedsCluster,
  describeValue,
  mergeImport,
  parseScenario,
  scenarioContextOf,
  scenarioJsonSchema,
  sizeScenario,
  withRanges,
  type PriceBook,
  type Scenario,
  type SizingResult,
} from '../../domain';
import { buildComparison, differingRows } from '../../report/comparison';
import { buildCurrentReport } from '../../report/current-report';
import { bottleneckNote, constraintExplanation, provisionedThroughputNote, roundingZones } from '../../report/derivation-text';
import { formatUsd } from '../../report/format';
import { CONSTRAINT_LABELS, COST_LINE_LABELS, optionLabel } from '../../report/labels';
import { buildReport } from '../../report/report-model';
import { toMarkdown } from '../../report/to-markdown';
import { answer, json, refused, type ToolAnswer } from './mcp-answers';

export interface ToolContext {
  readonly priceBook: PriceBook;
  readonly today: string;
}

export interface ToolDefinition {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly inputSchema: Record<string, unknown>;
  readonly run: (args: Record<string, unknown>, ctx: ToolContext) => ToolAnswer;
}

/** The scenario's JSON Schema without its document keys, to embed as a property. */
const SCENARIO_PROPERTY: Record<string, unknown> = Object.fromEntries(
  Object.entries(scenarioJsonSchema(Object.keys(BUNDLED_PRICE_BOOK.regions))).filter(([key]) => key !== '$schema' && key !== '$id'),
);
const scenarioProperty = () => SCENARIO_PROPERTY;

const withScenario = (properties: Record<string, unknown>, required: readonly string[] = []) => ({
  type: 'object',
  properties: { scenario: scenarioProperty(), ...properties },
  required: ['scenario', ...required],
  additionalProperties: false,
});

type Parsed = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly answer: ToolAnswer };

/** The scenario at `args.scenario` (or the arguments themselves), parsed as a scenario file is; errors prefixed with `prefix`. */
function scenarioOf(input: unknown, ctx: ToolContext, prefix: string): Parsed {
  // A tool that takes {scenario, …} needs it: defaults in its place would answer a question nobody asked.
  if (prefix !== '' && (input === undefined || input === null))
    return {
      ok: false,
      answer: refused([{ field: 'scenario', message: 'is required: the workload as a scenario object ({} for every default)' }]),
    };
  const parsed = parseScenario(input ?? {}, scenarioContextOf(ctx.priceBook));
  if (parsed.ok) return { ok: true, scenario: parsed.value };
  // "(scenario)" names the scenario as a whole (not an object): under a key it is that key.
  const field = (f: string) => (f.startsWith('(') ? prefix.slice(0, -1) || f : `${prefix}${f}`);
  return { ok: false, answer: refused(parsed.errors.map((e) => ({ field: field(e.field), message: e.message }))) };
}

/** The CLI's result for a scenario: sized, with its ranges when it has an uncertainty block. */
function resultOf(scenario: Scenario, ctx: ToolContext): SizingResult {
  return withRanges(sizeScenario(scenario, ctx.priceBook), ctx.priceBook);
}

/** The Markdown report's opening: title, prices, recommendation and the lines beside it, up to its first section. */
function summaryOf(result: SizingResult, ctx: ToolContext): string {
  const markdown = toMarkdown(buildReport(result, ctx.priceBook, ctx.today));
  const cut = markdown.indexOf('\n## ');
  return (cut < 0 ? markdown : markdown.slice(0, cut)).trim();
}

/** Keys a tool does not take: the first five named (shortened), the rest counted, so a flood is answered small. */
function unknownKeys(args: Record<string, unknown>, allowed: readonly string[]) {
  const extra = Object.keys(args).filter((k) => !allowed.includes(k));
  const named = extra.slice(0, 5).map((k) => ({
    field: describeValue(k).replace(/^"|"$/g, ''),
    message: `is not an input of this tool (it takes ${allowed.join(', ')})`,
  }));
  return extra.length > 5 ? [...named, { field: '(arguments)', message: `and ${extra.length - 5} more keys it does not take` }] : named;
}

const sizeScenarioTool: ToolDefinition = {
  name: 'size_scenario',
  title: 'Size and price a Kafka workload on AWS',
  description:
    'Sizes every way of running Apache Kafka on AWS (MSK Standard T3/M5/M7g, MSK Express, MSK Serverless, self-managed on EC2) for a workload, and prices Kinesis Data Streams beside it. The arguments are a scenario (every key optional, defaults apply). Returns a short Markdown summary, then the full result (format v2) as JSON with every broker count’s derivation and every cost line: about 85 KB for the 40 options of one region (more with an uncertainty block); explain_option and compare_options answer one question in far less. Never size MSK by hand: call this.',
  inputSchema: scenarioProperty(),
  run: (args, ctx) => {
    const parsed = scenarioOf(args, ctx, '');
    if (!parsed.ok) return parsed.answer;
    const result = resultOf(parsed.scenario, ctx);
    return answer(summaryOf(result, ctx), json(result));
  },
};

const compareOptionsTool: ToolDefinition = {
  name: 'compare_options',
  title: 'Compare two options side by side',
  description:
    'Two options of one scenario side by side: brokers, brokers each constraint needs, storage, provisioned throughput and every monthly cost line, with the difference (right − left); only the figures that differ are in the table. Option ids are like "msk-standard:kafka.m5.large", "msk-standard:kafka.t3.small", "msk-express:express.m7g.large", "msk-serverless:serverless", "self-managed:m7g.large" (size_scenario lists them). A side left out takes the Compare view’s default: for production the two cheapest kinds the recommendation chooses between, for development the cheapest M5 and the cheapest T3.',
  inputSchema: withScenario({
    left: { type: 'string', description: 'Option id of the left side (default: see the tool’s description).' },
    right: { type: 'string', description: 'Option id of the right side, another than left (default: see the tool’s description).' },
  }),
  run: (args, ctx) => {
    const extra = unknownKeys(args, ['scenario', 'left', 'right']);
    if (extra.length > 0) return refused(extra);
    const parsed = scenarioOf(args['scenario'], ctx, 'scenario.');
    if (!parsed.ok) return parsed.answer;
    const result = resultOf(parsed.scenario, ctx);
    const ids = result.options.map((o) => o.id);
    const problems = (['left', 'right'] as const).flatMap((side) => {
      const id = args[side];
      if (id === undefined) return [];
      return typeof id === 'string' && ids.includes(id)
        ? []
        : [{ field: side, message: `must be an option id of this scenario, one of ${ids.join(', ')} (got ${JSON.stringify(id)})` }];
    });
    if (args['left'] !== undefined && args['left'] === args['right'])
      problems.push({ field: 'right', message: 'must differ from left: an option compared with itself has no differences' });
    if (problems.length > 0) return refused(problems);
    const comparison = buildComparison(result, (args['left'] as string | undefined) ?? null, (args['right'] as string | undefined) ?? null);
    if (comparison === null)
      return refused([{ field: 'left', message: 'no default pair for this scenario: give left and right option ids' }]);
    const { rows, equalCount } = differingRows(comparison);
    const cell = (v: number | null, money: boolean) => (v === null ? '—' : money ? formatUsd(v) : String(Math.round(v * 100) / 100));
    const table = [
      `| Figure | ${comparison.leftLabel} | ${comparison.rightLabel} | Difference |`,
      '|---|---:|---:|---:|',
      ...rows.map((r) => `| ${r.label} | ${cell(r.left, r.money)} | ${cell(r.right, r.money)} | ${cell(r.difference, r.money)} |`),
    ];
    const text = [
      `**${comparison.leftLabel}** against **${comparison.rightLabel}**`,
      ...(comparison.unavailableNote ? [comparison.unavailableNote] : []),
      '',
      ...table,
      ...(equalCount > 0 ? [`${equalCount} other ${equalCount === 1 ? 'figure is' : 'figures are'} equal.`] : []),
    ].join('\n');
    return answer(
      text,
      json({ left: comparison.left.id, right: comparison.right.id, unavailableNote: comparison.unavailableNote, rows: comparison.rows }),
    );
  },
};

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

const importWorkloadTool: ToolDefinition = {
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
        { field: 'scrapeIntervalSeconds', message: `must be seconds above 0 and at most 86400 (got ${JSON.stringify(interval)})` },
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

const rightSizeTool: ToolDefinition = {
  name: 'right_size',
  title: 'Price and right-size the cluster you run today',
  description:
    'For a scenario with a "current" block (what runs today: deployment, instanceType, brokers, volumeGiBPerBroker, observed metrics), prices the current cluster, says whether it is right-sized, over- or under-provisioned against the workload, and lists every candidate MSK allows in place (fewer brokers, smaller sizes, M5 → M7g) with the check that binds or fails it and its saving (SPEC §13).',
  inputSchema: scenarioProperty(),
  run: (args, ctx) => {
    const parsed = scenarioOf(args, ctx, '');
    if (!parsed.ok) return parsed.answer;
    if (parsed.scenario.current === null)
      return refused([
        {
          field: 'current',
          message:
            'right_size needs a current block, e.g. {"deployment": "msk-standard", "instanceType": "kafka.m7g.xlarge", "brokers": 9, "volumeGiBPerBroker": 2000}',
        },
      ]);
    const result = resultOf(parsed.scenario, ctx);
    const report = buildCurrentReport(result.current);
    const text = report
      ? [
          `**${report.runs}**`,
          report.verdictText,
          ...report.candidates.map(
            (c) =>
              `- ${c.fleet}: ${c.passes ? 'passes' : 'fails'}, ${c.why}${c.monthlyUsd === null ? '' : `, ${formatUsd(c.monthlyUsd)}/month`}${c.recommended ? ' (recommended)' : ''}`,
          ),
        ].join('\n')
      : 'No current cluster.';
    return answer(text, json(result.current ?? null));
  },
};

const explainOptionTool: ToolDefinition = {
  name: 'explain_option',
  title: 'Why this many brokers, in words',
  description:
    'Explains one option of a scenario in words: each constraint’s demand, what one broker carries and how (the figures and factors), the AZ rounding, what binds, provisioned storage throughput, and every monthly cost line. Without optionId, the recommendation.',
  inputSchema: withScenario({
    optionId: { type: 'string', description: 'An option id, e.g. "msk-standard:kafka.m5.large" (default: the recommendation).' },
  }),
  run: (args, ctx) => {
    const extra = unknownKeys(args, ['scenario', 'optionId']);
    if (extra.length > 0) return refused(extra);
    const parsed = scenarioOf(args['scenario'], ctx, 'scenario.');
    if (!parsed.ok) return parsed.answer;
    const result = resultOf(parsed.scenario, ctx);
    const id = args['optionId'] ?? result.recommendations.overall;
    const option = result.options.find((o) => o.id === id);
    if (!option)
      return refused([
        {
          field: 'optionId',
          message: `must be an option id of this scenario, one of ${result.options.map((o) => o.id).join(', ')} (got ${JSON.stringify(id ?? null)})`,
        },
      ]);
    const zones = roundingZones(option, parsed.scenario.availabilityZones);
    const cost = option.monthlyCostUsd;
    const lines = [
      `**${optionLabel(option)}**: ${option.brokers === null ? 'no brokers to size' : `${option.brokers} brokers`}${cost ? `, ${formatUsd(cost.total)}/month` : ''}.`,
      ...(option.available ? [] : [`Not available: ${option.unavailable?.message ?? ''}`]),
      ...option.constraints.map(
        (c) => `- ${CONSTRAINT_LABELS[c.name]}${c.name === option.bottleneck ? ' (binds)' : ''}: ${constraintExplanation(c, zones)}`,
      ),
      ...[
        bottleneckNote(option, (n) => CONSTRAINT_LABELS[n], { replicationFactor: parsed.scenario.replicationFactor, zones }),
        provisionedThroughputNote(option),
      ].flatMap((n) => (n ? [n] : [])),
      ...(cost
        ? [
            '',
            'Monthly cost:',
            ...Object.entries(COST_LINE_LABELS).map(
              ([line, label]) => `- ${label}: ${formatUsd(cost[line as keyof typeof COST_LINE_LABELS] ?? 0)}`,
            ),
            `- Total: ${formatUsd(cost.total)}`,
          ]
        : []),
    ];
    return answer(lines.join('\n'), json(option));
  },
};

const listRegionsTool: ToolDefinition = {
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
        { field: 'region', message: `must be one of ${Object.keys(book.regions).join(', ')} (got ${JSON.stringify(region)})` },
      ]);
    const kinesis = book.kinesis?.regions[prices.code] ?? null;
    return answer(`${prices.code} (${prices.name}), AWS list prices as of ${book.asOf}.`, json({ ...about, region: prices, kinesis }));
  },
};

export const TOOLS: readonly ToolDefinition[] = [
  sizeScenarioTool,
  compareOptionsTool,
  importWorkloadTool,
  rightSizeTool,
  explainOptionTool,
  listRegionsTool,
];

/** Runs a tool by name; an unknown tool, bad arguments or a bug are tool errors, never a crash. */
export function callTool(name: string, args: unknown, ctx: ToolContext): ToolAnswer {
  const tool = TOOLS.find((t) => t.name === name);
  if (!tool)
    return refused([{ field: 'name', message: `no tool ${describeValue(name)}; the tools are ${TOOLS.map((t) => t.name).join(', ')}` }]);
  if (args !== undefined && (args === null || typeof args !== 'object' || Array.isArray(args)))
    return refused([{ field: '(arguments)', message: 'must be an object' }]);
  try {
    return tool.run((args ?? {}) as Record<string, unknown>, ctx);
  } catch (error) {
    return { isError: true, texts: [`${tool.name} failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
