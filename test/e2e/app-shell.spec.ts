import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';

// Default scenario (SPEC §2), us-east-1: express.m7g.xlarge needs 3 brokers (40 MiB/s ÷ (31.25 × 0.75) → 2 → 3 AZs).
// 3 × $0.816 × 730 = 1,787.04; storage 20 × 168 × 3600/1024 = 11,812.5 GiB × $0.10 = 1,181.25;
// data in 20 MiB/s = 51,328.125 GiB × $0.01 = 513.28; cross-AZ producers 20 × 2/3 → 34,218.75 GiB × $0.02 = 684.38.
// Total 4,165.95.
test("the app loads the engine and shows the default scenario's recommendation", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await expect(page.getByRole('heading', { level: 1, name: 'MSK Sizer' })).toBeVisible();
  await expect(app.recommendation).toContainText('MSK Express express.m7g.xlarge');
  await expect(app.recommendation).toContainText('3 brokers');
  await expect(app.recommendation).toContainText('$4,165.95');
  await expect(page.getByText('AWS list prices as of')).toContainText('2025-04-04');
});
