/** Page object for the lazily loaded charts panel: figures by caption, and their axis tick labels. */
import { expect, type Locator, type Page } from '@playwright/test';

export const CHART_CAPTIONS = [
  'Monthly cost of the cheapest options',
  'Monthly cost as the workload grows',
  'Brokers per instance type',
  'Storage',
  'Cross-AZ transfer',
] as const;

export type ChartCaption = (typeof CHART_CAPTIONS)[number];

/**
 * An axis tick label. recharts 3.10 draws tick labels apart from the tick marks, as
 * `.recharts-cartesian-axis-tick-label text` in a layer of their own; earlier versions drew them inside
 * `.recharts-cartesian-axis-tick`. Match both, so the checks below never pass by finding nothing.
 */
export const TICK_LABEL = '.recharts-cartesian-axis-tick text, .recharts-cartesian-axis-tick-label text';

/** Two tick labels of one chart whose boxes overlap, or one that sticks out of its chart. */
export interface TickProblem {
  readonly chart: string;
  readonly problem: string;
}

export class ChartsPanel {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Charts' });
  }

  chart(caption: ChartCaption): Locator {
    return this.panel.getByRole('figure', { name: caption, exact: true });
  }

  /** Waits until the chart bundle has loaded and every chart has drawn its axes. */
  /** Scrolls the charts into view as a reader does (charts off screen wait to redraw until then) and waits for them. */
  async waitForCharts(): Promise<void> {
    await this.panel.scrollIntoViewIfNeeded();
    await expect(this.panel.getByRole('figure')).toHaveCount(CHART_CAPTIONS.length);
    for (const caption of CHART_CAPTIONS) {
      await expect(this.chart(caption).locator(TICK_LABEL).first()).toBeVisible();
    }
  }

  /**
   * Every pair of axis tick labels within one chart whose bounding boxes overlap (by more than
   * half a pixel either way), and every tick label reaching outside its chart's figure.
   */
  /** Tick labels of one axis of a chart ("x" or "y"). */
  tickLabels(caption: ChartCaption, axis: 'x' | 'y'): Locator {
    return this.chart(caption).locator(`.recharts-${axis}Axis-tick-labels text, .recharts-${axis}Axis .recharts-cartesian-axis-tick text`);
  }

  async tickProblems(): Promise<{ readonly labelsChecked: number; readonly problems: TickProblem[] }> {
    return this.panel.evaluate((panel, selector) => {
      const problems: { chart: string; problem: string }[] = [];
      let labelsChecked = 0;
      for (const figure of panel.querySelectorAll('figure')) {
        const chart = figure.querySelector('figcaption')?.textContent ?? '?';
        const frame = figure.getBoundingClientRect();
        const ticks = [...figure.querySelectorAll(selector)]
          .map((el) => ({ text: el.textContent, box: el.getBoundingClientRect() }))
          .filter((t) => t.box.width > 0 && t.box.height > 0);
        labelsChecked += ticks.length;
        ticks.forEach((a, i) => {
          if (a.box.left < frame.left - 0.5 || a.box.right > frame.right + 0.5)
            problems.push({ chart, problem: `"${a.text}" reaches outside the chart` });
          for (const b of ticks.slice(i + 1)) {
            const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (across > 0.5 && down > 0.5) problems.push({ chart, problem: `"${a.text}" overlaps "${b.text}"` });
          }
        });
      }
      return { labelsChecked, problems };
    }, TICK_LABEL);
  }
}
