/** SPEC §11 on the page: a replication preset shows both clusters and the three tools; it can be removed and brought back. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';

for (const width of [1280, 390]) {
  test(`the DR preset shows the clusters on both sides and every replication tool, with no accessibility problem at ${width} px`, async ({
    page,
  }) => {
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
    await expect(
      panel.getByRole('figure', { name: 'Monthly cost of the whole setup with each replication tool' }).getByRole('img'),
    ).toHaveCount(3);
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

test('replication settings: focus moves to the pattern after "Add replication", and a decimal share types as it reads', async ({
  page,
}) => {
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

test('on a 390 px phone the replication selects show their whole choice and the clusters table shows whole costs', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByLabel('Start from a preset').selectOption('dr-standby');
  const panel = page.getByRole('region', { name: 'Replication and DR', exact: true });
  await expect(panel).toBeVisible();
  // Each select fits its field, and its longest choice fits the select (text width against the room inside it,
  // less about 20 px for the arrow).
  for (const label of ['Pattern', 'Target region', 'Source cluster runs on', 'Tool used for the totals']) {
    const select = page.getByLabel(label, { exact: true });
    const fit = await select.evaluate((el) => {
      const sel = el as HTMLSelectElement;
      const style = getComputedStyle(sel);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return { fitsField: false, widest: Infinity, room: 0 };
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const field = sel.parentElement?.getBoundingClientRect();
      const box = sel.getBoundingClientRect();
      return {
        fitsField: field !== undefined && box.right <= field.right + 0.5 && box.left >= field.left - 0.5,
        widest: Math.max(...[...sel.options].map((o) => context.measureText(o.text).width)),
        room: sel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20,
      };
    });
    expect(fit.fitsField, label).toBe(true);
    expect(fit.widest, label).toBeLessThanOrEqual(fit.room);
  }
  // The clusters table needs no sideways scrolling, and every monthly cost is inside the visible area.
  const clusters = panel.getByRole('region', { name: 'Replication clusters' });
  await clusters.scrollIntoViewIfNeeded();
  expect(await clusters.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const area = await clusters.boundingBox();
  for (const cell of await clusters.locator('tbody td.num').filter({ hasText: '$' }).all()) {
    await expect(cell).toHaveText(/^\$[\d,]+\.\d\d$/);
    const box = await cell.boundingBox();
    expect(box && area ? box.x + box.width <= area.x + area.width + 0.5 : false).toBe(true);
  }
});

test('an unavailable tool shows "—" and its reason instead of a cost: MirrorMaker 2 with identical names in active-active', async ({
  page,
}) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByLabel('Start from a preset').selectOption('dr-standby');
  await page.getByLabel('Pattern').selectOption('active-active');
  await page.getByLabel(/^Keep identical topic names/).check();
  const tools = page.getByRole('region', { name: 'Replication and DR', exact: true }).getByRole('region', { name: 'Replication tools' });
  const row = tools.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^MirrorMaker 2 on MSK Connect/ }) });
  await expect(row).toContainText('Unavailable: MirrorMaker 2 cannot replicate both ways with identical topic names');
  await expect(row.getByRole('cell').nth(1)).toHaveText('—');
  // MSK Replicator carries it, reading and transferring each record twice.
  await expect(tools.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^MSK Replicator/ }) })).not.toContainText(
    'Unavailable',
  );
});

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  test(`with a standby added, the whole setup's monthly cost and its tool are on the first screen at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const app = new CalculatorPage(page);
    await app.open();
    await page.getByLabel('Start from a preset').selectOption('dr-standby');
    await page.evaluate(() => window.scrollTo(0, 0));
    const setup = page.getByTestId('whole-setup');
    await expect(setup).toContainText(
      /Whole setup: This cluster \+ DR standby in us-west-2 \+ (MSK Replicator|MirrorMaker 2 on MSK Connect)/,
    );
    await expect(setup).toContainText(/\$[\d,]+\.\d\d per month/);
    const box = await setup.boundingBox();
    // On a phone the result bar says the whole setup's cost at once; on a laptop the box is above the fold.
    if (width > 600) expect(box && box.y + box.height <= height).toBe(true);
    else await expect(page.locator('.result-bar')).toContainText('whole setup');
  });
}
