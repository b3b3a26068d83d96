/** Messages more than one Kinesis alternative gives: a price the region does not publish, too many enhanced fan-out consumers. */
import type { CodedMessage } from '../result';
import type { KinesisAdvantagePrices, KinesisOnDemandPrices, KinesisProvisionedPrices } from './kinesis-prices';
import type { KinesisOptions } from './kinesis-schema';
import type { KinesisVolumes } from './kinesis-volumes';
import {
  KINESIS_ALTERNATIVE_NAMES,
  type KinesisAlternative,
  type KinesisAlternativeId,
  type KinesisMonthlyCost,
  type KinesisStep,
} from './kinesis-result';

type PriceKey = keyof KinesisProvisionedPrices | keyof KinesisOnDemandPrices | keyof KinesisAdvantagePrices;

/** Each price's name in messages. */
const PRICE_WORDS: Readonly<Record<PriceKey, string>> = {
  shardHour: 'the shard-hour',
  putPayloadUnitsPerMillion: 'PUT payload units',
  extendedRetentionShardHour: 'extended retention per shard-hour',
  longTermRetentionPerGbMonth: 'long-term retention per GB-month',
  longTermRetrievalPerGb: 'long-term retrieval per GB',
  efoConsumerShardHour: 'enhanced fan-out per consumer-shard-hour',
  efoPerGb: 'enhanced fan-out per GB',
  streamHour: 'the stream-hour',
  dataInPerGb: 'data in per GB',
  dataOutPerGb: 'data out per GB',
  efoDataOutPerGb: 'enhanced fan-out data out per GB',
  extendedRetentionPerGbMonth: 'extended retention per GB-month',
  retentionPerGbMonth: 'retention per GB-month',
};

export function missingPriceMessage(id: KinesisAlternativeId, region: string, missing: readonly PriceKey[]): CodedMessage {
  const words = missing.map((k) => PRICE_WORDS[k]);
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
  return {
    code: 'missing-price',
    message: `${KINESIS_ALTERNATIVE_NAMES[id]}: not priced in ${region}, where the price data has no price for ${list ?? 'it'}; a missing price is never taken as zero.`,
  };
}

/** An alternative a missing price leaves unpriced: its sizing and warnings still shown. */
export function missingPriceAlternative(
  id: KinesisAlternativeId,
  region: string,
  missing: readonly PriceKey[],
  shards: number | null,
  warnings: readonly CodedMessage[],
  derivation: readonly KinesisStep[],
): KinesisAlternative {
  return {
    id,
    available: false,
    unavailable: missingPriceMessage(id, region, missing),
    shards,
    monthlyCostUsd: null,
    warnings,
    derivation,
  };
}

/** The enhanced fan-out consumer maximum of a stream, as a warning (20 per stream, 50 with Advantage). */
export function efoMaximumWarning(o: KinesisOptions, v: KinesisVolumes, max: number): CodedMessage[] {
  if (!o.enhancedFanOut || v.consumers <= max) return [];
  return [
    {
      code: 'efo-consumers-above-maximum',
      message: `${v.consumers} enhanced fan-out consumers: a stream registers at most ${max} (Kinesis quotas). Split the consumers over several streams or let some poll.`,
    },
  ];
}

/** An on-demand mode priced: available unless above the stream maximum (then its cost still shown, SPEC §15). */
export function pricedOnDemandAlternative(
  id: KinesisAlternativeId,
  unavailable: CodedMessage | null,
  warnings: readonly CodedMessage[],
  steps: readonly KinesisStep[],
  priced: { readonly cost: KinesisMonthlyCost; readonly steps: readonly KinesisStep[] },
): KinesisAlternative {
  return {
    id,
    available: unavailable === null,
    unavailable,
    shards: null,
    monthlyCostUsd: priced.cost,
    warnings,
    derivation: [...steps, ...priced.steps],
  };
}

/**
 * A stream registers at most 20 enhanced fan-out consumers (50 with Advantage, Kinesis quotas): more
 * cannot be set up, so the mode is unavailable, its cost still shown (a stream maximum reason first).
 */
export function efoLimit(
  unavailable: CodedMessage | null,
  warnings: readonly CodedMessage[],
): { unavailable: CodedMessage | null; rest: CodedMessage[] } {
  const over = warnings.find((w) => w.code === 'efo-consumers-above-maximum') ?? null;
  return { unavailable: unavailable ?? over, rest: warnings.filter((w) => w !== over || unavailable !== null) };
}
