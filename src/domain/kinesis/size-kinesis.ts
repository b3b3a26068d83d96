/**
 * Amazon Kinesis Data Streams as an alternative to Kafka (SPEC §15): the scenario's workload priced in
 * provisioned, on-demand standard and on-demand Advantage modes, for `result.alternatives`. Pure: the
 * region's prices and the quotas come in as arguments (loaded from the price data elsewhere).
 */
import { advantageAlternative } from './kinesis-advantage';
import { onDemandAlternative } from './kinesis-on-demand';
import type { KinesisLimits, KinesisPrices } from './kinesis-prices';
import { provisionedAlternative } from './kinesis-provisioned';
import type { KinesisAlternative, KinesisWorkload } from './kinesis-result';
import type { KinesisOptions } from './kinesis-schema';
import { kinesisVolumes } from './kinesis-volumes';

/**
 * The three alternatives, in the order provisioned, on-demand standard, on-demand Advantage. `prices`
 * are the region's (null: the region has no Kinesis prices, so every alternative is `missing-price`).
 */
export function sizeKinesisAlternatives(
  workload: KinesisWorkload,
  options: KinesisOptions,
  prices: KinesisPrices | null,
  limits: KinesisLimits,
  region: string,
): KinesisAlternative[] {
  const volumes = kinesisVolumes(workload, options, limits);
  return [
    provisionedAlternative(workload, options, volumes, prices?.provisioned ?? null, limits, region),
    onDemandAlternative(workload, options, volumes, prices?.onDemand ?? null, limits, region),
    advantageAlternative(workload, options, volumes, prices?.onDemandAdvantage ?? null, limits, region),
  ];
}
