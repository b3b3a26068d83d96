/**
 * Browser figures for `npm run bench`: time to first results and the median time from typing in an
 * input to updated results, in Debian's Chromium against the production build (`vite preview`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4175;
const URL = `http://127.0.0.1:${PORT}/`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(URL)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('vite preview did not start');
}

export async function runBrowserBench(): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    console.log('Browser: skipped, /usr/bin/chromium is not installed (apt-get install -y chromium).');
    return;
  }
  if (!existsSync('dist/index.html')) spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  try {
    await waitForServer();
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const firstResults: number[] = [];
    for (let run = 0; run < 7; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        const record = () => {
          if (document.querySelector('[data-testid="overall"]')) {
            (window as unknown as { firstResultsMs: number }).firstResultsMs = performance.now();
            observer.disconnect();
          }
        };
        const observer = new MutationObserver(record);
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto(URL);
      await page.waitForFunction(() => (window as unknown as { firstResultsMs?: number }).firstResultsMs !== undefined);
      firstResults.push(await page.evaluate(() => (window as unknown as { firstResultsMs: number }).firstResultsMs));
      await context.close();
    }
    const page = await browser.newPage();
    await page.goto(URL);
    await page.getByTestId('overall').waitFor();
    const typing = await page.evaluate(async () => {
      const input = document.getElementById('field-peakIngressMiBps') as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const results = document.querySelector('main') as HTMLElement;
      const times: number[] = [];
      const mutations: number[] = [];
      for (let i = 0; i < 40; i += 1) {
        const value = String(40 + (i % 2 === 0 ? 60 + i : 1 + i));
        const changed = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => { observer.disconnect(); resolve(); });
          observer.observe(results, { childList: true, subtree: true, characterData: true });
        });
        const start = performance.now();
        setValue?.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await changed;
        mutations.push(performance.now() - start);
        await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
        times.push(performance.now() - start);
        // Let deferred work (charts) settle so each keystroke is measured alone, as a person types.
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      return { times, mutations };
    });
    const pdfTimes: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF report' }).click()]);
      pdfTimes.push(performance.now() - started);
    }
    await browser.close();
    console.log(`Browser: PDF report (default scenario, 11 pages with charts) from click to download median ${median(pdfTimes).toFixed(0)} ms (5 runs; the first includes loading jsPDF: ${(pdfTimes[0] ?? 0).toFixed(0)} ms)`);
    console.log(`Browser (Chromium, production build): first results median ${median(firstResults).toFixed(0)} ms after navigation start (7 loads)`);
    console.log(`Browser: typing in "Peak ingress" to updated results: DOM updated after median ${median(typing.mutations).toFixed(1)} ms, painted (next frame) after median ${median(typing.times).toFixed(1)} ms, slowest ${Math.max(...typing.times).toFixed(1)} ms (40 keystrokes, 150 ms apart)`);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}
