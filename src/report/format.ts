/** Number formatting for screens and reports (display only; the engine never rounds). */

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usdWhole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "$1,234.56". */
export function formatUsd(amount: number): string {
  return usd.format(amount);
}

/** "$1,235" for charts and summaries. */
export function formatUsdWhole(amount: number): string {
  return usdWhole.format(amount);
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A figure with at most `digits` decimals and thousands separators: "12,345.6". */
export function formatNumber(value: number, digits = 2): string {
  let format = numberFormats.get(digits);
  if (format === undefined) {
    // One formatter per precision: toLocaleString builds a new one on every call, which showed in typing profiles.
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format.format(value);
}

const plainFormats = new Map<number, Intl.NumberFormat>();

/**
 * Plain number for CSV: no separators, fixed decimals, no "-0". Rounded by Intl like the screen
 * (half away from zero on the shortest decimal form), so 28834.425 is 28834.43 in both places;
 * `toFixed` would round the binary value and could differ by a cent.
 */
export function plainNumber(value: number, digits = 2): string {
  let format = plainFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits });
    plainFormats.set(digits, format);
  }
  const text = format.format(value);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

const amount = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A money amount without the currency sign, for columns headed "USD": always two decimals, thousands separators ("25,623.00"). */
export function formatAmount(value: number): string {
  const text = amount.format(value);
  return text === '-0.00' ? '0.00' : text;
}

/** A money axis tick: whole dollars when the tick is whole ("$10,000"), cents only when it is not ("$0.50"). */
export function formatUsdTick(amount: number): string {
  return Math.abs(amount - Math.round(amount)) < 1e-6 ? formatUsdWhole(amount) : formatUsd(amount);
}

/** "a, b and c": a list in words. */
export function listText(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
