/**
 * Collects the prices read from AWS's price files (SPEC §14) before they are applied: every priced
 * row that maps, per offer, region and key, with the file, SKU and rate code it came from, so that
 * conflicts, the diff and failures can name them. Pure: the readers feed it rows.
 */
import { keyText, type OfferCode, type PricePath, UNIT_FAMILIES } from './price-targets';
import { matchUsage, type UsageMatch } from './usage-rules';

/** One price dimension of a product (bulk file) or one row (pricing-page data). */
export interface PriceRow {
  readonly file: string;
  readonly offer: OfferCode;
  readonly sku: string | null;
  readonly rateCode: string;
  readonly usageType: string;
  readonly operation: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Null for pricing-page rows, which carry no unit. */
  readonly unit: string | null;
  readonly usd: unknown;
  readonly beginRange?: string | undefined;
  readonly endRange?: string | undefined;
  /** Location of a pricing-page row (its `regions` key); bulk rows use their attributes. */
  readonly location?: string | undefined;
}

export interface Observation {
  readonly row: PriceRow;
  readonly region: string;
  readonly value: number;
  /** A destination region (inter-region transfer only). */
  readonly destination: string | null;
}

export type FailureCode =
  'structure' | 'format-version' | 'price-not-decimal' | 'wrong-unit' | 'no-region' | 'conflict' | 'looks-truncated' | 'unreadable';

export interface RefreshFailure {
  readonly code: FailureCode;
  readonly message: string;
}

export interface FileRead {
  readonly file: string;
  offer: OfferCode;
  /** Set when the reader meets it (a bulk file's header may follow its products). */
  publicationDate: string;
  version: string | null;
  readonly regions: Set<string>;
}

export interface RegionCatalog {
  /** Bundled region codes by AWS location name (`regions.<code>.name`). */
  readonly codeByName: ReadonlyMap<string, string>;
  readonly codes: ReadonlySet<string>;
  readonly knownBrokers: ReadonlySet<string>;
  readonly knownEc2: ReadonlySet<string>;
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** Twelve significant digits: drops float noise from scaling (0.000000014 × 10^6) without losing a published digit. */
export function cleanNumber(value: number): number {
  return Number(value.toPrecision(12));
}

export class PriceCollector {
  readonly observations = new Map<string, Observation[]>();
  readonly interRegion = new Map<string, Observation[]>();
  readonly tiers = new Map<string, Observation[]>();
  readonly unmapped = new Map<string, Set<string>>();
  readonly newRegions = new Map<string, Set<OfferCode>>();
  readonly failures: RefreshFailure[] = [];
  readonly files: FileRead[] = [];

  constructor(readonly catalog: RegionCatalog) {}

  /** Failures past this many are counted, not listed (a broken 450 MB file could give millions). */
  static readonly MAX_LISTED = 200;
  private unlisted = 0;

  fail(code: FailureCode, message: string): void {
    if (this.failures.length < PriceCollector.MAX_LISTED) this.failures.push({ code, message });
    else if ((this.unlisted += 1) === 1) this.failures.push({ code, message: 'more failures of the same files are not listed' });
  }

  /** Starts a file of an offer; rows then name it. */
  beginFile(file: string, offer: OfferCode, publicationDate: string, version: string | null): FileRead {
    const read: FileRead = { file, offer, publicationDate, version, regions: new Set() };
    this.files.push(read);
    return read;
  }

  /** Whether a product or row matters to us (a key, or an unmapped Kafka usage type to report). */
  matches(offer: OfferCode, usageType: string, operation: string, attributes: Readonly<Record<string, string>>): readonly UsageMatch[] {
    const c = this.catalog;
    return matchUsage({ offer, usageType, operation, attributes, knownBrokers: c.knownBrokers, knownEc2: c.knownEc2 });
  }

  /** The bundled region of a row, or null (a new region, reported; or no region at all, a failure). */
  regionOf(row: PriceRow, read: FileRead): string | null {
    const a = row.attributes;
    const code = a['regionCode'] ?? a['fromRegionCode'];
    const location = row.location ?? a['location'] ?? a['fromLocation'];
    const where = `${row.file}: ${row.sku ? `SKU ${row.sku}` : `rate code ${row.rateCode}`} (${row.usageType})`;
    if (code !== undefined && code !== '') {
      if (this.catalog.codes.has(code)) return code;
      this.reportNewRegion(location ? `${code} (${location})` : code, read.offer);
      return null;
    }
    if (location !== undefined && location !== '') {
      const byName = this.catalog.codeByName.get(location);
      if (byName) return byName;
      if (row.location !== undefined) this.reportNewRegion(location, read.offer);
      else
        this.fail(
          'no-region',
          `${where}: no regionCode, and its location "${location}" is no bundled region's name; the region is never taken from the usage-type prefix.`,
        );
      return null;
    }
    this.fail('no-region', `${where}: no regionCode and no location, so its region is unknown (never taken from the usage-type prefix).`);
    return null;
  }

  private addUnmapped(read: FileRead, row: PriceRow, region: string): void {
    const key = `${read.offer} ${row.usageType.replace(/^[A-Z0-9]+-/, '')} (${row.operation || 'no operation'})`;
    const regions = this.unmapped.get(key) ?? new Set<string>();
    regions.add(region);
    this.unmapped.set(key, regions);
  }

  private reportNewRegion(name: string, offer: OfferCode): void {
    const offers = this.newRegions.get(name) ?? new Set<OfferCode>();
    offers.add(offer);
    this.newRegions.set(name, offers);
  }

  /** Adds one priced row: checks its price and unit, then files it under its key. */
  addRow(row: PriceRow, read: FileRead): void {
    const found = this.matches(row.offer, row.usageType, row.operation, row.attributes);
    if (found.length === 0) return;
    const region = this.regionOf(row, read);
    if (region === null) return;
    const where = `${row.file}: ${row.sku ? `SKU ${row.sku}, ` : ''}rate code ${row.rateCode} (${row.usageType})`;
    for (const match of found) {
      if (match.kind === 'unmapped') {
        this.addUnmapped(read, row, region);
        continue;
      }
      if (typeof row.usd !== 'string' || !DECIMAL.test(row.usd)) {
        this.fail(
          'price-not-decimal',
          `${where}: pricePerUnit.USD must be a decimal string such as "0.0960000000", not ${JSON.stringify(row.usd)}.`,
        );
        return;
      }
      const family = UNIT_FAMILIES[match.unit];
      if (row.unit !== null && !family.pattern.test(row.unit) && match.kind === 'price' && match.guess) {
        this.addUnmapped(read, row, region);
        continue;
      }
      if (row.unit !== null && !family.pattern.test(row.unit)) {
        const target =
          match.kind === 'price' ? keyText(match.path) : match.kind === 'inter-region' ? 'inter-region transfer' : 'internet egress';
        this.fail('wrong-unit', `${where}: unit "${row.unit}", but ${target} is priced in ${family.words}.`);
        return;
      }
      read.regions.add(region);
      const usd = Number(row.usd);
      if (match.kind === 'price')
        this.push(this.observations, priceKey(read.offer, region, match.path), {
          row,
          region,
          value: cleanNumber(usd * match.scale),
          destination: null,
        });
      else if (match.kind === 'inter-region') this.addInterRegion(row, region, usd, read);
      else this.push(this.tiers, `${region}`, { row, region, value: usd, destination: null });
    }
  }

  private addInterRegion(row: PriceRow, region: string, usd: number, read: FileRead): void {
    const a = row.attributes;
    const code = a['toRegionCode'];
    const destination =
      code && this.catalog.codes.has(code) ? code : a['toLocation'] ? (this.catalog.codeByName.get(a['toLocation']) ?? null) : null;
    // Destinations we do not bundle (Local Zones, new regions) do not enter our rates.
    if (destination === null || destination === region) return;
    void read;
    this.push(this.interRegion, region, { row, region, value: usd, destination });
  }

  private push(map: Map<string, Observation[]>, key: string, observation: Observation): void {
    const list = map.get(key);
    if (list) list.push(observation);
    else map.set(key, [observation]);
  }
}

/** The collector's key of one price: offer, region and path. */
export function priceKey(offer: OfferCode, region: string, path: PricePath): string {
  return JSON.stringify([offer, region, ...path]);
}

export type { UsageMatch };
