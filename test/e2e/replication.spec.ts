/** SPEC §11 on the page: a replication preset shows both clusters and the three tools; it can be removed and brought back. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';

for (const width of [1280, 390]) {
  test(`the DR preset shows the clusters on both sides and every replication tool, with no accessibility problem at ${width} px`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height: 900 });
    const app = new CalculatorPage(page);
    await app.open();
    await page.getByLabel('Start from a preset').selectOption('dr-standby');
    const panel = page.getByRole('region', { name: 'Replication and DR', exact: true });
    await expect(panel).toBeVisible();
    await panel.scrollIntoViewIfNeeded();
    await expect(panel).toContainText('us-east-1 → us-west-2');
    const tools = panel.getByRole('region', { name: 'Replication tools' });
    for (const tool of ['MSK Replicator', 'MirrorMaker 2 on MSK Connect', 'MirrorMaker 2 on EC2']) await expect(tools).toContainText(tool);
    await expect(panel.getByRole('region', { name: 'Replication clusters' })).toContainText('us-west-2');
    // A chart stacks each tool's cost on the two clusters': one bar per tool.
    await expect(panel.getByRole('figure', { name: 'Monthly cost of the whole setup with each replication tool' }).getByRole('img')).toHaveCount(3);
    // AWS's guidance on which tool fits, beside the prices.
    await expect(panel.getByText('Which tool fits')).toBeVisible();
    await expect(panel).toContainText('replication across accounts');
    const results = await new AxeBuilder({ page }).include('#replication-title').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    const whole = await new AxeBuilder({ page }).analyze();
    expect(whole.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    await panel.getByRole('button', { name: 'Remove replication' }).click();
    await expect(panel).toHaveCount(0);
    await page.getByRole('button', { name: /^Undo/ }).first().click();
    await expect(page.getByRole('region', { name: 'Replication and DR', exact: true })).toBeVisible();
  });
}

test('replication settings: focus moves to the pattern after "Add replication", and a decimal share types as it reads', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Add replication' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Pattern')).toBeFocused();
  const share = page.getByLabel('Share of ingress replicated (0–1)');
  await expect(share).toHaveValue('1');
  await share.fill('');
  await share.pressSequentially('0.5', { delay: 40 });
  await expect(share).toHaveValue('0.5');
  await expect(page.getByRole('region', { name: 'Replication and DR', exact: true })).toContainText('× 0.5 replicated');
});

