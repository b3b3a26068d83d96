/**
 * How Kinesis derivations and messages write numbers (en-US grouping, as the domain's other messages
 * do), and the two builders every alternative shares: a derivation step, and cost terms summed into
 * discounted cost lines with a step each.
 */
import type { KinesisCostLine, KinesisMonthlyCost, KinesisStep } from './kinesis-result';

const formats = new Map<number, Intl.NumberFormat>();

/** "25,664.06": a figure with at most `digits` decimals. */
export function num(value: number, digits = 2): string {
  let format = formats.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    formats.set(digits, format);
  }
  return format.format(value);
}

const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PRICE = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 6 });

/** "$1,234.57": an amount. */
export function money(amount: number): string {
  return MONEY.format(amount);
}

/** "$0.01575": a unit price, every published decimal kept. */
export function price(unitPrice: number): string {
  return PRICE.format(unitPrice);
}

export function step(key: string, label: string, value: number, unit: string, formula: string): KinesisStep {
  return { key, label, value, unit, formula };
}

/** One charge before the discount: the cost line it adds to, and how it was computed. */
export interface CostTerm {
  readonly line: KinesisCostLine;
  readonly key: string;
  readonly label: string;
  readonly amount: number;
  readonly formula: string;
}

const LINE_WORDS: Readonly<Record<KinesisCostLine, string>> = {
  capacity: 'capacity',
  dataIn: 'data in',
  dataOut: 'data out',
  retention: 'retention',
  enhancedFanOut: 'enhanced fan-out',
};

/**
 * The cost lines from their terms, each term × (1 − discountPct/100) (SPEC §1), and a step per term
 * plus the total's. A line without terms is 0.
 */
export function pricedLines(terms: readonly CostTerm[], discountPct: number): { cost: KinesisMonthlyCost; steps: KinesisStep[] } {
  const factor = 1 - discountPct / 100;
  const discount = discountPct > 0 ? ` × (1 − ${num(discountPct)} % discount)` : '';
  const lines: Record<KinesisCostLine, number> = { capacity: 0, dataIn: 0, dataOut: 0, retention: 0, enhancedFanOut: 0 };
  const steps = terms.map((t) => {
    const value = t.amount * factor;
    lines[t.line] += value;
    return step(`${t.line}.${t.key}`, t.label, value, 'USD/month', `${t.formula}${discount}`);
  });
  const total = lines.capacity + lines.dataIn + lines.dataOut + lines.retention + lines.enhancedFanOut;
  const sum = (Object.keys(LINE_WORDS) as KinesisCostLine[]).map((l) => `${LINE_WORDS[l]} ${money(lines[l])}`).join(' + ');
  steps.push(step('total', 'Monthly total', total, 'USD/month', sum));
  return { cost: { ...lines, total }, steps };
}

/** The prices an alternative needs, as numbers, or the ones the region does not publish. */
export type NeededPrices<K extends string> =
  { readonly ok: true; readonly prices: Readonly<Record<K, number>> } | { readonly ok: false; readonly missing: readonly K[] };

/** Reads `keys` from a mode's prices (null: the region has none of them); a missing one is never taken as 0. */
export function neededPrices<T extends object, K extends keyof T & string>(prices: T | null, keys: readonly K[]): NeededPrices<K> {
  const found: Partial<Record<K, number>> = {};
  const missing: K[] = [];
  for (const k of keys) {
    const value = prices?.[k];
    if (typeof value === 'number') found[k] = value;
    else missing.push(k);
  }
  return missing.length === 0 ? { ok: true, prices: found as Record<K, number> } : { ok: false, missing };
}

/** Retention beyond 7 days, priced per GB-month (provisioned and on-demand standard alike, SPEC §15). */
export function longTermRetentionTerm(longTermGbMonth: number, perGbMonth: number): CostTerm {
  return {
    line: 'retention',
    key: 'longTermRetention',
    label: 'Long-term retention (beyond 7 days)',
    amount: longTermGbMonth * perGbMonth,
    formula: `${num(longTermGbMonth)} GB-month × ${price(perGbMonth)} per GB-month`,
  };
}
