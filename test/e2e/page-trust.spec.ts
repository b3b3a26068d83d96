/**
 * The page a user can trust and explain (issue: numbers as people type them, explainable results,
 * honest comparisons, nothing lost, every screen).
 */
import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';

test('"Why?" opens a dialog that takes focus, and Escape returns focus to the button that opened it', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  const why = app.optionRow('msk-standard:kafka.m5.large').getByRole('button', { name: /Why\?/ });
  await why.click();
  const dialog = page.getByRole('dialog', { name: /Why \d+ brokers of kafka\.m5\.large\?/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /Why \d+ brokers/ })).toBeFocused();
  await expect(dialog).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(why).toBeFocused();
  await why.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(why).toBeFocused();
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('"12,5" is twelve and a half, shown back with a decimal comma', async ({ page }) => {
    const app = new CalculatorPage(page);
    await app.open();
    await expect(app.field(/^EBS fill target/)).toHaveValue('0,5');
    await app.fill(/^Average ingress/, '12,5');
    await app.fill(/^Peak ingress/, '1.000'); // a thousands group in German
    await app.field(/^Peak ingress/).blur();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.reload(); // the form keeps what was typed; the link holds SPEC units
    await expect(app.field(/^Average ingress/)).toHaveValue('12,5');
    const hash = decodeURIComponent(new URL(page.url()).hash.replace('#scenario=', ''));
    const scenario = JSON.parse(Buffer.from(hash, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect([scenario['avgIngressMiBps'], scenario['peakIngressMiBps']]).toEqual([12.5, 1000]);
  });
});

test('"12,5" typed in an English browser is 12.5 too, never 125', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Average ingress/, '12,5');
  await app.field(/^Average ingress/).blur();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/#scenario=/);
  const scenario = JSON.parse(Buffer.from(new URL(page.url()).hash.replace('#scenario=', ''), 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  expect(scenario['avgIngressMiBps']).toBe(12.5);
});

test('throughput in MB/s and retention in days keep the scenario in MiB/s and hours', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByLabel('Unit of peak ingress').selectOption('MB/s');
  // 40 MiB/s = 40 × 1,048,576 / 1,000,000 = 41.94304 MB/s
  await expect(app.field(/^Peak ingress \(MB\/s\)/)).toHaveValue('41.94304');
  await page.getByLabel('Unit of retention').selectOption('days');
  await expect(app.field(/^Retention \(days\)/)).toHaveValue('7');
  await app.fill(/^Retention \(days\)/, '3');
  await expect(page).toHaveURL(/#scenario=/);
  await expect
    .poll(() => {
      const s = JSON.parse(Buffer.from(new URL(page.url()).hash.replace('#scenario=', ''), 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
      return s['retentionHours'];
    })
    .toBe(72);
});

test('messages per second × message size become ingress', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByText('From messages per second').click();
  await page.getByLabel('Messages per second').fill('20000');
  await page.getByLabel('Average message size (bytes)').fill('1024');
  // 20,000 × 1,024 B = 20,480,000 B/s ÷ 1,048,576 = 19.53125 MiB/s, shown to six significant digits (= 20.48 MB/s)
  await expect(page.getByText('19.5313 MiB/s = 20.48 MB/s')).toBeVisible();
  await page.getByRole('button', { name: 'Use as average ingress' }).click();
  await expect(app.field(/^Average ingress/)).toHaveValue('19.5313');
});

test('an error waits while the user types, then names the field in plain words', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.field(/^Peak ingress/).fill('');
  await app.field(/^Peak ingress/).pressSequentially('5', { delay: 50 });
  await expect(page.getByText('Out of date: these results are from your last valid inputs.')).toBeVisible();
  await expect(page.getByText('“5” is not allowed: must be at least average ingress (20 MiB/s).', { exact: true })).toBeVisible(); // after the pause
  await expect(page.getByRole('alert').filter({ hasText: 'Peak ingress: Must be at least average ingress (20 MiB/s).' })).toBeVisible();
  await expect(page.getByText(/avgIngressMiBps/)).toHaveCount(0);
});

test('Reset, a preset and an opened link can each be undone with one click', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Peak ingress/, '95');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(app.field(/^Peak ingress/)).toHaveValue('40');
  await page.getByRole('status').filter({ hasText: 'Reset every field' }).getByRole('button', { name: 'Undo' }).click();
  await expect(app.field(/^Peak ingress/)).toHaveValue('95');
  await page.getByLabel('Start from a preset').selectOption('log-analytics');
  await expect(app.field(/^Peak ingress/)).toHaveValue('300');
  await page.getByRole('button', { name: /^Undo: back to the scenario before loading the preset/ }).click();
  await expect(app.field(/^Peak ingress/)).toHaveValue('95');
});

test('a shared link carries an edited assumption, so the recipient sees the same numbers', async ({ page, browser }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.tab('Assumptions');
  await page.getByLabel('TLS throughput factor (× plaintext throughput)').fill('0.5');
  await app.tab('Calculator');
  await expect(page).toHaveURL(/#scenario=/);
  await app.settled();
  const recommended = (await app.recommendation.textContent()) ?? '';
  const fresh = await browser.newContext();
  const other = new CalculatorPage(await fresh.newPage());
  await other.open(page.url().replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.recommendation).toHaveText(recommended);
  await other.tab('Assumptions');
  await expect(other.page.getByLabel('TLS throughput factor (× plaintext throughput)')).toHaveValue('0.5');
  await fresh.close();
});

test('an unavailable kind says why on its card', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await expect(page.locator('.class-card', { hasText: 'MSK T3 (dev/test)' })).toContainText('cannot run in KRaft mode');
});

for (const width of [360, 390, 430]) {
  test(`on a ${width} px phone the recommendation and its cost show before the form, and table costs stay on screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const app = new CalculatorPage(page);
    await app.open();
    const bar = page.getByTestId('result-bar');
    await expect(bar).toBeInViewport();
    await expect(bar).toContainText(/express\.m7g\.xlarge.*\$4,165\.95\/month/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const cost = app.optionRow('msk-standard:kafka.m5.large').locator('td').nth(4);
    await cost.scrollIntoViewIfNeeded();
    const box = await cost.boundingBox();
    expect((box?.x ?? Number.POSITIVE_INFINITY) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
  });
}

test('at 1440 px no instance name breaks inside a word', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new CalculatorPage(page);
  await app.open();
  // Each line of a wrapped name must end at a dot: compare each text fragment's line boxes with the dot positions.
  const broken = await page.evaluate(() => {
    const problems: string[] = [];
    for (const el of document.querySelectorAll('.instance-name')) {
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size <= 1) continue;
      // Wrapped: every text node must sit whole on one line (wrapping happens only at the <wbr> after a dot).
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const r = document.createRange();
        r.selectNodeContents(node);
        if (new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1) problems.push(el.textContent ?? '');
      }
    }
    return problems;
  });
  expect(broken).toEqual([]);
});
