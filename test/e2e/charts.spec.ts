/**
 * Charts a user can trust (issue "A page a user can trust"): the growth chart marks today's
 * workload, each chart shows only what applies to the recommended kind, and on a phone no axis
 * label lands on another.
 */
import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';
import { ChartsPanel } from './pages/charts-panel';

test('the growth chart marks "Your workload" at today\'s peak ingress, in the chart and in its data table', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  const charts = new ChartsPanel(page);
  await charts.waitForCharts();
  const growth = charts.chart('Monthly cost as the workload grows');
  await expect(growth.locator('.recharts-reference-line')).toHaveCount(1);
  await expect(growth.locator('svg').getByText('Your workload', { exact: true })).toBeVisible();
  // Default scenario (SPEC §2): peak ingress 40 MiB/s, the ×1 row of the table
  await growth.getByText('Show data as a table').click();
  await expect(growth.getByRole('row', { name: /^40 × 1 \(your workload\)/ })).toBeVisible();
});

test('the storage chart shows no broker volumes when MSK Express is recommended, only the one copy it bills', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await expect(app.recommendation).toContainText('MSK Express');
  const charts = new ChartsPanel(page);
  await charts.waitForCharts();
  const storage = charts.chart('Storage');
  await expect(storage).toContainText('MSK Express, the recommendation, has no broker volumes to provision');
  // Neither the bars nor the data table list local (provisioned) storage.
  await expect(storage).not.toContainText(/Local \(provisioned\)|Local storage provisioned/);
  const bars = charts.tickLabels('Storage', 'y');
  await expect(bars).toHaveCount(1);
  await expect(bars).toContainText('Data retained');
  await storage.getByText('Show data as a table').click();
  // SPEC §5: 20 MiB/s × 168 h × 3600 / 1024 = 11,812.5 GiB, one copy
  await expect(storage.getByRole('row', { name: 'Data retained (one copy) 11,812.5 yes' })).toBeVisible();
});

test('the brokers chart tells the kinds apart with a legend: MSK Standard and MSK Express sizes share names', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  const charts = new ChartsPanel(page);
  await charts.waitForCharts();
  const brokers = charts.chart('Brokers per instance type');
  await expect(brokers.getByRole('listitem')).toHaveText(['MSK Standard M5', 'MSK Standard M7g', 'MSK Express']);
  await expect(charts.tickLabels('Brokers per instance type', 'y').filter({ hasText: /^m7g\.xlarge$/ })).toHaveCount(2);
});

/** A link that opens the calculator on this scenario (format 2; missing fields take the SPEC §2 defaults). */
function scenarioPath(fields: Record<string, unknown>): string {
  return `/#scenario=${Buffer.from(JSON.stringify({ version: 2, ...fields })).toString('base64url')}`;
}

test('the storage chart shows broker volumes and tiered storage when MSK Standard is recommended', async ({ page }) => {
  const app = new CalculatorPage(page);
  // 24 h of 168 h on broker disks: tiered storage makes MSK Standard the cheapest
  await app.open(scenarioPath({ localRetentionHours: 24 }));
  await expect(app.recommendation).toContainText('MSK Standard');
  const charts = new ChartsPanel(page);
  await charts.waitForCharts();
  await expect(charts.tickLabels('Storage', 'y')).toHaveCount(3);
  await expect(charts.chart('Storage')).toContainText('MSK Standard, the recommendation, provisions broker volumes');
});

const PHONE_SCENARIOS: readonly { readonly name: string; readonly path: string }[] = [
  { name: 'the default scenario (MSK Express)', path: '/' },
  { name: 'MSK Standard with tiered storage', path: scenarioPath({ localRetentionHours: 24 }) },
  {
    name: 'MSK Serverless (1 MiB/s kept a year)',
    path: scenarioPath({
      avgIngressMiBps: 1,
      peakIngressMiBps: 2,
      avgEgressMiBps: 1,
      peakEgressMiBps: 2,
      partitions: 10,
      retentionHours: 8760,
    }),
  },
];

for (const width of [360, 390, 430]) {
  for (const scenario of PHONE_SCENARIOS) {
    test(`at ${width} px no axis tick label overlaps another or leaves its chart: ${scenario.name}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const app = new CalculatorPage(page);
      await app.open(scenario.path);
      const charts = new ChartsPanel(page);
      await charts.waitForCharts();
      const { labelsChecked, problems } = await charts.tickProblems();
      // Five charts, each with labels on both axes: every scenario here draws well over 40.
      expect(labelsChecked).toBeGreaterThan(40);
      expect(problems).toEqual([]);
    });
  }
}
