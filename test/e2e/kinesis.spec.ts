/**
 * SPEC §15 on the page: Kinesis Data Streams priced beside MSK on the same workload, its settings
 * folded under the workload, kept across reloads and links, in the PDF; and the Assumptions page's
 * Price List line (SPEC §14).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';

/*
 * The default workload (20/40 MiB/s in, 40/80 out, 7 days, us-east-1), by hand from us-east-1's prices:
 * consumers = round(80 ÷ 40) = 2; shards = ceil(max(40, 40 × 1,024 ÷ 1,000 = 40.96, 2 × 40 ÷ 2 = 40) × 1.2) = ceil(49.152) = 50.
 * Provisioned: 50 × 730 × $0.015 = $547.50 + PUT 20 × 1,024 = 20,480 records/s × 2,628,000 ÷ 10^6 × $0.014 = $753.50
 *   + extended retention 50 × 730 × $0.02 = $730.00 → $2,031.00.
 * On-demand: 730 × $0.04 = $29.20 + 20 × 2,628,000 ÷ 1,024 = 51,328.125 GB × $0.08 = $4,106.25 + 2 × that × $0.04 = $4,106.25
 *   + retention 51,328.125 × 144 ÷ 730 = 10,125 GB-month × $0.10 = $1,012.50 → $9,254.20.
 * Advantage: max(51,328.125, 64,160.16) × $0.032 = $2,053.13 + 102,656.25 × $0.016 = $1,642.50 + 10,125 × $0.023 = $232.88 → $3,928.50.
 */
const PROVISIONED = '$2,031.00';
const ON_DEMAND = '$9,254.20';
const ADVANTAGE = '$3,928.50';
/*
 * 8 KiB records: records = 40 × 1,024 ÷ 8 = 5,120/s → 5.12; readers still need 40 → 48 shards.
 * 48 × 730 × $0.015 = $525.60 + PUT 2,560/s × 2.628 × $0.014 = $94.19 + 48 × 730 × $0.02 = $700.80 → $1,320.59.
 */
const PROVISIONED_8_KIB = '$1,320.59';

const panelOf = (page: Page) => page.getByRole('region', { name: 'Kinesis Data Streams instead?' });
const rowOf = (page: Page, mode: string) => panelOf(page).getByRole('row', { name: new RegExp(`^${mode}`) });

async function openKinesisSettings(page: Page): Promise<void> {
  const group = page.locator('details.kinesis-inputs');
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
}

for (const width of [1440, 390]) {
  test(`prices the workload on Kinesis Data Streams beside the kinds of Kafka, with no accessibility problem at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new CalculatorPage(page);
    await app.open();
    await expect(rowOf(page, 'Provisioned')).toContainText(PROVISIONED);
    await expect(rowOf(page, 'Provisioned')).toContainText('50 shards');
    await expect(rowOf(page, 'On-demand standard')).toContainText(ON_DEMAND);
    await expect(rowOf(page, 'On-demand Advantage')).toContainText(ADVANTAGE);
    await expect(panelOf(page)).toContainText('What you give up');
    await expect(panelOf(page).getByRole('link', { name: 'Kinesis Data Streams quotas and limits' })).toHaveAttribute(
      'href',
      /service-sizes-and-limits/,
    );
    // Beside the cheapest option of each kind, the cheapest mode; choosing it goes to the panel.
    const card = page.getByRole('button', { name: /^Kinesis Data Streams, provisioned: 50 shards/ });
    await expect(card).toContainText(PROVISIONED);
    await card.click();
    await expect(page.getByRole('heading', { name: 'Kinesis Data Streams instead?' })).toBeFocused();
    await openKinesisSettings(page);
    await panelOf(page).getByText('How each mode is worked out').click();
    await expect(panelOf(page).getByRole('region', { name: 'Provisioned: how it is worked out' })).toContainText('$547.50');
    const results = await new AxeBuilder({ page }).include('.kinesis-panel').include('.kinesis-inputs').include('.summary').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

test('the Kinesis settings change the prices, survive a reload and a link, go back to their defaults and come back with Undo', async ({
  page,
  browser,
}) => {
  const app = new CalculatorPage(page);
  await app.open();
  await openKinesisSettings(page);
  await page.getByLabel(/^Average record size/).fill('8');
  await expect(rowOf(page, 'Provisioned')).toContainText(PROVISIONED_8_KIB);
  await page.reload();
  await expect(rowOf(page, 'Provisioned')).toContainText(PROVISIONED_8_KIB);
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(page.url());
  await expect(rowOf(second, 'Provisioned')).toContainText(PROVISIONED_8_KIB);
  await other.close();
  await openKinesisSettings(page);
  await page.getByRole('button', { name: 'Back to defaults' }).click();
  await expect(rowOf(page, 'Provisioned')).toContainText(PROVISIONED);
  await expect(page.getByLabel(/^Average record size/)).toHaveValue('1');
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await expect(rowOf(page, 'Provisioned')).toContainText(PROVISIONED_8_KIB);
});

test('a refused Kinesis setting is flagged at its field and the last good prices stay', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await openKinesisSettings(page);
  const headroom = page.getByLabel(/^Shard headroom/);
  await headroom.fill('150');
  await headroom.blur();
  await expect(page.locator('#kinesis-headroomPct-error')).toContainText('100');
  await expect(rowOf(page, 'Provisioned')).toContainText(PROVISIONED);
  await headroom.fill('0');
  // No headroom: ceil(40.96) = 41 shards.
  await expect(rowOf(page, 'Provisioned')).toContainText('41 shards');
});

test('a region without on-demand Advantage prices says so instead of pricing it at zero', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.field(/^AWS region/).selectOption('eu-west-1');
  await expect(rowOf(page, 'On-demand Advantage')).toContainText('not available');
  await expect(rowOf(page, 'On-demand Advantage')).not.toContainText('$0.00');
  const notes = panelOf(page).getByRole('list', { name: 'Notes on the Kinesis modes' });
  await expect(notes).toContainText(
    'On-demand Advantage: Not available: Kinesis Data Streams, on-demand Advantage: not priced in eu-west-1',
  );
});

test('the PDF carries the Kinesis section and its line on the summary page', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF report' }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'msk-kds-')), file.suggestedFilename());
  await file.saveAs(path);
  const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f');
  expect(pages[0]?.replace(/\s+/g, ' ')).toContain(`On Kinesis Data Streams this workload would cost ${PROVISIONED}/month at the cheapest`);
  const all = pages.join('\n');
  expect(all).toContain('Kinesis Data Streams instead?');
  expect(all).toContain('What you give up');
  expect(all).toContain(ON_DEMAND);
});

test('the Assumptions page says whether the prices were refreshed from the Price List, and how to', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.tab('Assumptions');
  await expect(page.getByText(/Not refreshed from AWS's Price List/)).toBeVisible();
  await expect(page.getByText('npm run prices:refresh -- --download')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kinesis Data Streams' })).toBeVisible();
});
