// @vitest-environment jsdom
/**
 * The Kinesis Data Streams settings on the page (SPEC §15), in jsdom: folded under the workload, open
 * on an error, each field re-pricing the panel, an invalid value named at its field while the panel
 * keeps the last good prices, "Back to defaults" with Undo, and the message-rate helper's record size.
 *
 * By hand from us-east-1's prices for the default workload (20/40 MiB/s in, 40/80 out, 168 h):
 *   defaults (1 KiB): 50 shards, provisioned $2,031.00 (see test/ui/results/kinesis-panel.test.tsx)
 *   8 KiB: 40 × 1,024 ÷ 8 = 5,120 records/s → 5.12 shards; reads 2 × 40 ÷ 2 = 40; max × 1.2 = 48 shards:
 *     48 × 730 × $0.015 = $525.60 + PUT 2,560 records/s × 2,628,000 ÷ 10^6 × $0.014 = $94.19
 *     + extended retention 48 × 730 × $0.02 = $700.80 → $1,320.59
 *   message-rate helper: 10,000 messages/s × 512 bytes ÷ 1,048,576 = 4.8828125 MiB/s, records of 512 ÷ 1,024 = 0.5 KiB;
 *     as average ingress (peak stays 40): 40 × 1,024 ÷ 0.5 = 81,920 records/s → 81.92 shards × 1.2 = 98.304 → 99 shards
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/app';
import { DEFAULT_SCENARIO, useCalculator } from '../../../src/ui/app-store';

/** Every keystroke sizes all 40 options again: tests that type need more than the default 5 s. */
const TYPING = 30_000;

beforeAll(async () => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // The page loads these on demand; loaded once here, a test never ends with an import still on its way.
  await import('../../../src/ui/export/export-formats');
  await import('../../../src/ui/charts/charts-panel');
});

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
  act(() => {
    const store = useCalculator.getState();
    store.loadScenario(DEFAULT_SCENARIO);
    for (const n of useCalculator.getState().notices) store.dismissNotice(n.id);
  });
});

const settings = () => document.querySelector('details.kinesis-inputs') as HTMLDetailsElement;
const panel = () => screen.getByRole('region', { name: 'Kinesis Data Streams instead?' });
const provisionedRow = () => within(panel()).getByRole('row', { name: /^Provisioned/ });
const recordSize = () => within(settings()).getByLabelText('Average record size (KiB)') as HTMLInputElement;
const headroom = () => within(settings()).getByLabelText('Shard headroom (%)') as HTMLInputElement;

async function openSettings(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(settings()).getByText('Kinesis Data Streams comparison'));
  expect(settings().open).toBe(true);
}

describe('the Kinesis Data Streams settings', () => {
  it('are folded, at their defaults, with no "Back to defaults" until a field is set', () => {
    render(<App />);
    expect(settings().open).toBe(false);
    expect(recordSize().value).toBe('1');
    expect(headroom().value).toBe('20');
    expect((within(settings()).getByLabelText('Consuming applications') as HTMLInputElement).value).toBe('');
    expect((within(settings()).getByLabelText('Consumers use enhanced fan-out') as HTMLInputElement).checked).toBe(false);
    expect(within(settings()).queryByRole('button', { name: 'Back to defaults' })).toBeNull();
    // They come after the scenario form.
    const form = document.querySelector('form.scenario-form');
    expect(form?.compareDocumentPosition(settings()) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it(
    're-price the panel as a record size is typed, and go back to their defaults with Undo',
    async () => {
      const user = userEvent.setup();
      render(<App />);
      await openSettings(user);
      expect(provisionedRow().textContent).toContain('$2,031.00');
      await user.clear(recordSize());
      await user.type(recordSize(), '8');
      await waitFor(() => expect(provisionedRow().textContent).toContain('$1,320.59'));
      expect(provisionedRow().textContent).toContain('48 shards');
      expect(useCalculator.getState().kinesis).toEqual({ recordSizeKiB: 8 });

      await user.click(within(settings()).getByRole('button', { name: 'Back to defaults' }));
      expect(recordSize().value).toBe('1');
      expect(within(settings()).queryByRole('button', { name: 'Back to defaults' })).toBeNull();
      await waitFor(() => expect(provisionedRow().textContent).toContain('$2,031.00'));
      const notice = screen.getByText('Kinesis Data Streams settings back to their defaults.').closest('.notice') as HTMLElement;
      await user.click(within(notice).getByRole('button', { name: 'Undo' }));
      expect(recordSize().value).toBe('8');
      await waitFor(() => expect(provisionedRow().textContent).toContain('$1,320.59'));
      expect(within(settings()).getByRole('button', { name: 'Back to defaults' })).toBeTruthy();
    },
    TYPING,
  );

  it(
    'name an invalid headroom at its field and keep the last good prices in the panel',
    async () => {
      const user = userEvent.setup();
      render(<App />);
      await openSettings(user);
      await user.clear(recordSize());
      await user.type(recordSize(), '8');
      await waitFor(() => expect(provisionedRow().textContent).toContain('$1,320.59'));
      // Pasted at once: typed key by key, "1" and "12" would be valid headrooms on the way.
      await user.clear(headroom());
      await user.paste('120');
      await waitFor(() => expect(headroom().getAttribute('aria-invalid')).toBe('true'));
      const described = (headroom().getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent);
      expect(described).toContain('Must be between 0 and 100.');
      const banner = screen.getAllByRole('alert').find((a) => a.textContent.includes('needs attention'));
      expect(banner?.textContent).toContain('Kinesis: shard headroom: Must be between 0 and 100.');
      // The panel keeps the prices of the last valid settings (8 KiB, 20 % headroom).
      expect(provisionedRow().textContent).toContain('$1,320.59');
      expect(provisionedRow().textContent).toContain('48 shards');
      // A valid headroom again: 0 % → max(40, 5.12, 40) = 40 shards: 40 × 730 × ($0.015 + $0.02) = $1,022.00 + $94.19 = $1,116.19.
      await user.clear(headroom());
      await user.type(headroom(), '0');
      await waitFor(() => expect(provisionedRow().textContent).toContain('$1,116.19'));
      expect(headroom().getAttribute('aria-invalid')).toBeNull();
    },
    TYPING,
  );

  it('open by themselves when one of their fields has an error', () => {
    render(<App />);
    expect(settings().open).toBe(false);
    act(() => {
      useCalculator.getState().setBlockField('kinesis.headroomPct', 300);
    });
    expect(settings().open).toBe(true);
    expect(headroom().getAttribute('aria-invalid')).toBe('true');
  });

  it(
    'take the record size from the message-rate helper: 10,000 messages/s of 512 bytes are 0.5 KiB records',
    async () => {
      const user = userEvent.setup();
      render(<App />);
      const helper = screen.getByText('From messages per second').closest('details') as HTMLElement;
      await user.click(within(helper).getByText('From messages per second'));
      await user.type(within(helper).getByLabelText('Messages per second'), '10000');
      await user.type(within(helper).getByLabelText('Average message size (bytes)'), '512');
      expect(within(helper).getByRole('status').textContent).toContain('4.88281 MiB/s');
      await user.click(within(helper).getByRole('button', { name: 'Use as average ingress' }));
      expect(useCalculator.getState().form['avgIngressMiBps']).toBe('4.88281');
      expect(useCalculator.getState().kinesis).toEqual({ recordSizeKiB: 0.5 });
      expect(recordSize().value).toBe('0.5');
      await waitFor(() => expect(provisionedRow().textContent).toContain('99 shards'));
      expect(within(settings()).getByRole('button', { name: 'Back to defaults' })).toBeTruthy();
    },
    TYPING,
  );
});
