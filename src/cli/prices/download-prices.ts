/**
 * `--download` (SPEC §14): AWS's public offer index → each offer's region index → the current
 * version of each bundled region, saved under `price-list/<UTC date>/<offer>/<region>.json`, then
 * read as `--from`. No credentials. `fetch` is injected: tests serve constructed index files.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { z } from 'zod';
import { OFFERS, type OfferCode } from '../../data/refresh/price-targets';

export const PRICE_LIST_HOST = 'https://pricing.us-east-1.amazonaws.com';
export const OFFER_INDEX_URL = `${PRICE_LIST_HOST}/offers/v1.0/aws/index.json`;

export type Fetch = (
  url: string,
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown>; body: ReadableStream<Uint8Array> | null }>;

const offerIndexSchema = z.object({
  offers: z.record(z.string(), z.object({ currentRegionIndexUrl: z.string().min(1) }).loose()),
});
const regionIndexSchema = z.object({
  regions: z.record(z.string(), z.object({ currentVersionUrl: z.string().min(1) }).loose()),
});

const absolute = (url: string) => new URL(url, PRICE_LIST_HOST).toString();

async function getJson<T>(fetch: Fetch, url: string, schema: z.ZodType<T>, what: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what} (${url}): HTTP ${response.status}`);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success)
    throw new Error(
      `${what} (${url}) is not in the expected shape: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`,
    );
  return parsed.data;
}

export interface DownloadPlan {
  readonly fetch: Fetch;
  /** Directory under which `<UTC date>/<offer>/<region>.json` is written. */
  readonly root: string;
  readonly today: string;
  readonly regions: readonly string[];
  readonly log: (line: string) => void;
}

/** Downloads every bundled region of the four offers; returns the directory to read as `--from`. */
export async function downloadPriceFiles(plan: DownloadPlan): Promise<string> {
  const dir = join(plan.root, plan.today);
  const index = await getJson(plan.fetch, OFFER_INDEX_URL, offerIndexSchema, 'the offer index');
  for (const offer of OFFERS) {
    const entry = index.offers[offer];
    if (!entry) throw new Error(`the offer index has no ${offer}`);
    const regionIndex = await getJson(plan.fetch, absolute(entry.currentRegionIndexUrl), regionIndexSchema, `the region index of ${offer}`);
    for (const region of plan.regions) {
      const version = regionIndex.regions[region];
      if (!version) {
        plan.log(`not offered ${offer} ${region}: not in the offer's region index`);
        continue;
      }
      await saveFile(plan, offer, region, absolute(version.currentVersionUrl), join(dir, offer, `${region}.json`));
    }
  }
  return dir;
}

async function saveFile(plan: DownloadPlan, offer: OfferCode, region: string, url: string, path: string): Promise<void> {
  const response = await plan.fetch(url);
  if (!response.ok || !response.body) throw new Error(`${offer} ${region} (${url}): HTTP ${response.status}`);
  await mkdir(dirname(path), { recursive: true });
  // Streamed to disk (an EC2 region file is about 450 MB), then renamed: a broken download leaves no file.
  const partial = `${path}.part`;
  await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), createWriteStream(partial));
  await rename(partial, path);
  plan.log(`downloaded ${offer} ${region} → ${path}`);
}
