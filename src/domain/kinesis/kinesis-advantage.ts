/**
 * Kinesis Data Streams in on-demand Advantage mode (SPEC §15): no stream-hour, lower per-GB prices,
 * and a per-account commitment: writes and reads are each billed for at least 25 MiB/s for the month.
 */
import type { CodedMessage } from '../result';
import type { KinesisAdvantagePrices, KinesisLimits } from './kinesis-prices';
import type { KinesisAlternative, KinesisWorkload } from './kinesis-result';
import type { KinesisOptions } from './kinesis-schema';
import { efoLimit, efoMaximumWarning, missingPriceAlternative, pricedOnDemandAlternative } from './kinesis-messages';
import { streamMaximum } from './kinesis-on-demand';
import { neededPrices, num, price, pricedLines, step, type CostTerm } from './kinesis-text';
import { gbPerMonth, INCLUDED_RETENTION_HOURS, type KinesisVolumes } from './kinesis-volumes';

/** The commitment On-demand Advantage bills at least, per account and region: 25 MiB/s of writes, and of reads. */
export const ADVANTAGE_COMMITMENT_MIBPS = 25;
/** floorGb: 25 MiB/s for a month, 25 × 2,628,000 ÷ 1,024 = 64,160.16 GB (SPEC §15 rounds it to 64,160). */
export const ADVANTAGE_FLOOR_GB = gbPerMonth(ADVANTAGE_COMMITMENT_MIBPS);

type Prices = Readonly<Record<keyof KinesisAdvantagePrices, number>>;

function costTerms(o: KinesisOptions, v: KinesisVolumes, p: Prices): CostTerm[] {
  const floor = ADVANTAGE_FLOOR_GB;
  const billedIn = Math.max(v.billedInGb, floor);
  const billedOut = Math.max(v.outGb, floor);
  const outPrice = o.enhancedFanOut ? p.efoDataOutPerGb : p.dataOutPerGb;
  const terms: CostTerm[] = [
    {
      line: 'dataIn',
      key: 'dataIn',
      label: 'Data written, at least the commitment',
      amount: billedIn * p.dataInPerGb,
      formula: `max(${num(v.billedInGb)}, ${num(floor)}) GB × ${price(p.dataInPerGb)} per GB`,
    },
    {
      line: o.enhancedFanOut ? 'enhancedFanOut' : 'dataOut',
      key: 'dataOut',
      label: o.enhancedFanOut ? 'Data read through enhanced fan-out, at least the commitment' : 'Data read, at least the commitment',
      amount: billedOut * outPrice,
      formula: `max(${num(v.outGb)}, ${num(floor)}) GB × ${price(outPrice)} per GB`,
    },
  ];
  if (v.retentionHours > INCLUDED_RETENTION_HOURS) {
    terms.push({
      line: 'retention',
      key: 'retention',
      label: 'Retention beyond 24 hours',
      amount: v.beyondDayGbMonth * p.retentionPerGbMonth,
      formula: `${num(v.beyondDayGbMonth)} GB-month (${num(v.extendedGbMonth)} up to 7 days + ${num(v.longTermGbMonth)} beyond) × ${price(p.retentionPerGbMonth)} per GB-month`,
    });
  }
  return terms;
}

function neededKeys(o: KinesisOptions, v: KinesisVolumes): (keyof KinesisAdvantagePrices)[] {
  const keys: (keyof KinesisAdvantagePrices)[] = ['dataInPerGb', o.enhancedFanOut ? 'efoDataOutPerGb' : 'dataOutPerGb'];
  if (v.retentionHours > INCLUDED_RETENTION_HOURS) keys.push('retentionPerGbMonth');
  return keys;
}

/** Always stated: the floor is a commitment of the whole account in the region, not of this stream. */
function commitmentWarning(v: KinesisVolumes): CodedMessage {
  const atFloor = [v.billedInGb < ADVANTAGE_FLOOR_GB ? 'writes' : null, v.outGb < ADVANTAGE_FLOOR_GB ? 'reads' : null].filter(
    (x) => x !== null,
  );
  const here =
    atFloor.length === 0
      ? 'This workload is above it both ways.'
      : `This workload’s ${atFloor.join(' and ')} are below it and priced at the commitment.`;
  return {
    code: 'advantage-commitment',
    message: `On-demand Advantage bills at least ${ADVANTAGE_COMMITMENT_MIBPS} MiB/s of writes and of reads for the month (${num(ADVANTAGE_FLOOR_GB)} GB each). The commitment is per account and region, shared by all its on-demand Advantage streams. ${here}`,
  };
}

export function advantageAlternative(
  w: KinesisWorkload,
  o: KinesisOptions,
  v: KinesisVolumes,
  prices: KinesisAdvantagePrices | null,
  limits: KinesisLimits,
  region: string,
): KinesisAlternative {
  const id = 'kinesis-on-demand-advantage';
  const maximum = streamMaximum(id, w, v, limits, region);
  const warnings = [
    ...v.warnings,
    commitmentWarning(v),
    ...efoMaximumWarning(o, v, limits.enhancedFanOut.maxConsumersPerStreamOnDemandAdvantage),
  ];
  const floorStep = step(
    'floorGb',
    'Committed GB a month (floorGb)',
    ADVANTAGE_FLOOR_GB,
    'GB',
    `${ADVANTAGE_COMMITMENT_MIBPS} MiB/s × 2,628,000 s ÷ 1,024`,
  );
  const steps = [...v.steps, ...maximum.steps, floorStep];
  const needed = neededPrices(prices, neededKeys(o, v));
  // Unpriced, nothing is "priced at the commitment": the commitment's warning goes with a price only.
  if (!needed.ok)
    return missingPriceAlternative(
      id,
      region,
      needed.missing,
      null,
      warnings.filter((x) => x.code !== 'advantage-commitment'),
      steps,
    );
  const { unavailable, rest } = efoLimit(maximum.unavailable, warnings);
  return pricedOnDemandAlternative(id, unavailable, rest, steps, pricedLines(costTerms(o, v, needed.prices), w.discountPct));
}
