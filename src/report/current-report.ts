/**
 * The current cluster and its right-sizing (SPEC §13.1, §13.2) in words: the same sentences on the
 * page, in the PDF, the Markdown, the CSV and the CLI table.
 */
import type { CheckValue, CurrentResult, RightSizingCandidate, RightSizingCheck } from '../domain';
import { formatNumber, formatUsd, listText } from './format';
import { fleetText } from './option-view';

export const CURRENT_HEADING = 'Current cluster';

const CHECK_NAMES: Readonly<Record<RightSizingCheck, string>> = {
  storageThroughput: 'storage throughput',
  networkThroughput: 'network throughput',
  partitions: 'partitions per broker',
  storage: 'storage',
  memory: 'memory',
  disk: 'disk',
  cpu: 'CPU',
  brokerQuota: 'the broker quota',
};

/** A check's figure against its limit: "CPU 36 % of 60 %", "storage throughput 40 of 108.17 MiB/s". */
export function checkText(c: CheckValue): string {
  const n = (v: number) => formatNumber(v, 2);
  switch (c.check) {
    case 'cpu':
      return `CPU ${n(c.value)} % of ${n(c.limit)} %`;
    case 'storageThroughput':
    case 'networkThroughput':
      return `${CHECK_NAMES[c.check]} ${n(c.value)} of ${n(c.limit)} MiB/s`;
    case 'partitions':
      return `${n(c.value)} partition replicas per broker of ${n(c.limit)} recommended`;
    case 'disk':
      return `disk ${n(c.value)} GiB per broker of ${n(c.limit)} GiB`;
    case 'storage':
    case 'memory':
      return `${CHECK_NAMES[c.check]} ${n(c.value)} of ${n(c.limit)} GiB`;
    case 'brokerQuota':
      return `${n(c.value)} brokers of a quota of ${n(c.limit)}`;
  }
}

/** "storage throughput and CPU (72 % of 60 %)": every failed check named, CPU with its figure beside it. */
export function failedText(failed: readonly CheckValue[]): string {
  const names = failed.map((c) =>
    c.check === 'cpu' ? `CPU (${formatNumber(c.value, 2)} % of ${formatNumber(c.limit, 2)} %)` : CHECK_NAMES[c.check],
  );
  return listText(names);
}

export interface CurrentCandidateRow {
  readonly instanceType: string;
  readonly brokers: number;
  readonly fleet: string;
  readonly passes: boolean;
  readonly recommended: boolean;
  /** "CPU 36 % of 60 %" when it passes; "fails on …" when it does not. */
  readonly why: string;
  readonly monthlyUsd: number | null;
  readonly savingUsd: number | null;
}

export interface CurrentReport {
  readonly verdict: CurrentResult['verdict'];
  readonly instanceType: string | null;
  readonly brokers: number | null;
  /** "You run 9 × kafka.m7g.xlarge (brokers and storage $4,480.56/month)." */
  readonly runs: string;
  /** "Over-provisioned: 6 × saves $1,493.52/month; 3 × fails on storage throughput and CPU (72 % of 60 %)." */
  readonly verdictText: string;
  readonly monthlyTotalUsd: number | null;
  readonly recommended: { readonly fleet: string; readonly monthlySavingUsd: number; readonly yearlySavingUsd: number } | null;
  /** The current cluster's checks: label, demand against capacity, utilisation. */
  readonly constraints: readonly { readonly text: string; readonly utilisationPct: number }[];
  readonly candidates: readonly CurrentCandidateRow[];
}

const fleetOf = (c: { readonly brokers: number; readonly instanceType: string }) => fleetText(c.brokers, c.instanceType, 'MSK Serverless');

/** The same type one broker per AZ fewer: the step after a candidate, to say what it fails on. */
function nextStepDown(current: CurrentResult, c: RightSizingCandidate): RightSizingCandidate | undefined {
  return current.candidates
    .filter((o) => o.instanceType === c.instanceType && o.brokers < c.brokers)
    .sort((a, b) => b.brokers - a.brokers)[0];
}

function verdictText(current: CurrentResult, recommended: RightSizingCandidate | undefined): string {
  if (current.verdict === 'under-provisioned') {
    const needs = current.needs;
    // The volumes are the cluster's own: more brokers with the same volumes may still not hold the data.
    const disk = needs?.check === 'disk' ? current.constraints.find((c) => c.name === 'disk') : undefined;
    if (needs && disk)
      return `Under-provisioned: disk needs ${formatNumber(disk.demand, 0)} GiB per broker and the volumes hold ${formatNumber(disk.capacity, 0)} GiB each at the fill target; grow the volumes (EBS grows in place), or run ${needs.brokers} brokers of this type with volumes sized for the workload; you run ${current.brokers ?? 0}.`;
    return needs
      ? `Under-provisioned: ${CHECK_NAMES[needs.check]} needs ${needs.brokers} brokers of this type; you run ${current.brokers ?? 0}.`
      : 'Under-provisioned: the workload does not fit this cluster.';
  }
  if (current.verdict === 'over-provisioned' && recommended) {
    const step = nextStepDown(current, recommended);
    const saving = formatUsd(recommended.monthlySavingUsd ?? 0);
    const stepText = step && !step.passes ? `; ${step.brokers} × fails on ${failedText(step.failed)}` : '';
    const type = recommended.instanceType === current.instanceType ? `${recommended.brokers} ×` : fleetOf(recommended);
    return `Over-provisioned: ${type} saves ${saving}/month${stepText}.`;
  }
  if (current.deployment === 'msk-serverless') {
    return 'MSK Serverless scales by itself: there is no broker count or size to change in place; compare its cost with the options above.';
  }
  const first = current.candidates.find((c) => c.instanceType === current.instanceType);
  const stepText = first && !first.passes ? `; ${first.brokers} × fails on ${failedText(first.failed)}` : '';
  return `Right-sized: no smaller cluster MSK can move to in place passes every check${stepText}.`;
}

/** The report's current-cluster section, or null without a current block. */
export function buildCurrentReport(current: CurrentResult | undefined): CurrentReport | null {
  if (current === undefined) return null;
  const cost = current.monthlyCostUsd;
  const recommended = current.candidates.find((c) => c.recommended);
  const fleet =
    current.instanceType === null || current.brokers === null ? 'MSK Serverless' : fleetText(current.brokers, current.instanceType, '');
  const brokersAndStorage = cost === null ? null : cost.brokers + cost.storage;
  return {
    verdict: current.verdict,
    instanceType: current.instanceType,
    brokers: current.brokers,
    runs:
      brokersAndStorage === null
        ? `You run ${fleet} (no published price in this region).`
        : current.brokers === null
          ? `You run ${fleet} (${formatUsd(cost?.total ?? 0)}/month).`
          : `You run ${fleet} (brokers and storage ${formatUsd(brokersAndStorage)}/month).`,
    verdictText: verdictText(current, recommended),
    monthlyTotalUsd: cost?.total ?? null,
    recommended:
      recommended && recommended.monthlySavingUsd !== null
        ? {
            fleet: fleetOf(recommended),
            monthlySavingUsd: recommended.monthlySavingUsd,
            yearlySavingUsd: recommended.monthlySavingUsd * 12,
          }
        : null,
    constraints: current.constraints.map((c) => ({
      text: checkText({ check: c.name, value: c.demand, limit: c.capacity }),
      utilisationPct: c.utilisation * 100,
    })),
    candidates: current.candidates.map((c) => ({
      instanceType: c.instanceType,
      brokers: c.brokers,
      fleet: fleetOf(c),
      passes: c.passes,
      recommended: c.recommended,
      why: c.passes ? checkText(c.binding) : `fails on ${failedText(c.failed)}`,
      monthlyUsd: c.monthlyCostUsd?.total ?? null,
      savingUsd: c.monthlySavingUsd,
    })),
  };
}

/** The section as lines and a table, for the Markdown, the CLI and the PDF. */
export function currentLines(r: CurrentReport, money: (usd: number) => string): { summary: string[]; table: string[][] } {
  const summary = [r.runs, r.verdictText];
  if (r.recommended)
    summary.push(
      `Saving with ${r.recommended.fleet}: ${money(r.recommended.monthlySavingUsd)}/month, ${money(r.recommended.yearlySavingUsd)}/year.`,
    );
  const table = [
    ['Candidate', 'Passes', 'Check that binds or fails', 'Monthly cost', 'Saving per month'],
    ...r.candidates.map((c) => [
      `${c.fleet}${c.recommended ? ' (recommended)' : ''}`,
      c.passes ? 'yes' : 'no',
      c.why,
      c.monthlyUsd === null ? '-' : money(c.monthlyUsd),
      c.savingUsd === null ? '-' : money(c.savingUsd),
    ]),
  ];
  return { summary, table };
}
