/** Invariants of the Kinesis alternatives (SPEC §15), over random workloads and options. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KinesisAlternative, KinesisWorkload } from '../../../src/domain/kinesis/kinesis-result';
import type { KinesisOptions } from '../../../src/domain/kinesis/kinesis-schema';
import { sizeKinesisAlternatives } from '../../../src/domain/kinesis/size-kinesis';
import { LIMITS, US_EAST_1 } from './kinesis-fixtures';

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const workloads: fc.Arbitrary<KinesisWorkload> = fc
  .record({
    avg: real(0.01, 5000),
    burst: real(1, 5),
    egressRatio: real(0, 10),
    consumerGroups: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    retentionHours: real(1, 10_000),
    partitions: fc.integer({ min: 1, max: 100_000 }),
    discountPct: real(0, 100),
  })
  .map((r) => ({
    avgIngressMiBps: r.avg,
    peakIngressMiBps: r.avg * r.burst,
    avgEgressMiBps: r.avg * r.egressRatio,
    peakEgressMiBps: r.avg * r.burst * r.egressRatio,
    consumerGroups: r.consumerGroups,
    retentionHours: r.retentionHours,
    partitions: r.partitions,
    discountPct: r.discountPct,
  }));

const kinesisOptions: fc.Arbitrary<KinesisOptions> = fc.record({
  recordSizeKiB: real(1, 10_240),
  consumers: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  enhancedFanOut: fc.boolean(),
  headroomPct: real(0, 100),
});

const regions = fc.constantFrom('us-east-1', 'ap-south-1');
const size = (w: KinesisWorkload, o: KinesisOptions, region = 'us-east-1') => sizeKinesisAlternatives(w, o, US_EAST_1, LIMITS, region);
const total = (a: KinesisAlternative | undefined) => a?.monthlyCostUsd?.total ?? Number.NaN;

describe('Kinesis invariants', () => {
  it('never gives fewer shards than ceil(peak ingress ÷ 1 MiB/s), nor than the records or shared reads need', () => {
    fc.assert(
      fc.property(workloads, kinesisOptions, (w, o) => {
        const shards = size(w, o)[0]?.shards ?? 0;
        expect(shards).toBeGreaterThanOrEqual(Math.ceil(w.peakIngressMiBps));
        expect(shards).toBeGreaterThanOrEqual(Math.ceil((w.peakIngressMiBps * 1024) / o.recordSizeKiB / 1000 - 1e-9));
        expect(Number.isInteger(shards)).toBe(true);
      }),
    );
  });

  it('prices every line finite and non-negative, with the total the sum of the lines', () => {
    fc.assert(
      fc.property(workloads, kinesisOptions, regions, (w, o, region) => {
        for (const a of size(w, o, region)) {
          const c = a.monthlyCostUsd;
          expect(c).not.toBeNull();
          if (c === null) return;
          const lines = [c.capacity, c.dataIn, c.dataOut, c.retention, c.enhancedFanOut];
          for (const line of lines) expect(Number.isFinite(line) && line >= 0).toBe(true);
          expect(c.total).toBeCloseTo(
            lines.reduce((s, x) => s + x, 0),
            6,
          );
          expect(a.available).toBe(a.unavailable === null);
        }
      }),
    );
  });

  it('never costs less for more ingress, consumers fixed', () => {
    fc.assert(
      fc.property(workloads, kinesisOptions, real(1, 4), fc.integer({ min: 0, max: 30 }), (w, o, factor, consumers) => {
        const fixed = { ...o, consumers };
        const more = { ...w, avgIngressMiBps: w.avgIngressMiBps * factor, peakIngressMiBps: w.peakIngressMiBps * factor };
        const before = size(w, fixed);
        const after = size(more, fixed);
        before.forEach((a, i) => expect(total(after[i])).toBeGreaterThanOrEqual(total(a) * (1 - 1e-12)));
      }),
    );
  });

  it('scales every line by (1 − discount ÷ 100)', () => {
    fc.assert(
      fc.property(workloads, kinesisOptions, (w, o) => {
        const list = size({ ...w, discountPct: 0 }, o);
        const cut = size(w, o);
        list.forEach((a, i) => expect(total(cut[i])).toBeCloseTo(total(a) * (1 - w.discountPct / 100), 6));
      }),
    );
  });

  it('never gives fewer shards for more headroom', () => {
    fc.assert(
      fc.property(workloads, kinesisOptions, real(0, 100), (w, o, extra) => {
        const lower = size(w, o)[0]?.shards ?? 0;
        const higher = size(w, { ...o, headroomPct: Math.min(100, o.headroomPct + extra) })[0]?.shards ?? 0;
        expect(higher).toBeGreaterThanOrEqual(lower);
      }),
    );
  });
});
