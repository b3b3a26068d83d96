/**
 * Sizes and prices the source and target clusters of a replication (SPEC §11), each by sections 3–8
 * in its own region's prices, with the same engine as any scenario.
 */
import type { EditableAssumptions } from '../assumptions';
import type { PriceBook } from '../price-book';
import type { CodedMessage, SizedOption } from '../result';
import { sizeOptions, type OptionsSizing } from '../size-options';
import type { ReplicationCluster } from './replication-result';
import { clusterWorkloadOf, type ClusterScenario } from './replication-workloads';

/** What a cluster runs on: MSK (the recommendation) or self-managed Kafka on EC2. */
export type ClusterKind = 'msk' | 'self-managed';

export interface SizedReplicationCluster {
  readonly summary: ReplicationCluster;
  /** The option priced, when it exists and is available. */
  readonly option: SizedOption | null;
  /** Every option of the cluster's workload, sized, for pages that show them all. */
  readonly sizing: OptionsSizing;
}

function unavailableReason(
  c: ClusterScenario,
  pickedId: string | null,
  id: string | null,
  option: SizedOption | undefined,
): CodedMessage | null {
  const region = c.scenario.region;
  if (id === null) {
    return {
      code: 'no-available-option',
      message: `No option of this kind is available in ${region} for this cluster's workload, so it cannot be priced.`,
    };
  }
  if (option === undefined) {
    return { code: 'unknown-option', message: `There is no option "${pickedId ?? id}" in ${region}; pick one of the sized options.` };
  }
  if (!option.available) {
    return option.unavailable ?? { code: 'option-unavailable', message: `${option.id} is unavailable in ${region}.` };
  }
  return null;
}

/**
 * Sizes one side. `pickedOptionId` (e.g. "self-managed:m5.large" for a self-managed source) replaces
 * the sizing's overall recommendation; an unknown or unavailable pick leaves the cluster unpriced,
 * with the reason.
 */
export function sizeReplicationCluster(
  c: ClusterScenario,
  priceBook: PriceBook,
  assumptions: EditableAssumptions | undefined,
  pickedOptionId: string | null,
  kind: ClusterKind = 'msk',
): SizedReplicationCluster {
  const sizing = assumptions === undefined ? sizeOptions(c.scenario, priceBook) : sizeOptions(c.scenario, priceBook, assumptions);
  const recommendation = sizing.recommendations.overall;
  // A self-managed cluster runs on the cheapest self-managed M5 or M7g size for its workload (SPEC §7).
  const id =
    pickedOptionId ?? (kind === 'self-managed' ? (sizing.recommendations.versusSelfManaged?.selfManagedOption ?? null) : recommendation);
  const found = id === null ? undefined : sizing.options.find((o) => o.id === id);
  const unavailable = unavailableReason(c, pickedOptionId, id, found);
  const option = unavailable === null && found !== undefined ? found : null;
  return {
    summary: {
      region: c.scenario.region,
      clusterCount: c.clusterCount,
      recommendation,
      optionId: found?.id ?? null,
      instanceType: found?.instanceType ?? null,
      brokers: found?.brokers ?? null,
      monthlyCostUsd: option?.monthlyCostUsd ?? null,
      unavailable,
      workload: clusterWorkloadOf(c),
    },
    option,
    sizing,
  };
}
