/**
 * A chart legend drawn as HTML, outside the SVG: its text is ink (never the series colour, whose
 * contrast is only 3:1), it wraps on a phone instead of overlapping the plot, and its marks match
 * what the chart draws (filled or outlined bars, solid or dashed lines).
 */
import { CHART_INK, CHART_SURFACE, DASH_PATTERN, type SeriesMark } from '../../report/palette';

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly mark: SeriesMark;
}

function LegendMark({ color, mark }: Pick<LegendItem, 'color' | 'mark'>) {
  if (mark === 'line' || mark === 'dashed-line') {
    return (
      <svg width="22" height="10" aria-hidden="true" focusable="false">
        <line
          x1="1"
          y1="5"
          x2="21"
          y2="5"
          stroke={color}
          strokeWidth="2.5"
          strokeDasharray={mark === 'dashed-line' ? DASH_PATTERN.join(' ') : undefined}
        />
      </svg>
    );
  }
  return (
    <svg width="12" height="12" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="10" height="10" fill={mark === 'bar' ? color : CHART_SURFACE} stroke={color} strokeWidth="2" />
    </svg>
  );
}

export function ChartLegend({ items }: { readonly items: readonly LegendItem[] }) {
  return (
    <ul
      className="chart-legend"
      style={{
        listStyle: 'none',
        margin: '0 0 0.25rem',
        padding: 0,
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.15rem 0.9rem',
        fontSize: '0.8rem',
        color: CHART_INK,
      }}
    >
      {items.map((item) => (
        <li key={item.label} style={{ display: 'inline-flex', alignItems: 'center', gap: '0.3rem' }}>
          <LegendMark color={item.color} mark={item.mark} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
