/**
 * What the recommendation stores, GiB: broker volumes, tiered storage and data retained for MSK
 * Standard; one copy of the data retained for MSK Express and Serverless (no broker volumes).
 */
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { SizingResult } from '../../domain';
import { toStorageChartData } from '../../report/chart-data';
import { formatNumber } from '../../report/format';
import { CHART_SURFACE, COST_LINE_COLORS } from '../../report/palette';
import { axisLabel, ChartFigure, TICK_STYLE, TOOLTIP_ITEM_STYLE, withUnit } from './chart-figure';

const ROW_HEIGHT_PX = 44;
const AXES_HEIGHT_PX = 56;

export function StorageChart({ result }: { readonly result: SizingResult }) {
  const { bars, description } = toStorageChartData(result);
  const table = {
    columns: ['Storage', 'GiB', 'Billed'],
    rows: bars.map((b) => [b.label, formatNumber(b.gib, 1), b.billed ? 'yes' : 'no, for reference']),
  };
  return (
    <ChartFigure title="Storage" description={description} table={table} height={bars.length * ROW_HEIGHT_PX + AXES_HEIGHT_PX}>
      <BarChart data={[...bars]} layout="vertical" margin={{ top: 4, right: 24, bottom: 16, left: 4 }} barCategoryGap={8}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={(v: number) => formatNumber(v, 0)}
          tick={TICK_STYLE}
          minTickGap={16}
          label={axisLabel('GiB', 'insideBottom', -10)}
        />
        <YAxis type="category" dataKey="label" width={130} interval={0} tick={TICK_STYLE} />
        <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} formatter={withUnit('GiB')} />
        <Bar isAnimationActive={false} dataKey="gib" name="Storage" strokeWidth={2}>
          {bars.map((b) => {
            const color = COST_LINE_COLORS[b.costLine];
            return <Cell key={b.kind} fill={b.billed ? color : CHART_SURFACE} stroke={color} />;
          })}
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
