/** How each class's cheapest monthly cost grows with the workload, USD/month against peak ingress, MiB/s. */
import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { EditableAssumptions, PriceBook, Scenario } from '../../domain';
import { toCostVsIngressData, type CostVsIngressPoint } from '../../report/chart-data';
import { formatNumber, formatUsd, formatUsdWhole } from '../../report/format';
import { ChartFigure, chartColor, usdPerMonth } from './chart-figure';

interface CostVsIngressChartProps {
  readonly scenario: Scenario;
  readonly priceBook: PriceBook;
  readonly assumptions: EditableAssumptions;
}

export function CostVsIngressChart({ scenario, priceBook, assumptions }: CostVsIngressChartProps) {
  // Sizes the scenario seven times: recompute only when an input changes.
  const data = useMemo(() => toCostVsIngressData(scenario, priceBook, assumptions), [scenario, priceBook, assumptions]);
  const table = {
    columns: ['Peak ingress, MiB/s', 'Workload', ...data.series.map((s) => `${s.label}, USD/month`)],
    rows: data.points.map((p) => [
      formatNumber(p.peakIngressMiBps, 2), `× ${formatNumber(p.multiplier, 2)}`,
      ...data.series.map((s) => {
        const total = p.monthlyTotalUsd[s.recommendationClass];
        return total === null ? 'not available' : formatUsd(total);
      }),
    ]),
  };
  return (
    <ChartFigure title="Monthly cost as the workload grows" table={table}
      description="Cheapest option of each class when ingress and egress scale together (fan-out unchanged), in USD per month.">
      <LineChart data={[...data.points]} margin={{ top: 8, right: 16, bottom: 16, left: 24 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="peakIngressMiBps" domain={['dataMin', 'dataMax']} tickFormatter={(v: number) => formatNumber(v, 1)}
          label={{ value: 'Peak ingress (MiB/s)', position: 'insideBottom', offset: -10 }} />
        <YAxis tickFormatter={(v: number) => formatUsdWhole(v)} width={80}
          label={{ value: 'USD/month', angle: -90, position: 'insideLeft', offset: -16 }} />
        <Tooltip formatter={usdPerMonth} labelFormatter={(x) => `Peak ingress ${String(x)} MiB/s`} />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 11 }} />
        {data.series.map((s, i) => (
          <Line isAnimationActive={false} key={s.recommendationClass} type="monotone" name={s.label} stroke={chartColor(i)} dot={{ r: 2 }}
            dataKey={(p: CostVsIngressPoint) => p.monthlyTotalUsd[s.recommendationClass]} />
        ))}
      </LineChart>
    </ChartFigure>
  );
}
