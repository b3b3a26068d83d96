/**
 * Applies what a refresh read to the price data (SPEC §14) and says what changed: `changed`,
 * `added` (a newly priced offering), `removed` (only for an offer and region read in full, never
 * with --partial, applied only with --allow-removals; more than 20 % of an offer's prices in one
 * region gone is `looks-truncated`). Constants and instance specs are never touched: only the keys
 * an offer prices (price-targets.ts) are written.
 */
import type { PriceCollector, RefreshFailure } from './price-collector';
import { keyText, offerPaths, record, setValueAt, valueAt, type OfferCode, type PricePath } from './price-targets';
import { resolvePrices, type RegionRead } from './resolve-prices';
import { refreshedMetadata, type RefreshOptions } from './refresh-metadata';

export type { RefreshOptions };

export interface DiffLine {
  readonly kind: 'changed' | 'added' | 'removed';
  readonly region: string;
  readonly key: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly usageType: string | null;
  readonly rateCode: string | null;
  /** False for a removal kept because --allow-removals was not given. */
  readonly applied: boolean;
}

export interface RefreshOutcome {
  /** The new price data, or null after any failure (nothing is written then). */
  readonly data: Record<string, unknown> | null;
  readonly lines: readonly DiffLine[];
  readonly failures: readonly RefreshFailure[];
  /** New regions, unmapped usage types, superseded files, incomplete tiers: reported, never applied. */
  readonly notes: readonly string[];
}

/** Above this share of an offer's prices in one region gone, the file looks truncated (SPEC §14). */
export const MAX_REMOVED_SHARE = 0.2;

const isPrice = (v: unknown) => v !== null && v !== undefined;

function linesOfRead(
  read: RegionRead,
  regionBlock: Record<string, unknown>,
  options: RefreshOptions,
  failures: RefreshFailure[],
): DiffLine[] {
  const lines: DiffLine[] = [];
  const seen = new Set<string>();
  const line = (
    kind: DiffLine['kind'],
    path: PricePath,
    before: unknown,
    after: unknown,
    source: RegionRead['prices'][number]['source'] | null,
    applied = true,
  ): DiffLine => ({
    kind,
    region: read.region,
    key: keyText(path),
    before,
    after,
    usageType: source?.usageType ?? null,
    rateCode: source?.rateCode ?? null,
    applied,
  });
  for (const price of read.prices) {
    seen.add(JSON.stringify(price.path));
    // A destination that becomes an exception was priced at the usual rate before.
    const before =
      valueAt(regionBlock, price.path) ??
      (price.path[1] === 'interRegionOutToPerGb' ? valueAt(regionBlock, ['dataTransfer', 'interRegionOutPerGb']) : undefined);
    if (JSON.stringify(before) === JSON.stringify(price.value)) continue;
    lines.push(line(isPrice(before) ? 'changed' : 'added', price.path, before ?? null, price.value, price.source));
  }
  // An inter-region exception the file prices at the usual rate is a change to that rate (read, so --partial too).
  for (const price of read.atUsualRate) {
    const exception = valueAt(regionBlock, price.path);
    if (!isPrice(exception)) continue;
    seen.add(JSON.stringify(price.path));
    if (JSON.stringify(exception) !== JSON.stringify(price.value))
      lines.push(line('changed', price.path, exception, price.value, price.source));
  }
  // One the file does not price at all, when read in full, is taken to be at the usual rate, not removed.
  const usual = read.prices.find((p) => keyText(p.path) === 'dataTransfer.interRegionOutPerGb');
  if (options.partial) return lines;
  // On-demand Advantage prices come from another source than AWS's price files (aws-prices.md, S23): a file
  // without Advantage rows says nothing about them, so they are never removed by one.
  const readsAdvantage = read.prices.some((p) => p.path[1] === 'onDemandAdvantage');
  const paths = offerPaths(read.offer, regionBlock).filter((p) => readsAdvantage || p[1] !== 'onDemandAdvantage');
  const removed = paths.filter((p) => !seen.has(JSON.stringify(p)) && isPrice(valueAt(regionBlock, p)));
  for (const path of removed) {
    if (usual && path[1] === 'interRegionOutToPerGb') {
      if (JSON.stringify(valueAt(regionBlock, path)) !== JSON.stringify(usual.value))
        lines.push(line('changed', path, valueAt(regionBlock, path), usual.value, usual.source));
    } else lines.push(line('removed', path, valueAt(regionBlock, path), null, null, options.allowRemovals));
  }
  const priced = paths.filter((p) => isPrice(valueAt(regionBlock, p))).length;
  const gone = lines.filter((l) => l.kind === 'removed').length;
  if (priced > 0 && gone / priced > MAX_REMOVED_SHARE)
    failures.push({
      code: 'looks-truncated',
      message: `${read.file.file}: ${gone} of ${priced} ${read.offer} prices of ${read.region} would be removed (more than ${MAX_REMOVED_SHARE * 100} %); the file looks truncated.`,
    });
  return lines;
}

function applyRead(read: RegionRead, regionBlock: Record<string, unknown>, lines: readonly DiffLine[]): void {
  for (const price of read.prices) setValueAt(regionBlock, price.path, price.value);
  const toPerGb = record(record(regionBlock['dataTransfer'])['interRegionOutToPerGb']);
  // Destinations read at the usual rate are no exception (an equal leftover entry goes too).
  for (const price of read.atUsualRate) if (price.path[2] !== undefined) Reflect.deleteProperty(toPerGb, price.path[2]);
  for (const l of lines) {
    if (l.kind === 'removed' && !l.applied) continue;
    if (l.key.startsWith('dataTransfer.interRegionOutToPerGb')) {
      const destination = /\.interRegionOutToPerGb\.(.+)$/.exec(l.key)?.[1];
      const exception = read.prices.some((p) => p.path[1] === 'interRegionOutToPerGb' && p.path[2] === destination);
      if (destination !== undefined && !exception) Reflect.deleteProperty(toPerGb, destination);
    } else if (l.kind === 'removed') {
      const path = offerPaths(read.offer, regionBlock).find((p) => keyText(p) === l.key);
      if (path) setValueAt(regionBlock, path, null);
    }
  }
}

/** The new data, the diff and the failures of one refresh. `data` is not modified. */
export function applyRefresh(data: Readonly<Record<string, unknown>>, collector: PriceCollector, options: RefreshOptions): RefreshOutcome {
  const next = structuredClone(data) as Record<string, unknown>;
  const regions = record(next['regions']);
  const usualRateOf = (region: string) => {
    const rate = valueAt(regions[region], ['dataTransfer', 'interRegionOutPerGb']);
    return typeof rate === 'number' ? rate : null;
  };
  const { reads, notes: readNotes } = resolvePrices(collector, Object.keys(regions), { usualRateOf, partial: options.partial });
  const failures: RefreshFailure[] = [...collector.failures];
  const lines: DiffLine[] = [];
  for (const read of reads) {
    const block = record(regions[read.region]);
    const own = linesOfRead(read, block, options, failures);
    lines.push(...own);
    applyRead(read, block, own);
  }
  const notes = [
    ...[...collector.newRegions].map(([name, offers]) => `new-region ${name} (${[...offers].join(', ')}): not bundled, not added`),
    ...[...collector.unmapped].map(([what, where]) => `unmapped ${what} in ${[...where].join(', ')}: a new offering to look at`),
    ...readNotes,
  ];
  if (failures.length > 0) return { data: null, lines, failures, notes };
  const offers = new Set<OfferCode>(reads.map((r) => r.offer));
  return { data: offers.size > 0 ? refreshedMetadata(next, reads, options) : next, lines, failures, notes };
}
