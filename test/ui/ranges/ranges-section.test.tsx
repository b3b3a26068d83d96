// @vitest-environment jsdom
/**
 * Ranges and growth on the page (SPEC §12), in jsdom: without a Web Worker the same steps run on the
 * page's thread, so the inputs, field errors, panel, removal and undo can be tried as a user would.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/app';
import { DEFAULT_SCENARIO, useCalculator } from '../../../src/ui/app-store';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
  act(() => {
    useCalculator.getState().loadScenario(DEFAULT_SCENARIO);
  });
});

const rangeEnd = (name: RegExp, end: 'Low' | 'High', unit: string) =>
  within(screen.getByRole('group', { name })).getByLabelText(`${end} (${unit})`);

describe('ranges and growth on the page', () => {
  it('adds the settings with focus on the first range, sizes the futures and shows the table, then removes them with undo', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Add ranges and growth' }));
    const low = rangeEnd(/^Peak ingress/, 'Low', 'MiB/s');
    expect(document.activeElement).toBe(low);
    // A short, small run keeps the test quick: 250 futures, 2 months.
    await user.clear(screen.getByLabelText('Futures drawn (250–10,000)'));
    await user.type(screen.getByLabelText('Futures drawn (250–10,000)'), '250');
    await user.clear(screen.getByLabelText('Horizon (months, 0–60)'));
    await user.type(screen.getByLabelText('Horizon (months, 0–60)'), '2');
    await user.type(low, '20');
    await user.type(rangeEnd(/^Peak ingress/, 'High', 'MiB/s'), '80');
    const panel = await screen.findByRole('region', { name: 'Ranges and growth' });
    await waitFor(() => expect(within(panel).getByRole('status').textContent).toContain('250 futures, seed 1, 2 months ahead'), {
      timeout: 20_000,
    });
    expect(
      within(panel)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toContain("Chance it's the cheapest today");
    expect(panel.textContent).toContain('than the best plan in hindsight');

    await user.click(screen.getByRole('button', { name: 'Remove ranges and growth' }));
    expect(screen.queryByRole('region', { name: 'Ranges and growth' })).toBeNull();
    await user.click(screen.getAllByRole('button', { name: /^Undo/ })[0] as HTMLElement);
    expect((rangeEnd(/^Peak ingress/, 'High', 'MiB/s') as HTMLInputElement).value).toBe('80');
  }, 40_000);

  it("says at the field when a range leaves out the value in the form, in the page's words", async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Add ranges and growth' }));
    await user.type(rangeEnd(/^Retention/, 'Low', 'hours'), '200');
    await user.type(rangeEnd(/^Retention/, 'High', 'hours'), '400');
    await user.tab();
    const low = rangeEnd(/^Retention/, 'Low', 'hours');
    await waitFor(() => expect(low.getAttribute('aria-invalid')).toBe('true'));
    const described = (low.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described).toContain("Must be at most the scenario's retention (168): a range must contain the likely value.");
  }, 20_000);
});
