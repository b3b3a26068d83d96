/**
 * Cross-AZ transfer per flow, GiB/month, with and without nearest-replica fetch, for the
 * recommendation's replication factor: the scenario's setting filled, the other one outlined.
 */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { SizingResult } from '../../domain';
import { toCrossAzChartData } from '../../report/chart-data';
import { formatNumber } from '../../report/format';
import { CHART_SURFACE, COST_LINE_COLORS } from '../../report/palette';
import { axisLabel, ChartFigure, TICK_STYLE, TOOLTIP_ITEM_STYLE, withUnit } from './chart-figure';

const COLOR = COST_LINE_COLORS.crossAz;

export function CrossAzChart({ result }: { readonly result: SizingResult }) {
  const data = toCrossAzChartData(result);
  const current = ' (this scenario)';
  const uses = data.scenarioUsesNearestReplicaFetch;
  const withName = `With nearest-replica fetch${uses ? current : ''}`;
  const withoutName = `Without nearest-replica fetch${uses ? '' : current}`;
  const table = {
    columns: ['Flow', `${withName}, GiB/month`, `${withoutName}, GiB/month`],
    rows: data.rows.map((r) => [
      r.label,
      formatNumber(r.withNearestReplicaGiBPerMonth, 1),
      formatNumber(r.withoutNearestReplicaGiBPerMonth, 1),
    ]),
  };
  const legend = [
    { label: withName, color: COLOR, mark: uses ? ('bar' as const) : ('outlined-bar' as const) },
    { label: withoutName, color: COLOR, mark: uses ? ('outlined-bar' as const) : ('bar' as const) },
  ];
  return (
    <ChartFigure title="Cross-AZ transfer" table={table} legend={legend} description={data.description}>
      <BarChart data={[...data.rows]} margin={{ top: 8, right: 8, bottom: 8, left: 12 }} barGap={4}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={TICK_STYLE} />
        <YAxis
          tickFormatter={(v: number) => formatNumber(v, 0)}
          width={80}
          tick={TICK_STYLE}
          label={axisLabel('GiB/month', 'insideLeft', 0)}
        />
        <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} formatter={withUnit('GiB/month')} />
        <Bar
          isAnimationActive={false}
          dataKey="withNearestReplicaGiBPerMonth"
          name={withName}
          stroke={COLOR}
          strokeWidth={2}
          fill={uses ? COLOR : CHART_SURFACE}
        />
        <Bar
          isAnimationActive={false}
          dataKey="withoutNearestReplicaGiBPerMonth"
          name={withoutName}
          stroke={COLOR}
          strokeWidth={2}
          fill={uses ? CHART_SURFACE : COLOR}
        />
      </BarChart>
    </ChartFigure>
  );
}
