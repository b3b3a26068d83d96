/** The MCP tools that size: size_scenario, compare_options, right_size and explain_option. */
import { describeValue } from '../../domain';
import { buildComparison, differingRows } from '../../report/comparison';
import { buildCurrentReport } from '../../report/current-report';
import { bottleneckNote, constraintExplanation, provisionedThroughputNote, roundingZones } from '../../report/derivation-text';
import { formatUsd } from '../../report/format';
import { CONSTRAINT_LABELS, COST_LINE_LABELS, optionLabel } from '../../report/labels';
import { answer, json, refused } from './mcp-answers';
import { resultOf, scenarioOf, scenarioProperty, summaryOf, unknownKeys, withScenario, type ToolDefinition } from './mcp-tool-kit';

export const sizeScenarioTool: ToolDefinition = {
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

export const compareOptionsTool: ToolDefinition = {
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
        : [{ field: side, message: `must be an option id of this scenario, one of ${ids.join(', ')} (got ${describeValue(id)})` }];
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

export const rightSizeTool: ToolDefinition = {
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

export const explainOptionTool: ToolDefinition = {
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
          message: `must be an option id of this scenario, one of ${result.options.map((o) => o.id).join(', ')} (got ${describeValue(id ?? null)})`,
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
