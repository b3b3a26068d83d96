import type { PriceListOffer } from '../../domain';

/** When the prices were last refreshed from AWS's Price List, and each offer's publication date (SPEC §14). */
export function PriceListDates({ offers }: { readonly offers: readonly PriceListOffer[] }) {
  if (offers.length === 0)
    return (
      <p>
        Not refreshed from AWS&apos;s Price List since these prices were bundled. To price with today&apos;s list prices, run{' '}
        <code>npm run prices:refresh -- --download</code> and rebuild the app (see the README, &ldquo;Fresh prices&rdquo;).
      </p>
    );
  const refreshedOn =
    offers
      .map((o) => o.refreshedOn)
      .sort()
      .at(-1) ?? '';
  return (
    <div>
      <p>
        Refreshed on <strong>{refreshedOn}</strong> from AWS&apos;s Price List (<code>npm run prices:refresh</code>). Each offer as AWS
        published it:
      </p>
      <ul aria-label="Price List offers">
        {offers.map((o) => (
          <li key={o.offerCode}>
            {o.citation}: published <strong>{o.publishedOn}</strong>, read on {o.refreshedOn} for {o.regions}{' '}
            {o.regions === 1 ? 'region' : 'regions'}
          </li>
        ))}
      </ul>
    </div>
  );
}
