/**
 * Timestamps to UTC milliseconds (SPEC §13.3: timestamps to UTC). A hand parser rather than
 * `Date.parse`: a time without an offset must mean UTC (CloudWatch's zone), never the zone of the
 * machine running the import, and it keeps 10^6 timestamps fast.
 */

const MS_PER_MINUTE = 60_000;

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return Number.NaN;
    value = value * 10 + code;
  }
  return value;
}

/** Milliseconds of an offset such as "Z", "+01:00", "-0530" or "+01"; NaN when malformed. */
function offsetMs(text: string, start: number): number {
  if (start === text.length) return 0; // no zone: CloudWatch prints UTC
  const sign = text[start];
  if ((sign === 'Z' || sign === 'z') && start + 1 === text.length) return 0;
  if (sign !== '+' && sign !== '-') return Number.NaN;
  const rest = text.length - start - 1;
  const hours = digitsAt(text, start + 1, 2);
  let minutes = 0;
  if (rest === 5 && text[start + 3] === ':') minutes = digitsAt(text, start + 4, 2);
  else if (rest === 4) minutes = digitsAt(text, start + 3, 2);
  else if (rest !== 2) return Number.NaN;
  if (hours > 23 || minutes > 59) return Number.NaN;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes) * MS_PER_MINUTE;
}

/** Reads "2026-04-12T01:00:00+01:00" (or "…Z", "….123Z", a space for the "T", no seconds) as UTC ms; NaN when it is none of those. */
export function parseIsoTimestampMs(text: string): number {
  if (text.length < 16 || text.length > 40 || text[4] !== '-' || text[7] !== '-' || text[13] !== ':') return Number.NaN;
  if (text[10] !== 'T' && text[10] !== 't' && text[10] !== ' ') return Number.NaN;
  const [year, month, day, hour, minute] = [
    digitsAt(text, 0, 4),
    digitsAt(text, 5, 2),
    digitsAt(text, 8, 2),
    digitsAt(text, 11, 2),
    digitsAt(text, 14, 2),
  ];
  let position = 16;
  let second = 0;
  let millis = 0;
  if (text[position] === ':') {
    second = digitsAt(text, position + 1, 2);
    position += 3;
    if (text[position] === '.') {
      let end = position + 1;
      while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end += 1;
      if (end === position + 1) return Number.NaN;
      millis = Math.round(Number(`0${text.slice(position, end)}`) * 1000);
      position = end;
    }
  }
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60)) return Number.NaN;
  const offset = offsetMs(text, position);
  if (Number.isNaN(offset)) return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset;
}

/** The largest instant a Date can hold (ECMAScript: ±8.64e15 ms). */
export const MAX_INSTANT_MS = 8.64e15;

/** The UTC day of an instant, "2026-11-01" ("?" outside what a Date can hold). */
export function utcDay(ms: number): string {
  return Math.abs(ms) <= MAX_INSTANT_MS ? new Date(ms).toISOString().slice(0, 10) : '?';
}

/** The UTC minute of an instant, "2026-11-01 14:05" ("?" outside what a Date can hold). */
export function utcMinute(ms: number): string {
  return Math.abs(ms) <= MAX_INSTANT_MS ? new Date(ms).toISOString().slice(0, 16).replace('T', ' ') : '?';
}
