/** Monthly cost of the cheapest options, stacked by cost line, USD/month. */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { SizingResult } from '../../domain';
import { toCostStackData, type CostStackRow } from '../../report/chart-data';
import { formatUsd, formatUsdWhole } from '../../report/format';
import { ChartFigure, chartColor, usdPerMonth } from './chart-figure';

const COST_CHART_HEIGHT_PX = 320;

export function CostStackChart({ result, limit }: { readonly result: SizingResult; readonly limit?: number }) {
  const data = toCostStackData(result, limit);
  const table = {
    columns: ['Option', ...data.series.map((s) => `${s.label}, USD/month`), 'Total, USD/month'],
    rows: data.rows.map((r) => [r.label, ...data.series.map((s) => formatUsd(r.linesUsd[s.line])), formatUsd(r.totalUsd)]),
  };
  return (
    <ChartFigure title="Monthly cost of the cheapest options" height={COST_CHART_HEIGHT_PX} table={table}
      description={`The ${data.rows.length} cheapest available options, split by cost line, in USD per month.`}>
      <BarChart data={[...data.rows]} layout="vertical" margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => formatUsdWhole(v)}
          label={{ value: 'USD/month', position: 'insideBottom', offset: -10 }} />
        <YAxis type="category" dataKey="label" width={190} interval={0} tick={{ fontSize: 10 }} />
        <Tooltip formatter={usdPerMonth} />
        <Legend verticalAlign="top" />
        {data.series.map((s, i) => (
          <Bar isAnimationActive={false} key={s.line} stackId="cost" name={s.label} fill={chartColor(i)} dataKey={(r: CostStackRow) => r.linesUsd[s.line]} />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
