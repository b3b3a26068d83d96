/** The PDF a pipeline writes (`cli size --format pdf`) is, page for page in its text, the PDF the page downloads. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CalculatorPage } from './pages/calculator-page';

async function download(page: Page, button: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

const pagesOf = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f');

test('the CLI’s PDF equals the page’s PDF, page for page, for the same scenario', async ({ page }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'msk-pdf-parity-'));
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByLabel('Start from a preset').selectOption('right-size');
  await app.settled();
  const scenario = await download(page, 'Export scenario (JSON)', dir);
  const fromPage = await download(page, 'Download PDF report', dir);
  const fromCli = join(dir, 'cli.pdf');
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'size', scenario, '--format', 'pdf', '--out', fromCli], { encoding: 'utf8' });
  const expected = pagesOf(fromPage);
  const actual = pagesOf(fromCli);
  expect(actual.length).toBeGreaterThan(3);
  expect(actual).toEqual(expected);
});
