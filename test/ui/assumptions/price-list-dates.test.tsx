// @vitest-environment jsdom
/** The Assumptions page's line on AWS's Price List (SPEC §14): never refreshed, or when and which offers. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PriceListDates } from '../../../src/ui/assumptions/price-list-dates';

afterEach(cleanup);

describe('PriceListDates', () => {
  it('says the bundled prices were never refreshed and how to refresh them', () => {
    render(<PriceListDates offers={[]} />);
    expect(screen.getByText(/Not refreshed from AWS's Price List/)).toBeTruthy();
    expect(screen.getByText('npm run prices:refresh -- --download')).toBeTruthy();
  });

  it("gives the refresh date and each offer's publication date", () => {
    render(
      <PriceListDates
        offers={[
          {
            offerCode: 'AmazonMSK',
            publishedOn: '2026-11-20',
            refreshedOn: '2026-12-07',
            regions: 35,
            citation: 'AWS Price List, Amazon MSK, published 2026-11-20',
          },
          {
            offerCode: 'AmazonKinesis',
            publishedOn: '2026-10-02',
            refreshedOn: '2026-12-01',
            regions: 1,
            citation: 'AWS Price List, Amazon Kinesis Data Streams, published 2026-10-02',
          },
        ]}
      />,
    );
    // The latest of the refresh dates is the one the page gives.
    expect(screen.getByText('2026-12-07')).toBeTruthy();
    const items = within(screen.getByRole('list', { name: 'Price List offers' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'AWS Price List, Amazon MSK, published 2026-11-20: published 2026-11-20, read on 2026-12-07 for 35 regions',
      'AWS Price List, Amazon Kinesis Data Streams, published 2026-10-02: published 2026-10-02, read on 2026-12-01 for 1 region',
    ]);
  });
});
