/** The frame every chart shares: a captioned figure, a fixed-height responsive plot and its data as a table. */
import { useId, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { formatNumber, formatUsd } from '../../report/format';
import { CHART_INK, CHART_MUTED_INK } from '../../report/palette';
import { TableScroll } from '../shell/table-scroll';
import { ChartLegend, type LegendItem } from './chart-legend';

export const CHART_HEIGHT_PX = 260;

/** Tick labels: small enough for a phone, never below 10 px, and 7:1 on white (recharts' default grey is 5.7:1). */
export const TICK_STYLE = { fontSize: 11, fill: CHART_MUTED_INK } as const;

/** Tooltip lines in ink: recharts writes them in the series colour, which is only 3:1 on white. */
export const TOOLTIP_ITEM_STYLE = { color: CHART_INK } as const;

/**
 * An axis title ("USD/month") in muted ink: recharts' default label grey is 3.9:1, below
 * the 4.5:1 text needs. On the left it reads bottom to top.
 */
export function axisLabel(value: string, position: 'insideBottom' | 'insideLeft', offset: number) {
  return { value, position, offset, fill: CHART_MUTED_INK, fontSize: 12, ...(position === 'insideLeft' ? { angle: -90 } : {}) };
}

/** What recharts passes a tooltip formatter or tick formatter. */
type ChartValue = number | string | ReadonlyArray<number | string> | undefined;

/** Tooltip/tick text for a value with its unit: "1,234.5 GiB"; non-numbers pass through. */
export function withUnit(unit: string, digits = 1): (value: ChartValue) => string {
  return (value) => (typeof value === 'number' ? `${formatNumber(value, digits)} ${unit}` : String(value ?? ''));
}

/** Tooltip text for a monthly amount: "$1,234.56 USD/month". */
export function usdPerMonth(value: ChartValue): string {
  return typeof value === 'number' ? `${formatUsd(value)} USD/month` : String(value ?? '');
}

/** A plain table of what the chart draws, for screen readers and anyone who prefers numbers. */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

interface ChartFigureProps {
  readonly title: string;
  /** Short text under the caption: what the chart shows and its units. */
  readonly description?: string;
  readonly table: ChartTable;
  /** What each colour means, above the plot (series colours come from src/report/palette.ts). */
  readonly legend?: readonly LegendItem[];
  readonly height?: number;
  /** One recharts chart (the child of ResponsiveContainer). */
  readonly children: ReactNode;
}

export function ChartFigure({ title, description, table, legend, height = CHART_HEIGHT_PX, children }: ChartFigureProps) {
  const captionId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={captionId} style={{ margin: 0, minWidth: 0 }}>
      <figcaption id={captionId} style={{ fontWeight: 600, marginBottom: '0.25rem' }}>
        {title}
      </figcaption>
      {description !== undefined && <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem' }}>{description}</p>}
      {legend !== undefined && legend.length > 0 && <ChartLegend items={legend} />}
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
      <details>
        <summary>Show data as a table</summary>
        {/* A wide table scrolls sideways inside its own area on a phone, not the page. */}
        <TableScroll label={`${title}: data table`}>
          <table aria-label={`${title}: data`}>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={`${r}:${row[0] ?? ''}`}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
