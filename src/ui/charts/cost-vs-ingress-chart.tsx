/**
 * How each kind's cheapest monthly cost grows with the workload, USD/month against peak ingress,
 * MiB/s: straight where the same brokers carry the load, a step where a kind needs more or larger
 * brokers, and a marker at today's workload.
 */
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { EditableAssumptions, PriceBook, Scenario } from '../../domain';
import {
  toCostVsIngressData,
  toCostVsIngressPath,
  YOUR_WORKLOAD_LABEL,
  type CostVsIngressData,
  type CostVsIngressVertex,
} from '../../report/chart-data';
import { niceTicksBetween } from '../../report/axis-scale';
import { formatNumber, formatUsd, formatUsdWhole } from '../../report/format';
import { CHART_GRID, CHART_INK, CHART_SURFACE, DASH_PATTERN, isDashedKind, OPTION_KIND_COLORS } from '../../report/palette';
import { axisLabel, ChartFigure, TICK_STYLE } from './chart-figure';

interface CostVsIngressChartProps {
  readonly scenario: Scenario;
  readonly priceBook: PriceBook;
  readonly assumptions: EditableAssumptions;
}

/** The sample under the pointer, every kind's total there (read from the samples, not from the drawn path). */
function SampleTooltip({ active, label, data }: { readonly active: boolean; readonly label: unknown; readonly data: CostVsIngressData }) {
  const point = data.points.find((p) => p.peakIngressMiBps === label);
  if (!active || point === undefined) return null;
  return (
    <div
      style={{
        background: CHART_SURFACE,
        border: `1px solid ${CHART_GRID}`,
        padding: '0.4rem 0.6rem',
        fontSize: '0.8rem',
        color: CHART_INK,
      }}
    >
      <p style={{ margin: '0 0 0.2rem', fontWeight: 600 }}>
        Peak ingress {formatNumber(point.peakIngressMiBps, 1)} MiB/s
        {point.multiplier === 1 ? ` (${YOUR_WORKLOAD_LABEL.toLowerCase()})` : ''}
      </p>
      {data.series.map((s) => {
        const total = point.monthlyTotalUsd[s.recommendationClass];
        return (
          <div key={s.recommendationClass}>
            {s.label}: {total === null ? 'not available' : `${formatUsd(total)} USD/month`}
          </div>
        );
      })}
    </div>
  );
}

/** Vertices with a total but no neighbour to draw a segment to: a kind available at one sample only, shown as a dot. */
function isolatedVertices(path: readonly CostVsIngressVertex[]): ReadonlySet<number> {
  const drawn = (i: number) => path[i]?.monthlyTotalUsd !== null && path[i] !== undefined;
  return new Set(path.flatMap((_, i) => (drawn(i) && !drawn(i - 1) && !drawn(i + 1) ? [i] : [])));
}

export function CostVsIngressChart({ scenario, priceBook, assumptions }: CostVsIngressChartProps) {
  // Sizes the scenario sixteen times: recompute only when an input changes.
  const data = useMemo(() => toCostVsIngressData(scenario, priceBook, assumptions), [scenario, priceBook, assumptions]);
  const table = {
    columns: ['Peak ingress, MiB/s', 'Workload', ...data.series.map((s) => `${s.label}, USD/month`)],
    rows: data.points.map((p) => [
      formatNumber(p.peakIngressMiBps, 2),
      p.multiplier === 1 ? `× 1 (${YOUR_WORKLOAD_LABEL.toLowerCase()})` : `× ${formatNumber(p.multiplier, 2)}`,
      ...data.series.map((s) => {
        const total = p.monthlyTotalUsd[s.recommendationClass];
        return total === null ? 'not available' : formatUsd(total);
      }),
    ]),
  };
  const legend = data.series.map((s) => ({
    label: s.label,
    color: OPTION_KIND_COLORS[s.recommendationClass],
    mark: isDashedKind(s.recommendationClass) ? ('dashed-line' as const) : ('line' as const),
  }));
  const xs = data.points.map((p) => p.peakIngressMiBps);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  return (
    <ChartFigure
      title="Monthly cost as the workload grows"
      table={table}
      legend={legend}
      height={280}
      description="Cheapest option of each kind when ingress and egress scale together (fan-out unchanged), in USD per month. A line steps where its kind needs more or larger brokers."
    >
      <LineChart margin={{ top: 24, right: 16, bottom: 16, left: 12 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="peakIngressMiBps"
          domain={[minX, maxX]}
          ticks={niceTicksBetween(minX, maxX)}
          allowDuplicatedCategory={false}
          tickMargin={6}
          tickFormatter={(v: number) => formatNumber(v, 1)}
          tick={TICK_STYLE}
          minTickGap={12}
          label={axisLabel('Peak ingress (MiB/s)', 'insideBottom', -10)}
        />
        <YAxis
          tickFormatter={(v: number) => formatUsdWhole(v)}
          width={80}
          tick={TICK_STYLE}
          label={axisLabel('USD/month', 'insideLeft', 0)}
        />
        <Tooltip content={({ active, label }) => <SampleTooltip active={active} label={label} data={data} />} />
        <ReferenceLine
          x={data.currentPeakIngressMiBps}
          stroke={CHART_INK}
          strokeDasharray="4 3"
          label={{ value: YOUR_WORKLOAD_LABEL, position: 'top', fill: CHART_INK, fontSize: 11 }}
        />
        {data.series.map((s) => {
          const path = toCostVsIngressPath(data, s.recommendationClass);
          const isolated = isolatedVertices(path);
          const color = OPTION_KIND_COLORS[s.recommendationClass];
          return (
            <Line
              isAnimationActive={false}
              key={s.recommendationClass}
              type="linear"
              name={s.label}
              connectNulls={false}
              data={[...path]}
              dataKey="monthlyTotalUsd"
              stroke={color}
              strokeWidth={2}
              strokeDasharray={isDashedKind(s.recommendationClass) ? DASH_PATTERN.join(' ') : 'none'}
              dot={({ cx, cy, index }) =>
                isolated.has(index) && cx !== undefined && cy !== undefined ? (
                  <circle key={index} cx={cx} cy={cy} r={3} fill={color} />
                ) : (
                  <g key={index} />
                )
              }
            />
          );
        })}
      </LineChart>
    </ChartFigure>
  );
}
