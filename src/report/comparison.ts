/** Two options side by side: every figure and the difference (second − first). Pure. */
import { classOfOption, COST_LINES, ELIGIBLE_CLASSES, type RecommendationClass, type SizedOption, type SizingResult } from '../domain';
import { CONSTRAINT_LABELS, COST_LINE_LABELS, optionLabel } from './labels';

export interface ComparisonRow {
  readonly label: string;
  readonly left: number | null;
  readonly right: number | null;
  /** right − left, or null when either is missing. */
  readonly difference: number | null;
  readonly money: boolean;
}

export interface Comparison {
  readonly left: SizedOption;
  readonly right: SizedOption;
  readonly leftLabel: string;
  readonly rightLabel: string;
  readonly rows: readonly ComparisonRow[];
  /**
   * Why no difference is shown, when either option is unavailable (SPEC §8: an unavailable option
   * is never shown with a saving or an extra cost); null when both are available.
   */
  readonly unavailableNote: string | null;
}

/** The cheapest priced option whose id starts with `prefix`, preferring available ones. */
export function cheapestOptionId(result: SizingResult, prefix: string): string | null {
  let best: SizedOption | null = null;
  for (const o of result.options) {
    if (!o.id.startsWith(prefix) || o.monthlyCostUsd === null) continue;
    const better =
      best === null ||
      (o.available && !best.available) ||
      (o.available === best.available && o.monthlyCostUsd.total < (best.monthlyCostUsd?.total ?? Number.POSITIVE_INFINITY));
    if (better) best = o;
  }
  return best?.id ?? null;
}

/** The cheapest available option of a class, or null. */
function cheapestAvailableOfClass(result: SizingResult, cls: RecommendationClass): SizedOption | null {
  let best: SizedOption | null = null;
  for (const o of result.options) {
    if (!o.available || o.monthlyCostUsd === null || classOfOption(o) !== cls) continue;
    if (best === null || o.monthlyCostUsd.total < (best.monthlyCostUsd?.total ?? Number.POSITIVE_INFINITY)) best = o;
  }
  return best;
}

/**
 * The default pair, each side the cheapest available option of its class. Development: MSK M5
 * against MSK T3, the classic question. Production (T3 is not eligible): the two cheapest eligible
 * kinds, i.e. the recommendation's kind against the runner-up kind. Where a side has no option the
 * M5/T3 pair (an unavailable one standing in, with its reason) or the first options fill in.
 */
export function defaultComparisonIds(result: SizingResult): { readonly left: string | null; readonly right: string | null } {
  const classic = {
    left: cheapestOptionId(result, 'msk-standard:kafka.m5.') ?? result.options[0]?.id ?? null,
    right: cheapestOptionId(result, 'msk-standard:kafka.t3.') ?? result.options[1]?.id ?? null,
  };
  if (result.scenario.purpose === 'development') return classic;
  // Each kind's pick is the one the recommendation uses (its tie-break: fewer brokers, then the smaller size).
  const kinds = ELIGIBLE_CLASSES.production
    .flatMap((cls) => {
      const picked = result.options.find((o) => o.id === result.recommendations.byClass[cls] && o.available);
      return picked ?? cheapestAvailableOfClass(result, cls) ?? [];
    })
    .sort(
      (a, b) =>
        Math.round((a.monthlyCostUsd?.total ?? 0) * 100) - Math.round((b.monthlyCostUsd?.total ?? 0) * 100) ||
        (a.brokers ?? 0) - (b.brokers ?? 0),
    );
  const [first, second] = kinds;
  return first && second ? { left: first.id, right: second.id } : classic;
}

function row(label: string, left: number | null, right: number | null, money: boolean, comparable: boolean): ComparisonRow {
  return { label, left, right, money, difference: !comparable || left === null || right === null ? null : right - left };
}

/**
 * The rows an export shows: those whose two sides differ (money to the cent, other figures to 0.05),
 * and how many are equal, for a line saying so instead of a run of "$0.00" rows.
 */
export function differingRows(comparison: Comparison): { readonly rows: readonly ComparisonRow[]; readonly equalCount: number } {
  const same = (r: ComparisonRow) => r.left !== null && r.right !== null && Math.abs(r.left - r.right) < (r.money ? 0.005 : 0.05);
  const rows = comparison.rows.filter((r) => !same(r) && !(r.left === null && r.right === null));
  return { rows, equalCount: comparison.rows.filter(same).length };
}

/** The comparison of two options of one result; null ids take the default pair. */
export function buildComparison(result: SizingResult, leftId: string | null, rightId: string | null): Comparison | null {
  const defaults = defaultComparisonIds(result);
  const left = result.options.find((o) => o.id === (leftId ?? defaults.left));
  const right = result.options.find((o) => o.id === (rightId ?? defaults.right));
  return left && right ? compareOptions(left, right) : null;
}

/** Every figure of two options (possibly from different scenarios) and their differences. */
export function compareOptions(left: SizedOption, right: SizedOption): Comparison {
  const needed = (o: SizedOption, name: string) => o.constraints.find((c) => c.name === name)?.brokersNeeded ?? null;
  const names = [...new Set([...left.constraints, ...right.constraints].map((c) => c.name))];
  const lc = left.monthlyCostUsd;
  const rc = right.monthlyCostUsd;
  const comparable = left.available && right.available;
  const unavailable = [left, right]
    .filter((o) => !o.available)
    .map((o) => `${optionLabel(o)} is not available: ${o.unavailable?.message ?? 'no reason given'}`);
  return {
    left,
    right,
    leftLabel: optionLabel(left),
    rightLabel: optionLabel(right),
    unavailableNote: comparable ? null : `No difference is shown. ${unavailable.join(' ')}`,
    rows: [
      row('Brokers', left.brokers, right.brokers, false, comparable),
      ...names.map((n) =>
        row(`Brokers needed for ${CONSTRAINT_LABELS[n].toLowerCase()}`, needed(left, n), needed(right, n), false, comparable),
      ),
      row('Storage per broker (GiB)', left.storagePerBrokerGiB, right.storagePerBrokerGiB, false, comparable),
      row(
        'Provisioned throughput (MiB/s per broker)',
        left.provisionedThroughputMiBps ?? 0,
        right.provisionedThroughputMiBps ?? 0,
        false,
        comparable,
      ),
      ...COST_LINES.map((line) => row(`${COST_LINE_LABELS[line]} (USD/month)`, lc?.[line] ?? null, rc?.[line] ?? null, true, comparable)),
      row('Total (USD/month)', lc?.total ?? null, rc?.total ?? null, true, comparable),
      row('Total (USD/year)', lc ? lc.total * 12 : null, rc ? rc.total * 12 : null, true, comparable),
    ],
  };
}

/**
 * Two saved scenarios' whole setups (SPEC §11): with replication on either side, a row for the whole
 * setup's monthly total (a scenario without replication counts its cluster alone), so the comparison
 * is of the bills, not only of the clusters.
 */
export function wholeSetupRow(left: SizingResult, right: SizingResult): ComparisonRow | null {
  if (!left.replication && !right.replication) return null;
  const total = (r: SizingResult): number | null => {
    if (r.replication) return r.replication.monthlyTotalUsd.total;
    const overall = r.options.find((o) => o.id === r.recommendations.overall);
    return overall?.monthlyCostUsd?.total ?? null;
  };
  const l = total(left);
  const r = total(right);
  return {
    label: 'Whole setup, with replication (USD/month)',
    left: l,
    right: r,
    difference: l === null || r === null ? null : r - l,
    money: true,
  };
}
