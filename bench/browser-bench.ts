/**
 * Browser figures for `npm run bench`: time to first results and the median time from typing in an
 * input to updated results, in Debian's Chromium against the production build (`vite preview`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { runImportBrowserBench } from './import-bench';

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

/** The p-th percentile (nearest rank) of the values. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Types 20 characters 30 ms apart into "Peak ingress" as a person would (real key events), with the
 * CPU slowed `rate` times through the DevTools protocol, and reads each keystroke's time to the next
 * paint from the browser's Event Timing API; then how long after the last key the results stop changing.
 */
async function typingBurst(
  page: import('@playwright/test').Page,
  rate: number,
  chartsOnScreen = false,
): Promise<{ p50: number; p90: number; max: number; settleMs: number }> {
  if (chartsOnScreen) await page.getByRole('heading', { name: 'Charts', level: 2 }).scrollIntoViewIfNeeded();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluate(() => {
    const w = window as unknown as { keyDurations: Map<number, number>; lastMutation: number };
    w.keyDurations = new Map();
    w.lastMutation = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        const id = (e as PerformanceEventTiming & { interactionId?: number }).interactionId;
        if (id) w.keyDurations.set(id, Math.max(w.keyDurations.get(id) ?? 0, e.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    new MutationObserver(() => {
      w.lastMutation = performance.now();
    }).observe(document.querySelector('main') as Node, { childList: true, subtree: true, characterData: true });
  });
  const field = page.locator('#field-peakIngressMiBps');
  await field.fill('');
  // Focusing the sticky input panel does not scroll the results: the charts stay where they are.
  await field.focus({ preventScroll: true } as never);
  // 20 keys ending on a valid value (1200 MiB/s), so the settle time is the results catching up, not an error appearing.
  await page.keyboard.type('1234567890', { delay: 30 });
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('Backspace', { delay: 30 });
  await page.keyboard.type('00', { delay: 30 });
  const lastKey = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1500 * rate);
  const { durations, lastMutation } = await page.evaluate(() => {
    const w = window as unknown as { keyDurations: Map<number, number>; lastMutation: number };
    return { durations: [...w.keyDurations.values()], lastMutation: w.lastMutation };
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await field.fill('40');
  // Keystrokes faster than 16 ms to paint are not reported by Event Timing: count them as 16.
  const all = [...durations, ...Array.from({ length: Math.max(0, 20 - durations.length) }, () => 16)];
  return { p50: percentile(all, 0.5), p90: percentile(all, 0.9), max: Math.max(...all), settleMs: Math.max(0, lastMutation - lastKey) };
}

/**
 * Ranges and growth in the page (SPEC §12 speed): from the keystroke (a new seed, typed into its
 * field) to the month-0 table from every future, and to the whole timeline, computed in the worker.
 * The first run is the preset opening (worker started cold); then 7 keystrokes.
 */
async function rangesInPage(
  page: import('@playwright/test').Page,
  focusFirst: boolean,
): Promise<{ cold: { month0: number; timeline: number }; month0: number[]; timeline: number[] }> {
  await page.goto(URL);
  await page.getByTestId('overall').waitFor();
  if (focusFirst) {
    // As a person opens the preset list and reads it before choosing: the page warms the worker meanwhile.
    await page.getByLabel('Start from a preset').focus();
    await page.waitForTimeout(400);
  }
  const measure = (action: 'preset' | number) =>
    page.evaluate(async (what) => {
      const seen = { month0: Number.NaN, timeline: Number.NaN };
      const start = performance.now();
      const done = new Promise<void>((resolve) => {
        const check = () => {
          const status = document.querySelector('.ranges-status')?.textContent ?? '';
          const seedText = typeof what === 'number' ? `seed ${what}, ` : 'seed ';
          const finished = status.includes('2,000 futures, ' + seedText) && status.includes('months ahead');
          if (Number.isNaN(seen.month0) && (status.includes('Today from 2,000 futures') || finished))
            seen.month0 = performance.now() - start;
          if (finished) {
            seen.timeline = performance.now() - start;
            observer.disconnect();
            resolve();
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      if (what === 'preset') {
        const presets =
          [...document.querySelectorAll('select')].find((el) => [...el.options].some((o) => o.value === 'startup-growth')) ?? null;
        if (!presets) throw new Error('no preset list');
        presets.value = 'startup-growth';
        presets.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        const input = document.getElementById('uncertainty-seed') as HTMLInputElement;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(what));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await done;
      return seen;
    }, action);
  const cold = await measure('preset');
  const month0: number[] = [];
  const timeline: number[] = [];
  for (let seed = 2; seed <= 8; seed += 1) {
    const t = await measure(seed);
    month0.push(t.month0);
    timeline.push(t.timeline);
  }
  return { cold, month0, timeline };
}

export async function runBrowserBench(typingOnly = false, rangesOnly = false): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    console.log('Browser: skipped, /usr/bin/chromium is not installed (apt-get install -y chromium).');
    return;
  }
  if (!existsSync('dist/index.html')) spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer();
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    if (!typingOnly && !rangesOnly) await runImportBrowserBench(browser, URL);
    if (!typingOnly) {
      const coldPage = await browser.newPage();
      const unwarned = await rangesInPage(coldPage, false);
      await coldPage.close();
      const rangesPage = await browser.newPage();
      const ranges = await rangesInPage(rangesPage, true);
      // Typing while the worker computes: every keystroke into "Peak ingress" starts a new projection.
      const typingWithRanges = await typingBurst(rangesPage, 1);
      const typingWithRangesThrottled = await typingBurst(rangesPage, 4);
      await rangesPage.close();
      console.log(
        `Browser ranges ("Start-up growing 6 % a month", 2,000 futures × 25 months, Web Worker): choosing the preset with no warning (worker loaded and started cold): month 0 after ${unwarned.cold.month0.toFixed(0)} ms, whole timeline after ${unwarned.cold.timeline.toFixed(0)} ms; choosing it 400 ms after focusing the preset list (the page warms the worker): month 0 after ${ranges.cold.month0.toFixed(0)} ms, whole timeline after ${ranges.cold.timeline.toFixed(0)} ms`,
      );
      console.log(
        `Browser ranges: keystroke (a new seed) to the month-0 table from all 2,000 futures median ${median(ranges.month0).toFixed(0)} ms (max ${Math.max(...ranges.month0).toFixed(0)}), to the whole timeline median ${median(ranges.timeline).toFixed(0)} ms (max ${Math.max(...ranges.timeline).toFixed(0)}) (7 keystrokes)`,
      );
      for (const [label, b] of [
        ['no throttling', typingWithRanges],
        ['CPU throttled 4×', typingWithRangesThrottled],
      ] as const) {
        console.log(
          `Browser ranges: 20 keystrokes 30 ms apart into "Peak ingress" while the worker projects (${label}): keystroke to next paint p50 ${b.p50.toFixed(0)} ms, p90 ${b.p90.toFixed(0)} ms, max ${b.max.toFixed(0)} ms`,
        );
      }
      if (rangesOnly) {
        await browser.close();
        return;
      }
    }
    const firstResults: number[] = [];
    for (let run = 0; run < (typingOnly ? 0 : 7); run += 1) {
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
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve();
          });
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
    const burst = await typingBurst(page, 1);
    const throttled = await typingBurst(page, 4);
    const withCharts = await typingBurst(page, 1, true);
    const withChartsThrottled = await typingBurst(page, 4, true);
    await page.evaluate(() => window.scrollTo(0, 0));
    const bursts = [
      ['no throttling', burst],
      ['CPU throttled 4×', throttled],
      ['charts on screen, no throttling', withCharts],
      ['charts on screen, CPU throttled 4×', withChartsThrottled],
    ] as const;
    if (typingOnly) {
      await browser.close();
      for (const [label, b] of bursts) {
        console.log(
          `Browser: 20 keystrokes 30 ms apart into "Peak ingress" (${label}): keystroke to next paint p50 ${b.p50.toFixed(0)} ms, p90 ${b.p90.toFixed(0)} ms, max ${b.max.toFixed(0)} ms; results settled ${b.settleMs.toFixed(0)} ms after the last key`,
        );
      }
      return;
    }
    const pdfTimes: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF report' }).click()]);
      pdfTimes.push(performance.now() - started);
    }
    await browser.close();
    for (const [label, b] of bursts) {
      console.log(
        `Browser: 20 keystrokes 30 ms apart into "Peak ingress" (${label}): keystroke to next paint p50 ${b.p50.toFixed(0)} ms, p90 ${b.p90.toFixed(0)} ms, max ${b.max.toFixed(0)} ms (Event Timing; under 16 ms counts as 16); results settled ${b.settleMs.toFixed(0)} ms after the last key`,
      );
    }
    console.log(
      `Browser: PDF report (default scenario, with charts) from click to download median ${median(pdfTimes).toFixed(0)} ms (5 runs; the first includes loading jsPDF: ${(pdfTimes[0] ?? 0).toFixed(0)} ms)`,
    );
    console.log(
      `Browser (Chromium, production build): first results median ${median(firstResults).toFixed(0)} ms after navigation start (7 loads)`,
    );
    console.log(
      `Browser: typing in "Peak ingress" to updated results: DOM updated after median ${median(typing.mutations).toFixed(1)} ms, painted (next frame) after median ${median(typing.times).toFixed(1)} ms, slowest ${Math.max(...typing.times).toFixed(1)} ms (40 keystrokes, 150 ms apart)`,
    );
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}
