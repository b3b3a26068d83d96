/**
 * From the rows a refresh collected to one new value per key (SPEC §14): the newest file of an
 * offer wins for a region; equal duplicates merge; rows that disagree are a failure naming their
 * rate codes. Data transfer's derived keys are built here: the usual inter-region rate (the modal
 * one) and its exceptions per destination, and the internet tiers.
 */
import { cleanNumber, priceKey, type FileRead, type Observation, type PriceCollector } from './price-collector';
import { keyText, OFFERS, type OfferCode, type PricePath } from './price-targets';

/** A new value of one key, with the row it came from (for the diff). */
export interface NewPrice {
  readonly path: PricePath;
  readonly value: unknown;
  readonly source: Observation['row'];
}

/** What a refresh read for one offer in one region. */
export interface RegionRead {
  readonly offer: OfferCode;
  readonly region: string;
  readonly file: FileRead;
  readonly prices: readonly NewPrice[];
  /**
   * Inter-region destinations the file prices at the usual rate, as `interRegionOutToPerGb.<destination>`
   * at that rate: an exception the data has for them is gone, with --partial too (the row was read).
   */
  readonly atUsualRate: readonly NewPrice[];
}

const newestFirst = (a: FileRead, b: FileRead) => b.publicationDate.localeCompare(a.publicationDate);

/**
 * The files each offer and region is read from: the newest that has it; older ones are superseded.
 * Files published at the same moment are all read, so that their prices must agree (one price per key).
 */
export function chooseFiles(collector: PriceCollector): { chosen: Map<string, FileRead[]>; superseded: string[] } {
  const chosen = new Map<string, FileRead[]>();
  const older = new Map<string, string[]>();
  for (const file of [...collector.files].sort(newestFirst)) {
    for (const region of file.regions) {
      const key = `${file.offer} ${region}`;
      const first = chosen.get(key)?.[0];
      if (!first) chosen.set(key, [file]);
      else if (first.publicationDate === file.publicationDate) chosen.get(key)?.push(file);
      else {
        const pair = `${file.offer}: ${file.file} (published ${file.publicationDate}) is older than ${first.file} (${first.publicationDate})`;
        older.set(pair, [...(older.get(pair) ?? []), region]);
      }
    }
  }
  const superseded = [...older].map(
    ([pair, regions]) => `superseded ${pair} in ${regions.length} regions (${regions.join(', ')}); the newer one is read`,
  );
  return { chosen, superseded };
}

/** One value from rows that must agree; a failure naming both rate codes when they do not. */
function agreed(list: readonly Observation[], what: string, collector: PriceCollector): Observation | null {
  const first = list[0];
  if (!first) return null;
  const other = list.find((o) => o.value !== first.value);
  if (other) {
    const where = other.row.file === first.row.file ? '' : ` of ${other.row.file}`;
    collector.fail(
      'conflict',
      `${first.row.file}: ${what} has two prices: ${first.value} (rate code ${first.row.rateCode}) and ${other.value} (rate code ${other.row.rateCode}${where}); one price per key is expected.`,
    );
    return null;
  }
  return first;
}

/** What resolving needs to know of the data being refreshed. */
export interface ResolveContext {
  /** The region's usual inter-region rate today (`interRegionOutPerGb`), or null. */
  readonly usualRateOf: (region: string) => number | null;
  /** The files are excerpts (--partial): derived keys change only where the rows say so. */
  readonly partial: boolean;
}

function interRegionPrices(
  list: readonly Observation[],
  region: string,
  collector: PriceCollector,
  ctx: ResolveContext,
): { prices: NewPrice[]; atUsualRate: NewPrice[] } {
  const byDestination = new Map<string, Observation[]>();
  list.forEach((o) => byDestination.set(o.destination ?? '', [...(byDestination.get(o.destination ?? '') ?? []), o]));
  const rates = new Map<string, Observation>();
  for (const [destination, rows] of byDestination) {
    const one = agreed(rows, `${region} → ${destination} inter-region transfer`, collector);
    if (one) rates.set(destination, one);
  }
  const counts = new Map<number, number>();
  rates.forEach((o) => counts.set(o.value, (counts.get(o.value) ?? 0) + 1));
  // The usual rate is the one most destinations share; a tie goes to the lower rate (SPEC §14: "the modal rate").
  const [mostCommon] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([rate]) => rate);
  const first = [...rates.values()][0];
  if (mostCommon === undefined || !first) return { prices: [], atUsualRate: [] };
  // The data's usual rate stays while a destination is still priced at it, so that a refresh reports
  // prices that changed, not a new way of writing the same prices (ca-west-1 keeps 0.02 with 13
  // destinations at 0.08); an excerpt (--partial) never moves it, as it does not see every destination.
  const current = ctx.usualRateOf(region);
  const modal = current !== null && (ctx.partial || counts.has(current)) ? current : mostCommon;
  const sorted = [...rates.entries()].sort(([a], [b]) => a.localeCompare(b));
  const toDestination = ([destination, o]: [string, Observation]): NewPrice => ({
    path: ['dataTransfer', 'interRegionOutToPerGb', destination],
    value: o.value,
    source: o.row,
  });
  return {
    prices: [
      {
        path: ['dataTransfer', 'interRegionOutPerGb'],
        value: modal,
        source: [...rates.values()].find((o) => o.value === modal)?.row ?? first.row,
      },
      ...sorted.filter(([, o]) => o.value !== modal).map(toDestination),
    ],
    atUsualRate: sorted.filter(([, o]) => o.value === modal).map(toDestination),
  };
}

function internetTiers(list: readonly Observation[], region: string, collector: PriceCollector, notes: string[]): NewPrice[] {
  const byRange = new Map<string, Observation[]>();
  list.forEach((o) => {
    const range = `${o.row.beginRange ?? '0'}-${o.row.endRange ?? 'Inf'}`;
    byRange.set(range, [...(byRange.get(range) ?? []), o]);
  });
  const tiers: { begin: number; upTo: number | null; perGb: number; row: Observation['row'] }[] = [];
  let fromZero = false;
  for (const [range, rows] of byRange) {
    const one = agreed(rows, `${region} internet egress tier ${range} GB`, collector);
    if (!one) continue;
    if (Number(one.row.beginRange ?? 0) === 0) fromZero = true;
    const end = one.row.endRange ?? 'Inf';
    // A free first gigabyte (older files) is the account-wide allowance the data keeps apart (internetFreeGbPerMonthAcrossAllRegions).
    if (one.value === 0 && end !== 'Inf' && Number(end) <= 100) continue;
    tiers.push({ begin: Number(one.row.beginRange ?? 0), upTo: end === 'Inf' ? null : Number(end), perGb: one.value, row: one.row });
  }
  tiers.sort((a, b) => a.begin - b.begin);
  const first = tiers[0];
  if (!first) return [];
  // The tiers are one list: only a complete one (from 0 GB to no upper end) replaces the data's.
  if (!fromZero || tiers.at(-1)?.upTo !== null) {
    notes.push(
      `incomplete ${region} internet egress tiers in ${first.row.file} (${tiers.length} of them, not from 0 GB to no upper end): not applied`,
    );
    return [];
  }
  return [
    {
      path: ['dataTransfer', 'internetOutTiers'],
      value: tiers.map((t) => ({ upToGbPerMonth: t.upTo, perGb: cleanNumber(t.perGb) })),
      source: first.row,
    },
  ];
}

/** Every offer and region read, with its new values; `notes` say what was read but not applied. */
export function resolvePrices(
  collector: PriceCollector,
  regionOrder: readonly string[],
  ctx: ResolveContext,
): { reads: RegionRead[]; notes: string[] } {
  const { chosen, superseded } = chooseFiles(collector);
  const notes = [...superseded];
  const reads: RegionRead[] = [];
  for (const region of regionOrder) {
    for (const offer of OFFERS) {
      const files = chosen.get(`${offer} ${region}`);
      const file = files?.[0];
      if (!files || !file) continue;
      const names = new Set(files.map((f) => f.file));
      const fromFile = (list: readonly Observation[]) => list.filter((o) => names.has(o.row.file));
      const prices: NewPrice[] = [];
      const atUsualRate: NewPrice[] = [];
      const prefix = `${priceKey(offer, region, []).slice(0, -1)},`;
      for (const [key, list] of collector.observations) {
        if (!key.startsWith(prefix)) continue;
        const path = (JSON.parse(key) as string[]).slice(2);
        const one = agreed(fromFile(list), `${region} ${keyText(path)}`, collector);
        if (one) prices.push({ path, value: one.value, source: one.row });
      }
      if (offer === 'AWSDataTransfer') {
        const interRegion = interRegionPrices(fromFile(collector.interRegion.get(region) ?? []), region, collector, ctx);
        prices.push(...interRegion.prices);
        atUsualRate.push(...interRegion.atUsualRate);
        prices.push(...internetTiers(fromFile(collector.tiers.get(region) ?? []), region, collector, notes));
      }
      reads.push({ offer, region, file, prices, atUsualRate });
    }
  }
  return { reads, notes };
}
