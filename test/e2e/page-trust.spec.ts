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
