/** What the MCP tools share: their definition, the scenario's schema and parsing, the CLI's result and summary. */
import { BUNDLED_PRICE_BOOK } from '../../data/bundled-prices';
import {
  describeValue,
  parseScenario,
  scenarioContextOf,
  scenarioJsonSchema,
  sizeScenario,
  withRanges,
  type PriceBook,
  type Scenario,
  type SizingResult,
} from '../../domain';
import { buildReport } from '../../report/report-model';
import { toMarkdown } from '../../report/to-markdown';
import { refused, type ToolAnswer } from './mcp-answers';

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
export const SCENARIO_PROPERTY: Record<string, unknown> = Object.fromEntries(
  Object.entries(scenarioJsonSchema(Object.keys(BUNDLED_PRICE_BOOK.regions))).filter(([key]) => key !== '$schema' && key !== '$id'),
);
export const scenarioProperty = () => SCENARIO_PROPERTY;

export const withScenario = (properties: Record<string, unknown>, required: readonly string[] = []) => ({
  type: 'object',
  properties: { scenario: scenarioProperty(), ...properties },
  required: ['scenario', ...required],
  additionalProperties: false,
});

type Parsed = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly answer: ToolAnswer };

/** The scenario at `args.scenario` (or the arguments themselves), parsed as a scenario file is; errors prefixed with `prefix`. */
export function scenarioOf(input: unknown, ctx: ToolContext, prefix: string): Parsed {
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
export function resultOf(scenario: Scenario, ctx: ToolContext): SizingResult {
  return withRanges(sizeScenario(scenario, ctx.priceBook), ctx.priceBook);
}

/** The Markdown report's opening: title, prices, recommendation and the lines beside it, up to its first section. */
export function summaryOf(result: SizingResult, ctx: ToolContext): string {
  const markdown = toMarkdown(buildReport(result, ctx.priceBook, ctx.today));
  const cut = markdown.indexOf('\n## ');
  return (cut < 0 ? markdown : markdown.slice(0, cut)).trim();
}

/** Keys a tool does not take: the first five named (shortened), the rest counted, so a flood is answered small. */
export function unknownKeys(args: Record<string, unknown>, allowed: readonly string[]) {
  const extra = Object.keys(args).filter((k) => !allowed.includes(k));
  const named = extra.slice(0, 5).map((k) => ({
    field: describeValue(k).replace(/^"|"$/g, ''),
    message: `is not an input of this tool (it takes ${allowed.join(', ')})`,
  }));
  return extra.length > 5 ? [...named, { field: '(arguments)', message: `and ${extra.length - 5} more keys it does not take` }] : named;
}
