/**
 * `npm run prices:refresh -- (--from DIR | --download) [--dry-run] [--partial] [--allow-removals] [--check]`
 * (SPEC §14): reads AWS's price files, prints the diff, then writes the new price data atomically
 * unless --dry-run or --check. Nothing is written after a failure. Exit 0 done, 1 failure (or a
 * difference with --check), 2 usage error.
 */
import { z } from 'zod';
import { applyRefresh, type DiffLine } from '../../data/refresh/apply-refresh';
import { PriceCollector, type RegionCatalog } from '../../data/refresh/price-collector';
import { record } from '../../data/refresh/price-targets';
import type { Fetch } from './download-prices';

export const REFRESH_USAGE = `Usage: npm run prices:refresh -- (--from DIR | --download) [options]

  --from DIR         read every .json under DIR (AWS Price List bulk files or pricing-page data)
  --download         fetch the current AmazonMSK, AmazonEC2, AWSDataTransfer and AmazonKinesis files
                     of the bundled regions (needs internet, no credentials) into price-list/<date>/, then read them
  --dry-run          print the diff, write nothing
  --partial          the files are excerpts: never report or apply removals
  --allow-removals   apply removals (a price AWS no longer lists becomes null)
  --check            print the diff and exit 1 if any price would change; write nothing
  --data FILE        the price data to refresh (default src/data/aws-prices.json)
`;

const optionsSchema = z
  .object({
    from: z.string().min(1).nullable(),
    download: z.boolean(),
    dryRun: z.boolean(),
    partial: z.boolean(),
    allowRemovals: z.boolean(),
    check: z.boolean(),
    data: z.string().min(1),
  })
  .refine((o) => (o.from === null) !== !o.download, { message: 'give exactly one of --from DIR and --download' });
export type RefreshArgs = z.output<typeof optionsSchema>;

const FLAGS: Readonly<Record<string, keyof RefreshArgs>> = {
  '--download': 'download',
  '--dry-run': 'dryRun',
  '--partial': 'partial',
  '--allow-removals': 'allowRemovals',
  '--check': 'check',
};

/** The options, or a usage message. */
export function parseRefreshArgs(argv: readonly string[]): RefreshArgs | string {
  const raw: Record<string, unknown> = {
    from: null,
    download: false,
    dryRun: false,
    partial: false,
    allowRemovals: false,
    check: false,
    data: 'src/data/aws-prices.json',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const flag = FLAGS[arg];
    if (flag) raw[flag] = true;
    else if (arg === '--from' || arg === '--data') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a path`;
      raw[arg.slice(2)] = value;
      i += 1;
    } else return `unknown argument ${JSON.stringify(arg)}`;
  }
  const parsed = optionsSchema.safeParse(raw);
  return parsed.success ? parsed.data : (parsed.error.issues[0]?.message ?? 'invalid options');
}

export interface RefreshIo {
  readonly readText: (path: string) => Promise<string>;
  /** Writes through a temporary file and a rename. */
  readonly writeAtomically: (path: string, text: string) => Promise<void>;
  readonly readDirectory: (dir: string, collector: PriceCollector) => Promise<string[]>;
  readonly download: (regions: readonly string[], log: (line: string) => void) => Promise<string>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly today: string;
}

export type { Fetch };

/** What the data knows: regions by name, broker and EC2 types. */
export function catalogOf(data: Record<string, unknown>): RegionCatalog {
  const regions = record(data['regions']);
  return {
    codes: new Set(Object.keys(regions)),
    codeByName: new Map(Object.entries(regions).map(([code, r]) => [String(record(r)['name']), code])),
    knownBrokers: new Set(Object.keys(record(data['instances']))),
    knownEc2: new Set(Object.keys(record(data['ec2Instances']))),
  };
}

const number = (v: unknown) => (typeof v === 'number' ? String(v) : JSON.stringify(v));

/**
 * (after − before) ÷ before × 100 to one decimal, signed, halves away from zero as by hand:
 * 0.408 -> 0.0255 is exactly −93.75 %, "-93.8". The float quotient (−93.74999…) is cleaned to
 * twelve significant digits first; `toFixed` alone would round such halves either way.
 */
export function percentChange(before: number, after: number): string {
  const tenths = Math.round(Number(Math.abs(((after - before) / before) * 1000).toPrecision(12)));
  return `${after >= before ? '+' : '-'}${(tenths / 10).toFixed(1)}`;
}

/** One diff line as SPEC §14 writes it. */
export function diffLineText(line: DiffLine): string {
  const before = number(line.before);
  const after = number(line.after);
  const source = line.usageType ? ` ${line.usageType} ${line.rateCode ?? ''}` : '';
  if (line.kind === 'changed' && typeof line.before === 'number' && typeof line.after === 'number' && line.before > 0) {
    return `changed ${line.region} ${line.key} ${before} -> ${after} (${percentChange(line.before, line.after)} %)${source}`;
  }
  if (line.kind === 'removed')
    return `removed ${line.region} ${line.key} ${before} -> null${line.applied ? '' : ' (kept: --allow-removals applies it)'}`;
  return `${line.kind} ${line.region} ${line.key} ${before} -> ${after}${source}`;
}

export async function runPricesRefresh(argv: readonly string[], io: RefreshIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(REFRESH_USAGE);
    return 0;
  }
  const args = parseRefreshArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`prices:refresh: ${args}\n\n${REFRESH_USAGE}`);
    return 2;
  }
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
  let data: Record<string, unknown>;
  try {
    data = record(JSON.parse(await io.readText(args.data)));
  } catch (error) {
    io.stderr(`prices:refresh: cannot read the price data ${args.data}: ${reason(error)}\n`);
    return 1;
  }
  const collector = new PriceCollector(catalogOf(data));
  const log = (line: string) => io.stdout(`${line}\n`);
  let dir = args.from ?? '';
  try {
    if (args.download) dir = await io.download(Object.keys(record(data['regions'])), log);
  } catch (error) {
    io.stderr(`prices:refresh: download failed: ${reason(error)}\n`);
    return 1;
  }
  let skipped: string[];
  try {
    skipped = await io.readDirectory(dir, collector);
  } catch (error) {
    // A missing directory or an unreadable file: an expected failure, reported like the others (nothing written).
    io.stderr(`prices:refresh: cannot read the price files under ${dir}: ${reason(error)}; nothing written.\n`);
    return 1;
  }
  for (const file of collector.files)
    log(`read ${file.file}: ${file.offer}, published ${file.publicationDate || 'unknown'}, ${file.regions.size} regions`);
  const outcome = applyRefresh(data, collector, { partial: args.partial, allowRemovals: args.allowRemovals, today: io.today });
  [...skipped, ...outcome.notes].forEach(log);
  outcome.lines.forEach((line) => log(diffLineText(line)));
  const count = (kind: DiffLine['kind']) => outcome.lines.filter((l) => l.kind === kind).length;
  const summary = `${count('changed')} changed, ${count('added')} added, ${count('removed')} removed`;
  if (outcome.failures.length > 0 || outcome.data === null) {
    outcome.failures.forEach((f) => io.stderr(`${f.code}: ${f.message}\n`));
    io.stderr(
      `prices:refresh failed (${outcome.failures.length} ${outcome.failures.length === 1 ? 'problem' : 'problems'}); nothing written.\n`,
    );
    return 1;
  }
  if (collector.files.length === 0) {
    io.stderr(`prices:refresh: no AWS price file under ${dir}; nothing written.\n`);
    return 1;
  }
  if (args.check) {
    log(`${summary}; --check: ${outcome.lines.length === 0 ? 'the price data matches' : 'the price data differs'}`);
    return outcome.lines.length === 0 ? 0 : 1;
  }
  if (args.dryRun) {
    log(`${summary}; --dry-run: nothing written`);
    return 0;
  }
  await io.writeAtomically(args.data, `${JSON.stringify(outcome.data, null, 1)}\n`);
  log(`${summary}; wrote ${args.data}`);
  return 0;
}
