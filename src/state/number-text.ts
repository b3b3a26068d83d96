/**
 * Numbers as people type them (pure). "12,5" is twelve and a half wherever it is typed; "1,234"
 * and "1.234" follow the browser's locale (a thousands group where that separator is not the
 * decimal one); "1.234,5" and "1,234.5" both work; anything else stays text, so validation can say
 * what is wrong at the field.
 */

export type DecimalSeparator = '.' | ',';

/** The decimal separator of a BCP 47 locale ("de-DE" → ","), "." when unknown. */
export function decimalSeparatorOf(locale: string | undefined): DecimalSeparator {
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

function grouped(text: string, group: string, decimal: string): number | null {
  const g = group === '.' ? '\\.' : group;
  const d = decimal === '.' ? '\\.' : decimal;
  const match = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+)(?:${d}(\\d+))?$`).exec(text);
  if (!match) return null;
  return Number(`${match[1] ?? ''}${(match[2] ?? '').split(group).join('')}.${match[3] ?? '0'}`);
}

/** Text to a number when it reads as one under the rules above; otherwise the trimmed text. */
export function numberFromText(raw: string, decimal: DecimalSeparator = '.'): number | string {
  // Spaces, no-break spaces and apostrophes group thousands in some locales (1 234,5; 1'234.5).
  const text = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
  // Where the decimal is a comma, "1.234" (points in groups of three) is a thousands group.
  if (decimal === ',' && /^[+-]?\d{1,3}(\.\d{3})+$/.test(text)) return grouped(text, '.', ',') ?? raw.trim();
  if (PLAIN.test(text)) return Number(text);
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    const last = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    return grouped(text, last === '.' ? ',' : '.', last) ?? raw.trim();
  }
  if (commas === 1) {
    const after = text.slice(text.indexOf(',') + 1);
    // "1,234" in a locale whose decimal is "." is a thousands group; "12,5" is a decimal comma everywhere.
    if (decimal === '.' && /^\d{3}$/.test(after)) return grouped(text, ',', '.') ?? raw.trim();
    const asDecimal = text.replace(',', '.');
    return PLAIN.test(asDecimal) ? Number(asDecimal) : raw.trim();
  }
  if (commas > 1) return grouped(text, ',', '.') ?? raw.trim();
  if (dots > 1) return grouped(text, '.', ',') ?? raw.trim();
  return raw.trim();
}

/** A number as the form shows it: up to 12 significant digits, with the locale's decimal separator. */
export function textFromNumber(value: number, decimal: DecimalSeparator = '.'): string {
  const text = String(+value.toPrecision(12));
  return decimal === ',' ? text.replace('.', ',') : text;
}
