// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app';
import { DEFAULT_TABLE_VIEW } from '../../src/state/calculator-store';
import { DEFAULT_SCENARIO, useCalculator } from '../../src/ui/app-store';
import { makeScenario } from '../support/factories';

const SMALL = { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1 } as const;

/** Every keystroke sizes all 40 options again; tests that type several fields need more than the default 5 s. */
const TYPING = 30_000;

/** Replaces what is in an input with `text`, as a user would. */
async function retype(user: ReturnType<typeof userEvent.setup>, label: string, text: string) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.type(input, text);
}

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // jsdom has <dialog> but not its modal methods: open and close it as a browser would, without the top layer.
  if (typeof HTMLDialogElement !== 'undefined' && typeof HTMLDialogElement.prototype.showModal !== 'function') {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  }
});

afterEach(() => {
  cleanup();
  // The page writes the scenario into the address bar and reads it back on the next render: start each test without it.
  history.replaceState(null, '', location.pathname);
  act(() => {
    useCalculator.getState().loadScenario(DEFAULT_SCENARIO);
    useCalculator.getState().setTableView(DEFAULT_TABLE_VIEW);
    useCalculator.getState().setTab('calculator');
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

  it(
    'shows an inline message naming the rule when a value is out of range, and keeps the results',
    async () => {
      const user = userEvent.setup();
      render(<App />);
      const peak = screen.getByLabelText('Peak ingress (MiB/s)');
      await user.clear(peak);
      await user.type(peak, '10');
      // While the field is being typed in, its error waits: no message, no banner; the results say they are out of date.
      expect(peak.getAttribute('aria-invalid')).toBeNull();
      expect(screen.queryAllByRole('alert').some((a) => a.textContent?.includes('last valid inputs'))).toBe(false);
      expect(screen.getByText('Out of date: these results are from your last valid inputs.')).toBeTruthy();
      await user.tab(); // leaving the field shows its error, in the page's words
      expect(peak.getAttribute('aria-invalid')).toBe('true');
      // At the field the message names the value typed; the banner names the field.
      expect(screen.getByText('“10” is not allowed: must be at least average ingress (20 MiB/s).')).toBeTruthy();
      expect(
        screen.getAllByRole('alert').some((a) => a.textContent?.includes('Peak ingress: Must be at least average ingress (20 MiB/s).')),
      ).toBe(true);
      expect(screen.getByTestId('overall').textContent).toContain('$4,165.95');
    },
    TYPING,
  );

  it('lists every option, unavailable ones with their reason', () => {
    render(<App />);
    const table = screen.getByRole('table', { name: /Every way to run this workload/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(41); // header + 40 options
    // kafka.t3.small carries 16.384 ÷ 8.7 × 0.5 = 0.94 MiB/s per broker, so 40 MiB/s at peak needs 43 → 45 brokers;
    // T3 has no KRaft, so ZooKeeper's 30 brokers per cluster apply (SPEC §4.1, §8).
    const t3 = rows.find((r) => within(r).queryByRole('rowheader', { name: /kafka\.t3\.small/ }) !== null);
    expect(t3).toBeDefined();
    expect(t3?.textContent).toContain(
      "Needs 45 brokers, but kafka.t3.small cannot run in KRaft mode, so ZooKeeper's limit of 30 brokers per cluster applies.",
    );
  });

  it('filters the table by deployment', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Deployment'), 'msk-express');
    const table = screen.getByRole('table', { name: /Every way to run this workload/ });
    expect(within(table).getAllByRole('row')).toHaveLength(8); // header + 7 Express sizes
  });

  it('explains why an option needs its brokers, and how each figure was reached', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Why? MSK Standard kafka.m5.large' }));
    // SPEC §2 defaults on kafka.m5.large: storage min(81, 250) ÷ 6.5 × 0.5 = 6.23 MiB/s → 40 ÷ 6.23 = 6.4 → 7 → 9;
    // network 96 ÷ 8.7 × 0.5 = 5.52 MiB/s → 7.25 → 8 → 9; partitions 900 ÷ 1,000 → 3; storage 70,875 ÷ 16,384 → 5 → 6.
    const details = screen.getByRole('region', { name: 'Why 9 brokers of kafka.m5.large?' });
    expect(within(details).getByRole('rowheader', { name: /Storage throughput/ })).toBeTruthy();
    expect(within(details).getByRole('rowheader', { name: /Network throughput/ })).toBeTruthy();
    expect(within(details).getByRole('rowheader', { name: 'Total' })).toBeTruthy();
    expect(within(details).getByRole('heading', { name: 'How each figure was reached' })).toBeTruthy();
    const items = within(details)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^Storage throughput \(bottleneck\): 81 MiB\/s /);
    expect(items[0]).toContain(
      '÷ 6.5 (1.5 ingress + 1.5 replication in + 0.5 lagging consumers + 3 rebalancing) × 0.5 utilisation = 6.23 MiB/s per broker',
    );
    expect(items[0]).toContain('40 MiB/s of peak ingress needs 7 → rounded up to a multiple of 3 AZs: 9 brokers');
    expect(items[1]).toContain('96 MiB/s network (AWS sizing logic) ÷ 8.7');
    expect(items[1]).toContain('= 5.52 MiB/s per broker → 40 MiB/s of peak ingress needs 8 → rounded up to a multiple of 3 AZs: 9 brokers');
    expect(items[2]).toMatch(/^Partitions: .*needs 1 → rounded up to a multiple of 3 AZs: 3 brokers$/);
    expect(items[3]).toMatch(
      /^Storage: .*70,875 GiB \(35,437\.5 GiB needed ÷ 0\.5 fill target\) needs 5 → rounded up to a multiple of 3 AZs: 6 brokers$/,
    );
  });

  it(
    'notes the provisioned storage throughput "auto" chose in the Why panel',
    async () => {
      const user = userEvent.setup();
      render(<App />);
      // Peak ingress 100, 24 h retention: kafka.m5.4xlarge needs 6 brokers with PST off (250 ÷ 6.5 × 0.5 = 19.23 MiB/s)
      // and 3 from ceil(100 × 13 / 3) = 434 MiB/s, which costs less (SPEC §4.4).
      await retype(user, 'Peak ingress (MiB/s)', '100');
      await retype(user, 'Retention (hours)', '24');
      await user.click(screen.getByRole('button', { name: 'Why? MSK Standard kafka.m5.4xlarge' }));
      const details = screen.getByRole('region', { name: 'Why 3 brokers of kafka.m5.4xlarge?' });
      const items = within(details)
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '');
      expect(items[0]).toContain('434 MiB/s volume (provisioned storage throughput) ÷ 6.5');
      expect(items[0]).toContain('= 33.38 MiB/s per broker → 100 MiB/s of peak ingress needs 3 → 3 brokers');
      const note = within(details)
        .getAllByRole('paragraph')
        .map((p) => p.textContent);
      expect(note).toContain(
        'Provisioned storage throughput at 434 MiB/s per broker (chosen automatically): 3 brokers instead of 6 with it off, 3 fewer.',
      );
    },
    TYPING,
  );

  it(
    'makes the egress inputs follow ingress × consumer groups, live and read-only, once groups are set',
    async () => {
      const user = userEvent.setup();
      render(<App />);
      const avgEgress = screen.getByLabelText('Average egress (MiB/s)');
      const peakEgress = screen.getByLabelText('Peak egress (MiB/s)');
      expect(avgEgress).toHaveProperty('readOnly', false);
      await user.type(screen.getByLabelText('Consumer groups reading everything (groups)'), '3');
      // 3 groups × 20 and × 40 MiB/s of ingress (SPEC §2).
      expect(avgEgress).toHaveProperty('value', '60');
      expect(peakEgress).toHaveProperty('value', '120');
      expect(avgEgress).toHaveProperty('readOnly', true);
      expect(peakEgress).toHaveProperty('readOnly', true);
      await retype(user, 'Peak ingress (MiB/s)', '50');
      expect(peakEgress).toHaveProperty('value', '150');
      await retype(user, 'Average ingress (MiB/s)', '25');
      expect(avgEgress).toHaveProperty('value', '75');
      expect(screen.queryAllByRole('alert').some((a) => a.textContent?.includes('need attention'))).toBe(false);
      // Emptying the groups gives the egress fields back, with what was typed there before.
      await user.clear(screen.getByLabelText('Consumer groups reading everything (groups)'));
      expect(peakEgress).toHaveProperty('readOnly', false);
      expect(peakEgress).toHaveProperty('value', '80');
    },
    TYPING,
  );

  it(
    'has a Purpose choice, and the rule shown follows it',
    async () => {
      const user = userEvent.setup();
      render(<App />);
      const purpose = screen.getByRole('combobox', { name: 'Purpose' });
      expect(purpose).toHaveProperty('value', 'production');
      expect(
        within(purpose)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Production', 'Development and test']);
      expect(screen.getByTestId('recommendation-rule').textContent).toMatch(
        /^For production: the cheapest available MSK option that is not T3/,
      );
      await user.selectOptions(purpose, 'development');
      expect(screen.getByTestId('recommendation-rule').textContent).toMatch(
        /^For development: the cheapest available MSK option, T3 included/,
      );
    },
    TYPING,
  );

  it(
    'edits provisioned storage throughput as Auto, Off or a fixed rate',
    async () => {
      const user = userEvent.setup();
      render(<App />);
      const pst = screen.getByRole('combobox', { name: 'Provisioned storage throughput (MiB/s per broker)' });
      expect(pst).toHaveProperty('value', 'auto');
      expect(
        within(pst)
          .getAllByRole('option')
          .map((o) => o.getAttribute('value')),
      ).toEqual(['auto', 'off', 'fixed']);
      expect(screen.queryByLabelText('Provisioned storage throughput rate (MiB/s per broker)')).toBeNull();
      await user.selectOptions(pst, 'fixed');
      const rate = screen.getByLabelText('Provisioned storage throughput rate (MiB/s per broker)');
      expect(rate).toHaveProperty('value', '250');
      // Type over the selected "250": emptying the field first would switch the choice to Off.
      await user.type(rate, '400', { initialSelectionStart: 0, initialSelectionEnd: 3 });
      expect(rate).toHaveProperty('value', '400');
      // SPEC §2 defaults: kafka.m5.4xlarge keeps 6 brokers (storage 70,875 ÷ 16,384 → 5 → 6) and now buys min(400, 593) = 400.
      const table = screen.getByRole('table', { name: /Every way to run this workload/ });
      const row = within(table)
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('rowheader', { name: /kafka\.m5\.4xlarge/ }) !== null);
      expect(row).toBeDefined();
      const cells = within(row as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells.slice(0, 4)).toEqual(['6', 'Storage', '11,812.5', '400']);
      await user.selectOptions(pst, 'off');
      expect(screen.queryByLabelText('Provisioned storage throughput rate (MiB/s per broker)')).toBeNull();
    },
    TYPING,
  );

  it(
    'shows the rule and the close alternatives beside the recommendation',
    async () => {
      const user = userEvent.setup();
      act(() => {
        useCalculator.getState().loadScenario(makeScenario(SMALL));
      });
      render(<App />);
      // 1 MiB/s: kafka.m7g.large 3 × $0.204 × 730 + $354.375 + $34.21875 = $835.35; kafka.m5.large $848.49 is
      // 848.49375 ÷ 835.35375 − 1 = 1.6 % dearer, within 5 % (SPEC §8).
      const overall = screen.getByTestId('overall');
      expect(overall.textContent).toContain('MSK Standard kafka.m7g.large');
      expect(overall.textContent).toContain('$835.35');
      expect(within(overall).getByTestId('recommendation-rule').textContent).toContain('not T3');
      const alternative = within(overall).getByRole('button', { name: '3 × kafka.m5.large' });
      expect(alternative.closest('li')?.textContent).toContain('$848.49 per month, +1.6 %');
      await user.click(alternative);
      expect(screen.getByRole('region', { name: 'Why 3 brokers of kafka.m5.large?' })).toBeTruthy();
    },
    TYPING,
  );

  it('compares two options without a difference when one is unavailable, and says why (SPEC §8)', async () => {
    const user = userEvent.setup();
    render(<App />);
    // For development the default pair is M5 against T3.
    await user.selectOptions(screen.getByLabelText('Purpose'), 'development');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    // SPEC §2 defaults: the cheapest M5, kafka.m5.large (9 brokers), against kafka.t3.small, which needs 45 brokers
    // (16.384 ÷ 8.7 × 0.5 = 0.94 MiB/s per broker → 43 → 45) where ZooKeeper allows 30.
    const table = screen.getByRole('table', { name: 'MSK Standard kafka.m5.large vs MSK Standard kafka.t3.small' });
    const rows = within(table).getAllByRole('row').slice(1);
    const brokers = rows.find((r) => within(r).queryByRole('rowheader', { name: 'Brokers' }) !== null);
    expect(
      within(brokers as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['9', '45', '–']);
    for (const row of rows) expect(within(row).getAllByRole('cell').at(-1)?.textContent).toBe('–');
    expect(screen.getByRole('note').textContent).toMatch(
      /^No difference is shown\. MSK Standard kafka\.t3\.small is not available: Needs 45 brokers/,
    );
  });

  it(
    'keeps a section the user opened open while a value in it goes from invalid to valid',
    async () => {
      const user = userEvent.setup();
      render(<App />);
      const advanced = screen.getByRole('heading', { name: 'Advanced' }).closest('details') as HTMLDetailsElement;
      await user.click(screen.getByRole('heading', { name: 'Advanced' }));
      expect(advanced.open).toBe(true);
      const fill = screen.getByLabelText('EBS fill target (fraction)');
      await user.clear(fill);
      await user.type(fill, '2'); // above 0.95: invalid
      await user.clear(fill);
      await user.type(fill, '0.6'); // valid again
      expect(advanced.open).toBe(true);
      expect(document.activeElement).toBe(fill);
    },
    TYPING,
  );
});
