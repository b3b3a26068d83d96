/** The CLI's logic, with its input and output passed in so tests run it without a process. */
import {
  parseScenario,
  parseScenarioText,
  readJsonText,
  scenarioContextOf,
  scenarioJsonSchema,
  sizeScenario,
  withRanges,
  type ParseResult,
  type PriceBook,
  type Scenario,
  type SizingResult,
} from '../domain';
import { buildReport } from '../report/report-model';
import { toCsv } from '../report/to-csv';
import { toMarkdown } from '../report/to-markdown';
import { HELP_TEXT, parseArgs, type OutputFormat } from './args';
import { exampleScenarioText } from './example';
import { applyOverrides } from './overrides';
import type { CliIo } from './cli-io';
import { runImportCommand } from './import-command';
import { recommendationsMarkdown, recommendationsText, toTable } from './table';

export type { CliIo };

/** `--set` overrides need the raw value: syntax-check the text, apply them, then validate. */
function parseWithOverrides(text: string, sets: readonly string[], priceBook: PriceBook): ParseResult<Scenario> {
  const json = readJsonText(text);
  if (!json.ok) return json;
  const overridden = applyOverrides(json.value, sets);
  if (!overridden.ok) return overridden;
  return parseScenario(overridden.value, scenarioContextOf(priceBook));
}

type Loaded =
  | { readonly ok: true; readonly result: SizingResult }
  | { readonly ok: false; readonly errors: readonly string[]; readonly usage: boolean };

function loadScenarioFile(file: string, sets: readonly string[], priceBook: PriceBook, io: CliIo): Loaded {
  let text: string;
  try {
    text = io.readText(file);
  } catch (error) {
    return {
      ok: false,
      usage: true,
      errors: [`${file}: cannot read the file (${error instanceof Error ? error.message : String(error)})`],
    };
  }
  const parsed = sets.length === 0 ? parseScenarioText(text, scenarioContextOf(priceBook)) : parseWithOverrides(text, sets, priceBook);
  if (!parsed.ok) {
    const usage = parsed.errors.some((e) => e.field === '(override)');
    return { ok: false, usage, errors: parsed.errors.map((e) => (e.field === '(override)' ? e.message : `${file}: ${e.message}`)) };
  }
  // SPEC §12: a scenario with an uncertainty block also gets its ranges (every format shows them).
  return { ok: true, result: withRanges(sizeScenario(parsed.value, priceBook), priceBook) };
}

function render(results: readonly SizingResult[], format: OutputFormat, today: string, priceBook: PriceBook): string {
  if (format === 'json') return `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`;
  const reports = results.map((r) => buildReport(r, priceBook, today));
  if (format === 'csv') {
    // One header row, then every file's option rows (each row names its scenario).
    return `${reports.map((r, i) => (i === 0 ? toCsv(r) : toCsv(r).split('\r\n').slice(1).join('\r\n'))).join('\r\n')}\r\n`;
  }
  // Several scenarios: their recommendations side by side first, then each one's report.
  if (format === 'markdown')
    return [...(reports.length > 1 ? [recommendationsMarkdown(reports)] : []), ...reports.map(toMarkdown)].join('\n');
  return [...(reports.length > 1 ? [recommendationsText(reports)] : []), ...reports.map(toTable)].join('\n');
}

/** Runs the CLI; returns the exit status (0 ok, 1 invalid input, 2 usage); a promise of it for `--format pdf`. */
export function runCli(argv: readonly string[], priceBook: PriceBook, io: CliIo): number | Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    io.stderr(`error: ${args.error}\nRun with --help for usage.\n`);
    return 2;
  }
  const command = args.command;
  if (command.kind === 'help') {
    io.stdout(HELP_TEXT);
    return 0;
  }
  if (command.kind === 'example') {
    const defaults = parseScenario({}, scenarioContextOf(priceBook));
    if (!defaults.ok) throw new Error('the default scenario is invalid');
    io.stdout(exampleScenarioText(defaults.value));
    return 0;
  }
  if (command.kind === 'import') return runImportCommand(command, priceBook, io);
  if (command.kind === 'schema') {
    io.stdout(`${JSON.stringify(scenarioJsonSchema(Object.keys(priceBook.regions)), null, 2)}\n`);
    return 0;
  }
  const loaded = command.files.map((file) => loadScenarioFile(file, command.sets, priceBook, io));
  const failures = loaded.flatMap((l) => (l.ok ? [] : [l]));
  if (failures.length > 0) {
    io.stderr(`${failures.flatMap((f) => f.errors).join('\n')}\n`);
    return failures.some((f) => f.usage) ? 2 : 1;
  }
  const results = loaded.flatMap((l) => (l.ok ? [l.result] : []));
  if (command.format === 'pdf') return writePdf(results[0], command.out ?? '', priceBook, io);
  io.stdout(render(results, command.format, io.today, priceBook));
  return 0;
}

/** `--format pdf --out FILE`: the page's PDF report, rendered in Node from the same report model. */
async function writePdf(result: SizingResult | undefined, out: string, priceBook: PriceBook, io: CliIo): Promise<number> {
  if (!result || !io.writeBytes) {
    io.stderr('error: this build of the CLI cannot write files\n');
    return 2;
  }
  const { renderPdfReport } = await import('../report/pdf/pdf-report');
  const blob = await renderPdfReport(buildReport(result, priceBook, io.today), io.loadFont);
  try {
    await io.writeBytes(out, new Uint8Array(await blob.arrayBuffer()));
  } catch (error) {
    io.stderr(`${out}: cannot write the PDF (${error instanceof Error ? error.message : String(error)})\n`);
    return 1;
  }
  io.stderr(`wrote ${out}\n`);
  return 0;
}
