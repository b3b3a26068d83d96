/** Command-line arguments: `size <file>... [--format F] [--set key=value]...`, `example`, `--help`. */

export type OutputFormat = 'table' | 'json' | 'csv' | 'markdown';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'markdown'];

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'example' }
  | { readonly kind: 'size'; readonly files: readonly string[]; readonly format: OutputFormat; readonly sets: readonly string[] };

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
  if (command !== 'size') return { ok: false, error: `unknown command "${command}"; use "size" or "example"` };
  const files: string[] = [];
  const sets: string[] = [];
  let format: OutputFormat = 'table';
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    const inline = /^--(format|set)=(.*)$/s.exec(arg);
    const flag = inline ? `--${inline[1]}` : arg;
    if (flag === '--format' || flag === '--set') {
      const value = inline ? inline[2] : rest[(i += 1)];
      if (value === undefined) return { ok: false, error: `${flag} needs a value` };
      if (flag === '--format') {
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
  return { ok: true, command: { kind: 'size', files, format, sets } };
}

export const HELP_TEXT = `MSK Sizer: size and price Apache Kafka on AWS from the command line.

Usage:
  npm run --silent cli -- size <scenario.json>... [--format table|json|csv|markdown] [--set key=value]...
  npm run --silent cli -- example            print a commented example scenario
  npm run --silent cli -- --help             this text

size      Sizes every option (MSK Standard, Express, Serverless, self-managed on EC2) for each
          scenario file (JSON, comments allowed; "-" reads standard input).
--format  table (default, for people), json (result format v2 with each constraint's derivation; an array for several files),
          csv (one row per option) or markdown (a summary for tickets).
          A scenario with an "uncertainty" block (SPEC §12) adds Ranges & growth to every format:
          P(cheapest), P10/P50/P90 cost and brokers now and at the horizon, when each option runs
          out of room, and the least-regret choice (2,000 futures take about a second).
--set     Overrides a scenario field in every file, e.g. --set peakIngressMiBps=400
          --set selfManaged.opsHoursPerMonth=20 --set region=eu-west-1 (values are JSON, else text).

Exit status: 0 success; 1 invalid scenario (one line per problem on stderr); 2 usage error.
Prices: the AWS list prices bundled with MSK Sizer (see README).
`;
