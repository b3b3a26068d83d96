/** SPEC §12 on the page: ranges and growth computed in a worker, shown as a table, a sentence and charts. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';

for (const width of [1280, 390]) {
  test(`the growth preset shows the chance of being the cheapest today, cost bands and the least-regret choice, at the top too, with no accessibility problem at ${width} px`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height: 900 });
    const app = new CalculatorPage(page);
    await app.open();
    await page.getByLabel('Start from a preset').selectOption('startup-growth');
    const panel = page.getByRole('region', { name: 'Ranges and growth', exact: true });
    await expect(panel).toBeVisible();
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.getByRole('status')).toContainText('2,000 futures, seed 1, 24 months ahead', { timeout: 20_000 });
    await expect(panel).toContainText('Least regret:');
    await expect(panel).toContainText('than the best plan in hindsight');
    // The Recommendation box says it too, in plain words, on the first screen.
    const top = page.getByTestId('ranges-headline');
    await expect(top).toContainText('chance of being the cheapest today');
    await expect(top).toContainText('over 24 months');
    const table = panel.getByRole('table');
    await expect(table.getByRole('columnheader', { name: 'At month 24' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: "Chance it's the cheapest today" })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: /MSK Serverless/ })).toBeVisible();
    await expect(panel.getByRole('figure', { name: 'Monthly cost over time: typical and the middle 80 % of futures' })).toBeVisible();
    await expect(panel.getByRole('figure', { name: 'Brokers over time (typical future)' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    await page.getByRole('button', { name: 'Remove ranges and growth' }).click();
    await expect(panel).toHaveCount(0);
    await page.getByRole('button', { name: /^Undo/ }).first().click();
    await expect(page.getByRole('region', { name: 'Ranges and growth', exact: true })).toBeVisible();
  });
}

test('a range that does not contain the value in the form is refused at the field, and the ranges survive a reload', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Add ranges and growth' }).click();
  const low = page.getByRole('group', { name: /Peak ingress/ }).getByLabel('Low (MiB/s)');
  await expect(low).toBeFocused();
  await low.fill('50');
  const high = page.getByRole('group', { name: /Peak ingress/ }).getByLabel('High (MiB/s)');
  await high.fill('80');
  await expect(low).toHaveAccessibleDescription("Must be at most the scenario's peak ingress (40): a range must contain the likely value.");
  await low.fill('20');
  await expect(low).not.toHaveAttribute('aria-invalid', 'true');
  const panel = page.getByRole('region', { name: 'Ranges and growth', exact: true });
  await expect(panel.getByRole('status')).toContainText('2,000 futures', { timeout: 20_000 });
  await page.reload();
  await expect(page.getByRole('group', { name: /Peak ingress/ }).getByLabel('High (MiB/s)')).toHaveValue('80');
  await expect(page.getByRole('region', { name: 'Ranges and growth', exact: true }).getByRole('status')).toContainText('2,000 futures', {
    timeout: 20_000,
  });
});

test('a share link carries the ranges: opened elsewhere it shows the same answer for the same seed', async ({ page, browser }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByLabel('Start from a preset').selectOption('startup-growth');
  const status = page.getByRole('region', { name: 'Ranges and growth', exact: true }).getByRole('status');
  await expect(status).toContainText('24 months ahead', { timeout: 20_000 });
  const regret = await page.locator('.ranges-regret').textContent();
  const link = page.url();
  expect(link).toContain('#scenario=');
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  const panel = second.getByRole('region', { name: 'Ranges and growth', exact: true });
  await expect(panel.getByRole('status')).toContainText('2,000 futures, seed 1, 24 months ahead', { timeout: 20_000 });
  await expect(second.locator('.ranges-regret')).toHaveText(regret ?? '');
  await expect(second.getByRole('group', { name: /Monthly growth/ }).getByLabel('Likely (% a month)')).toHaveValue('6');
  await other.close();
});
