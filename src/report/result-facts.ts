/**
 * Facts the page shows beside the reports, from a sizing result: why a kind has no option, and the
 * workload figures as labelled rows. Apart from the report model, so the page draws them without
 * loading the export formats.
 */
import { classOfOption, type RecommendationClass, type SizingResult, type WorkloadFigures } from '../domain';

export interface ReportFigure {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
}

/**
 * Why a kind has no available option: the reason of its cheapest priced size (else its first),
 * which is the size closest to fitting; null when the kind has none at all.
 */
export function whyKindUnavailable(result: SizingResult, cls: RecommendationClass): string | null {
  const members = result.options.filter((o) => classOfOption(o) === cls);
  const priced = members
    .filter((o) => o.monthlyCostUsd !== null)
    .sort((a, b) => (a.monthlyCostUsd?.total ?? 0) - (b.monthlyCostUsd?.total ?? 0));
  return (priced[0] ?? members[0])?.unavailable?.message ?? null;
}

/** The workload figures of SPEC §3 as labelled rows (the workload panel and every report). */
export function workloadFigures(w: WorkloadFigures): ReportFigure[] {
  return [
    { label: 'Data retained, one copy', value: w.retainedGiB, unit: 'GiB' },
    { label: 'Local storage needed, all replicas', value: w.localStorageNeededGiB, unit: 'GiB' },
    { label: 'Local storage provisioned', value: w.localStorageProvisionedGiB, unit: 'GiB' },
    { label: 'Tiered storage, one copy', value: w.tieredStorageGiB, unit: 'GiB' },
    { label: 'Network write into brokers, peak', value: w.networkWriteMiBps, unit: 'MiB/s' },
    { label: 'Network read out of brokers, peak', value: w.networkReadMiBps, unit: 'MiB/s' },
    { label: 'Replication traffic, average', value: w.replicationMiBps, unit: 'MiB/s' },
    { label: 'Storage throughput, peak', value: w.storageThroughputMiBps, unit: 'MiB/s' },
    { label: 'IOPS, peak (estimate)', value: w.iops, unit: 'IOPS' },
    ...(w.pageCacheGiB === null ? [] : [{ label: 'Page cache needed', value: w.pageCacheGiB, unit: 'GiB' }]),
    { label: 'Cross-AZ, producers', value: w.crossAzGiBPerMonth.producers, unit: 'GiB/month' },
    { label: 'Cross-AZ, consumers', value: w.crossAzGiBPerMonth.consumers, unit: 'GiB/month' },
    { label: 'Cross-AZ, replication', value: w.crossAzGiBPerMonth.replication, unit: 'GiB/month' },
  ];
}
