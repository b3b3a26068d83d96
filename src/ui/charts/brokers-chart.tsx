/**
 * Brokers per instance type for MSK Standard and Express: one horizontal bar each, coloured by kind
 * (Standard m7g.xlarge and Express m7g.xlarge share a label, not a colour). Horizontal, so the size
 * labels read level and never collide however narrow the screen.
 */
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { SizingResult } from '../../domain';
import { toBrokersChartData, type BrokersBar } from '../../report/chart-data';
import { OPTION_KIND_COLORS } from '../../report/palette';
import { axisLabel, ChartFigure, TICK_STYLE, TOOLTIP_ITEM_STYLE } from './chart-figure';

const ROW_HEIGHT_PX = 18;
const AXES_HEIGHT_PX = 48;

/** Tooltip title: the kind and the full instance type, "MSK Express express.m7g.xlarge". */
function barTitle(bar: BrokersBar | undefined): string {
  return bar === undefined ? '' : `${bar.classLabel} ${bar.instanceType}`;
}

export function BrokersChart({ result }: { readonly result: SizingResult }) {
  const { bars, kinds } = toBrokersChartData(result);
  const table = {
    columns: ['Instance type', 'Kind', 'Brokers'],
    rows: bars.map((b) => [b.instanceType, b.classLabel, String(b.brokers)]),
  };
  const legend = kinds.map((k) => ({ label: k.label, color: OPTION_KIND_COLORS[k.recommendationClass], mark: 'bar' as const }));
  return (
    <ChartFigure
      title="Brokers per instance type"
      table={table}
      legend={legend}
      height={bars.length * ROW_HEIGHT_PX + AXES_HEIGHT_PX}
      description="Recommended broker count for each available MSK Standard and Express size; the colour says which kind."
    >
      <BarChart data={[...bars]} layout="vertical" margin={{ top: 4, right: 24, bottom: 16, left: 4 }} barCategoryGap={3}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={TICK_STYLE} minTickGap={12} label={axisLabel('Brokers', 'insideBottom', -10)} />
        <YAxis
          type="category"
          dataKey="id"
          width={92}
          interval={0}
          tick={TICK_STYLE}
          tickFormatter={(id: string) => bars.find((b) => b.id === id)?.shortLabel ?? id}
        />
        <Tooltip
          itemStyle={TOOLTIP_ITEM_STYLE}
          labelFormatter={(id) => barTitle(bars.find((b) => b.id === id))}
          formatter={(v) => [String(v), 'Brokers']}
        />
        <Bar isAnimationActive={false} dataKey="brokers" name="Brokers">
          {bars.map((b) => (
            <Cell key={b.id} fill={OPTION_KIND_COLORS[b.recommendationClass]} />
          ))}
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
