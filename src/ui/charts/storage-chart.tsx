/** Local storage provisioned, tiered storage and data retained, GiB. */
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { SizingResult } from '../../domain';
import { toStorageChartData } from '../../report/chart-data';
import { formatNumber } from '../../report/format';
import { ChartFigure, chartColor, withUnit } from './chart-figure';

export function StorageChart({ result }: { readonly result: SizingResult }) {
  const bars = toStorageChartData(result);
  const table = { columns: ['Storage', 'GiB'], rows: bars.map((b) => [b.label, formatNumber(b.gib, 1)]) };
  return (
    <ChartFigure title="Storage" description="Broker volumes to provision (all replicas), tiered storage and data retained (one copy), in GiB."
      table={table}>
      <BarChart data={[...bars]} margin={{ top: 8, right: 8, bottom: 8, left: 24 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} height={40} />
        <YAxis tickFormatter={(v: number) => formatNumber(v, 0)} width={70}
          label={{ value: 'GiB', angle: -90, position: 'insideLeft', offset: -12 }} />
        <Tooltip formatter={withUnit('GiB')} />
        <Bar isAnimationActive={false} dataKey="gib" name="Storage">
          {bars.map((b, i) => <Cell key={b.kind} fill={chartColor(i + 1)} />)}
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
