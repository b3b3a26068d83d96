/**
 * Model v2 on the page: consumer groups drive egress live, purpose, provisioned storage throughput
 * chosen per size, derivations in "Why N brokers", honest comparisons, and the Assumptions page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';

interface CliOption {
  id: string;
  brokers: number | null;
  provisionedThroughputMiBps: number | null;
  monthlyCostUsd: { total: number } | null;
}

function sizeWithCli(scenario: Record<string, unknown>): { options: CliOption[]; recommendations: { overall: string | null } } {
  const dir = mkdtempSync(join(tmpdir(), 'msk-e2e-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return JSON.parse(execFileSync('npx', ['tsx', 'src/cli/main.ts', 'size', file, '--format', 'json'], { encoding: 'utf8' })) as never;
}

const usd = (n: number) => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

test('consumer groups make egress follow ingress as it is typed, and the table agrees with the CLI', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Consumer groups reading everything/, '3');
  await expect(app.field(/^Average egress/)).toHaveValue('60'); // 3 × 20
  await expect(app.field(/^Peak egress/)).toHaveValue('120'); // 3 × 40
  await app.fill(/^Peak ingress/, '55');
  await expect(app.field(/^Peak egress/)).toHaveValue('165'); // 3 × 55, no button pressed
  await app.fill(/^Average ingress/, '25');
  await expect(app.field(/^Average egress/)).toHaveValue('75');
  const cli = sizeWithCli({ consumerGroups: 3, avgIngressMiBps: 25, peakIngressMiBps: 55 });
  for (const o of cli.options) {
    await expect(app.optionRow(o.id).locator('td').nth(4)).toHaveText(o.monthlyCostUsd ? usd(o.monthlyCostUsd.total) : '–');
  }
  await app.fill(/^Consumer groups reading everything/, '');
  await expect(app.field(/^Peak egress/)).toBeEditable();
});

test('a development purpose may recommend T3 for a tiny cluster; production never does', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Average ingress/, '1');
  await app.fill(/^Peak ingress/, '1');
  await app.fill(/^Average egress/, '1');
  await app.fill(/^Peak egress/, '1');
  await app.fill(/^Retention/, '24');
  await app.fill(/^Partitions/, '50');
  await expect(app.recommendation).not.toContainText('t3.small');
  await expect(page.getByTestId('recommendation-rule')).toContainText('not T3');
  await app.field(/^Purpose/).selectOption('development');
  await expect(app.recommendation).toContainText('kafka.t3.small');
  await expect(page.getByTestId('recommendation-rule')).toContainText('T3 included');
});

test('provisioned storage throughput is chosen per size and explained in Why N brokers', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Average ingress/, '280');
  await app.fill(/^Peak ingress/, '280');
  await app.fill(/^Average egress/, '280');
  await app.fill(/^Peak egress/, '280');
  await app.fill(/^Retention/, '24');
  // kafka.m7g.2xlarge: 15 brokers with the 250 MiB/s volume, 12 with PST at 304 MiB/s (SPEC §4.4), which is cheaper.
  const row = app.optionRow('msk-standard:kafka.m7g.2xlarge');
  await expect(row.locator('td').nth(0)).toHaveText('12');
  await expect(row.locator('td').nth(3)).toHaveText('304');
  await row.getByRole('button', { name: /Why\?/ }).click();
  const details = page.getByRole('region', { name: /Why 12 brokers of kafka\.m7g\.2xlarge\?/ });
  await expect(details).toContainText('304 MiB/s volume (provisioned storage throughput) ÷ 6.5');
  await expect(details).toContainText('12 brokers instead of 15');
  await page.keyboard.press('Escape');
  await app.openGroup('Advanced');
  await app.field(/^Provisioned storage throughput/).selectOption('off');
  await expect(row.locator('td').nth(0)).toHaveText('15');
  await expect(row.locator('td').nth(3)).toHaveText('off');
  await row.getByRole('button', { name: /Why\?/ }).click();
  const detailsOff = page.getByRole('region', { name: /Why 15 brokers of kafka\.m7g\.2xlarge\?/ });
  await expect(detailsOff).toContainText('250 MiB/s volume (MSK volume default, no provisioned throughput) ÷ 6.5');
  await expect(detailsOff).toContainText('would need 12 brokers instead of 15');
});

test('comparing M5 with an unavailable T3 shows why instead of a difference', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open(); // defaults: T3 would need 45 brokers, above its 30-broker ZooKeeper limit
  await app.field(/^Purpose/).selectOption('development'); // the M5-vs-T3 pair is the default for development
  await app.tab('Compare');
  const table = page.locator('table.compare-table').first();
  await expect(table.locator('thead')).toContainText('MSK Standard kafka.t3.small');
  await expect(page.getByRole('note').filter({ hasText: 'No difference is shown' })).toContainText('cannot run in KRaft mode');
  await expect(
    table
      .getByRole('row', { name: /^Total \(USD\/month\)/ })
      .locator('td')
      .last(),
  ).toHaveText('–');
});

test("the Assumptions page explains PST, the 250 MiB/s default, the TLS factor and T3's limit, and a lower TLS factor slows Express too", async ({
  page,
}) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Peak ingress/, '200');
  await app.fill(/^Average ingress/, '100');
  await app.settled();
  const expressBefore = Number(await app.optionRow('msk-express:express.m7g.large').locator('td').nth(0).innerText());
  await app.tab('Assumptions');
  await expect(page.getByRole('row', { name: /Standard broker volume throughput without provisioned throughput/ })).toContainText(
    '250 MiB per second is the default',
  );
  await expect(page.getByRole('row', { name: /Provisioned storage throughput \(PST\)/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /kafka\.t3\.small brokers per cluster/ })).toContainText('KRaft');
  await expect(page.getByLabel('TLS throughput factor (× plaintext throughput)')).toHaveValue('1');
  await page.getByLabel('TLS throughput factor (× plaintext throughput)').fill('0.5');
  await app.tab('Calculator');
  await app.settled();
  const expressAfter = Number(await app.optionRow('msk-express:express.m7g.large').locator('td').nth(0).innerText());
  // 200 ÷ (15.625 × 0.75) = 17.07 → 18; at half the throughput 200 ÷ 5.86 = 34.1 → 36.
  expect([expressBefore, expressAfter]).toEqual([18, 36]);
});
