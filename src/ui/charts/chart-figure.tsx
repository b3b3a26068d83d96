/** The frame every chart shares: a captioned figure, a fixed-height responsive plot and its data as a table. */
import { useId, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { formatNumber, formatUsd } from '../../report/format';

/** Calm, distinguishable series colours, used in this order. */
export const CHART_COLORS = ['#1f4e79', '#2e86ab', '#5aa469', '#f4a261', '#e76f51', '#8d6cab', '#6c757d', '#c9a227', '#3d5a80'] as const;

/** The colour of the `index`-th series (the palette repeats). */
export function chartColor(index: number): string {
  return CHART_COLORS[index % CHART_COLORS.length] ?? CHART_COLORS[0];
}

export const CHART_HEIGHT_PX = 260;

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
  readonly height?: number;
  /** One recharts chart (the child of ResponsiveContainer). */
  readonly children: ReactNode;
}

export function ChartFigure({ title, description, table, height = CHART_HEIGHT_PX, children }: ChartFigureProps) {
  const captionId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={captionId} style={{ margin: 0, minWidth: 0 }}>
      <figcaption id={captionId} style={{ fontWeight: 600, marginBottom: '0.25rem' }}>{title}</figcaption>
      {description !== undefined && <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem' }}>{description}</p>}
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
      <details>
        <summary>Show data as a table</summary>
        <table aria-label={`${title}: data`}>
          <thead>
            <tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={`${r}:${row[0] ?? ''}`}>
                {row.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
