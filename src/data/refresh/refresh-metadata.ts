/**
 * Dates of a refresh (SPEC §14: "asOf and each source's date are updated"): one source per offer
 * read, `PL-<offer>`, with the offer's publication date and the regions read, and an `asOf` that
 * starts with the refresh date (the app's price date) and names each offer's publication date.
 */
import { OFFER_NAMES, record, type OfferCode } from './price-targets';
import type { RegionRead } from './resolve-prices';

export interface RefreshOptions {
  readonly partial: boolean;
  readonly allowRemovals: boolean;
  /** The refresh date, YYYY-MM-DD (the caller's clock). */
  readonly today: string;
}

/** Where users read each offer's prices (the source's citation link). */
const PRICING_PAGES: Readonly<Record<OfferCode, string>> = {
  AmazonMSK: 'https://aws.amazon.com/msk/pricing/',
  AmazonEC2: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  AWSDataTransfer: 'https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer',
  AmazonKinesis: 'https://aws.amazon.com/kinesis/data-streams/pricing/',
};

export const PRICE_LIST_SOURCE_PREFIX = 'PL-';
const REFRESHED = / \(refreshed from the AWS Price List: .*?; everything else as before: (.*)\)$/s;

const day = (date: string) => date.slice(0, 10);

/** The source entry of one offer read by a refresh. */
function offerSource(
  offer: OfferCode,
  reads: readonly RegionRead[],
  options: RefreshOptions,
  previous: Record<string, unknown> | null,
): Record<string, unknown> {
  const newest = reads.map((r) => r.file).sort((a, b) => b.publicationDate.localeCompare(a.publicationDate))[0];
  const published = newest ? newest.publicationDate : options.today;
  // Regions an earlier refresh of this offer read keep their source: the regions of both are listed.
  const before =
    previous && Array.isArray(previous['regions']) ? previous['regions'].filter((r): r is string => typeof r === 'string') : [];
  const regions = [...new Set([...before, ...reads.map((r) => r.region)])];
  return {
    id: `${PRICE_LIST_SOURCE_PREFIX}${offer}`,
    what: `AWS Price List, offer ${offer} (${OFFER_NAMES[offer]}), read by npm run prices:refresh on ${options.today}${options.partial ? ' (--partial: removals not checked)' : ''}: ${regions.length} regions (${regions.join(', ')})`,
    offerCode: offer,
    publicationDate: published,
    version: newest?.version ?? null,
    refreshedOn: options.today,
    regions,
    url: `https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/${offer}/current/index.json`,
    reflects: `${day(published)} (publicationDate ${published})`,
    citation: `AWS Price List, ${OFFER_NAMES[offer]}, published ${day(published)}`,
    citationUrl: PRICING_PAGES[offer],
  };
}

/** The data with its dates updated for the offers a refresh read. */
export function refreshedMetadata(
  data: Record<string, unknown>,
  reads: readonly RegionRead[],
  options: RefreshOptions,
): Record<string, unknown> {
  const sources = Array.isArray(data['sources']) ? (data['sources'] as unknown[]) : [];
  const offers = [...new Set(reads.map((r) => r.offer))];
  const previousOf = (offer: OfferCode) => sources.map(record).find((s) => s['id'] === `${PRICE_LIST_SOURCE_PREFIX}${offer}`) ?? null;
  const fresh = offers.map((offer) =>
    offerSource(
      offer,
      reads.filter((r) => r.offer === offer),
      options,
      previousOf(offer),
    ),
  );
  const freshIds = new Set(fresh.map((s) => s['id']));
  const kept = sources.filter((s) => !freshIds.has(record(s)['id']));
  const allSources = [...kept, ...fresh];
  const priceList = allSources.filter((s) => String(record(s)['id']).startsWith(PRICE_LIST_SOURCE_PREFIX)).map(record);
  const offersText = priceList
    .map(
      (s) =>
        `${String(s['offerCode'])} published ${day(String(s['publicationDate']))} (${Array.isArray(s['regions']) ? s['regions'].length : 0} regions, read ${String(s['refreshedOn'])})`,
    )
    .join(', ');
  const previous = String(data['asOf'] ?? '');
  const base = REFRESHED.exec(previous)?.[1] ?? previous;
  return {
    ...data,
    asOf: `${options.today} (refreshed from the AWS Price List: ${offersText}; everything else as before: ${base})`,
    sources: allSources,
  };
}
