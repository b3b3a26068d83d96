/** SPEC §8 over the kernel's figures: the cheapest of each class, the overall choice by purpose, close alternatives. */
import { CLOSE_ALTERNATIVE_SHARE } from '../assumptions';
import { RECOMMENDATION_CLASSES, type RecommendationClass } from '../result';
import type { Purpose } from '../scenario';
import type { SizingTable } from '../sizing-table';
import { cellOf, type KernelRows, type SizingFigures } from './kernel-buffers';

/** The classes the overall recommendation may come from: production never T3, development T3 too; never self-managed. */
export const ELIGIBLE_CLASSES: Readonly<Record<Purpose, readonly RecommendationClass[]>> = {
  production: ['msk-standard-m7g', 'msk-standard-m5', 'msk-express', 'msk-serverless'],
  development: ['msk-standard-m7g', 'msk-standard-m5', 'msk-t3', 'msk-express', 'msk-serverless'],
};

const ELIGIBLE_CLASS_INDEXES: Readonly<Record<Purpose, readonly boolean[]>> = {
  production: RECOMMENDATION_CLASSES.map((c) => ELIGIBLE_CLASSES.production.includes(c)),
  development: RECOMMENDATION_CLASSES.map((c) => ELIGIBLE_CLASSES.development.includes(c)),
};

/** True when an option can be chosen: available and priced. */
function isChoosable(f: SizingFigures, cell: number): boolean {
  return f.unavailable[cell] === 0 && !Number.isNaN(f.total[cell] ?? Number.NaN);
}

/**
 * Orders options for choosing: lower cost to the cent (options that cost the same on the invoice
 * tie), then fewer brokers, then the smaller size (the order the price book lists sizes in).
 */
export function compareForChoice(f: SizingFigures, a: number, b: number): number {
  const byCents = Math.round((f.total[a] ?? 0) * 100) - Math.round((f.total[b] ?? 0) * 100);
  if (byCents !== 0) return byCents;
  const brokersA = f.brokers[a] ?? 0;
  const brokersB = f.brokers[b] ?? 0;
  // Serverless has no brokers: it counts as 0.
  const byBrokers = (brokersA === brokersA ? brokersA : 0) - (brokersB === brokersB ? brokersB : 0);
  return byBrokers !== 0 ? byBrokers : a - b;
}

/**
 * SPEC §8, for every row: the cheapest available option of each class, and overall the cheapest
 * eligible for the row's purpose, in `compareForChoice`'s order (cents, then brokers, then the earlier
 * option). Option by option over the rows, as the figures are laid out; each option's cents are
 * worked out once.
 */
export function recommendRows(f: SizingFigures, table: SizingTable, rows: KernelRows): void {
  const classes = RECOMMENDATION_CLASSES.length;
  const bestCents = new Float64Array(rows.rows * (classes + 1));
  const bestBrokers = new Float64Array(rows.rows * (classes + 1));
  f.overall.fill(-1);
  f.byClass.fill(-1);
  const development = rows.terms.development;
  table.options.forEach((option, o) => {
    const cls = option.classIndex;
    if (cls < 0) return;
    // Whether this option's class may be the overall choice, for production and for development rows.
    const eligibleInProduction = ELIGIBLE_CLASS_INDEXES.production[cls] === true;
    const eligibleInDevelopment = ELIGIBLE_CLASS_INDEXES.development[cls] === true;
    for (let r = 0; r < rows.rows; r += 1) {
      const cell = o * rows.rows + r;
      if (!isChoosable(f, cell)) continue;
      const cents = Math.round((f.total[cell] ?? 0) * 100);
      const brokerFigure = f.brokers[cell] ?? 0;
      const brokers = brokerFigure === brokerFigure ? brokerFigure : 0; // Serverless (NaN) counts as 0
      const slot = r * classes + cls;
      const best = f.byClass[slot] ?? -1;
      if (best < 0 || cents < (bestCents[slot] ?? 0) || (cents === bestCents[slot] && brokers < (bestBrokers[slot] ?? 0))) {
        f.byClass[slot] = o;
        bestCents[slot] = cents;
        bestBrokers[slot] = brokers;
      }
      const eligible = development[r] === 1 ? eligibleInDevelopment : eligibleInProduction;
      const overallSlot = rows.rows * classes + r;
      const overall = f.overall[r] ?? -1;
      if (
        eligible &&
        (overall < 0 ||
          cents < (bestCents[overallSlot] ?? 0) ||
          (cents === bestCents[overallSlot] && brokers < (bestBrokers[overallSlot] ?? 0)))
      ) {
        f.overall[r] = o;
        bestCents[overallSlot] = cents;
        bestBrokers[overallSlot] = brokers;
      }
    }
  });
}

/** The eligible options within CLOSE_ALTERNATIVE_SHARE of the overall choice, fewest brokers first (SPEC §8). */
export function closeAlternatives(f: SizingFigures, table: SizingTable, purpose: Purpose, row: number): number[] {
  const n = f.options;
  const overall = f.overall[row] ?? -1;
  if (overall < 0) return [];
  const ceiling = (f.total[cellOf(f, row, overall)] ?? 0) * (1 + CLOSE_ALTERNATIVE_SHARE);
  const eligible = ELIGIBLE_CLASS_INDEXES[purpose];
  const close: number[] = [];
  for (let o = 0; o < n; o += 1) {
    const cls = table.options[o]?.classIndex ?? -1;
    const cell = cellOf(f, row, o);
    if (o !== overall && cls >= 0 && eligible[cls] && isChoosable(f, cell) && (f.total[cell] ?? Number.POSITIVE_INFINITY) <= ceiling)
      close.push(o);
  }
  const brokers = (o: number) => {
    const v = f.brokers[cellOf(f, row, o)] ?? 0;
    return Number.isNaN(v) ? 0 : v;
  };
  return close.sort((a, b) => brokers(a) - brokers(b) || compareForChoice(f, cellOf(f, row, a), cellOf(f, row, b)));
}
