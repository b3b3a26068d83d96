/** Monthly cost of the cheapest options, stacked by cost line, USD/month. */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { SizingResult } from '../../domain';
import { toCostStackData, type CostStackRow } from '../../report/chart-data';
import { formatUsd, formatUsdWhole } from '../../report/format';
import { CHART_SURFACE, COST_LINE_COLORS } from '../../report/palette';
import { axisLabel, ChartFigure, TICK_STYLE, TOOLTIP_ITEM_STYLE, usdPerMonth } from './chart-figure';

/** Each option's label wraps to two lines ("MSK Standard" / "kafka.m7g.large"): give every row room for both. */
const ROW_HEIGHT_PX = 30;
const AXES_HEIGHT_PX = 56;

export function CostStackChart({ result, limit }: { readonly result: SizingResult; readonly limit?: number }) {
  const data = toCostStackData(result, limit);
  const table = {
    columns: ['Option', ...data.series.map((s) => `${s.label}, USD/month`), 'Total, USD/month'],
    rows: data.rows.map((r) => [r.label, ...data.series.map((s) => formatUsd(r.linesUsd[s.line])), formatUsd(r.totalUsd)]),
  };
  const legend = data.series.map((s) => ({ label: s.label, color: COST_LINE_COLORS[s.line], mark: 'bar' as const }));
  return (
    <ChartFigure
      title="Monthly cost of the cheapest options"
      height={data.rows.length * ROW_HEIGHT_PX + AXES_HEIGHT_PX}
      table={table}
      legend={legend}
      description={`The ${data.rows.length} cheapest available options, split by cost line, in USD per month.`}
    >
      <BarChart data={[...data.rows]} layout="vertical" margin={{ top: 8, right: 24, bottom: 16, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={(v: number) => formatUsdWhole(v)}
          tick={TICK_STYLE}
          minTickGap={16}
          label={axisLabel('USD/month', 'insideBottom', -10)}
        />
        <YAxis type="category" dataKey="label" width={150} interval={0} tick={{ ...TICK_STYLE, fontSize: 10 }} />
        <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} formatter={usdPerMonth} />
        {data.series.map((s) => (
          <Bar
            isAnimationActive={false}
            key={s.line}
            stackId="cost"
            name={s.label}
            fill={COST_LINE_COLORS[s.line]}
            stroke={CHART_SURFACE}
            strokeWidth={0.5}
            dataKey={(r: CostStackRow) => r.linesUsd[s.line]}
          />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
