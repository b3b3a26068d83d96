// @vitest-environment jsdom
/**
 * Kinesis Data Streams beside MSK on the page (SPEC §15), in jsdom: the panel's three modes with
 * their costs, the trade-offs with their sources, the derivation, and the card among the cheapest
 * option of each kind that takes the user to the panel.
 *
 * The default workload (20/40 MiB/s in, 40/80 out, 168 h, us-east-1), by hand from us-east-1's prices:
 *   consumers round(80 ÷ 40) = 2; shards ceil(max(40, 40 × 1,024 ÷ 1,000 = 40.96, 2 × 40 ÷ 2 = 40) × 1.2) = ceil(49.152) = 50
 *   Provisioned: 50 × 730 × $0.015 = $547.50 + PUT 20,480 records/s × 2,628,000 ÷ 10^6 × $0.014 = $753.50
 *     + extended retention 50 × 730 × $0.02 = $730.00 → $2,031.00
 *   On-demand standard: 730 × $0.04 = $29.20 + 51,328.125 GB × $0.08 = $4,106.25 + 102,656.25 GB × $0.04 = $4,106.25
 *     + 10,125 GB-month × $0.10 = $1,012.50 → $9,254.20
 *   On-demand Advantage: 64,160.16 GB × $0.032 = $2,053.13 + 102,656.25 × $0.016 = $1,642.50 + 10,125 × $0.023 = $232.88 → $3,928.50
 * In eu-west-1 the price data has no Advantage prices (listed in us-east-1 and us-east-2 only).
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/app';
import { DEFAULT_SCENARIO, useCalculator } from '../../../src/ui/app-store';
import { makeScenario } from '../../support/factories';

beforeAll(async () => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // jsdom lays nothing out, so it has no scrollIntoView; a browser scrolls, here nothing happens.
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  // The page loads these on demand; loaded once here, a test never ends with an import still on its way.
  await import('../../../src/ui/export/export-formats');
  await import('../../../src/ui/charts/charts-panel');
});

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
  act(() => {
    useCalculator.getState().loadScenario(DEFAULT_SCENARIO);
  });
});

const panel = () => screen.getByRole('region', { name: 'Kinesis Data Streams instead?' });
const rowOf = (mode: string) => within(panel()).getByRole('row', { name: new RegExp(`^${mode}`) });
const cellsOf = (row: HTMLElement) => [row, ...within(row).queryAllByRole('cell')].map((c) => c.textContent ?? '');

describe('the Kinesis Data Streams panel', () => {
  it('shows the three modes with their shards and monthly costs, and the difference from the recommendation', () => {
    render(<App />);
    const body = within(panel()).getAllByRole('row').slice(1);
    expect(body).toHaveLength(3);
    expect(cellsOf(rowOf('Provisioned'))).toEqual(expect.arrayContaining(['50 shards', '$2,031.00']));
    expect(cellsOf(rowOf('On-demand standard'))).toEqual(expect.arrayContaining(['scales itself', '$9,254.20']));
    expect(cellsOf(rowOf('On-demand Advantage'))).toEqual(expect.arrayContaining(['scales itself', '$3,928.50']));
    // Against the recommendation (3 × express.m7g.xlarge, $4,165.95): 2,031.00 ÷ 4,165.95 − 1 = −51 %.
    expect(rowOf('Provisioned').textContent).toContain('−51 %');
    expect(rowOf('On-demand standard').textContent).toContain('+122 %');
    expect(panel().textContent).toContain(
      'On Kinesis Data Streams this workload would cost $2,031.00/month at the cheapest (provisioned, 50 shards) against $4,165.95 for the recommendation',
    );
  });

  it('lists what a move gives up and gains, each with a link to its AWS source', () => {
    render(<App />);
    const p = within(panel());
    expect(p.getByRole('heading', { name: 'What you give up' })).toBeTruthy();
    expect(p.getByRole('heading', { name: 'What you gain' })).toBeTruthy();
    expect(p.getByRole('link', { name: 'Kinesis Data Streams quotas and limits' }).getAttribute('href')).toBe(
      'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html',
    );
    const links = p.getAllByRole('link');
    expect(links).toHaveLength(7);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(link.getAttribute('rel')).toContain('noopener');
    }
  });

  it('says how each mode is worked out, folded', async () => {
    const user = userEvent.setup();
    render(<App />);
    const details = within(panel()).getByText('How each mode is worked out').closest('details');
    expect(details?.open).toBe(false);
    await user.click(within(panel()).getByText('How each mode is worked out'));
    expect(details?.open).toBe(true);
    const provisioned = within(panel()).getByRole('region', { name: 'Provisioned: how it is worked out' });
    expect(provisioned.textContent).toContain('Shard-hours: $547.50/month = 50 shards × 730 h × $0.015 per shard-hour');
    expect(provisioned.textContent).toContain('Monthly total: $2,031.00/month');
  });

  it('says a mode is not available where the region has no price for it, and why', () => {
    act(() => {
      useCalculator.getState().loadScenario(makeScenario({ region: 'eu-west-1' }));
    });
    render(<App />);
    expect(rowOf('On-demand Advantage').textContent).toContain('not available');
    expect(rowOf('On-demand Advantage').textContent).not.toContain('$');
    expect(panel().textContent).toContain('Kinesis Data Streams, on-demand Advantage: not priced in eu-west-1');
    expect(rowOf('Provisioned').textContent).toContain('50 shards');
  });
});

describe('the Kinesis card among the cheapest option of each kind', () => {
  it('names the cheapest mode with its shards and cost, and takes the user to the panel', async () => {
    const user = userEvent.setup();
    render(<App />);
    const kinds = screen.getByRole('heading', { name: 'Cheapest option of each kind' }).nextElementSibling as HTMLElement;
    const card = within(kinds).getByText('Kinesis Data Streams (not Kafka)').closest('li') as HTMLElement;
    const button = within(card).getByRole('button', {
      name: 'Kinesis Data Streams, provisioned: 50 shards, $2,031.00 per month. Show the comparison.',
    });
    expect(button.textContent).toContain('Provisioned');
    expect(button.textContent).toContain('$2,031.00/mo');
    await user.click(button);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Kinesis Data Streams instead?' }));
    // Kinesis is an alternative: the recommendation stays an MSK option.
    expect(screen.getByTestId('overall').textContent).toContain('MSK Express express.m7g.xlarge');
  });
});
