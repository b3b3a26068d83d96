// @vitest-environment jsdom
/** The charts panel: five captioned figures, each with its data as a table (queried by role). */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EDITABLE_ASSUMPTIONS, sizeScenario } from '../../src/domain';
import { ChartsPanel } from '../../src/ui/charts/charts-panel';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';

/** jsdom has no layout: report a fixed size so recharts' ResponsiveContainer draws. */
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    const contentRect = { width: 600, height: 260, x: 0, y: 0, top: 0, left: 0, right: 600, bottom: 260 } as DOMRectReadOnly;
    this.callback([{ target, contentRect } as ResizeObserverEntry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}

const CAPTIONS = [
  'Monthly cost of the cheapest options',
  'Monthly cost as the workload grows',
  'Brokers per instance type',
  'Storage',
  'Cross-AZ transfer',
];

// recharts draws slowly in jsdom and role queries walk every SVG node: render once, let every test read
// the same page, and allow for a busy machine.
describe('charts panel for the default scenario', { timeout: 20_000 }, () => {
  beforeAll(() => {
    globalThis.ResizeObserver = FixedSizeResizeObserver;
    const scenario = makeScenario();
    const result = sizeScenario(scenario, BUNDLED_PRICE_BOOK);
    render(<ChartsPanel result={result} scenario={scenario} priceBook={BUNDLED_PRICE_BOOK} assumptions={DEFAULT_EDITABLE_ASSUMPTIONS} />);
  }, 30_000);
  afterAll(cleanup);

  it('renders five figures, each named by its caption', () => {
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(5);
    for (const caption of CAPTIONS) expect(screen.getByRole('figure', { name: caption })).toBeTruthy();
  });

  it('gives every figure a "Show data as a table" disclosure with a data table', () => {
    for (const caption of CAPTIONS) {
      const table = screen.getByRole('table', { name: `${caption}: data` });
      const figure = table.closest('figure');
      expect(figure?.querySelector('figcaption')?.textContent).toBe(caption);
      expect(table.closest('details')?.querySelector('summary')?.textContent).toBe('Show data as a table');
      // a header row and at least one data row
      expect(table.querySelectorAll('tr').length).toBeGreaterThan(1);
    }
  });

  it('draws a chart in every figure', () => {
    for (const figure of screen.getAllByRole('figure')) {
      expect(figure.querySelector('svg.recharts-surface')).not.toBeNull();
    }
  });

  it('states units in the data tables', () => {
    const storage = screen.getByRole('table', { name: 'Storage: data' });
    expect(within(storage).getByRole('columnheader', { name: 'GiB' })).toBeTruthy();
    // default scenario: 20 MiB/s × 168 h × 3600 / 1024 = 11,812.5 GiB retained (one copy)
    expect(within(storage).getByRole('cell', { name: '11,812.5' })).toBeTruthy();
    const crossAz = screen.getByRole('table', { name: 'Cross-AZ transfer: data' });
    expect(
      within(crossAz)
        .getAllByRole('columnheader')
        .some((h) => h.textContent.includes('GiB/month')),
    ).toBe(true);
  });
});
