// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app';
import { DEFAULT_TABLE_VIEW } from '../../src/state/calculator-store';
import { DEFAULT_SCENARIO, useCalculator } from '../../src/ui/app-store';

beforeAll(() => {
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
});

afterEach(() => {
  cleanup();
  act(() => {
    useCalculator.getState().loadScenario(DEFAULT_SCENARIO);
    useCalculator.getState().setTableView(DEFAULT_TABLE_VIEW);
  });
});

describe('the calculator page', () => {
  it('labels every input with its unit and shows the recommendation for the defaults', () => {
    render(<App />);
    expect(screen.getByLabelText('Peak ingress (MiB/s)')).toHaveProperty('value', '40');
    expect(screen.getByLabelText('Retention (hours)')).toHaveProperty('value', '168');
    expect(screen.getByLabelText('Replication factor (copies)')).toHaveProperty('value', '3');
    // Default scenario: express.m7g.xlarge, 3 brokers, $4,165.95 (worked in test/e2e/app-shell.spec.ts).
    const overall = screen.getByTestId('overall');
    expect(overall.textContent).toContain('MSK Express express.m7g.xlarge');
    expect(overall.textContent).toContain('$4,165.95');
  });

  it('shows an inline message naming the rule when a value is out of range, and keeps the results', async () => {
    const user = userEvent.setup();
    render(<App />);
    const peak = screen.getByLabelText('Peak ingress (MiB/s)');
    await user.clear(peak);
    await user.type(peak, '10');
    expect(peak.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Must be at least avgIngressMiBps (20 MiB/s).')).toBeTruthy();
    expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('last valid inputs'))).toBe(true);
    expect(screen.getByTestId('overall').textContent).toContain('$4,165.95');
  });

  it('lists every option, unavailable ones with their reason', () => {
    render(<App />);
    const table = screen.getByRole('table', { name: /Every way to run this workload/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(41); // header + 40 options
    // kafka.t3.small needs 63 brokers for 40 MiB/s at peak, above the quota of 60 (SPEC §8).
    expect(within(table).getAllByText(/more than the quota of 60 brokers/).length).toBeGreaterThan(0);
  });

  it('filters the table by deployment', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Deployment'), 'msk-express');
    const table = screen.getByRole('table', { name: /Every way to run this workload/ });
    expect(within(table).getAllByRole('row')).toHaveLength(8); // header + 7 Express sizes
  });

  it('explains why an option needs its brokers', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Why? MSK Standard kafka.m5.large' }));
    const details = screen.getByRole('region', { name: /Why \d+ brokers of kafka\.m5\.large\?/ });
    expect(within(details).getByRole('rowheader', { name: /Ingress/ })).toBeTruthy();
    expect(within(details).getByRole('rowheader', { name: 'Total' })).toBeTruthy();
  });
});
