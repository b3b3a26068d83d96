import { describe, expect, it } from 'vitest';
import { decimalSeparatorOf, numberFromText, textFromNumber } from '../../src/state/number-text';

describe('numbers as people type them', () => {
  it('reads a decimal comma as a decimal wherever it is typed: "12,5" is never 125', () => {
    expect(numberFromText('12,5', '.')).toBe(12.5);
    expect(numberFromText('12,5', ',')).toBe(12.5);
    expect(numberFromText('0,25', '.')).toBe(0.25);
  });

  it('reads plain numbers, signs and exponents', () => {
    expect(numberFromText(' 40 ')).toBe(40);
    expect(numberFromText('.5')).toBe(0.5);
    expect(numberFromText('-3')).toBe(-3);
    expect(numberFromText('1e3')).toBe(1000);
  });

  it('reads "1,234" as a thousands group where the locale writes decimals with a point, and "1.234" likewise with a comma', () => {
    expect(numberFromText('1,234', '.')).toBe(1234);
    expect(numberFromText('1.234', ',')).toBe(1234);
    // …and as decimals where that separator is the locale's decimal one.
    expect(numberFromText('1,234', ',')).toBe(1.234);
    expect(numberFromText('1.234', '.')).toBe(1.234);
  });

  it('reads both grouping styles with decimals, and spaces or apostrophes as groups', () => {
    expect(numberFromText('1,234.5')).toBe(1234.5);
    expect(numberFromText('1.234,5')).toBe(1234.5);
    expect(numberFromText('1,234,567')).toBe(1234567);
    expect(numberFromText('1 234,5', ',')).toBe(1234.5);
    expect(numberFromText("1'234.5")).toBe(1234.5);
  });

  it('leaves ambiguous or malformed text as text, so validation can say so at the field', () => {
    for (const text of ['1,2,3', '12,,5', '1.2.3', '12abc', '1,23.4', '', ',']) expect(typeof numberFromText(text)).toBe('string');
  });

  it("shows numbers with the locale's decimal separator and at most 12 significant digits", () => {
    expect(textFromNumber(12.5, ',')).toBe('12,5');
    expect(textFromNumber(0.1 + 0.2, '.')).toBe('0.3');
    expect(textFromNumber(40, ',')).toBe('40');
  });

  it('finds the decimal separator of a locale', () => {
    expect(decimalSeparatorOf('de-DE')).toBe(',');
    expect(decimalSeparatorOf('fr-FR')).toBe(',');
    expect(decimalSeparatorOf('en-US')).toBe('.');
    expect(decimalSeparatorOf('not a locale!')).toBe('.');
  });
});
