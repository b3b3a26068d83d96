/** Brokers per instance type for MSK Standard and Express, one bar each, coloured by deployment. */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { SizingResult } from '../../domain';
import { toBrokersChartData, type BrokersBar } from '../../report/chart-data';
import { ChartFigure, chartColor, withUnit } from './chart-figure';

const SERIES = [
  { deployment: 'msk-standard', name: 'MSK Standard', color: chartColor(0) },
  { deployment: 'msk-express', name: 'MSK Express', color: chartColor(3) },
] as const;

export function BrokersChart({ result }: { readonly result: SizingResult }) {
  const bars = toBrokersChartData(result);
  const table = {
    columns: ['Instance type', 'Deployment', 'Brokers'],
    rows: bars.map((b) => [b.instanceType, b.deploymentLabel, String(b.brokers)]),
  };
  return (
    <ChartFigure title="Brokers per instance type" description="Recommended broker count for each available MSK Standard and Express size." table={table}>
      <BarChart data={[...bars]} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="instanceType" angle={-40} textAnchor="end" height={90} interval={0} tick={{ fontSize: 10 }}
          tickFormatter={(t: string) => t.replace(/^(kafka|express)\./, '')} />
        <YAxis allowDecimals={false} label={{ value: 'Brokers', angle: -90, position: 'insideLeft' }} />
        <Tooltip formatter={withUnit('brokers', 0)} />
        <Legend verticalAlign="top" />
        {SERIES.map((s) => (
          <Bar isAnimationActive={false} key={s.deployment} name={s.name} stackId="brokers" fill={s.color}
            dataKey={(b: BrokersBar) => (b.deployment === s.deployment ? b.brokers : null)} />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
