/**
 * How derivations and messages print numbers and spans: the same on every machine (no locale),
 * "8,640 points", "7.45 MiB/s", "2026-11-01 to 2026-11-07".
 */
import { utcDay } from './timestamps';

const SECONDS_PER_DAY = 86_400;

function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** A number for people: thousands grouped, at most 2 decimals (4 significant digits below 1), no trailing zeros. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  const fixed = magnitude !== 0 && magnitude < 1 ? magnitude.toPrecision(4) : magnitude.toFixed(2);
  if (fixed.includes('e')) return value.toString();
  const [whole = '0', fraction = ''] = fixed.split('.');
  const trimmedFraction = fraction.replace(/0+$/, '');
  const sign = value < 0 ? '-' : '';
  return `${sign}${groupThousands(whole)}${trimmedFraction === '' ? '' : `.${trimmedFraction}`}`;
}

/** "1 point" / "8,640 points". */
export function countOf(count: number, singular: string, plural: string = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** "one-minute" for 60 s, "5-minute" for 300 s, "30-second" for 30 s: how a period reads in a derivation. */
export function periodWords(periodSeconds: number): string {
  if (periodSeconds === 60) return 'one-minute';
  if (periodSeconds % 3600 === 0) return `${formatNumber(periodSeconds / 3600)}-hour`;
  if (periodSeconds % 60 === 0) return `${formatNumber(periodSeconds / 60)}-minute`;
  return `${formatNumber(periodSeconds)}-second`;
}

/** "2026-11-01 to 2026-11-07" (one day when both instants fall on it). */
export function spanWords(firstMs: number, lastMs: number): string {
  const [from, to] = [utcDay(firstMs), utcDay(lastMs)];
  return from === to ? from : `${from} to ${to}`;
}

/** Days covered by points from `firstMs` to `lastMs`, each standing for `periodSeconds` (so 10,080 one-minute points are 7 days). */
export function coveredDays(firstMs: number, lastMs: number, periodSeconds: number): number {
  return ((lastMs - firstMs) / 1000 + periodSeconds) / SECONDS_PER_DAY;
}

/** "a, b and c"; long lists cut after `max` names with a count of the rest. */
export function listWords(items: readonly string[], max: number = 5): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] as string}`;
}

const BYTES_PER_MIB = 1024 ** 2;
const BYTES_PER_GIB = 1024 ** 3;

/** "12.5 GiB", "300 MiB" or "42 bytes". */
export function bytesWords(bytes: number): string {
  if (bytes >= BYTES_PER_GIB) return `${formatNumber(bytes / BYTES_PER_GIB)} GiB`;
  if (bytes >= BYTES_PER_MIB) return `${formatNumber(bytes / BYTES_PER_MIB)} MiB`;
  return countOf(bytes, 'byte');
}
