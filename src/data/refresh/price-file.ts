/**
 * One AWS price file, fed value by value by a streaming JSON parser (the CLI's reader): the Price
 * List bulk format (`formatVersion`, `products`, `terms.OnDemand`) or AWS's pricing-page data
 * (`manifest`, `regions.<location>.<row>`). Checks SPEC §14's structure rules as values arrive,
 * keeps only on-demand terms of products that map, and hands priced rows to the collector.
 */
import type { FileRead, PriceCollector, PriceRow } from './price-collector';
import { OFFERS, record, type OfferCode } from './price-targets';

export type PriceFileKind = 'unknown' | 'bulk' | 'pricing-page';

/** Where a parsed value sits in the file. */
export type PriceFileValue =
  | { readonly at: 'top'; readonly key: string; readonly value: unknown }
  | { readonly at: 'product'; readonly sku: string; readonly value: unknown }
  | { readonly at: 'term'; readonly sku: string; readonly value: unknown }
  | { readonly at: 'location'; readonly location: string; readonly value: unknown };

const PAGE_SERVICES: Readonly<Record<string, OfferCode>> = {
  msk: 'AmazonMSK',
  ec2: 'AmazonEC2',
  ebs: 'AmazonEC2',
  datatransfer: 'AWSDataTransfer',
  kinesis: 'AmazonKinesis',
};

const isOffer = (value: unknown): value is OfferCode => typeof value === 'string' && (OFFERS as readonly string[]).includes(value);

const strings = (value: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(record(value)).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));

interface KeptProduct {
  readonly offer: OfferCode;
  readonly attributes: Record<string, string>;
}

export class PriceFile {
  kind: PriceFileKind = 'unknown';
  private read: FileRead | null = null;
  private header: Record<string, unknown> = {};
  private readonly products = new Map<string, KeptProduct>();
  /** Terms met before their product (files whose terms come first); rare, kept until the end. */
  private readonly early = new Map<string, unknown>();
  private rowsWithoutUsageType = 0;
  /** Set when the file cannot be used; the reader stops feeding it. */
  stopped = false;

  constructor(
    private readonly collector: PriceCollector,
    readonly file: string,
  ) {}

  private fail(code: Parameters<PriceCollector['fail']>[0], message: string): void {
    this.collector.fail(code, `${this.file}: ${message}`);
    this.stopped = true;
  }

  private fileRead(offer: OfferCode): FileRead {
    if (!this.read) {
      const date = this.header['publicationDate'];
      this.read = this.collector.beginFile(
        this.file,
        offer,
        typeof date === 'string' ? date : '',
        typeof this.header['version'] === 'string' ? this.header['version'] : null,
      );
    }
    return this.read;
  }

  take(value: PriceFileValue): void {
    if (this.stopped) return;
    if (value.at === 'location') return this.takeLocation(value.location, value.value);
    if (value.at === 'top') return this.takeTop(value.key, value.value);
    this.kind = 'bulk';
    if (value.at === 'product') this.takeProduct(value.sku, value.value);
    else if (this.products.has(value.sku)) this.takeTerm(value.sku, value.value);
    else if (this.products.size === 0) this.early.set(value.sku, value.value);
  }

  private takeTop(key: string, value: unknown): void {
    if (key === 'manifest') {
      this.kind = 'pricing-page';
      this.header = record(value);
      return;
    }
    // Only the Price List's own keys make a file a bulk file (a scenario file also has a `version`).
    if (key !== 'version') this.kind = 'bulk';
    this.header[key] = value;
    if (key === 'formatVersion' && value !== 'v1.0')
      this.fail('format-version', `formatVersion is ${JSON.stringify(value)}; this reader knows the Price List's "v1.0" only.`);
    if (key === 'offerCode' && !isOffer(value)) this.stopped = true;
    if (this.read && key === 'publicationDate' && typeof value === 'string') this.read.publicationDate = value;
    if (this.read && key === 'version' && typeof value === 'string') this.read.version = value;
  }

  private takeProduct(sku: string, value: unknown): void {
    const product = record(value);
    if (typeof product['attributes'] !== 'object' || product['attributes'] === null) {
      this.fail('structure', `products.${sku} has no attributes object (expected products.<sku>.{productFamily, attributes}).`);
      return;
    }
    const attributes = strings(product['attributes']);
    const offer = isOffer(attributes['servicecode'])
      ? attributes['servicecode']
      : isOffer(this.header['offerCode'])
        ? this.header['offerCode']
        : null;
    if (offer === null) return;
    const found = this.collector.matches(offer, attributes['usagetype'] ?? '', attributes['operation'] ?? '', attributes);
    if (found.length === 0) return;
    if (typeof product['productFamily'] !== 'string') {
      this.fail(
        'structure',
        `products.${sku} (${attributes['usagetype'] ?? ''}) has no productFamily (expected products.<sku>.{productFamily, attributes}).`,
      );
      return;
    }
    this.products.set(sku, { offer, attributes });
    this.fileRead(offer);
  }

  private takeTerm(sku: string, value: unknown): void {
    const product = this.products.get(sku);
    if (!product) return;
    const read = this.fileRead(product.offer);
    for (const [termCode, term] of Object.entries(record(value))) {
      const dimensions = record(term)['priceDimensions'];
      if (typeof dimensions !== 'object' || dimensions === null) {
        this.fail('structure', `terms.OnDemand.${sku}.${termCode} has no priceDimensions.`);
        return;
      }
      for (const [rateCode, dimension] of Object.entries(record(dimensions))) {
        const d = record(dimension);
        const usd = record(d['pricePerUnit'])['USD'];
        if (typeof d['unit'] !== 'string' || usd === undefined) {
          this.fail('structure', `terms.OnDemand.${sku}.${termCode}.priceDimensions.${rateCode} needs a unit and pricePerUnit.USD.`);
          return;
        }
        const row: PriceRow = {
          file: this.file,
          offer: product.offer,
          sku,
          rateCode,
          usageType: product.attributes['usagetype'] ?? '',
          operation: product.attributes['operation'] ?? '',
          attributes: product.attributes,
          unit: d['unit'],
          usd,
          beginRange: typeof d['beginRange'] === 'string' ? d['beginRange'] : undefined,
          endRange: typeof d['endRange'] === 'string' ? d['endRange'] : undefined,
        };
        this.collector.addRow(row, read);
      }
    }
  }

  private takeLocation(location: string, value: unknown): void {
    const offer = PAGE_SERVICES[String(this.header['serviceId'] ?? this.header['source'] ?? '')];
    if (this.kind !== 'pricing-page' || !offer) return;
    for (const [key, raw] of Object.entries(record(value))) {
      const row = strings(raw);
      // Aliases of a row (keys such as "RunConnect") repeat its rate code without a usage type.
      if (!row['usageType']) {
        this.rowsWithoutUsageType += 1;
        continue;
      }
      const read = this.fileRead(offer);
      if (read.publicationDate === '') read.publicationDate = String(this.header['hawkFilePublicationDate'] ?? '');
      this.collector.addRow(
        {
          file: this.file,
          offer,
          sku: null,
          rateCode: row['rateCode'] ?? key,
          usageType: row['usageType'],
          operation: row['operation'] ?? '',
          attributes: {},
          unit: null,
          usd: row['price'] ?? record(raw)['price'],
          location,
        },
        read,
      );
    }
  }

  /** After the last value: terms that came early, and what the file turned out to be. */
  finish(): { kind: PriceFileKind; read: FileRead | null; note: string | null } {
    if (!this.stopped) for (const [sku, value] of this.early) if (this.products.has(sku)) this.takeTerm(sku, value);
    // SPEC §14 requires formatVersion "v1.0": a bulk file that priced something without one is not trusted.
    if (this.kind === 'bulk' && this.read && this.header['formatVersion'] === undefined && !this.stopped)
      this.fail('format-version', 'no formatVersion; this reader knows the Price List\'s "v1.0" only.');
    if (this.read && this.read.publicationDate === '' && !this.stopped)
      this.fail('structure', 'no publicationDate (bulk) or manifest.hawkFilePublicationDate (pricing-page data).');
    let note: string | null = null;
    if (this.kind === 'unknown')
      note = `unknown ${this.file}: not an AWS price file (no formatVersion and products, no manifest and regions); skipped`;
    else if (this.kind === 'pricing-page' && !this.read)
      note = `skipped ${this.file}: pricing-page data whose rows carry no usage type (${this.rowsWithoutUsageType} rows); use the Price List bulk files (--download)`;
    else if (this.kind === 'bulk' && !this.read)
      note = `skipped ${this.file}: no product of ${String(this.header['offerCode'] ?? 'this offer')} maps to our prices`;
    return { kind: this.kind, read: this.read, note };
  }
}
