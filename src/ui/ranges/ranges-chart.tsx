/**
 * The Ranges and growth charts (SPEC §12): each kind's monthly cost as a P10–P90 band with its P50
 * line over the months to the horizon, a dashed line where the kind first runs out of room, and its
 * brokers (P50) as steps. Drawn from the report model's chart data; loaded with recharts, on demand.
 */
import { memo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatUsdWhole } from '../../report/format';
import { DASH_PATTERN, isDashedKind, OPTION_KIND_COLORS } from '../../report/palette';
import type { RangesChartSeries } from '../../report/ranges-chart';
import type { RangesReport } from '../../report/ranges-report';
import { axisLabel, ChartFigure, TICK_STYLE, TOOLTIP_ITEM_STYLE, usdPerMonth } from '../charts/chart-figure';

type Point = Record<string, number | readonly [number, number] | undefined>;

/** One format on the whole axis: "$0", "$3.5k", "$10k", "$1.2M". */
const usdTick = (v: number) =>
  v >= 1_000_000 ? `$${formatNumber(v / 1_000_000, 1)}M` : v >= 1000 ? `$${formatNumber(v / 1000, 1)}k` : `$${formatNumber(v, 0)}`;
const color = (s: RangesChartSeries) => (s.recommendationClass ? OPTION_KIND_COLORS[s.recommendationClass] : '#1b2733');
/** A second size of a kind already drawn (the least-regret choice beside the recommendation) is dotted, so the two read apart. */
const SECOND_OF_KIND_PATTERN = '2 3';

/**
 * Each series' dash: kinds whose colours are close (Standard M5 beside M7g) are told apart by a dashed
 * line, as in the other charts; a second size of the same kind by a dotted one.
 */
function dashesOf(series: readonly RangesChartSeries[]): Map<string, string> {
  const seen = new Set<string>();
  return new Map(
    series.map((s) => {
      const kind = s.recommendationClass ?? 'none';
      const dash = seen.has(kind)
        ? SECOND_OF_KIND_PATTERN
        : s.recommendationClass && isDashedKind(s.recommendationClass)
          ? DASH_PATTERN.join(' ')
          : '0';
      seen.add(kind);
      return [s.id, dash];
    }),
  );
}

export const RangesChart = memo(function RangesChart({ report }: { readonly report: RangesReport }) {
  // The recommendation, and one series per kind the recommendation may come from (each kind's best size): more bands wash each other out.
  // The least-regret choice too: it is the one to compare with the recommendation.
  const kinds = new Set(
    report.rows
      .filter(
        (r) =>
          r.roles.includes('recommended') ||
          r.roles.includes('least-regret') ||
          (r.roles.includes('cheapest-of-kind') && r.pCheapest !== null),
      )
      .map((r) => r.id),
  );
  const series = report.chart.series.filter((s) => kinds.has(s.id));
  const dashes = dashesOf(series);
  const dash = (s: RangesChartSeries) => dashes.get(s.id) ?? '0';
  const months = report.chart.series[0]?.months.map((m) => m.month) ?? [];
  const data: Point[] = months.map((month, m) => {
    const point: Point = { month };
    series.forEach((s, i) => {
      const at = s.months[m];
      if (at?.costUsd) {
        point[`band${i}`] = [at.costUsd.p10, at.costUsd.p90];
        point[`p50_${i}`] = at.costUsd.p50;
      }
      if (at?.brokers) point[`brokers${i}`] = at.brokers.p50;
    });
    return point;
  });
  const mark = (s: RangesChartSeries) => (dash(s) === '0' ? ('line' as const) : ('dashed-line' as const));
  const legend = series.map((s) => ({ label: s.label, color: color(s), mark: mark(s) }));
  const costTable = {
    columns: ['Month', ...series.map((s) => `${s.label}, typical (middle 80 % of futures) USD/month`)],
    rows: months.map((month, m) => [
      String(month),
      ...series.map((s) => {
        const c = s.months[m]?.costUsd;
        return c ? `${formatUsdWhole(c.p50)} (${formatUsdWhole(c.p10)}–${formatUsdWhole(c.p90)})` : 'unavailable';
      }),
    ]),
  };
  const brokerSeries = series.map((s, i) => ({ s, i })).filter(({ s }) => s.maxBrokers > 0);
  const brokersTable = {
    columns: ['Month', ...brokerSeries.map(({ s }) => `${s.label}, brokers (typical)`)],
    rows: months.map((month, m) => [String(month), ...brokerSeries.map(({ s }) => String(s.months[m]?.brokers?.p50 ?? 'unavailable'))]),
  };
  const xAxis = (
    <XAxis
      dataKey="month"
      type="number"
      domain={[0, report.horizonMonths]}
      ticks={[...report.chart.monthTicks]}
      allowDecimals={false}
      tick={TICK_STYLE}
      label={axisLabel('Month', 'insideBottom', -10)}
    />
  );
  return (
    <div className="ranges-charts">
      <ChartFigure
        title="Monthly cost over time: typical and the middle 80 % of futures"
        table={costTable}
        legend={legend}
        description="Shaded: the middle 8 in 10 futures in which the option fits; line: the typical (middle) future. A dotted line is a second size of a kind already drawn. A vertical dashed line marks the first month at least 1 future in 10 runs out of room; a line ends once half the futures have."
      >
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {xAxis}
          <YAxis tick={TICK_STYLE} tickFormatter={usdTick} width={56} />
          <Tooltip
            itemStyle={TOOLTIP_ITEM_STYLE}
            labelFormatter={(m) => `Month ${String(m)}`}
            formatter={(v, name) => [
              Array.isArray(v)
                ? `${formatUsdWhole(Number(v[0]))}–${formatUsdWhole(Number(v[1]))}`
                : usdPerMonth(typeof v === 'number' ? v : undefined),
              String(name),
            ]}
          />
          {series.map((s, i) => (
            <Area
              key={`band${s.id}`}
              isAnimationActive={false}
              dataKey={`band${i}`}
              name={`${s.label}, middle 80 %`}
              stroke="none"
              fill={color(s)}
              fillOpacity={0.15}
            />
          ))}
          {series.map((s, i) => (
            <Line
              key={`p50${s.id}`}
              isAnimationActive={false}
              dataKey={`p50_${i}`}
              name={`${s.label}, typical`}
              stroke={color(s)}
              strokeWidth={2}
              strokeDasharray={dash(s)}
              dot={false}
            />
          ))}
          {series.map((s) =>
            s.runsOutMonth === null ? null : (
              <ReferenceLine key={`limit${s.id}`} x={s.runsOutMonth} stroke={color(s)} strokeDasharray="4 3" />
            ),
          )}
        </ComposedChart>
      </ChartFigure>
      {brokerSeries.length > 0 && (
        <ChartFigure
          title="Brokers over time (typical future)"
          table={brokersTable}
          legend={brokerSeries.map(({ s }) => ({ label: s.label, color: color(s), mark: mark(s) }))}
          description="Broker count in the typical (middle) future for each size drawn, month by month; it steps up as throughput grows."
        >
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            {xAxis}
            <YAxis tick={TICK_STYLE} allowDecimals={false} width={40} />
            <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} labelFormatter={(m) => `Month ${String(m)}`} />
            {brokerSeries.map(({ s, i }) => (
              <Line
                key={s.id}
                isAnimationActive={false}
                type="stepAfter"
                dataKey={`brokers${i}`}
                name={s.label}
                stroke={color(s)}
                strokeWidth={2}
                strokeDasharray={dash(s)}
                dot={false}
              />
            ))}
          </LineChart>
        </ChartFigure>
      )}
    </div>
  );
});
