/**
 * Kinesis Data Streams in provisioned mode (SPEC §15): shards for the peak's MiB/s, records per second
 * and shared reads, plus headroom; priced per shard-hour, PUT payload unit, retention and enhanced fan-out.
 */
import { HOURS_PER_MONTH } from '../units';
import type { CodedMessage } from '../result';
import type { KinesisLimits, KinesisProvisionedPrices } from './kinesis-prices';
import type { KinesisAlternative, KinesisStep, KinesisWorkload } from './kinesis-result';
import type { KinesisOptions } from './kinesis-schema';
import { efoLimit, efoMaximumWarning, missingPriceAlternative } from './kinesis-messages';
import { longTermRetentionTerm, neededPrices, num, price, pricedLines, step, type CostTerm } from './kinesis-text';
import { EXTENDED_RETENTION_END_HOURS, INCLUDED_RETENTION_HOURS, SECONDS_PER_MONTH, type KinesisVolumes } from './kinesis-volumes';

/** A PUT payload unit is 25 KB of a record (KiB in SPEC §15). */
const PUT_PAYLOAD_UNIT_KIB = 25;

/**
 * SPEC §15: shards = ceil(max(peak ÷ 1 MiB/s, Npeak ÷ 1,000, shared readers × peak ÷ 2 MiB/s) ×
 * (1 + headroom)), at least 1. The headroom is applied as × (100 + pct) ÷ 100, which is exact for
 * whole-number demands (× 1.2 is not: 30 × 1.2 might round above 36 and buy a shard too many).
 */
export function provisionedShards(w: KinesisWorkload, o: KinesisOptions, v: KinesisVolumes, limits: KinesisLimits) {
  const s = limits.perShard;
  const byWrite = w.peakIngressMiBps / s.writeMiBps;
  const byRecords = v.recordsPerSecPeak / s.writeRecordsPerSec;
  const byReads = (v.sharedReaders * w.peakIngressMiBps) / s.readMiBps;
  const demand = Math.max(byWrite, byRecords, byReads);
  const withHeadroom = o.headroomPct === 0 ? demand : (demand * (100 + o.headroomPct)) / 100;
  const shards = Math.max(1, Math.ceil(withHeadroom));
  const steps: KinesisStep[] = [
    step(
      'shardsForWrites',
      'Shards for peak MiB/s written',
      byWrite,
      'shards',
      `${num(w.peakIngressMiBps)} MiB/s ÷ ${num(s.writeMiBps)} MiB/s per shard`,
    ),
    step(
      'shardsForRecords',
      'Shards for peak records written',
      byRecords,
      'shards',
      `${num(v.recordsPerSecPeak)} records/s ÷ ${num(s.writeRecordsPerSec)} records/s per shard`,
    ),
    step(
      'shardsForReads',
      'Shards for shared reads',
      byReads,
      'shards',
      `${v.sharedReaders} consumers × ${num(w.peakIngressMiBps)} MiB/s ÷ ${num(s.readMiBps)} MiB/s per shard`,
    ),
    step(
      'shards',
      'Shards',
      shards,
      'shards',
      `ceil(max(${num(byWrite)}, ${num(byRecords)}, ${num(byReads)}) × (1 + ${num(o.headroomPct)} % headroom)), at least 1`,
    ),
  ];
  return { shards, steps };
}

function costTerms(
  o: KinesisOptions,
  v: KinesisVolumes,
  shards: number,
  p: Readonly<Record<keyof KinesisProvisionedPrices, number>>,
): CostTerm[] {
  const shardHours = shards * HOURS_PER_MONTH;
  const units = Math.ceil(o.recordSizeKiB / PUT_PAYLOAD_UNIT_KIB);
  const terms: CostTerm[] = [
    {
      line: 'capacity',
      key: 'shardHours',
      label: 'Shard-hours',
      amount: shardHours * p.shardHour,
      formula: `${num(shards, 0)} shards × ${HOURS_PER_MONTH} h × ${price(p.shardHour)} per shard-hour`,
    },
    {
      line: 'dataIn',
      key: 'putPayloadUnits',
      label: 'PUT payload units (25 KB each)',
      amount: ((v.recordsPerSecAvg * SECONDS_PER_MONTH * units) / 1e6) * p.putPayloadUnitsPerMillion,
      formula: `${num(v.recordsPerSecAvg)} records/s × ${num(SECONDS_PER_MONTH)} s × ${units} unit${units === 1 ? '' : 's'} per record (ceil(${num(o.recordSizeKiB)} ÷ 25)) ÷ 1,000,000 × ${price(p.putPayloadUnitsPerMillion)} per million`,
    },
  ];
  // Extended-retention shard-hours go to the retention line (not capacity), so that retention compares
  // across the three alternatives; SPEC §15 prices them with the shards: [retention > 24 h] × shard-hours.
  if (v.retentionHours > INCLUDED_RETENTION_HOURS) {
    terms.push({
      line: 'retention',
      key: 'extendedRetentionShardHours',
      label: 'Extended retention (up to 7 days), every shard',
      amount: shardHours * p.extendedRetentionShardHour,
      formula: `${num(shards, 0)} shards × ${HOURS_PER_MONTH} h × ${price(p.extendedRetentionShardHour)} per shard-hour (retention over 24 hours)`,
    });
  }
  if (v.retentionHours > EXTENDED_RETENTION_END_HOURS) {
    terms.push(longTermRetentionTerm(v.longTermGbMonth, p.longTermRetentionPerGbMonth));
  }
  if (o.enhancedFanOut) {
    terms.push(
      {
        line: 'enhancedFanOut',
        key: 'consumerShardHours',
        label: 'Enhanced fan-out consumer-shard-hours',
        amount: v.consumers * shardHours * p.efoConsumerShardHour,
        formula: `${v.consumers} consumers × ${num(shards, 0)} shards × ${HOURS_PER_MONTH} h × ${price(p.efoConsumerShardHour)} per consumer-shard-hour`,
      },
      {
        line: 'enhancedFanOut',
        key: 'dataRetrieved',
        label: 'Enhanced fan-out data read',
        amount: v.outGb * p.efoPerGb,
        formula: `${num(v.outGb)} GB × ${price(p.efoPerGb)} per GB`,
      },
    );
  }
  return terms;
}

function neededKeys(o: KinesisOptions, v: KinesisVolumes): (keyof KinesisProvisionedPrices)[] {
  const keys: (keyof KinesisProvisionedPrices)[] = ['shardHour', 'putPayloadUnitsPerMillion'];
  if (v.retentionHours > INCLUDED_RETENTION_HOURS) keys.push('extendedRetentionShardHour');
  if (v.retentionHours > EXTENDED_RETENTION_END_HOURS) keys.push('longTermRetentionPerGbMonth');
  if (o.enhancedFanOut) keys.push('efoConsumerShardHour', 'efoPerGb');
  return keys;
}

/** More shards than an account gets by default in the region (Kinesis quotas): a quota increase comes first. */
function shardQuotaWarning(shards: number, limits: KinesisLimits, region: string): CodedMessage[] {
  const quota = limits.provisioned;
  if (!quota) return [];
  const own = quota.shardsPerAccountDefault[region];
  const others = quota.shardsPerAccountDefaultOtherRegions;
  const lowest = others.length > 0 ? Math.min(...others) : undefined;
  const limit = own ?? lowest;
  if (limit === undefined || shards <= limit) return [];
  const which = own === undefined ? ` (${others.map((n) => num(n, 0)).join(' or ')} depending on the region)` : '';
  return [
    {
      code: 'shards-above-account-quota',
      message: `${num(shards, 0)} shards is above the default quota of ${num(limit, 0)} shards per account in ${region}${which}: ask AWS for an increase before creating the stream, and count the account's other streams (Kinesis quotas).`,
    },
  ];
}

function provisionedWarnings(
  w: KinesisWorkload,
  o: KinesisOptions,
  v: KinesisVolumes,
  shards: number,
  limits: KinesisLimits,
  region: string,
): CodedMessage[] {
  const warnings: CodedMessage[] = [...v.warnings, ...shardQuotaWarning(shards, limits, region)];
  const calls = limits.perShard.getRecordsPerSec;
  if (v.sharedReaders > calls) {
    warnings.push({
      code: 'shared-readers-above-limit',
      message: `${v.sharedReaders} consumers share each shard’s reads, which serve ${calls} GetRecords calls a second in all: each consumer can poll less than once a second and falls behind. Enhanced fan-out gives every consumer its own reads (Kinesis quotas: ${calls} GetRecords calls a second per shard).`,
    });
  }
  warnings.push(...efoMaximumWarning(o, v, limits.enhancedFanOut.maxConsumersPerStream));
  if (w.partitions > shards) {
    warnings.push({
      code: 'partitions-are-a-hint',
      message: `The scenario’s ${num(w.partitions, 0)} Kafka partitions are not a shard count: ${num(shards, 0)} shards carry the throughput, and Kinesis keeps records in order per partition key within a shard, so a stream needs no shard per partition. Add shards only for more parallel readers.`,
    });
  }
  return warnings;
}

export function provisionedAlternative(
  w: KinesisWorkload,
  o: KinesisOptions,
  v: KinesisVolumes,
  prices: KinesisProvisionedPrices | null,
  limits: KinesisLimits,
  region: string,
): KinesisAlternative {
  const sized = provisionedShards(w, o, v, limits);
  const warnings = provisionedWarnings(w, o, v, sized.shards, limits, region);
  const steps = [...v.steps, ...sized.steps];
  const needed = neededPrices(prices, neededKeys(o, v));
  if (!needed.ok) return missingPriceAlternative('kinesis-provisioned', region, needed.missing, sized.shards, warnings, steps);
  const priced = pricedLines(costTerms(o, v, sized.shards, needed.prices), w.discountPct);
  const { unavailable, rest } = efoLimit(null, warnings);
  return {
    id: 'kinesis-provisioned',
    available: unavailable === null,
    unavailable,
    shards: sized.shards,
    monthlyCostUsd: priced.cost,
    warnings: rest,
    derivation: [...steps, ...priced.steps],
  };
}
