/**
 * Kinesis Data Streams in on-demand standard mode (SPEC §15): AWS scales the stream; priced per
 * stream-hour, GB written (records rounded up to whole KiB), GB read and GB-month retained. Also the
 * stream maximum both on-demand modes share.
 */
import { HOURS_PER_MONTH } from '../units';
import type { CodedMessage } from '../result';
import { regionalLimit, type KinesisLimits, type KinesisOnDemandPrices } from './kinesis-prices';
import {
  KINESIS_ALTERNATIVE_NAMES,
  type KinesisAlternative,
  type KinesisAlternativeId,
  type KinesisStep,
  type KinesisWorkload,
} from './kinesis-result';
import type { KinesisOptions } from './kinesis-schema';
import { longTermRetentionTerm, neededPrices, num, price, pricedLines, step, type CostTerm } from './kinesis-text';
import { efoLimit, efoMaximumWarning, missingPriceAlternative, pricedOnDemandAlternative } from './kinesis-messages';
import { EXTENDED_RETENTION_END_HOURS, INCLUDED_RETENTION_HOURS, type KinesisVolumes } from './kinesis-volumes';

/**
 * An on-demand stream's peak writes and shared reads against the region's maximum (kinesisLimits; MB
 * = MiB). Enhanced fan-out readers have throughput of their own, so reads count the shared readers
 * only. Returns the steps and, above either maximum, why the alternative is unavailable.
 */
export function streamMaximum(id: KinesisAlternativeId, w: KinesisWorkload, v: KinesisVolumes, limits: KinesisLimits, region: string) {
  const maxWrite = regionalLimit(limits.onDemand.maxStreamWriteMBps, region);
  const maxRead = regionalLimit(limits.onDemand.maxStreamReadMBps, region);
  const peakRead = v.sharedReaders * w.peakIngressMiBps;
  const steps: KinesisStep[] = [
    step(
      'peakWriteMiBps',
      'Peak writes against the stream maximum',
      w.peakIngressMiBps,
      'MiB/s',
      `peak ingress; an on-demand stream in ${region} scales to ${num(maxWrite)} MB/s`,
    ),
    step(
      'peakReadMiBps',
      'Peak shared reads against the stream maximum',
      peakRead,
      'MiB/s',
      `${v.sharedReaders} consumers × ${num(w.peakIngressMiBps)} MiB/s; at most ${num(maxRead)} MB/s in ${region}`,
    ),
  ];
  const over = (what: string, peak: number, max: number, onRequest: number): CodedMessage => ({
    code: 'above-stream-maximum',
    message: `${KINESIS_ALTERNATIVE_NAMES[id]}: a stream in ${region} scales to ${num(max)} MB/s of ${what} (Kinesis quotas; MB = MiB), and the workload needs ${num(peak)} MiB/s at peak.${max < onRequest ? ` AWS Support can raise the maximum to ${num(onRequest)} MB/s.` : ' Split the workload over several streams.'}`,
  });
  let unavailable: CodedMessage | null = null;
  if (w.peakIngressMiBps > maxWrite)
    unavailable = over('writes', w.peakIngressMiBps, maxWrite, limits.onDemand.maxStreamWriteMBpsOnRequest);
  else if (peakRead > maxRead) unavailable = over('shared reads', peakRead, maxRead, limits.onDemand.maxStreamReadMBpsOnRequest);
  return { steps, unavailable };
}

type Prices = Readonly<Record<keyof KinesisOnDemandPrices, number>>;

function costTerms(o: KinesisOptions, v: KinesisVolumes, p: Prices): CostTerm[] {
  const terms: CostTerm[] = [
    {
      line: 'capacity',
      key: 'streamHours',
      label: 'Stream-hours',
      amount: HOURS_PER_MONTH * p.streamHour,
      formula: `${HOURS_PER_MONTH} h × ${price(p.streamHour)} per stream-hour`,
    },
    {
      line: 'dataIn',
      key: 'dataIn',
      label: 'Data written (in′)',
      amount: v.billedInGb * p.dataInPerGb,
      formula: `${num(v.billedInGb)} GB × ${price(p.dataInPerGb)} per GB`,
    },
  ];
  if (v.consumers > 0) {
    terms.push(
      o.enhancedFanOut
        ? {
            line: 'enhancedFanOut',
            key: 'dataOut',
            label: 'Data read through enhanced fan-out',
            amount: v.outGb * p.efoDataOutPerGb,
            formula: `${num(v.outGb)} GB × ${price(p.efoDataOutPerGb)} per GB`,
          }
        : {
            line: 'dataOut',
            key: 'dataOut',
            label: 'Data read',
            amount: v.outGb * p.dataOutPerGb,
            formula: `${num(v.outGb)} GB × ${price(p.dataOutPerGb)} per GB`,
          },
    );
  }
  if (v.retentionHours > INCLUDED_RETENTION_HOURS) {
    terms.push({
      line: 'retention',
      key: 'extendedRetention',
      label: 'Extended retention (24 hours to 7 days)',
      amount: v.extendedGbMonth * p.extendedRetentionPerGbMonth,
      formula: `${num(v.extendedGbMonth)} GB-month × ${price(p.extendedRetentionPerGbMonth)} per GB-month`,
    });
  }
  if (v.retentionHours > EXTENDED_RETENTION_END_HOURS) {
    terms.push(longTermRetentionTerm(v.longTermGbMonth, p.longTermRetentionPerGbMonth));
  }
  return terms;
}

function neededKeys(o: KinesisOptions, v: KinesisVolumes): (keyof KinesisOnDemandPrices)[] {
  const keys: (keyof KinesisOnDemandPrices)[] = ['streamHour', 'dataInPerGb'];
  if (v.consumers > 0) keys.push(o.enhancedFanOut ? 'efoDataOutPerGb' : 'dataOutPerGb');
  if (v.retentionHours > INCLUDED_RETENTION_HOURS) keys.push('extendedRetentionPerGbMonth');
  if (v.retentionHours > EXTENDED_RETENTION_END_HOURS) keys.push('longTermRetentionPerGbMonth');
  return keys;
}

function burstWarning(w: KinesisWorkload): CodedMessage[] {
  if (w.peakIngressMiBps <= 2 * w.avgIngressMiBps) return [];
  return [
    {
      code: 'on-demand-peak-above-twice-average',
      message: `Peak ingress is ${num(w.peakIngressMiBps / w.avgIngressMiBps)} × the average (${num(w.peakIngressMiBps)} ÷ ${num(w.avgIngressMiBps)} MiB/s): an on-demand stream takes up to twice its peak of the previous 30 days at once, and throttles faster spikes while it scales (Kinesis on-demand mode).`,
    },
  ];
}

export function onDemandAlternative(
  w: KinesisWorkload,
  o: KinesisOptions,
  v: KinesisVolumes,
  prices: KinesisOnDemandPrices | null,
  limits: KinesisLimits,
  region: string,
): KinesisAlternative {
  const id = 'kinesis-on-demand';
  const maximum = streamMaximum(id, w, v, limits, region);
  const warnings = [...v.warnings, ...burstWarning(w), ...efoMaximumWarning(o, v, limits.enhancedFanOut.maxConsumersPerStream)];
  const steps = [...v.steps, ...maximum.steps];
  const needed = neededPrices(prices, neededKeys(o, v));
  if (!needed.ok) return missingPriceAlternative(id, region, needed.missing, null, warnings, steps);
  const { unavailable, rest } = efoLimit(maximum.unavailable, warnings);
  return pricedOnDemandAlternative(id, unavailable, rest, steps, pricedLines(costTerms(o, v, needed.prices), w.discountPct));
}
