import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';

const HOSTILE_NAME = '=HYPERLINK("http://example.invalid","x") ${evil} <b>|';

function runCli(args: string[]): string {
  return execFileSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
}

async function download(page: Page, button: string): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'msk-dl-')), file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

test('the CSV download parses, guards formulas, and matches the table and the CLI byte for byte', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Scenario name/, HOSTILE_NAME);
  await app.fill(/^Peak ingress/, '120');
  await app.fill(/^Average ingress/, '60');
  const { path, name } = await download(page, 'Download CSV');
  expect(name).toMatch(/^msk-sizing-hyperlink-http-example-invalid-x-evil-b-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(path, 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  // 40 options, then the 3 Kinesis Data Streams modes (SPEC §15), each row guarded the same way.
  expect(parsed.data).toHaveLength(43);
  expect(parsed.data.slice(40).map((r) => r['Option ID'])).toEqual([
    'kinesis:kinesis-provisioned',
    'kinesis:kinesis-on-demand',
    'kinesis:kinesis-on-demand-advantage',
  ]);
  for (const row of parsed.data.slice(40)) expect(row['Scenario']).toBe(`'${HOSTILE_NAME}`);
  for (const row of parsed.data.slice(0, 40)) {
    expect(row['Scenario']).toBe(`'${HOSTILE_NAME}`);
    const cells = app.optionRow(row['Option ID'] ?? '').locator('td');
    const total = row['Total (USD/month)'] ?? '';
    const shown = total === '' ? '–' : `$${Number(total).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    await expect(cells.nth(4)).toHaveText(shown);
    await expect(cells.nth(0)).toHaveText(row['Brokers (count)'] || /serverless|–/);
  }
  const dir = mkdtempSync(join(tmpdir(), 'msk-cli-'));
  writeFileSync(join(dir, 's.json'), JSON.stringify({ name: HOSTILE_NAME, peakIngressMiBps: 120, avgIngressMiBps: 60 }));
  expect(runCli(['size', join(dir, 's.json'), '--format', 'csv'])).toBe(`${text}\r\n`);
});

test('the Markdown download is what cli size --format markdown prints for the same scenario', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Scenario name/, 'Parity check');
  await app.fill(/^Partitions/, '900');
  const { path } = await download(page, 'Download Markdown');
  const dir = mkdtempSync(join(tmpdir(), 'msk-cli-'));
  writeFileSync(join(dir, 's.json'), JSON.stringify({ name: 'Parity check', partitions: 900 }));
  expect(runCli(['size', join(dir, 's.json'), '--format', 'markdown'])).toBe(readFileSync(path, 'utf8'));
});

test("the PDF report is real text with the page's numbers, page numbers and a safe file name", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Scenario name/, HOSTILE_NAME);
  await app.settled();
  const overallText = (await app.recommendation.textContent()) ?? '';
  const monthly = /\$[\d,]+\.\d{2}/.exec(overallText)?.[0] ?? 'missing';
  const started = Date.now();
  const { path, name } = await download(page, 'Download PDF report');
  const seconds = (Date.now() - started) / 1000;
  expect(name).toMatch(/^msk-sizing-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('MSK sizing report');
  expect(text).toContain('=HYPERLINK("http://example.invalid","x")');
  expect(text).toContain('AWS list prices as of 2025-04-04');
  expect(text).toContain(monthly);
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toContain('Price and specification sources');
  expect(text).toContain('Monthly cost of the cheapest options');
  const m5 = await app.optionRow('msk-standard:kafka.m5.large').locator('td').nth(4).innerText();
  expect(text).toContain(m5.replace('$', ''));
  expect(seconds).toBeLessThan(10);
});

test('exported scenario JSON imports back (button) and a broken file is refused with a message', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Scenario name/, 'Round trip');
  await app.fill(/^Peak ingress/, '77');
  const { path } = await download(page, 'Export scenario (JSON)');
  const exported = JSON.parse(readFileSync(path, 'utf8')) as { version: number; peakIngressMiBps: number };
  expect(exported).toMatchObject({ version: 2, peakIngressMiBps: 77 });
  const result = await download(page, 'Export full result (JSON)');
  expect(JSON.parse(readFileSync(result.path, 'utf8'))).toMatchObject({ version: 2, scenario: { name: 'Round trip' } });

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(app.field(/^Peak ingress/)).toHaveValue('40');
  await page.locator('#scenario-import').setInputFiles(path);
  await expect(app.field(/^Peak ingress/)).toHaveValue('77');
  await expect(app.field(/^Scenario name/)).toHaveValue('Round trip');

  const broken = join(mkdtempSync(join(tmpdir(), 'msk-bad-')), 'broken.json');
  writeFileSync(broken, '{"peakIngressMiBps": "fast", "colour": 1}');
  await page.locator('#scenario-import').setInputFiles(broken);
  await expect(page.getByRole('alert').filter({ hasText: 'broken.json could not be imported' })).toContainText(
    'Peak ingress: Must be a number (MiB/s). colour: Is not a scenario field (format 2); remove it or check its spelling.',
  );
  await expect(app.field(/^Peak ingress/)).toHaveValue('77');
});

test('a scenario file dropped on the import zone loads', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  const text = JSON.stringify({ version: 1, name: 'Dropped', partitions: 4321 });
  const transfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(app.field(/^Partitions/)).toHaveValue('4321');
});

test('Terraform for the recommended option is shown and parses as HCL', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByText('Terraform starting point', { exact: true }).click();
  const code = page.getByLabel('Terraform code');
  await expect(code).toContainText('resource "aws_msk_cluster"');
  await expect(code).toContainText('number_of_broker_nodes = 3');
  await expect(code).toContainText('"express.m7g.xlarge"');
  const { parse } = await import('@cdktf/hcl2json');
  const hcl = (await parse('main.tf', (await code.textContent()) ?? '')) as {
    resource: { aws_msk_cluster: Record<string, [{ number_of_broker_nodes: number }]> };
  };
  const cluster = Object.values(hcl.resource.aws_msk_cluster)[0];
  expect(cluster?.[0].number_of_broker_nodes).toBe(3);
});

/** Each page's text, as pdftotext reads it. */
function pdfPages(path: string): string[] {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '');
}

test('the PDF starts with a one-page summary a manager can read alone', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.fill(/^Scenario name/, 'Orders pipeline');
  await app.fill(/^Peak ingress/, '300');
  await app.fill(/^Average ingress/, '150');
  await app.settled();
  const headline = (await app.recommendation.textContent()) ?? '';
  const monthly = /\$[\d,]+\.\d{2}/.exec(headline)?.[0] ?? 'missing';
  const { path } = await download(page, 'Download PDF report');
  const [first = '', ...rest] = pdfPages(path);
  for (const expected of [
    'Orders pipeline',
    'Region us-east-1',
    'AWS list prices as of 2025-04-04',
    'Recommendation',
    monthly,
    'per year',
    'Rule: For production',
    'The assumptions that matter most here',
    'Cheapest option of each kind',
  ]) {
    expect(first).toContain(expected);
  }
  expect(rest.join('\n')).toContain('Why ');
  expect(rest.join('\n')).toContain('Every option and its cost lines');
});

test('a scenario name in Japanese, Chinese, Korean, Cyrillic or Polish prints as it is in the PDF', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new CalculatorPage(page);
  await app.open();
  for (const name of ['東京の注文パイプライン', '消息队列订单', '주문 파이프라인', 'Заказы Łódź']) {
    await app.fill(/^Scenario name/, name);
    const { path } = await download(page, 'Download PDF report');
    const [first = ''] = pdfPages(path);
    expect(first).toContain(name);
  }
});

test('no PDF page is nearly empty, and money has thousands separators: cents in cost tables, whole dollars on chart axes', async ({
  page,
}) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.field(/^Purpose/).selectOption('development'); // the comparison has an unavailable side, with its note
  const { path } = await download(page, 'Download PDF report');
  const pages = pdfPages(path);
  expect(pages.length).toBeGreaterThan(5);
  for (const [i, text] of pages.entries()) {
    expect(text.split('\n').filter((l) => l.trim() !== '').length, `page ${i + 1}`).toBeGreaterThanOrEqual(5);
  }
  const all = pages.join('\n');
  // Every dollar amount groups its thousands and has two decimals or none: $4,165.95 in a table, $10,000 on an axis
  // (never $4165.95 or $4,165.9). Unit prices keep every published decimal ("$0.015 per shard-hour").
  const amounts = all.match(/\$\d[\d,]*(\.\d+)?(?![\d.,]| per )/g) ?? [];
  expect(amounts.filter((m) => !/^\$\d{1,3}(,\d{3})*(\.\d{2})?$/.test(m))).toEqual([]);
  // In the options table (USD columns) every total is written the same way as on the page, without the sign.
  for (const id of [
    'msk-standard:kafka.m5.large',
    'msk-express:express.m7g.xlarge',
    'self-managed:m7g.large',
    'msk-serverless:serverless',
  ]) {
    const shown = await app.optionRow(id).locator('td').nth(4).innerText();
    expect(shown).toMatch(/^\$\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(all).toContain(shown.replace('$', ''));
  }
});

test('with a replication block the PDF summary names the setup and a later page prices every tool (SPEC §11)', async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByLabel('Start from a preset').selectOption('dr-standby');
  await expect(page.getByRole('region', { name: 'Replication and DR', exact: true })).toBeVisible();
  await app.settled();
  const { path } = await download(page, 'Download PDF report');
  const [first = '', ...rest] = pdfPages(path);
  expect(first).toContain('Replication and DR');
  expect(first).toMatch(/us-east-1 (→|->) us-west-2/); // the PDF's standard fonts print the arrow as ->
  for (const tool of ['MSK Replicator', 'MirrorMaker 2 on MSK Connect', 'MirrorMaker 2 on EC2']) expect(rest.join('\n')).toContain(tool);
});

test('with a current cluster the PDF summary says what runs and the verdict, and a section lists every candidate (SPEC §13)', async ({
  page,
}) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByLabel('Start from a preset').selectOption('right-size');
  await expect(page.getByRole('region', { name: 'Current cluster', exact: true })).toBeVisible();
  await app.settled();
  const { path } = await download(page, 'Download PDF report');
  const [first = '', ...rest] = pdfPages(path);
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  expect(flat(first)).toContain('You run 9 × kafka.m7g.xlarge (brokers and storage $4,480.56/month).');
  expect(flat(first)).toContain('Over-provisioned: 6 × saves $1,493.52/month');
  const later = flat(rest.join('\n'));
  expect(later).toContain('Check that binds or fails');
  expect(later).toContain('9 × kafka.m7g.large');
  expect(later).toContain('CPU 48 % of 60 %');
});
