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

/** A figure with at most `digits` decimals and thousands separators: "12,345.6". */
export function formatNumber(value: number, digits = 2): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** Plain number for CSV/JSON-like output: no separators, fixed decimals, no "-0". */
export function plainNumber(value: number, digits = 2): string {
  const fixed = value.toFixed(digits);
  return /^-0(\.0+)?$/.test(fixed) ? fixed.slice(1) : fixed;
}
