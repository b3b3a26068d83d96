import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';

interface CliOption {
  id: string;
  brokers: number | null;
  available: boolean;
  monthlyCostUsd: { total: number } | null;
}

function sizeWithCli(scenario: Record<string, unknown>): CliOption[] {
  const dir = mkdtempSync(join(tmpdir(), 'msk-e2e-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  const out = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'size', file, '--format', 'json'], { encoding: 'utf8' });
  return (JSON.parse(out) as { options: CliOption[] }).options;
}

const usd = (n: number) => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

test('inputs set by their labels give the same table as cli size --format json', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Scenario name/, 'Orders pipeline');
  await app.field(/^AWS region/).selectOption('eu-west-1');
  await app.fill(/^Average ingress/, '120');
  await app.fill(/^Peak ingress/, '250');
  await app.fill(/^Average egress/, '300');
  await app.fill(/^Peak egress/, '600');
  await app.fill(/^Retention/, '72');
  await app.fill(/^Partitions/, '1500');
  await app.openGroup('Advanced');
  await app.fill(/^Broker safety margin/, '1');
  await app.fill(/^Local retention/, '24');
  await expect(app.recommendation).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  const options = sizeWithCli({
    name: 'Orders pipeline',
    region: 'eu-west-1',
    avgIngressMiBps: 120,
    peakIngressMiBps: 250,
    avgEgressMiBps: 300,
    peakEgressMiBps: 600,
    retentionHours: 72,
    partitions: 1500,
    brokerSafetyFactor: 1,
    localRetentionHours: 24,
  });
  expect(options).toHaveLength(40);
  for (const o of options) {
    const row = app.optionRow(o.id);
    const cells = row.locator('td');
    await expect(cells.nth(0)).toHaveText(o.brokers === null ? /serverless|–/ : String(o.brokers));
    await expect(cells.nth(4)).toHaveText(o.monthlyCostUsd ? usd(o.monthlyCostUsd.total) : '–');
  }
});

test('the scenario survives a reload', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Peak ingress/, '95');
  await app.fill(/^Scenario name/, 'Reload me');
  await page.reload();
  await expect(app.field(/^Peak ingress/)).toHaveValue('95');
  await expect(app.field(/^Scenario name/)).toHaveValue('Reload me');
});

test('a copied link opens the same scenario in a fresh browser', async ({ page, browser }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Peak ingress/, '180');
  await app.fill(/^Average ingress/, '90');
  await app.field(/^Availability zones/).selectOption('2');
  await expect(page).toHaveURL(/#scenario=/);
  const url = page.url();
  await app.settled();
  const recommended = (await app.recommendation.textContent()) ?? '';

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherApp = new CalculatorPage(other);
  await otherApp.open(url.replace(/^https?:\/\/[^/]+/, ''));
  await expect(otherApp.field(/^Peak ingress/)).toHaveValue('180');
  await expect(otherApp.field(/^Availability zones/)).toHaveValue('2');
  await expect(otherApp.recommendation).toHaveText(recommended);
  await fresh.close();
});

test('the plain base64url link form is read', async ({ page }) => {
  const scenario = { version: 1, name: 'From a link', peakIngressMiBps: 333, avgIngressMiBps: 100 };
  const encoded = Buffer.from(JSON.stringify(scenario)).toString('base64url');
  const app = new CalculatorPage(page);
  await app.open(`/#scenario=${encoded}`);
  await expect(app.field(/^Peak ingress/)).toHaveValue('333');
  await expect(app.field(/^Scenario name/)).toHaveValue('From a link');
});

test('a malformed link says what is wrong and keeps the page working', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open('/#scenario=%%%not-base64');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(app.recommendation).toBeVisible();
  const invalid = Buffer.from(JSON.stringify({ peakIngressMiBps: -5 })).toString('base64url');
  await page.goto(`/#scenario=${invalid}`);
  await expect(page.getByRole('alert').filter({ hasText: 'Peak ingress: Must be greater than 0 MiB/s.' })).toBeVisible();
  await expect(app.recommendation).toBeVisible();
});

test('an invalid value shows an inline message and keeps the last good results', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  const before = (await app.recommendation.textContent()) ?? '';
  await app.fill(/^Peak ingress/, '5');
  await expect(page.getByText('“5” is not allowed: must be at least average ingress (20 MiB/s).', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'last valid inputs' })).toBeVisible();
  await expect(app.recommendation).toHaveText(before);
  await app.fill(/^Peak ingress/, 'abc');
  await expect(page.getByText('“abc” is not allowed: must be a number (MiB/s).', { exact: true })).toBeVisible();
});

test('a corrupt stored state falls back to the defaults with a notice', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('msk-sizer', '{"state": {"form": 42}, "version": 1}'));
  const app = new CalculatorPage(page);
  await app.open();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(app.field(/^Peak ingress/)).toHaveValue('40');
});

test('compare shows the cheapest M5 against the cheapest T3 with differences for a development cluster', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.field(/^Purpose/).selectOption('development');
  await app.fill(/^Average ingress/, '2');
  await app.fill(/^Peak ingress/, '4');
  await app.fill(/^Average egress/, '4');
  await app.fill(/^Peak egress/, '8');
  await app.tab('Compare');
  const table = page.locator('table.compare-table').first();
  await expect(table.locator('thead')).toContainText('MSK Standard kafka.m5.large');
  await expect(table.locator('thead')).toContainText('MSK Standard kafka.t3.small');
  await expect(table.getByRole('row', { name: /^Total \(USD\/month\)/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Difference (second − first)' })).toBeVisible();
});

test('why N brokers explains the constraints of an option', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.optionRow('msk-standard:kafka.m5.large').getByRole('button', { name: /Why\?/ }).click();
  const details = page.getByRole('region', { name: /Why \d+ brokers of kafka\.m5\.large\?/ });
  await expect(details).toBeVisible();
  await expect(details.getByRole('row', { name: /Storage throughput/ })).toBeVisible();
  await expect(details.getByRole('row', { name: /Network throughput/ })).toBeVisible();
  await expect(details.getByRole('row', { name: /Partitions/ })).toBeVisible();
  await expect(details.getByRole('row', { name: /^Total/ })).toBeVisible();
});

test('the assumptions page lists sources and its TLS factor changes the results', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  const m5Before = await app.optionRow('msk-standard:kafka.m5.large').locator('td').nth(0).innerText();
  await app.tab('Assumptions');
  await expect(page.getByRole('cell', { name: /msk_sizing\.py/ }).first()).toBeVisible();
  await page.getByLabel('TLS throughput factor (× plaintext throughput)').fill('0.35');
  await app.tab('Calculator');
  await app.settled();
  const m5After = await app.optionRow('msk-standard:kafka.m5.large').locator('td').nth(0).innerText();
  expect(Number(m5After)).toBeGreaterThan(Number(m5Before));
});

for (const width of [1280, 390]) {
  test(`axe finds no serious or critical accessibility problem on any view at ${width} px, nor in the "Why" dialog`, async ({ page }) => {
    test.setTimeout(120_000); // four full axe runs; slow on a busy 2-core machine
    await page.setViewportSize({ width, height: 900 });
    const app = new CalculatorPage(page);
    await app.open();
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map(
          (v) =>
            `${where}: ${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
    };
    for (const view of ['Calculator', 'Compare', 'Assumptions'] as const) {
      await app.tab(view);
      await check(view);
    }
    await app.tab('Calculator');
    await app.optionRow('msk-standard:kafka.m5.large').getByRole('button', { name: /Why\?/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('Why dialog');
  });
}

test('works by keyboard: tab to a field, type, and the results follow', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.field(/^Scenario name/).focus();
  await page.keyboard.press('Tab'); // region
  await page.keyboard.press('Tab'); // average ingress
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await page.keyboard.press('Tab'); // its unit switch (MiB/s or MB/s)
  await page.keyboard.press('Tab'); // peak ingress
  await page.keyboard.press('Control+A');
  await page.keyboard.type('300');
  await expect(app.field(/^Peak ingress/)).toHaveValue('300');
  await expect(app.recommendation).not.toContainText('$4,165.95');
});

test('fits a 360 px wide screen without sideways scrolling of the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const app = new CalculatorPage(page);
  await app.open();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
