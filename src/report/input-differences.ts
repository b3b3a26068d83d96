/**
 * Which inputs two scenarios differ in (the Compare view's saved scenarios): every field of the
 * scenario field table, the replication, ranges, current-cluster and Kinesis blocks and the editable assumptions, worded with
 * the page's labels. Pure.
 */
import {
  CURRENT_FIELDS,
  DEFAULT_EDITABLE_ASSUMPTIONS,
  DEFAULT_KINESIS,
  fieldValue,
  KINESIS_FIELDS,
  SCENARIO_FIELDS,
  type EditableAssumptions,
  type Scenario,
} from '../domain';
import { formatNumber } from './format';
import { PATTERN_LABELS } from './replication-report';

export interface InputDifference {
  readonly label: string;
  readonly left: string;
  readonly right: string;
}

function valueText(value: unknown, unit: string): string {
  if (value === null || value === undefined) return 'not set';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return `${formatNumber(value, 4)}${unit === '' || unit === 'fraction' ? '' : ` ${unit}`}`;
  return String(value);
}

function replicationText(s: Scenario): string {
  const b = s.replication;
  return b ? `${PATTERN_LABELS[b.pattern]} to ${b.targetRegion}, ${formatNumber(b.replicatedShare * 100, 1)} % replicated` : 'none';
}

function rangesText(s: Scenario): string {
  const b = s.uncertainty;
  if (!b) return 'none';
  const g = b.monthlyGrowthPct;
  return `${formatNumber(g.likely, 2)} % a month likely (${formatNumber(g.low, 2)} % to ${formatNumber(g.high, 2)} %), ${b.horizonMonths} months, ${formatNumber(b.samples, 0)} futures`;
}

const ASSUMPTION_LABELS: Readonly<Record<keyof EditableAssumptions, string>> = {
  tlsFactor: 'TLS throughput factor',
  pageCacheShare: 'Page cache share of broker memory',
  mm2MiBpsPerMcu: 'MirrorMaker 2 throughput per MCU or vCPU (MiB/s)',
  moveMonths: 'Least regret: cost of a move (months)',
  m7gCpuFactor: 'Right-sizing: CPU of M7g against M5',
};

/** The inputs whose values differ between two scenarios, in the form's order; the name is left out (it names them). */
export function differingInputs(left: Scenario, right: Scenario): InputDifference[] {
  const rows: InputDifference[] = [];
  for (const field of SCENARIO_FIELDS) {
    if (field.key === 'name') continue;
    const a = valueText(fieldValue(left, field.key), field.unit);
    const b = valueText(fieldValue(right, field.key), field.unit);
    if (a !== b) rows.push({ label: field.label, left: a, right: b });
  }
  const blocks: readonly [string, (s: Scenario) => string][] = [
    ['Replication and DR', replicationText],
    ['Ranges and growth', rangesText],
  ];
  for (const [label, text] of blocks) {
    if (text(left) !== text(right)) rows.push({ label, left: text(left), right: text(right) });
  }
  // The current cluster (SPEC §13) and the Kinesis settings (SPEC §15, their defaults when absent), field by field.
  for (const field of CURRENT_FIELDS) {
    const a = left.current ? valueText(fieldValue(left.current, field.key), field.unit) : 'none';
    const b = right.current ? valueText(fieldValue(right.current, field.key), field.unit) : 'none';
    if (a !== b) rows.push({ label: `Current cluster: ${field.label.toLowerCase()}`, left: a, right: b });
  }
  for (const field of KINESIS_FIELDS) {
    const a = valueText(fieldValue(left.kinesis ?? DEFAULT_KINESIS, field.key), field.unit);
    const b = valueText(fieldValue(right.kinesis ?? DEFAULT_KINESIS, field.key), field.unit);
    if (a !== b) rows.push({ label: `Kinesis: ${field.label.toLowerCase()}`, left: a, right: b });
  }
  const la = left.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS;
  const ra = right.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS;
  for (const key of Object.keys(ASSUMPTION_LABELS) as (keyof EditableAssumptions)[]) {
    if (la[key] !== ra[key]) rows.push({ label: ASSUMPTION_LABELS[key], left: formatNumber(la[key], 4), right: formatNumber(ra[key], 4) });
  }
  return rows;
}
