/**
 * Import figures for `npm run bench` (SPEC §13.3): a CloudWatch get-metric-data export of 6 brokers ×
 * 4 metrics at one-minute points, about 10 MB (the "30 days × 1-minute × 6 brokers × 4 metrics"
 * is 29 MB with ISO timestamps, above the 20 MB file limit, so the 10 MB file holds 9.7 days and the
 * 20 MB one 19.4 days), through `importWorkload` in Node and through the page's dialog in Chromium.
 */
import type { Browser } from '@playwright/test';
import { importWorkload } from '../src/domain/import/import-workload';

const METRICS = ['BytesInPerSec', 'BytesOutPerSec', 'CpuUser', 'CpuSystem'];

/** A get-metric-data output of `points` one-minute points per broker and metric, on one line. */
export function cloudWatchExport(points: number, brokers = 6): string {
  const start = Date.parse('2026-11-01T00:00:00Z');
  const times = Array.from({ length: points }, (_, i) => new Date(start + i * 60_000).toISOString().replace('.000Z', 'Z'));
  const results = METRICS.flatMap((metric) =>
    Array.from({ length: brokers }, (_, b) => ({
      Id: `m_${metric.toLowerCase()}_${b + 1}`,
      Label: `${b + 1} ${metric}`,
      Timestamps: times,
      Values: times.map((_, i) => (metric.startsWith('Cpu') ? 5 + ((i * 7 + b) % 30) : 1_000_000 + ((i * 7919 + b) % 1000) * 1000.5)),
      StatusCode: 'Complete',
    })),
  );
  return JSON.stringify({ MetricDataResults: results, Messages: [] });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function runImportNodeBench(): void {
  for (const points of [14_000, 28_000]) {
    const text = cloudWatchExport(points);
    importWorkload([{ name: 'warm.json', text }]);
    const runs = Array.from({ length: 5 }, () => {
      const started = performance.now();
      const result = importWorkload([{ name: 'export.json', text }]);
      if (result.errors.length > 0) throw new Error(result.errors[0]?.message);
      return performance.now() - started;
    });
    console.log(
      `Import (Node), CloudWatch get-metric-data of 6 brokers × 4 metrics × ${points.toLocaleString('en-US')} one-minute points (${(text.length / 1e6).toFixed(1)} MB): median ${median(runs).toFixed(0)} ms (5 runs)`,
    );
  }
}

/**
 * The 10 MB file chosen in the page's import dialog until its preview shows (read, parsed in the import
 * worker, merged), timed inside the page: the text is handed to the page first (untimed: Playwright's
 * transfer of 10 MB is not the app's time), then put in the file input as a File.
 */
export async function runImportBrowserBench(browser: Browser, url: string): Promise<void> {
  const text = cloudWatchExport(14_000);
  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Import from your cluster…' }).first().click();
    await page.getByRole('dialog', { name: 'Import from your cluster' }).waitFor();
    await page.evaluate((t) => {
      (window as unknown as { benchText: string }).benchText = t;
    }, text);
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('#workload-import');
          if (!input) throw new Error('no file input');
          const transfer = new DataTransfer();
          transfer.items.add(
            new File([(window as unknown as { benchText: string }).benchText], 'export.json', { type: 'application/json' }),
          );
          const started = performance.now();
          const done = () => document.querySelector('[aria-label="Values the import sets"]') !== null;
          new MutationObserver((_, observer) => {
            if (!done()) return;
            observer.disconnect();
            resolve(performance.now() - started);
          }).observe(document.body, { childList: true, subtree: true });
          input.files = transfer.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }),
    );
    runs.push(ms);
    await page.close();
  }
  console.log(
    `Import (browser), the same ${(text.length / 1e6).toFixed(1)} MB file chosen in the dialog until its preview shows (read, parsed in a Web Worker, merged; timed in the page): median ${median(runs).toFixed(0)} ms (3 runs)`,
  );
}
