/**
 * The colours every chart draws with, on screen (recharts) and in the PDF (jsPDF): one colour per
 * option kind (recommendation class) and a separate colour per cost line, so a colour means one
 * thing everywhere. Pure data: no React, no DOM.
 *
 * Rules the palette keeps (test/report/palette.test.ts checks them):
 * - every colour has at least 3:1 contrast against white (WCAG 2.x, 1.4.11 non-text contrast);
 *   text is never drawn in a palette colour but in CHART_INK (at least 4.5:1, 1.4.3);
 * - no two colours are alike, within or across the two palettes (CIE76 ΔE ≥ 20): a cost line never
 *   borrows an option kind's hue (orange is MSK Express and nothing else).
 * Hues by family: MSK Standard blues (T3 magenta), Express orange, Serverless violet, self-managed
 * greys; cost lines in greens/browns (compute, people), reds (storage), gold and teals (network).
 */
import type { CostLine, RecommendationClass } from '../domain';

/** One colour per option kind, used by every chart that shows kinds (brokers, growth). */
export const OPTION_KIND_COLORS: Readonly<Record<RecommendationClass, string>> = {
  'msk-standard-m7g': '#1d4f91',
  'msk-standard-m5': '#4b84c4',
  'msk-t3': '#a12f86',
  'msk-express': '#cc5a00',
  'msk-serverless': '#6a3fb0',
  'self-managed-m7g': '#454545',
  'self-managed-m5': '#7f7f7f',
};

/**
 * Kinds drawn with a dashed line in line charts: self-managed Kafka reads apart from MSK without
 * relying on colour alone (WCAG 1.4.1), and its lines stay visible where they overlap MSK Standard's.
 */
export function isDashedKind(kind: RecommendationClass): boolean {
  return kind === 'self-managed-m7g' || kind === 'self-managed-m5';
}

/** How a series is drawn, for legends on screen and in the PDF: filled or outlined bar, solid or dashed line. */
export type SeriesMark = 'bar' | 'outlined-bar' | 'line' | 'dashed-line';

/** A dash pattern for dashed kinds (lengths in px on screen, pt in the PDF). */
export const DASH_PATTERN: readonly number[] = [6, 3];

/** One colour per cost line (the cost chart's stacks; storage and cross-AZ charts reuse their line's colour). */
export const COST_LINE_COLORS: Readonly<Record<CostLine, string>> = {
  brokers: '#1c8a1c',
  controllers: '#486000',
  operations: '#6c4800',
  storage: '#9c1824',
  tieredStorage: '#e8405f',
  provisionedThroughput: '#9c6c78',
  dataIn: '#9c8400',
  dataOut: '#006c54',
  crossAz: '#2a9494',
};

/** The replication chart's segments (SPEC §11): the two clusters and the tool, each distinct on white (≥ 3:1). */
export const REPLICATION_PART_COLORS: Readonly<Record<'source' | 'target' | 'replication', string>> = {
  source: '#1c5f8a',
  target: '#6c4800',
  replication: '#9c1824',
};

/** Text and markers (axis labels, legends, "Your workload"): 15:1 on white. */
export const CHART_INK = '#1b2733';

/** Secondary text (tick labels in the PDF): 7:1 on white. */
export const CHART_MUTED_INK = '#4a5968';

/** Grid lines: decoration, deliberately faint (not information, so no contrast minimum). */
export const CHART_GRID = '#c8ced6';

/** The chart background, and the fill of outlined ("not billed" / "the other setting") bars. */
export const CHART_SURFACE = '#ffffff';
