/**
 * Kinesis Data Streams wired into the scenario (SPEC §15): the optional `kinesis` block as
 * `parseScenario` reads it, `sizeScenario`'s `result.alternatives`, and what stays untouched (the MSK
 * options). The formulas themselves are tested beside this file; here the scenario's figures go in.
 *
 * Expected figures are worked by hand from the us-east-1 prices in src/data/aws-prices.json:
 *   provisioned: shard-hour $0.015, PUT payload units $0.014 per million, extended retention $0.02 per shard-hour
 *   on-demand:   stream-hour $0.04, data in $0.08/GB, data out $0.04/GB, extended retention $0.10/GB-month
 *   Advantage:   data in $0.032/GB, data out $0.016/GB, retention $0.023/GB-month, 25 MiB/s floor
 * The default scenario (SPEC §2): 20 MiB/s average and 40 peak in, 40/80 out, 168 h retention, 300 partitions.
 *   in = 20 × 2,628,000 ÷ 1,024 = 51,328.125 GB a month; consumers = round(80 ÷ 40) = 2; out = 102,656.25 GB
 *   kept 24 h → 168 h: 51,328.125 × 144 ÷ 730 = 10,125 GB-month
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rawPrices from '../../../src/data/aws-prices.json';
import { loadPriceBook } from '../../../src/data/price-book-from-data';
import {
  parseScenario,
  rowAtPath,
  scenarioContextOf,
  sizeRawScenario,
  sizeScenario,
  type KinesisAlternative,
  type PriceBook,
  type SizingResult,
} from '../../../src/domain';
import { kinesisWorkloadOf } from '../../../src/domain/kinesis/kinesis-of-scenario';
import { BUNDLED_PRICE_BOOK, makeScenario, sizeWith } from '../../support/factories';

const CTX = scenarioContextOf(BUNDLED_PRICE_BOOK);
const IDS = ['kinesis-provisioned', 'kinesis-on-demand', 'kinesis-on-demand-advantage'];

/** The three alternatives of a result; fails the test when the result has none. */
function alternativesOf(result: SizingResult): readonly KinesisAlternative[] {
  const alternatives = result.alternatives;
  if (alternatives === undefined) throw new Error('the result has no Kinesis alternatives');
  return alternatives;
}

function byId(result: SizingResult, id: string): KinesisAlternative {
  const found = alternativesOf(result).find((a) => a.id === id);
  if (found === undefined) throw new Error(`no alternative ${id}`);
  return found;
}

const stepValue = (a: KinesisAlternative, key: string) => a.derivation.find((s) => s.key === key)?.value;

/** The bundled price data with one region's Kinesis prices removed (null), as the data's schema allows. */
function withoutKinesisIn(region: string): PriceBook {
  const raw = structuredClone(rawPrices) as unknown as { regions: Record<string, Record<string, unknown>> };
  const r = raw.regions[region];
  if (r === undefined) throw new Error(`no region ${region}`);
  r['kinesis'] = null;
  return loadPriceBook(raw);
}

/** The bundled price data without its Kinesis quotas: a price book with no Kinesis at all. */
function withoutKinesisLimits(): PriceBook {
  const raw = structuredClone(rawPrices) as unknown as Record<string, unknown>;
  delete raw['kinesisLimits'];
  return loadPriceBook(raw);
}

describe('the kinesis block in a scenario', () => {
  it('is null by default, and an empty block takes every default of SPEC §15', () => {
    expect(makeScenario().kinesis).toBeNull();
    expect(makeScenario({ kinesis: null }).kinesis).toBeNull();
    expect(makeScenario({ kinesis: {} }).kinesis).toEqual({ recordSizeKiB: 1, consumers: null, enhancedFanOut: false, headroomPct: 20 });
  });

  it('gives the same alternatives with no block as with an explicit empty one, or one written out at the defaults', () => {
    const none = alternativesOf(sizeWith());
    expect(alternativesOf(sizeWith({ kinesis: {} }))).toEqual(none);
    expect(alternativesOf(sizeWith({ kinesis: { recordSizeKiB: 1, consumers: null, enhancedFanOut: false, headroomPct: 20 } }))).toEqual(
      none,
    );
  });

  it('prices the default scenario in us-east-1 as worked by hand', () => {
    const result = sizeWith();
    expect(alternativesOf(result).map((a) => a.id)).toEqual(IDS);
    const provisioned = byId(result, 'kinesis-provisioned');
    // shards = ceil(max(40 ÷ 1, 40 × 1,024 ÷ 1 ÷ 1,000 = 40.96, 2 × 40 ÷ 2 = 40) × 1.2) = ceil(49.152) = 50
    expect(provisioned.shards).toBe(50);
    expect(provisioned.available).toBe(true);
    // 50 × 730 × $0.015 = $547.50; PUT: 20,480 records/s × 2,628,000 ÷ 10^6 × $0.014 = $753.50016;
    // extended retention 50 × 730 × $0.02 = $730.00.
    expect(provisioned.monthlyCostUsd?.capacity).toBeCloseTo(547.5, 9);
    expect(provisioned.monthlyCostUsd?.dataIn).toBeCloseTo(753.50016, 9);
    expect(provisioned.monthlyCostUsd?.retention).toBeCloseTo(730, 9);
    expect(provisioned.monthlyCostUsd?.total).toBeCloseTo(547.5 + 753.50016 + 730, 9);
    // On-demand: 730 × $0.04 = $29.20 + 51,328.125 × $0.08 = $4,106.25 + 102,656.25 × $0.04 = $4,106.25 + 10,125 × $0.10 = $1,012.50.
    const onDemand = byId(result, 'kinesis-on-demand');
    expect(onDemand.shards).toBeNull();
    expect(onDemand.monthlyCostUsd?.total).toBeCloseTo(29.2 + 4106.25 + 4106.25 + 1012.5, 9);
    // Advantage: writes at the floor 64,160.15625 × $0.032 = $2,053.125 + 102,656.25 × $0.016 = $1,642.50 + 10,125 × $0.023 = $232.875.
    const advantage = byId(result, 'kinesis-on-demand-advantage');
    expect(advantage.monthlyCostUsd?.total).toBeCloseTo(2053.125 + 1642.5 + 232.875, 9);
  });

  it('uses the block: 0.2 KiB records and 2 consumers make provisioned record-bound, and on-demand bill every record as 1 KiB', () => {
    const result = sizeWith({ kinesis: { recordSizeKiB: 0.2, consumers: 2 } });
    const provisioned = byId(result, 'kinesis-provisioned');
    // Records: 40 MiB/s × 1,024 ÷ 0.2 KiB = 204,800 records/s → 204.8 shards, above 40 (MiB/s) and 2 × 40 ÷ 2 = 40 (reads);
    // × 1.2 = 245.76 → 246 shards.
    expect(provisioned.shards).toBe(246);
    expect(stepValue(provisioned, 'shardsForRecords')).toBeCloseTo(204.8, 9);
    expect(provisioned.derivation.find((s) => s.key === 'consumers')?.formula).toBe('as set in the Kinesis options');
    // 246 × 730 × $0.015 = $2,693.70; PUT: 102,400 records/s × 2,628,000 ÷ 10^6 = 269,107.2 million × $0.014 = $3,767.5008;
    // extended retention 246 × 730 × $0.02 = $3,591.60.
    expect(provisioned.monthlyCostUsd?.capacity).toBeCloseTo(2693.7, 9);
    expect(provisioned.monthlyCostUsd?.dataIn).toBeCloseTo(3767.5008, 9);
    expect(provisioned.monthlyCostUsd?.retention).toBeCloseTo(3591.6, 9);
    expect(provisioned.monthlyCostUsd?.total).toBeCloseTo(2693.7 + 3767.5008 + 3591.6, 9);
    // On-demand bills each 0.2 KiB record as 1 KiB: in′ = 51,328.125 × 1 ÷ 0.2 = 256,640.625 GB × $0.08 = $20,531.25.
    const onDemand = byId(result, 'kinesis-on-demand');
    expect(onDemand.monthlyCostUsd?.dataIn).toBeCloseTo(20_531.25, 9);
    expect(onDemand.monthlyCostUsd?.total).toBeCloseTo(29.2 + 20_531.25 + 4106.25 + 1012.5, 9);
    // Advantage: in′ is above the floor: 256,640.625 × $0.032 = $8,212.50.
    expect(byId(result, 'kinesis-on-demand-advantage').monthlyCostUsd?.dataIn).toBeCloseTo(8212.5, 9);
  });

  it.each([
    [{ recordSizeKiB: 0 }, 'kinesis.recordSizeKiB', 'kinesis.recordSizeKiB = 0: must be from 0.01 to 10240 KiB'],
    [{ recordSizeKiB: 10_241 }, 'kinesis.recordSizeKiB', 'kinesis.recordSizeKiB = 10241: must be from 0.01 to 10240 KiB'],
    [{ headroomPct: 120 }, 'kinesis.headroomPct', 'kinesis.headroomPct = 120: must be between 0 and 100'],
    [{ consumers: 2.5 }, 'kinesis.consumers', 'kinesis.consumers = 2.5: must be a whole number'],
    [{ enhancedFanOut: 'yes' }, 'kinesis.enhancedFanOut', 'kinesis.enhancedFanOut = "yes": must be true or false'],
    [{ shards: 4 }, 'kinesis.shards', 'kinesis.shards = 4: is not a scenario field (format 2); remove it or check its spelling'],
  ])('refuses %j, naming %s', (block, field, message) => {
    const parsed = parseScenario({ kinesis: block }, CTX);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => [e.field, e.message])).toEqual([[field, message]]);
    // Nothing is sized from a refused block.
    expect(sizeRawScenario({ kinesis: block }, BUNDLED_PRICE_BOOK).ok).toBe(false);
  });

  it('words a refused number from its row (bounds and unit of the field table)', () => {
    const parsed = parseScenario({ kinesis: { recordSizeKiB: 0, headroomPct: 120 } }, CTX);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const record = rowAtPath('kinesis.recordSizeKiB');
    const headroom = rowAtPath('kinesis.headroomPct');
    expect(record?.label).toBe('Average record size');
    expect(headroom?.label).toBe('Shard headroom');
    expect(parsed.errors.find((e) => e.field === 'kinesis.recordSizeKiB')?.params).toEqual({
      min: record?.bounds?.min,
      max: record?.bounds?.max,
      unit: record?.says?.unit,
    });
    expect(parsed.errors.find((e) => e.field === 'kinesis.headroomPct')?.params).toMatchObject({
      min: headroom?.bounds?.min,
      max: headroom?.bounds?.max,
      between: true,
    });
    expect(rowAtPath('kinesis.shards')).toBeUndefined();
    // A block that is not an object is named as the block.
    const notObject = parseScenario({ kinesis: 'fast' }, CTX);
    expect(notObject.ok ? [] : notObject.errors.map((e) => e.field)).toEqual(['kinesis']);
  });
});

describe('the workload Kinesis is priced on', () => {
  it('follows consumer groups: egress = groups × ingress, and the groups are the consuming applications', () => {
    // Egress typed with groups set is ignored (SPEC §2): 4 groups × 20/40 MiB/s = 80/160 MiB/s.
    const scenario = makeScenario({ consumerGroups: 4, avgEgressMiBps: 5, peakEgressMiBps: 5 });
    expect(kinesisWorkloadOf(scenario)).toMatchObject({ avgEgressMiBps: 80, peakEgressMiBps: 160, consumerGroups: 4 });
    const result = sizeScenario(scenario, BUNDLED_PRICE_BOOK);
    const provisioned = byId(result, 'kinesis-provisioned');
    expect(stepValue(provisioned, 'consumers')).toBe(4);
    expect(provisioned.derivation.find((s) => s.key === 'consumers')?.formula).toBe('the consumer groups');
    // Shared reads: 4 × 40 ÷ 2 = 80 shards, above 40.96 for records; × 1.2 = 96 shards.
    expect(provisioned.shards).toBe(96);
    // 96 × 730 × $0.015 = $1,051.20 + PUT $753.50016 + extended retention 96 × 730 × $0.02 = $1,401.60.
    expect(provisioned.monthlyCostUsd?.total).toBeCloseTo(1051.2 + 753.50016 + 1401.6, 9);
    // On-demand reads: 4 × 51,328.125 = 205,312.5 GB × $0.04 = $8,212.50.
    const onDemand = byId(result, 'kinesis-on-demand');
    expect(onDemand.monthlyCostUsd?.dataOut).toBeCloseTo(8212.5, 9);
    expect(onDemand.monthlyCostUsd?.total).toBeCloseTo(29.2 + 4106.25 + 8212.5 + 1012.5, 9);
  });

  it('prices the same as the scenario with that egress typed and no groups (consumers = round(160 ÷ 40) = 4)', () => {
    const grouped = alternativesOf(sizeWith({ consumerGroups: 4 }));
    const typed = alternativesOf(sizeWith({ avgEgressMiBps: 80, peakEgressMiBps: 160 }));
    expect(grouped.map((a) => [a.shards, a.monthlyCostUsd])).toEqual(typed.map((a) => [a.shards, a.monthlyCostUsd]));
  });

  it("with replication, is the scenario's own: the replication tool's reads and the peer's writes are not a stream's", () => {
    const alone = sizeWith({ avgIngressMiBps: 10, peakIngressMiBps: 20, avgEgressMiBps: 30, peakEgressMiBps: 60 });
    for (const pattern of ['active-passive', 'active-active']) {
      const replicated = sizeWith({
        avgIngressMiBps: 10,
        peakIngressMiBps: 20,
        avgEgressMiBps: 30,
        peakEgressMiBps: 60,
        replication: { pattern, targetRegion: 'us-west-2' },
      });
      // The MSK options are sized with the tool's reads (SPEC §11 v2.1)…
      expect(replicated.warnings.map((w) => w.code)).toContain('sized-with-replication');
      expect(replicated.options).not.toEqual(alone.options);
      // …Kinesis is not: the same three alternatives, to the last derivation step.
      expect(replicated.alternatives).toEqual(alone.alternatives);
    }
    // 3 consumers, 20 MiB/s peak: max(20, 20.48, 30) × 1.2 = 36 shards.
    expect(byId(alone, 'kinesis-provisioned').shards).toBe(36);
  });
});

describe('the MSK options beside Kinesis', () => {
  it('are identical with and without a kinesis block (parity with AWS’s MSK logic untouched)', () => {
    const plain = sizeWith();
    const block = { recordSizeKiB: 0.2, consumers: 7, enhancedFanOut: true, headroomPct: 0 };
    const withBlock = sizeWith({ kinesis: block });
    expect(withBlock.options).toEqual(plain.options);
    expect(withBlock.recommendations).toEqual(plain.recommendations);
    expect(withBlock.workload).toEqual(plain.workload);
    expect(withBlock.warnings).toEqual(plain.warnings);
    expect(withBlock.alternatives).not.toEqual(plain.alternatives);
    // Kinesis is never among the options nor a recommendation.
    expect(withBlock.options.some((o) => o.id.startsWith('kinesis'))).toBe(false);
    expect(Object.values(withBlock.recommendations.byClass).some((id) => id?.startsWith('kinesis') === true)).toBe(false);
  });

  it('are identical with a price book that has no Kinesis at all, whose results have no alternatives', () => {
    const book = withoutKinesisLimits();
    expect(book.kinesis).toBeUndefined();
    const without = sizeScenario(makeScenario({}, book), book);
    expect(without.alternatives).toBeUndefined();
    expect(without.options).toEqual(sizeWith().options);
  });
});

describe('a region without Kinesis prices', () => {
  it('leaves all three unavailable with missing-price, never $0, the provisioned sizing still shown', () => {
    const book = withoutKinesisIn('eu-west-1');
    expect(book.kinesis?.regions['eu-west-1']).toBeNull();
    const result = sizeScenario(makeScenario({ region: 'eu-west-1' }, book), book);
    const alternatives = alternativesOf(result);
    expect(alternatives.map((a) => a.id)).toEqual(IDS);
    for (const a of alternatives) {
      expect(a.available).toBe(false);
      expect(a.unavailable?.code).toBe('missing-price');
      expect(a.unavailable?.message).toContain('not priced in eu-west-1');
      expect(a.unavailable?.message).toContain('never taken as zero');
      expect(a.monthlyCostUsd).toBeNull();
    }
    expect(alternatives[0]?.shards).toBe(50);
    // The default retention (168 h) needs the extended-retention price too: every price it needs is named.
    expect(alternatives[0]?.unavailable?.message).toBe(
      'Kinesis Data Streams, provisioned: not priced in eu-west-1, where the price data has no price for the shard-hour, PUT payload units and extended retention per shard-hour; a missing price is never taken as zero.',
    );
    // MSK in eu-west-1 is priced as with the bundled data.
    expect(result.options).toEqual(sizeWith({ region: 'eu-west-1' }).options);
  });

  it('leaves only Advantage unpriced in the bundled eu-west-1 (Advantage is listed in us-east-1 and us-east-2)', () => {
    const result = sizeWith({ region: 'eu-west-1' });
    expect(alternativesOf(result).map((a) => [a.available, a.unavailable?.code ?? null])).toEqual([
      [true, null],
      [true, null],
      [false, 'missing-price'],
    ]);
    expect(byId(result, 'kinesis-on-demand-advantage').monthlyCostUsd).toBeNull();
  });
});

describe('invariants over random valid scenarios', () => {
  const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const inputs = fc.record({
    avg: real(0.1, 2000),
    burst: real(1, 4),
    egressRatio: real(0, 6),
    consumerGroups: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
    retentionHours: fc.integer({ min: 1, max: 9000 }),
    discountPct: real(0, 90),
    kinesis: fc.option(
      fc.record({
        recordSizeKiB: real(0.01, 10_240),
        consumers: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
        enhancedFanOut: fc.boolean(),
        headroomPct: real(0, 100),
      }),
      { nil: null },
    ),
  });

  it('prices every alternative in us-east-1 above $0 with its total the sum of its lines, and sizes shards by SPEC §15', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const parsed = parseScenario(
          {
            avgIngressMiBps: i.avg,
            peakIngressMiBps: i.avg * i.burst,
            avgEgressMiBps: i.avg * i.egressRatio,
            peakEgressMiBps: i.avg * i.burst * i.egressRatio,
            consumerGroups: i.consumerGroups,
            retentionHours: i.retentionHours,
            discountPct: i.discountPct,
            kinesis: i.kinesis,
          },
          CTX,
        );
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const s = parsed.value;
        const alternatives = alternativesOf(sizeScenario(s, BUNDLED_PRICE_BOOK));
        expect(alternatives.map((a) => a.id)).toEqual(IDS);
        for (const a of alternatives) {
          const c = a.monthlyCostUsd;
          expect(c).not.toBeNull();
          if (c === null) return;
          const sum = c.capacity + c.dataIn + c.dataOut + c.retention + c.enhancedFanOut;
          expect(Math.abs(c.total - sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, sum));
          expect(c.total).toBeGreaterThan(0);
          // The derivation's last step is the total.
          expect(a.derivation.at(-1)).toMatchObject({ key: 'total', value: c.total });
        }
        // SPEC §15: shards = ceil(max(peak ÷ 1, Npeak ÷ 1,000, shared readers × peak ÷ 2) × (1 + headroom)).
        const options = s.kinesis ?? { recordSizeKiB: 1, consumers: null, enhancedFanOut: false, headroomPct: 20 };
        const consumers =
          options.consumers ??
          (s.consumerGroups !== null ? Math.round(s.consumerGroups) : Math.round(s.peakEgressMiBps / s.peakIngressMiBps));
        const shared = options.enhancedFanOut ? 0 : consumers;
        const demand = Math.max(
          s.peakIngressMiBps,
          (s.peakIngressMiBps * 1024) / options.recordSizeKiB / 1000,
          (shared * s.peakIngressMiBps) / 2,
        );
        const wanted = demand * (1 + options.headroomPct / 100);
        const shards = alternatives[0]?.shards ?? 0;
        expect(Number.isInteger(shards)).toBe(true);
        expect(shards).toBeGreaterThanOrEqual(wanted * (1 - 1e-12));
        expect(shards).toBeLessThan(wanted * (1 + 1e-12) + 1);
        // Never fewer than ceil(peak ingress) × the headroom.
        expect(shards).toBeGreaterThanOrEqual(Math.ceil(s.peakIngressMiBps * (1 + options.headroomPct / 100) * (1 - 1e-12)));
        expect(stepValue(alternatives[0] as KinesisAlternative, 'consumers')).toBe(consumers);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the account shard quota (Kinesis quotas, kinesisLimits.provisioned)', () => {
  it('warns above 20,000 shards in us-east-1 and above 1,000 in a region whose default is 1,000 or 6,000', () => {
    const quota = (region: string, peak: number) =>
      (sizeScenario(
        makeScenario({
          region,
          avgIngressMiBps: peak / 2,
          peakIngressMiBps: peak,
          avgEgressMiBps: peak / 2,
          peakEgressMiBps: peak,
          kinesis: { headroomPct: 0 },
        }),
        BUNDLED_PRICE_BOOK,
      ).alternatives ?? [])[0];
    // 1 consumer (peak egress ÷ peak ingress = 1): shards = max(peak, peak × 1.024, peak ÷ 2) = ceil(peak × 1.024).
    // ap-south-1 at 1,000 MiB/s: ceil(1,024) = 1,024 shards > 1,000.
    expect(quota('ap-south-1', 1000)?.warnings.find((w) => w.code === 'shards-above-account-quota')?.message).toBe(
      "1,024 shards is above the default quota of 1,000 shards per account in ap-south-1 (1,000 or 6,000 depending on the region): ask AWS for an increase before creating the stream, and count the account's other streams (Kinesis quotas).",
    );
    // us-east-1 at 1,000 MiB/s: 1,024 shards is within its 20,000.
    expect(quota('us-east-1', 1000)?.warnings.map((w) => w.code)).not.toContain('shards-above-account-quota');
  });
});
