/**
 * Runs `npm run prices:refresh` as a user does, without a process: `runPricesRefresh` with the real
 * file I/O of prices-main.ts (readFile, a write through a temporary file and a rename, the streaming
 * directory reader), a copy of the committed price data in a temporary directory, price files
 * written into a temporary `--from` directory, and a fixed date. Also builds Price List bulk files.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPriceDirectory } from '../../../src/cli/prices/read-price-files';
import { runPricesRefresh, type RefreshIo } from '../../../src/cli/prices/refresh-command';

/** The refresh date every test runs on. */
export const TODAY = '2026-12-07';

export const PRICE_LIST_FIXTURES = fileURLToPath(new URL('../../fixtures/price-list/', import.meta.url));
export const IMPORT_FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
export const COMMITTED_DATA = fileURLToPath(new URL('../../../src/data/aws-prices.json', import.meta.url));
/** AWS's pricing-page data for MSK us-east-1, published 2025-04-04 (real rows). */
export const MSK_EXCERPT = join(PRICE_LIST_FIXTURES, 'msk-pricing-page-msk.json.excerpt.json');
/** One real product of the bulk file AmazonEC2 us-east-2: gp3 storage at $0.08 per GB-month. */
export const EC2_EXCERPT = join(PRICE_LIST_FIXTURES, 'aws-price-list-bulk.ec2.us-east-2.excerpt.json');
/** AWS's full MSK pricing-page data of 2025-10-09: the committed MSK prices equal it. */
export const CHECK_DIR = join(PRICE_LIST_FIXTURES, 'check');

/** The kafka.m5.large rows of the MSK excerpt: one rate code listed under three keys. */
export const M5_LARGE_RATE_CODE = 'CBMW8TY4JC6XHKHM.JRTCKXETXF.6YS6EN2CT7';

export interface Workspace {
  readonly root: string;
  /** A copy of src/data/aws-prices.json, passed as --data. */
  readonly dataPath: string;
  /** An empty directory, passed as --from. */
  readonly fromDir: string;
}

const workspaces: string[] = [];

/** A temporary directory with a copy of the committed data and an empty --from directory. */
export async function makeWorkspace(): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), 'msk-sizer-prices-'));
  workspaces.push(root);
  const dataPath = join(root, 'aws-prices.json');
  const fromDir = join(root, 'from');
  await copyFile(COMMITTED_DATA, dataPath);
  await mkdir(fromDir);
  return { root, dataPath, fromDir };
}

/** Removes every workspace made so far (call in afterEach). */
export async function removeWorkspaces(): Promise<void> {
  await Promise.all(workspaces.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Writes a file under the --from directory (objects as JSON), creating its folders. */
export async function writePriceFile(ws: Workspace, name: string, content: string | object): Promise<string> {
  const path = join(ws.fromDir, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 1));
  return path;
}

export type Json = Record<string, unknown>;

export async function readJson(path: string): Promise<Json> {
  return JSON.parse(await readFile(path, 'utf8')) as Json;
}

/** The price data of the workspace as it is on disk. */
export const readData = (ws: Workspace) => readJson(ws.dataPath);

/** Changes the workspace's data before a refresh (a test's starting point), written as the command writes it. */
export async function editData(ws: Workspace, edit: (data: Json) => void): Promise<void> {
  const data = await readData(ws);
  edit(data);
  await writeFile(ws.dataPath, `${JSON.stringify(data, null, 1)}\n`);
}

/** One region's block of a data file. */
export function regionOf(data: Json, region: string): Json {
  return (data['regions'] as Record<string, Json>)[region] as Json;
}

/** The value at a path of keys under a region (keys with dots stay one key). */
export function priceAt(data: Json, region: string, ...path: string[]): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], regionOf(data, region));
}

/** Sets the value at a path of keys under a region. */
export function setPrice(data: Json, region: string, path: readonly string[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<Record<string, unknown>>((at, key) => at[key] as Record<string, unknown>, regionOf(data, region));
  parent[path[path.length - 1] ?? ''] = value;
}

/** The data without the two keys a refresh always updates. */
export function withoutDates(data: Json): Json {
  const rest = { ...data };
  delete rest['asOf'];
  delete rest['sources'];
  return rest;
}

export interface RefreshRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout, one line each. */
  readonly lines: readonly string[];
}

/** Lines of a run that start with a word (`changed`, `added`, `removed`, `unknown`, …). */
export const linesStarting = (run: RefreshRun, word: string) => run.lines.filter((l) => l.startsWith(`${word} `));

/** The io of prices-main.ts, with output captured. */
export function realIo(out: { stdout: string; stderr: string }, download?: RefreshIo['download']): RefreshIo {
  return {
    readText: (path) => readFile(path, 'utf8'),
    writeAtomically: async (path, text) => {
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, text);
      await rename(temporary, path);
    },
    readDirectory: readPriceDirectory,
    download:
      download ??
      (() => {
        throw new Error('this test does not download');
      }),
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    today: TODAY,
  };
}

/** Runs the command with `--data` pointing at the workspace's copy. */
export async function runRefresh(ws: Workspace, argv: readonly string[], download?: RefreshIo['download']): Promise<RefreshRun> {
  const out = { stdout: '', stderr: '' };
  const status = await runPricesRefresh([...argv, '--data', ws.dataPath], realIo(out, download));
  return { status, ...out, lines: out.stdout.split('\n').filter((l) => l !== '') };
}

/** Runs `--from <the workspace's from dir>` with more flags. */
export const refreshFrom = (ws: Workspace, ...flags: string[]) => runRefresh(ws, ['--from', ws.fromDir, ...flags]);

/** The files of the workspace root (to see that nothing, not even a temporary file, was written). */
export async function filesOf(ws: Workspace): Promise<string[]> {
  return (await readdir(ws.root)).sort();
}

// ---------------------------------------------------------------------------------------------
// Price List bulk files (SPEC §14: formatVersion, products.<sku>.{productFamily, attributes},
// terms.OnDemand.<sku>.<term>.priceDimensions.<rate>.{unit, pricePerUnit.USD}).

export interface BulkPrice {
  readonly unit: string;
  readonly usd: unknown;
  /** The rate code's last part; the default is AWS's on-demand "6YS6EN2CT7". */
  readonly rate?: string;
  readonly beginRange?: string;
  readonly endRange?: string;
}

export interface BulkProduct {
  readonly sku: string;
  readonly productFamily?: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly prices: readonly BulkPrice[];
}

export interface BulkFileSpec {
  readonly offerCode: string;
  readonly publicationDate?: string;
  readonly formatVersion?: string;
  readonly version?: string;
  readonly products: readonly BulkProduct[];
}

/** AWS's on-demand offer term code. */
export const ON_DEMAND = 'JRTCKXETXF';

/** The rate code of a product's price: `<sku>.JRTCKXETXF.<rate>`. */
export const rateCodeOf = (sku: string, rate = '6YS6EN2CT7') => `${sku}.${ON_DEMAND}.${rate}`;

/** A bulk file's text, in AWS's key order (header, products, terms). */
export function bulkFile(spec: BulkFileSpec): string {
  const products = Object.fromEntries(
    spec.products.map((p) => [
      p.sku,
      { sku: p.sku, ...(p.productFamily === undefined ? {} : { productFamily: p.productFamily }), attributes: p.attributes },
    ]),
  );
  const onDemand = Object.fromEntries(
    spec.products.map((p) => [
      p.sku,
      {
        [`${p.sku}.${ON_DEMAND}`]: {
          offerTermCode: ON_DEMAND,
          sku: p.sku,
          effectiveDate: '2026-11-01T00:00:00Z',
          priceDimensions: Object.fromEntries(
            p.prices.map((price) => [
              rateCodeOf(p.sku, price.rate),
              {
                rateCode: rateCodeOf(p.sku, price.rate),
                description: `constructed price of ${p.sku}`,
                beginRange: price.beginRange ?? '0',
                endRange: price.endRange ?? 'Inf',
                unit: price.unit,
                pricePerUnit: { USD: price.usd },
                appliesTo: [],
              },
            ]),
          ),
          termAttributes: {},
        },
      },
    ]),
  );
  return JSON.stringify(
    {
      formatVersion: spec.formatVersion ?? 'v1.0',
      disclaimer: 'This pricing list is for informational purposes only.',
      offerCode: spec.offerCode,
      version: spec.version ?? '20261201000000',
      publicationDate: spec.publicationDate ?? '2026-12-01T00:00:00Z',
      products,
      terms: { OnDemand: onDemand },
      attributesList: {},
    },
    null,
    2,
  );
}

/** Attributes of a region (AWS writes both the code and the name). */
export function regionAttributes(regionCode: string, location: string): Record<string, string> {
  return { regionCode, location, locationType: 'AWS Region' };
}

export const OHIO = regionAttributes('us-east-2', 'US East (Ohio)');
export const VIRGINIA = regionAttributes('us-east-1', 'US East (N. Virginia)');

/** An EC2 instance product priced for Linux on shared tenancy, capacity used (what SPEC §14 maps). */
export function ec2Instance(sku: string, type: string, usd: string, overrides: Readonly<Record<string, string>> = {}): BulkProduct {
  return {
    sku,
    productFamily: 'Compute Instance',
    attributes: {
      servicecode: 'AmazonEC2',
      ...OHIO,
      instanceType: type,
      usagetype: `USE2-BoxUsage:${type}`,
      operation: 'RunInstances',
      tenancy: 'Shared',
      operatingSystem: 'Linux',
      preInstalledSw: 'NA',
      licenseModel: 'No License required',
      capacitystatus: 'Used',
      marketoption: 'OnDemand',
      ...overrides,
    },
    prices: [{ unit: 'Hrs', usd }],
  };
}

/** An EBS product (`EBS:VolumeUsage.gp3`, …) in us-east-2 unless overridden. */
export function ebsProduct(
  sku: string,
  usageType: string,
  unit: string,
  usd: string,
  overrides: Readonly<Record<string, string>> = {},
): BulkProduct {
  return {
    sku,
    productFamily: usageType.includes('VolumeUsage') ? 'Storage' : 'Provisioned Throughput',
    attributes: { servicecode: 'AmazonEC2', ...OHIO, usagetype: `USE2-${usageType}`, operation: '', ...overrides },
    prices: [{ unit, usd }],
  };
}

/** AWS's pricing-page data: `manifest` and `regions.<location>.<row key>`. */
export interface PricingPage {
  manifest: Record<string, string>;
  regions: Record<string, Record<string, Record<string, string>>>;
}

export async function readMskExcerpt(): Promise<PricingPage> {
  return JSON.parse(await readFile(MSK_EXCERPT, 'utf8')) as PricingPage;
}

/** The rows of the excerpt's one location, US East (N. Virginia). */
export function virginiaRows(page: PricingPage): Record<string, Record<string, string>> {
  const rows = page.regions['US East (N. Virginia)'];
  if (!rows) throw new Error('the MSK excerpt has no US East (N. Virginia)');
  return rows;
}
