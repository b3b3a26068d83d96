/**
 * The chart palette: every colour readable against the white chart background (WCAG 2.x), one
 * colour per option kind and per cost line, and no colour that could be mistaken for another.
 * Contrast is computed here from the WCAG 2.x definitions, not taken from the module under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COST_LINES, RECOMMENDATION_CLASSES } from '../../src/domain';
import { CHART_INK, CHART_MUTED_INK, COST_LINE_COLORS, isDashedKind, OPTION_KIND_COLORS } from '../../src/report/palette';

const WHITE = '#ffffff';

/** The 0–255 channels of "#rrggbb". */
function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** WCAG 2.x: an sRGB channel (0–255) linearised. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance: L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels. */
function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio: (L1 + 0.05) / (L2 + 0.05), L1 the lighter. */
function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** CIE L*a*b* of an sRGB colour (D65 white), for a colour difference. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference ΔE*ab; about 2 is just noticeable, above 20 reads as a different colour. */
function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

const KIND_ENTRIES = Object.entries(OPTION_KIND_COLORS);
const LINE_ENTRIES = Object.entries(COST_LINE_COLORS);
const ALL_ENTRIES = [
  ...KIND_ENTRIES.map(([k, c]) => [`kind ${k}`, c] as const),
  ...LINE_ENTRIES.map(([k, c]) => [`cost line ${k}`, c] as const),
];

describe('the contrast formula used by these tests', () => {
  it('gives the WCAG reference values: 21:1 for black on white, 1:1 for white on white, 4.54:1 for #767676', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 6);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    // #767676 is the lightest grey that passes AA for text on white (4.54:1)
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
  });
});

describe('chart palette', () => {
  it('has a colour for every option kind and every cost line, and no others', () => {
    expect(Object.keys(OPTION_KIND_COLORS).sort()).toEqual([...RECOMMENDATION_CLASSES].sort());
    expect(Object.keys(COST_LINE_COLORS).sort()).toEqual([...COST_LINES].sort());
    for (const [, color] of ALL_ENTRIES) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.each(ALL_ENTRIES)('draws %s in %s, at least 3:1 against white (WCAG 1.4.11)', (_, color) => {
    expect(contrastRatio(color, WHITE)).toBeGreaterThanOrEqual(3);
  });

  it('draws chart text in ink at least 4.5:1 against white (WCAG 1.4.3)', () => {
    expect(contrastRatio(CHART_INK, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(CHART_MUTED_INK, WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it("gives no two option kinds the same colour, no two cost lines the same colour, and no cost line a kind's colour", () => {
    expect(new Set(Object.values(OPTION_KIND_COLORS)).size).toBe(RECOMMENDATION_CLASSES.length);
    expect(new Set(Object.values(COST_LINE_COLORS)).size).toBe(COST_LINES.length);
    const kindColors = new Set(Object.values(OPTION_KIND_COLORS));
    expect(Object.values(COST_LINE_COLORS).filter((c) => kindColors.has(c))).toEqual([]);
  });

  it('keeps every two colours, kinds and cost lines alike, at least ΔE 20 apart (orange means MSK Express and nothing else)', () => {
    const tooClose: string[] = [];
    ALL_ENTRIES.forEach(([a, ca], i) =>
      ALL_ENTRIES.slice(i + 1).forEach(([b, cb]) => {
        if (deltaE(ca, cb) < 20) tooClose.push(`${a} ${ca} ~ ${b} ${cb}: ΔE ${deltaE(ca, cb).toFixed(1)}`);
      }),
    );
    expect(tooClose).toEqual([]);
  });

  it('dashes exactly the self-managed kinds, so they read apart from MSK without colour', () => {
    expect(RECOMMENDATION_CLASSES.filter(isDashedKind)).toEqual(['self-managed-m7g', 'self-managed-m5']);
  });
});

describe('chart sources', () => {
  const files = [...readdirSync('src/ui/charts').map((f) => join('src/ui/charts', f)), 'src/report/pdf/pdf-charts.ts'];

  it.each(files)('%s spells no colour of its own: every colour comes from src/report/palette.ts', (file) => {
    expect(readFileSync(file, 'utf8').match(/#[0-9a-fA-F]{3,8}\b/g) ?? []).toEqual([]);
  });
});
