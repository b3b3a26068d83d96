/** `cli import` (SPEC §13.4): what the files say of a cluster, as a scenario patch or merged into a scenario file. */
import { importWorkload } from '../domain/import/import-workload';
import {
  mergeImport,
  parseScenarioText,
  scenarioContextOf,
  type ImportFile,
  type ImportIssue,
  type PriceBook,
  type Scenario,
} from '../domain';
import { formatNumber } from '../report/format';
import type { Command } from './args';
import type { CliIo } from './cli-io';

type ImportCommand = Extract<Command, { kind: 'import' }>;

const issueLine = (kind: string, i: ImportIssue) =>
  `${kind}: ${i.file}${i.line === undefined ? '' : `:${i.line}`}: ${i.message} (${i.code})`;

/** Reads the files, imports them, merges into `--into` when given; exit 1 on any error (nothing merged). */
export function runImportCommand(command: ImportCommand, priceBook: PriceBook, io: CliIo): number {
  const files: ImportFile[] = [];
  for (const name of command.files) {
    try {
      files.push({ name, text: io.readText(name) });
    } catch (error) {
      io.stderr(`${name}: cannot read the file (${error instanceof Error ? error.message : String(error)})\n`);
      return 2;
    }
  }
  const result = importWorkload(
    files,
    command.scrapeIntervalSeconds === null ? {} : { scrapeIntervalSeconds: command.scrapeIntervalSeconds },
  );
  let scenario: Scenario | null = null;
  const mergeErrors: ImportIssue[] = [];
  if (command.into !== null && result.errors.length === 0) {
    let text: string;
    try {
      text = io.readText(command.into);
    } catch (error) {
      io.stderr(`${command.into}: cannot read the file (${error instanceof Error ? error.message : String(error)})\n`);
      return 2;
    }
    const ctx = scenarioContextOf(priceBook);
    const base = parseScenarioText(text, ctx);
    const merged = base.ok ? mergeImport(base.value, result.scenarioPatch, ctx, command.files.join(', ')) : base;
    if (merged.ok) scenario = merged.value;
    else
      mergeErrors.push(
        ...merged.errors.map((e) => ({ code: 'merge-failed', file: command.into ?? '', field: e.field, message: e.message })),
      );
  }
  if (command.format === 'json') {
    const errors = [...result.errors, ...mergeErrors];
    io.stdout(`${JSON.stringify({ ...result, errors, ...(scenario ? { scenario } : {}) }, null, 2)}\n`);
  } else {
    const lines = result.derivations.map(
      (d) => `${d.field} = ${typeof d.value === 'number' ? formatNumber(d.value, 3) : String(d.value)}: ${d.method} (${d.from})`,
    );
    io.stdout(
      [
        ...lines,
        ...result.warnings.map((w) => issueLine('warning', w)),
        '',
        scenario ? 'Merged scenario:' : 'Scenario patch:',
        JSON.stringify(scenario ?? result.scenarioPatch, null, 2),
        '',
      ].join('\n'),
    );
  }
  const errors = [...result.errors, ...mergeErrors].map((e) => issueLine('error', e));
  if (errors.length > 0) {
    io.stderr(`${errors.join('\n')}\n`);
    return 1;
  }
  return 0;
}
