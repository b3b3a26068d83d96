/** Cross-AZ transfer per flow, GiB/month, with and without nearest-replica fetch. */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { Scenario } from '../../domain';
import { toCrossAzChartData } from '../../report/chart-data';
import { formatNumber } from '../../report/format';
import { ChartFigure, chartColor, withUnit } from './chart-figure';

interface CrossAzChartProps {
  readonly scenario: Scenario;
}

export function CrossAzChart({ scenario }: CrossAzChartProps) {
  const data = toCrossAzChartData(scenario);
  const current = ' (this scenario)';
  const withName = `With nearest-replica fetch${data.scenarioUsesNearestReplicaFetch ? current : ''}`;
  const withoutName = `Without nearest-replica fetch${data.scenarioUsesNearestReplicaFetch ? '' : current}`;
  const table = {
    columns: ['Flow', `${withName}, GiB/month`, `${withoutName}, GiB/month`],
    rows: data.rows.map((r) => [r.label, formatNumber(r.withNearestReplicaGiBPerMonth, 1), formatNumber(r.withoutNearestReplicaGiBPerMonth, 1)]),
  };
  return (
    <ChartFigure title="Cross-AZ transfer" table={table}
      description="GiB per month crossing availability zones, by flow. MSK does not charge for replication traffic; self-managed Kafka pays for all three.">
      <BarChart data={[...data.rows]} margin={{ top: 8, right: 8, bottom: 8, left: 24 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis tickFormatter={(v: number) => formatNumber(v, 0)} width={80}
          label={{ value: 'GiB/month', angle: -90, position: 'insideLeft', offset: -16 }} />
        <Tooltip formatter={withUnit('GiB/month')} />
        <Legend verticalAlign="top" />
        <Bar isAnimationActive={false} dataKey="withNearestReplicaGiBPerMonth" name={withName} fill={chartColor(1)} />
        <Bar isAnimationActive={false} dataKey="withoutNearestReplicaGiBPerMonth" name={withoutName} fill={chartColor(6)} />
      </BarChart>
    </ChartFigure>
  );
}
