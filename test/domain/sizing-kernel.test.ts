/**
 * The batch kernel's plumbing: rows are independent, buffers can be reused, and a batch gives each
 * scenario the figures it gets alone. The arithmetic itself is checked against SPEC hand calculations
 * and AWS's script in the other domain tests (they all run through the same kernel).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellOf, createBatchSizer, sizeBatch, sizeScenario, UNAVAILABLE_CODES, type Scenario } from '../../src/domain';
import { BUNDLED_PRICE_BOOK, makeScenario, specBrokers } from '../support/factories';

const workload = fc.record({
  avgIngressMiBps: fc.double({ min: 0.01, max: 3000, noNaN: true }),
  burst: fc.double({ min: 1, max: 4, noNaN: true }),
  fanOut: fc.double({ min: 0, max: 8, noNaN: true }),
  replicationFactor: fc.integer({ min: 1, max: 3 }),
  retentionHours: fc.double({ min: 72, max: 20_000, noNaN: true }),
  localShare: fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: null }),
  partitions: fc.integer({ min: 1, max: 200_000 }),
  availabilityZones: fc.constantFrom(2, 3),
  provisionedThroughputMiBps: fc.oneof(fc.constant('auto' as const), fc.constant(null), fc.integer({ min: 250, max: 1000 })),
  ramCacheSeconds: fc.option(fc.double({ min: 1, max: 3600, noNaN: true }), { nil: null }),
  purpose: fc.constantFrom('production' as const, 'development' as const),
  discountPct: fc.double({ min: 0, max: 100, noNaN: true }),
});

type Workload = typeof workload extends fc.Arbitrary<infer T> ? T : never;

function scenarioOf(w: Workload, region = 'us-east-1'): Scenario {
  return makeScenario({
    region,
    avgIngressMiBps: w.avgIngressMiBps,
    peakIngressMiBps: w.avgIngressMiBps * w.burst,
    avgEgressMiBps: w.avgIngressMiBps * w.fanOut,
    peakEgressMiBps: w.avgIngressMiBps * w.fanOut * w.burst,
    replicationFactor: w.replicationFactor,
    retentionHours: w.retentionHours,
    localRetentionHours: w.localShare === null ? null : Math.max(1, w.retentionHours * w.localShare),
    partitions: w.partitions,
    availabilityZones: w.availabilityZones,
    provisionedThroughputMiBps: w.provisionedThroughputMiBps,
    ramCacheSeconds: w.ramCacheSeconds,
    purpose: w.purpose,
    discountPct: w.discountPct,
  });
}

describe('batch kernel', () => {
  it('gives every scenario of a batch the brokers, totals, availability and recommendation it gets sized alone', () => {
    fc.assert(
      fc.property(
        fc.array(workload, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('us-east-1', 'eu-west-1', 'ap-southeast-4'),
        (ws, region) => {
          const scenarios = ws.map((w) => scenarioOf(w, region));
          const { table, figures } = sizeBatch(scenarios, BUNDLED_PRICE_BOOK);
          scenarios.forEach((s, row) => {
            const alone = sizeScenario(s, BUNDLED_PRICE_BOOK);
            expect(alone.recommendations.overall).toBe(figures.overall[row] === -1 ? null : table.options[figures.overall[row] ?? -1]?.id);
            alone.options.forEach((o, i) => {
              const cell = cellOf(figures, row, i);
              expect(figures.brokers[cell], o.id).toEqual(o.brokers ?? Number.NaN);
              expect(figures.total[cell], o.id).toEqual(o.monthlyCostUsd?.total ?? Number.NaN);
              expect(UNAVAILABLE_CODES[figures.unavailable[cell] ?? 0] || null, o.id).toBe(o.unavailable?.code ?? null);
              expect(figures.pstMiBps[cell] || null, o.id).toBe(o.provisionedThroughputMiBps);
            });
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a reused sizer gives the same figures as a fresh one, whatever it sized before', () => {
    fc.assert(
      fc.property(
        fc.array(workload, { minLength: 4, maxLength: 4 }),
        fc.array(workload, { minLength: 4, maxLength: 4 }),
        (first, second) => {
          const sizer = createBatchSizer(BUNDLED_PRICE_BOOK, 'us-east-1', 4);
          sizer.size(first.map((w) => scenarioOf(w)));
          const reused = sizer.size(second.map((w) => scenarioOf(w)));
          const fresh = sizeBatch(
            second.map((w) => scenarioOf(w)),
            BUNDLED_PRICE_BOOK,
          ).figures;
          expect([...reused.brokers]).toEqual([...fresh.brokers]);
          expect([...reused.total]).toEqual([...fresh.total]);
          expect([...reused.unavailable]).toEqual([...fresh.unavailable]);
          expect([...reused.warnings]).toEqual([...fresh.warnings]);
          expect([...reused.overall]).toEqual([...fresh.overall]);
          expect([...reused.byClass]).toEqual([...fresh.byClass]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('sizes a hand-worked row the same in each row of a batch: kafka.m5.large at 100 MiB/s in, 200 out needs 21 brokers', () => {
    // SPEC §4.1 with 3 AZs: AZS = 1.5, storageF = 1.5 + 1.5 + 0.5 + 3 = 6.5; netF = 2 × 1.5 + 2.2 × 1.5/1.5 + 0.5 + 3 = 8.7.
    // kafka.m5.large in the sizing logic: EBS 81 MiB/s (volume 250 → min 81), NIC 96 MiB/s.
    // Storage path: 81 / 6.5 × 0.5 = 6.2308 MiB/s per broker → ceil(100 / 6.2308) = 17.
    // Network: 96 / 8.7 × 0.5 = 5.5172 MiB/s per broker → ceil(100 / 5.5172) = 19.
    // Storage: 50 MiB/s × 168 h × 3600 / 1024 × RF 3 / 0.5 fill = 177,187.5 GiB over 16,384 GiB volumes → 11.
    // Brokers = ceil(19 / 3) × 3 = 21.
    const s = makeScenario({ avgIngressMiBps: 50, peakIngressMiBps: 100, avgEgressMiBps: 100, peakEgressMiBps: 200, partitions: 100 });
    const { table, figures } = sizeBatch([s, s], BUNDLED_PRICE_BOOK);
    const m5Large = table.options.findIndex((o) => o.id === 'msk-standard:kafka.m5.large');
    expect(figures.brokers[cellOf(figures, 0, m5Large)]).toBe(specBrokers(100, (96 / 8.7) * 0.5, 3));
    expect(figures.brokers[cellOf(figures, 1, m5Large)]).toBe(21);
  });
});
