/** Command-line arguments: `size <file>... [--format F] [--set key=value]...`, `import <file>... [--into F]`, `example`, `--help`. */

export type OutputFormat = 'table' | 'json' | 'csv' | 'markdown' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'markdown', 'pdf'];

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'example' }
  | { readonly kind: 'schema' }
  | {
      readonly kind: 'size';
      readonly files: readonly string[];
      readonly format: OutputFormat;
      readonly sets: readonly string[];
      /** Where `--format pdf` writes (required for PDF; the other formats print). */
      readonly out: string | null;
    }
  | {
      readonly kind: 'import';
      readonly files: readonly string[];
      readonly into: string | null;
      readonly scrapeIntervalSeconds: number | null;
      readonly format: 'json' | 'table';
    };

export type ParsedArgs = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly error: string };

function isFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
    return { ok: true, command: { kind: 'help' } };
  const [command, ...rest] = argv;
  if (command === 'example') {
    return rest.length === 0
      ? { ok: true, command: { kind: 'example' } }
      : { ok: false, error: `example takes no arguments (got ${rest.join(' ')})` };
  }
  if (command === 'import') return parseImportArgs(rest);
  if (command === 'schema')
    return rest.length === 0
      ? { ok: true, command: { kind: 'schema' } }
      : { ok: false, error: `schema takes no arguments (got ${rest.join(' ')})` };
  if (command !== 'size') return { ok: false, error: `unknown command "${command}"; use "size", "import", "schema" or "example"` };
  const files: string[] = [];
  const sets: string[] = [];
  let format: OutputFormat = 'table';
  let out: string | null = null;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    const inline = /^--(format|set|out)=(.*)$/s.exec(arg);
    const flag = inline ? `--${inline[1]}` : arg;
    if (flag === '--format' || flag === '--set' || flag === '--out') {
      const value = inline ? inline[2] : rest[(i += 1)];
      if (value === undefined) return { ok: false, error: `${flag} needs a value` };
      if (flag === '--out') out = value;
      else if (flag === '--format') {
        if (!isFormat(value)) return { ok: false, error: `--format must be one of ${OUTPUT_FORMATS.join(', ')} (got "${value}")` };
        format = value;
      } else {
        if (!/^[A-Za-z][\w.]*=/.test(value))
          return { ok: false, error: `--set takes key=value, e.g. --set peakIngressMiBps=400 (got "${value}")` };
        sets.push(value);
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, error: `unknown option "${arg}"` };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return { ok: false, error: 'size needs at least one scenario file (or - for standard input)' };
  if (format === 'pdf' && out === null)
    return { ok: false, error: '--format pdf needs --out FILE.pdf (a PDF is not printed to the terminal)' };
  if (format === 'pdf' && files.length > 1)
    return { ok: false, error: `--format pdf writes one scenario's report; give one file (got ${files.length})` };
  if (out !== null && format !== 'pdf')
    return { ok: false, error: '--out is for --format pdf; the other formats print (redirect them to a file)' };
  return { ok: true, command: { kind: 'size', files, format, sets, out } };
}

/** `import FILE… [--into scenario.json] [--scrape-interval S] [--format json|table]` (SPEC §13.4). */
function parseImportArgs(rest: readonly string[]): ParsedArgs {
  const files: string[] = [];
  let into: string | null = null;
  let scrape: number | null = null;
  let format: 'json' | 'table' = 'table';
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    const inline = /^--(into|scrape-interval|format)=(.*)$/s.exec(arg);
    const flag = inline ? `--${inline[1]}` : arg;
    if (flag === '--into' || flag === '--scrape-interval' || flag === '--format') {
      const value = inline ? inline[2] : rest[(i += 1)];
      if (value === undefined) return { ok: false, error: `${flag} needs a value` };
      if (flag === '--into') into = value;
      else if (flag === '--format') {
        if (value !== 'json' && value !== 'table') return { ok: false, error: `--format of import must be json or table (got "${value}")` };
        format = value;
      } else {
        const seconds = Number(value);
        if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400)
          return {
            ok: false,
            error: `--scrape-interval takes seconds between the two scrapes, above 0 and at most 86400 (got "${value}")`,
          };
        scrape = seconds;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, error: `unknown option "${arg}"` };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return { ok: false, error: 'import needs at least one file (metrics or configuration of your cluster)' };
  return { ok: true, command: { kind: 'import', files, into, scrapeIntervalSeconds: scrape, format } };
}

export const HELP_TEXT = `MSK Sizer: size and price Apache Kafka on AWS from the command line.

Usage:
  npm run --silent cli -- size <scenario.json>... [--format table|json|csv|markdown] [--set key=value]...
  npm run --silent cli -- size <scenario.json> --format pdf --out report.pdf
  npm run --silent cli -- schema             print the scenario's JSON Schema (for editors and CI)
  npm run --silent cli -- import <file>... [--into scenario.json] [--scrape-interval S] [--format table|json]
  npm run --silent cli -- example            print a commented example scenario
  npm run --silent cli -- --help             this text

size      Sizes every option (MSK Standard, Express, Serverless, self-managed on EC2) for each
          scenario file (JSON, comments allowed; "-" reads standard input).
--format  table (default, for people), json (result format v2 with each constraint's derivation; an array for several files),
          csv (one row per option), markdown (a summary for tickets) or pdf (the page's PDF report,
          written to --out). With several files, table and markdown start with their recommendations
          side by side.
          A scenario with an "uncertainty" block (SPEC §12) adds Ranges & growth to every format:
          P(cheapest), P10/P50/P90 cost and brokers now and at the horizon, when each option runs
          out of room, and the least-regret choice (2,000 futures take about a second).
--set     Overrides a scenario field in every file, e.g. --set peakIngressMiBps=400
          --set selfManaged.opsHoursPerMonth=20 --set region=eu-west-1 (values are JSON, else text).

          A scenario with a "current" block (SPEC §13) adds the current cluster, its verdict and
          right-sizing candidates to every format. Every format also prices the workload on Kinesis
          Data Streams (SPEC §15: provisioned, on-demand, on-demand Advantage; "alternatives" in JSON),
          tuned by an optional "kinesis" block, e.g. --set kinesis.recordSizeKiB=8.
import    Reads what your cluster says of itself (SPEC §13.3, by content: CloudWatch get-metric-data,
          get-metric-statistics or Metric Streams; Prometheus JMX exporter; kafka-topics --describe;
          kafka-log-dirs --describe; aws kafka describe-cluster-v2; the migrate-to-MSK discovery file)
          and prints the scenario fields it sets, how each was derived, and warnings. --into merges
          them into a scenario file and prints the merged scenario (the file is not changed);
          --scrape-interval gives the seconds between two Prometheus scrapes without timestamps.
          Exit 1 when a file has errors: nothing is merged.

Exit status: 0 success; 1 invalid scenario (one line per problem on stderr); 2 usage error.
Prices: the AWS list prices bundled with MSK Sizer (see README).
`;
