/** SPEC §13 on the page: the cluster run today, right-sized beside the recommendation; import, preview, apply, undo; a share link. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';

// SPEC §13.2's worked example: 9 × kafka.m7g.xlarge, $4,480.56 of brokers and storage; 6 × saves $1,493.52.
const VERDICT = 'Over-provisioned: 6 × saves $1,493.52/month';

for (const width of [1280, 390]) {
  test(`the right-sizing preset says what runs, the verdict and every candidate, with no accessibility problem at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new CalculatorPage(page);
    await app.open();
    await page.getByLabel('Start from a preset').selectOption('right-size');
    const panel = page.getByRole('region', { name: 'Current cluster', exact: true });
    await expect(panel).toContainText('You run 9 × kafka.m7g.xlarge (brokers and storage $4,480.56/month).');
    await expect(panel).toContainText(VERDICT);
    await expect(page.getByTestId('current-headline')).toContainText(VERDICT);
    const candidates = panel.getByRole('region', { name: 'Right-sizing candidates' });
    await expect(candidates.getByRole('row', { name: /6 × kafka\.m7g\.xlarge \(recommended\)/ })).toContainText('$1,493.52');
    await expect(candidates.getByRole('row', { name: /9 × kafka\.m7g\.large/ })).toContainText('CPU 48 % of 60 %');
    // The new parts of the page: the current cluster's settings, the recommendation beside it and its panel (the
    // rest of the page has its own axe runs in the other specs).
    const results = await new AxeBuilder({ page }).include('.current-inputs').include('.summary').include('.current-panel').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

test('entered by hand, the current cluster survives a reload and a share link reproduces its right-sizing', async ({ page, browser }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByLabel('Start from a preset').selectOption('right-size');
  // Three brokers fewer by hand: 6 × xlarge is right-sized (3 × fails).
  const brokers = page.getByLabel('Brokers', { exact: true });
  await brokers.fill('6');
  const panel = page.getByRole('region', { name: 'Current cluster', exact: true });
  await expect(panel).toContainText('Right-sized');
  await page.reload();
  await expect(page.getByLabel('Brokers', { exact: true })).toHaveValue('6');
  await expect(page.getByRole('region', { name: 'Current cluster', exact: true })).toContainText('Right-sized');
  const link = page.url();
  expect(link).toContain('#scenario=');
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  await expect(second.getByRole('region', { name: 'Current cluster', exact: true })).toContainText('You run 6 × kafka.m7g.xlarge');
  await expect(second.getByRole('region', { name: 'Current cluster', exact: true })).toContainText('Right-sized');
  await other.close();
});

test('switching what the cluster runs on keeps its size, count and volume where the new kind has them', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByLabel('Start from a preset').selectOption('right-size');
  const runsOn = page.getByLabel('Runs on');
  await runsOn.selectOption('msk-express');
  await expect(page.getByLabel('Broker type')).toHaveValue('express.m7g.xlarge');
  await expect(page.getByLabel('Brokers', { exact: true })).toHaveValue('9');
  await runsOn.selectOption('self-managed');
  await expect(page.getByLabel('Broker type')).toHaveValue('m7g.xlarge');
  await runsOn.selectOption('msk-standard');
  await expect(page.getByLabel('Broker type')).toHaveValue('kafka.m7g.xlarge');
  // Express has no volume: going through it, the volume starts again at its default of 1,000 GiB.
  await expect(page.getByLabel('Volume per broker (GiB)')).toHaveValue('1000');
});

test('a broker count above the quota is refused at the field, and the last result stays', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByLabel('Start from a preset').selectOption('right-size');
  await page.getByLabel('Brokers', { exact: true }).fill('61');
  await expect(page.getByText('Must not exceed broker quota per cluster (60).', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Current cluster', exact: true })).toContainText(VERDICT);
});

const FIXTURES = 'test/fixtures/import';

test('import: choose files, see every value with its derivation and every warning, apply in one step, undo it', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await expect(app.field('Partitions')).toHaveValue('300');
  await page.getByRole('button', { name: 'Import from your cluster…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import from your cluster' });
  await expect(dialog).toBeVisible();
  await dialog
    .locator('input[type="file"]')
    .setInputFiles([`${FIXTURES}/kafka-topics-describe.kafka28-36.txt`, `${FIXTURES}/cloudwatch-get-metric-data.msk.json`]);
  const values = dialog.getByRole('region', { name: 'Values the import sets' });
  // kafka-topics: one topic of 6 partitions, RF 3; it wins over CloudWatch's 475 (precedence, with a warning).
  await expect(values.getByRole('row', { name: /^Partitions/ })).toContainText('6');
  await expect(values.getByRole('row', { name: /^Replication factor/ })).toContainText('3');
  await expect(dialog).toContainText('(precedence)');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(app.field('Partitions')).toHaveValue('6');
  await page.getByRole('button', { name: /^Undo/ }).first().click();
  await expect(app.field('Partitions')).toHaveValue('300');
});

test('import: a file that is not one of the formats is named with its first line, Apply stays off and nothing changes', async ({
  page,
}) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Import from your cluster…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import from your cluster' });
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello kafka\nsecond line\n') });
  await expect(dialog.getByRole('alert')).toContainText('notes.txt');
  await expect(dialog.getByRole('alert')).toContainText('unknown-format');
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import from your cluster…' }).first()).toBeFocused();
  await expect(app.field('Partitions')).toHaveValue('300');
});
