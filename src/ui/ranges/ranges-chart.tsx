/**
 * The Ranges and growth charts (SPEC §12): each kind's monthly cost as a P10–P90 band with its P50
 * line over the months to the horizon, a dashed line where the kind first runs out of room, and its
 * brokers (P50) as steps. Loaded with recharts, on demand.
 */
import { Area, CartesianGrid, ComposedChart, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { RangesResult, SizingResult } from '../../domain';
import { formatUsdWhole } from '../../report/format';
import { OPTION_KIND_COLORS } from '../../report/palette';
import { axisLabel, ChartFigure, TICK_STYLE, TOOLTIP_ITEM_STYLE, usdPerMonth } from '../charts/chart-figure';
import { rangesRows, type RangesRow } from './ranges-rows';

type Point = Record<string, number | readonly [number, number] | undefined>;

const usdTick = (v: number) => (v >= 10_000 ? `$${Math.round(v / 1000)}k` : formatUsdWhole(v));

export function RangesChart({ result, ranges }: { readonly result: SizingResult; readonly ranges: RangesResult }) {
  // The kinds the recommendation may come from (by purpose): more bands than that wash each other out.
  const series: RangesRow[] = rangesRows(result, ranges, false).filter((r) => r.isKindBest && r.ranges.pCheapest !== null);
  const data: Point[] = ranges.timeline.map((month) => {
    const point: Point = { month: month.month };
    series.forEach((s, i) => {
      const figures = month.options[s.ranges.id];
      const cost = figures?.monthlyCostUsd;
      if (cost) {
        point[`band${i}`] = [cost.p10, cost.p90];
        point[`p50_${i}`] = cost.p50;
      }
      if (figures?.brokers) point[`brokers${i}`] = figures.brokers.p50;
    });
    return point;
  });
  const color = (s: RangesRow) => (s.recommendationClass ? OPTION_KIND_COLORS[s.recommendationClass] : '#000000');
  const legend = series.map((s) => ({ label: s.label, color: color(s), mark: 'line' as const }));
  const costTable = {
    columns: ['Month', ...series.map((s) => `${s.label}, P50 (P10–P90) USD/month`)],
    rows: ranges.timeline.map((m) => [String(m.month), ...series.map((s) => {
      const c = m.options[s.ranges.id]?.monthlyCostUsd;
      return c ? `${formatUsdWhole(c.p50)} (${formatUsdWhole(c.p10)}–${formatUsdWhole(c.p90)})` : 'unavailable';
    })]),
  };
  const brokerSeries = series.map((s, i) => ({ s, i })).filter(({ s }) => s.ranges.now.brokers !== null);
  const brokersTable = {
    columns: ['Month', ...brokerSeries.map(({ s }) => `${s.label}, brokers (P50)`)],
    rows: ranges.timeline.map((m) => [String(m.month), ...brokerSeries.map(({ s }) => String(m.options[s.ranges.id]?.brokers?.p50 ?? 'unavailable'))]),
  };
  return (
    <div className="ranges-charts">
      <ChartFigure title="Monthly cost over time, P10–P90" table={costTable} legend={legend}
        description="Shaded: the middle 80 % of futures; line: the median (P50). A dashed line marks the first month at least 1 future in 10 runs out of room.">
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" type="number" domain={[0, ranges.horizonMonths]} allowDecimals={false} tick={TICK_STYLE} label={axisLabel('Month', 'insideBottom', -10)} />
          <YAxis tick={TICK_STYLE} tickFormatter={usdTick} width={56} />
          <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} labelFormatter={(m) => `Month ${String(m)}`}
            formatter={(v, name) => [Array.isArray(v) ? `${formatUsdWhole(Number(v[0]))}–${formatUsdWhole(Number(v[1]))}` : usdPerMonth(typeof v === 'number' ? v : undefined), String(name)]} />
          {series.map((s, i) => (
            <Area key={`band${s.ranges.id}`} isAnimationActive={false} dataKey={`band${i}`} name={`${s.label} P10–P90`} stroke="none" fill={color(s)} fillOpacity={0.15} connectNulls={false} />
          ))}
          {series.map((s, i) => (
            <Line key={`p50${s.ranges.id}`} isAnimationActive={false} dataKey={`p50_${i}`} name={`${s.label} P50`} stroke={color(s)} strokeWidth={2} dot={false} connectNulls={false} />
          ))}
          {series.map((s) => (s.ranges.limit.firstMonthP10 === null ? null : (
            <ReferenceLine key={`limit${s.ranges.id}`} x={s.ranges.limit.firstMonthP10} stroke={color(s)} strokeDasharray="4 3" ifOverflow="extendDomain" />
          )))}
        </ComposedChart>
      </ChartFigure>
      {brokerSeries.length > 0 && (
        <ChartFigure title="Brokers over time (P50)" table={brokersTable} legend={brokerSeries.map(({ s }) => ({ label: s.label, color: color(s), mark: 'line' as const }))}
          description="Median broker count of each kind's best size, month by month; it steps up as throughput grows.">
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" type="number" domain={[0, ranges.horizonMonths]} allowDecimals={false} tick={TICK_STYLE} label={axisLabel('Month', 'insideBottom', -10)} />
            <YAxis tick={TICK_STYLE} allowDecimals={false} width={40} />
            <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} labelFormatter={(m) => `Month ${String(m)}`} />
            {brokerSeries.map(({ s, i }) => (
              <Line key={s.ranges.id} isAnimationActive={false} type="stepAfter" dataKey={`brokers${i}`} name={s.label} stroke={color(s)} strokeWidth={2} dot={false} connectNulls={false} />
            ))}
          </LineChart>
        </ChartFigure>
      )}
    </div>
  );
}
