/**
 * Properties of the engine (model v2) over valid scenarios drawn from the whole valid input space of the scenario schema
 * (SPEC §2 and the finite bounds of src/domain/scenario.ts: every bundled region, 2 or 3 AZs, RF 1–3, throughput from
 * the smallest positive double to 1,048,576 MiB/s with peak ≥ avg, egress from 0, retention up to 1,000,000 h with
 * tiering only from 72 h, up to 10,000,000 partitions, consumer groups 0–1000 within the throughput maximum, purpose,
 * PST "auto", off or a rate, the editable assumptions, …) and over invalid input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  scenarioContextOf,
  sizeRawScenario,
  sizeScenario,
  SCENARIO_KEYS,
  type PriceBook,
  type SizedOption,
  type SizingResult,
} from '../../src/domain';
import { BUNDLED_PRICE_BOOK, makeScenario, SPEC_COST_LINES, withoutCrossAzPrice } from '../support/factories';

const RUNS = 200;
const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);
const REGIONS = Object.keys(BUNDLED_PRICE_BOOK.regions);
const EC2_TYPES = BUNDLED_PRICE_BOOK.ec2Types;
/** SPEC §2 / §4.4: the smallest tiered retention, and the 30-broker limit of kafka.t3.small. */
const TIERED_MIN_RETENTION_HOURS = 72;
const T3_BROKER_LIMIT = 30;
/** The schema's finite bounds beyond SPEC §2 (src/domain/scenario.ts): 1 TiB/s, 1,000,000 hours, 10 M partitions. */
const MAX_THROUGHPUT_MIBPS = 1_048_576;
const MAX_RETENTION_HOURS = 1_000_000;
const MAX_PARTITIONS = 10_000_000;
/** SPEC §8 and §9: the codes an option may be unavailable or warned with. */
const UNAVAILABLE_CODES = ['missing-price', 'broker-quota', 't3-no-kraft', 'express-needs-3-azs', 'serverless-limit'];
const OPTION_WARNING_CODES = [
  'partitions-above-recommended',
  't3-development-only',
  'kraft-required',
  'express-replication-fixed',
  'serverless-iam-only',
  'no-operations-time',
  'very-large-cluster',
  'cross-az-price-missing',
];

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/**
 * Any number of [min, max] (both included; `min` excluded when `minExcluded`), with a typical sub-range drawn as
 * often as the whole range: fast-check spreads doubles over their exponents, so the whole range alone would be
 * mostly extremes (subnormal or huge), and the typical draws keep ordinary workloads in every run.
 */
function anyOf(min: number, max: number, typical: readonly [number, number], minExcluded = false): fc.Arbitrary<number> {
  return fc.oneof(fc.double({ min, max, minExcluded, noNaN: true }), real(typical[0], typical[1]));
}

/** A throughput in MiB/s: > 0 (or ≥ 0, negative zero included, for egress) up to the maximum. */
const positiveThroughput = anyOf(0, MAX_THROUGHPUT_MIBPS, [0.001, 2_000], true);
const nonNegativeThroughput = fc.oneof(fc.constantFrom(0, -0), anyOf(-0, MAX_THROUGHPUT_MIBPS, [0.001, 4_000]));

/** Two values as an (average, peak) pair: the smaller is the average, so peak ≥ avg always holds. */
const avgAndPeak = (rate: fc.Arbitrary<number>) => fc.tuple(rate, rate).map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const)));

/**
 * The largest peak ingress not above `wanted` that keeps the scenario valid with `groups` consumer groups: the
 * derived peak egress, groups × peak, must stay within the throughput maximum (SPEC §2, schema bound).
 */
function peakWithinMax(wanted: number, groups: number | null): number {
  let peak = Math.min(wanted, MAX_THROUGHPUT_MIBPS, groups ? MAX_THROUGHPUT_MIBPS / groups : Number.POSITIVE_INFINITY);
  while (groups !== null && groups * peak > MAX_THROUGHPUT_MIBPS) peak *= 1 - Number.EPSILON;
  return peak;
}

/** The most consumer groups, up to `wanted`, for which groups × `peakIngress` stays within the throughput maximum. */
function groupsWithinMax(wanted: number, peakIngress: number): number {
  let groups = Math.min(wanted, MAX_THROUGHPUT_MIBPS / peakIngress);
  while (groups * peakIngress > MAX_THROUGHPUT_MIBPS) groups *= 1 - Number.EPSILON;
  return groups;
}

/**
 * Validation refuses a peak ingress so small next to peak egress that egress ÷ ingress (× up to 3 in netF,
 * SPEC §4.1) overflows a double, e.g. Ip = 1e-305 with Op = 1e6 MiB/s (a test below checks the field error),
 * so valid inputs keep that ratio within MAX_VALUE / 4.
 */
const MAX_FINITE_FAN_OUT_RATIO = Number.MAX_VALUE / 4;

/** One UTF-16 code unit, lone surrogates included: the schema counts a name's length in code units. */
const codeUnit = fc.nat(0xffff).map((code) => String.fromCharCode(code));

/** A fraction in [min, max]. */
const fraction = (min: number, max: number) => fc.oneof(real(min, max), fc.constantFrom(min, max));

/**
 * A valid scenario input: every field over its whole valid range (see the file comment). Local retention is null,
 * equal to the retention, or any shorter positive value when the retention is at least 72 h (the v2 tiered-storage
 * rule); consumer groups are null or 0–1000, fractions included, capped where groups × peak ingress would pass the
 * throughput maximum (a test below checks the field error beyond it).
 */
const validInput = fc
  .record({
    version: fc.option(fc.constant(2), { nil: undefined }),
    name: fc.oneof(fc.string({ unit: codeUnit, maxLength: 120 }), fc.string({ unit: codeUnit, minLength: 120, maxLength: 120 })),
    region: fc.constantFrom(...REGIONS),
    ingress: avgAndPeak(positiveThroughput),
    egress: avgAndPeak(nonNegativeThroughput),
    consumerGroups: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1_000 }), fraction(0, 1_000)),
    purpose: fc.constantFrom('production', 'development'),
    replicationFactor: fc.integer({ min: 1, max: 3 }),
    retentionHours: fc.oneof(
      anyOf(0, TIERED_MIN_RETENTION_HOURS, [0.01, TIERED_MIN_RETENTION_HOURS], true),
      anyOf(TIERED_MIN_RETENTION_HOURS, MAX_RETENTION_HOURS, [TIERED_MIN_RETENTION_HOURS, 20_000]),
    ),
    // null: not set; 1: equal to the retention; below 1: that share of it (tiered when the retention allows).
    localShare: fc.oneof(fc.constant(null), fc.constant(1), fc.double({ min: 0, max: 1, minExcluded: true, noNaN: true })),
    partitions: fc.oneof(fc.integer({ min: 1, max: MAX_PARTITIONS }), fc.integer({ min: 1, max: 100_000 })),
    availabilityZones: fc.constantFrom(2, 3),
    nearestReplicaFetch: fc.boolean(),
    tlsInTransit: fc.boolean(),
    ebsUtilizationTarget: fraction(0.1, 0.95),
    utilizationStandard: fraction(0.1, 1),
    utilizationExpress: fraction(0.1, 1),
    laggingConsumerPct: fc.option(fc.oneof(fraction(0, 100), fc.constant(-0)), { nil: null }),
    brokerSafetyFactor: fc.integer({ min: 0, max: 10 }),
    ramCacheSeconds: fc.option(anyOf(0, 31_536_000, [0.001, 100_000], true), { nil: null }),
    provisionedThroughputMiBps: fc.oneof(fc.constant<'auto'>('auto'), fc.constant(null), fraction(250, 1_000)),
    useMaxPartitions: fc.boolean(),
    brokerQuota: fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 100 })),
    discountPct: fc.oneof(fraction(0, 100), fc.constant(-0)),
    controllerInstance: fc.constantFrom(...EC2_TYPES),
    controllerCount: fc.constantFrom(0, 3, 5),
    opsHoursPerMonth: fc.oneof(fraction(0, 10_000), real(0, 1_000)),
    opsHourlyUsd: fc.oneof(fraction(0, 100_000), real(0, 500)),
    assumptions: fc.option(fc.record({ tlsFactor: fraction(0.1, 1), pageCacheShare: fraction(0.1, 0.95) }, { requiredKeys: [] }), {
      nil: null,
    }),
  })
  .map((g): Record<string, unknown> => {
    // With consumer groups the ratio is the group count; without, peak ingress rises where the ratio would overflow.
    const peakIngress =
      g.consumerGroups === null
        ? Math.max(g.ingress[1], g.egress[1] / MAX_FINITE_FAN_OUT_RATIO)
        : peakWithinMax(g.ingress[1], g.consumerGroups);
    const local =
      g.localShare === null
        ? null
        : g.localShare === 1 || g.retentionHours < TIERED_MIN_RETENTION_HOURS
          ? g.retentionHours
          : Math.max(Number.MIN_VALUE, g.retentionHours * g.localShare);
    return {
      ...(g.version === undefined ? {} : { version: g.version }),
      name: g.name,
      region: g.region,
      avgIngressMiBps: Math.min(g.ingress[0], peakIngress),
      peakIngressMiBps: peakIngress,
      avgEgressMiBps: g.egress[0],
      peakEgressMiBps: g.egress[1],
      consumerGroups: g.consumerGroups,
      purpose: g.purpose,
      replicationFactor: g.replicationFactor,
      retentionHours: g.retentionHours,
      localRetentionHours: local,
      partitions: g.partitions,
      availabilityZones: g.availabilityZones,
      nearestReplicaFetch: g.nearestReplicaFetch,
      tlsInTransit: g.tlsInTransit,
      ebsUtilizationTarget: g.ebsUtilizationTarget,
      utilizationStandard: g.utilizationStandard,
      utilizationExpress: g.utilizationExpress,
      laggingConsumerPct: g.laggingConsumerPct,
      brokerSafetyFactor: g.brokerSafetyFactor,
      ramCacheSeconds: g.ramCacheSeconds,
      provisionedThroughputMiBps: g.provisionedThroughputMiBps,
      useMaxPartitions: g.useMaxPartitions,
      brokerQuota: g.brokerQuota,
      discountPct: g.discountPct,
      selfManaged: {
        controllerInstance: g.controllerInstance,
        controllerCount: g.controllerCount,
        opsHoursPerMonth: g.opsHoursPerMonth,
        opsHourlyUsd: g.opsHourlyUsd,
      },
      assumptions: g.assumptions,
    };
  });

/** PST off or a fixed rate: the settings under which brokers follow the workload monotonically (SPEC §4.4). */
const offOrFixedPst = fc.oneof(fc.constant(null), real(250, 1_000));

/** A valid input with, half of the time, no published cross-AZ price in its region (SPEC §8). */
const pricedInput = fc.tuple(validInput, fc.boolean()).map(([input, noCrossAz]) => ({
  input,
  priceBook: noCrossAz ? withoutCrossAzPrice(input['region'] as string) : BUNDLED_PRICE_BOOK,
  noCrossAz,
}));

function size(input: Record<string, unknown>, priceBook: PriceBook = BUNDLED_PRICE_BOOK): SizingResult {
  return sizeScenario(makeScenario(input, priceBook), priceBook);
}

function brokersById(result: SizingResult): Map<string, number> {
  const map = new Map<string, number>();
  for (const o of result.options) {
    if (o.deployment !== 'msk-serverless' && o.brokers !== null) map.set(o.id, o.brokers);
  }
  return map;
}

function isMsk(o: SizedOption): boolean {
  return o.deployment !== 'self-managed';
}

function isT3(o: SizedOption): boolean {
  return o.family === 't3';
}

function totalOf(o: SizedOption): number {
  return o.monthlyCostUsd?.total ?? Number.NaN;
}

describe('properties of valid scenarios', () => {
  it('every generated input is a valid scenario and prices without throwing', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const parsed = parseScenario(input, ctx);
        expect(parsed.ok).toBe(true);
        expect(() => size(input)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('more peak ingress never means fewer brokers for Standard (PST off or fixed), Express or self-managed options', () => {
    fc.assert(
      fc.property(validInput, offOrFixedPst, positiveThroughput, (input, pst, more) => {
        const base: Record<string, unknown> = { ...input, provisionedThroughputMiBps: pst };
        const peak = base['peakIngressMiBps'] as number;
        // As much more as the scenario stays valid for (the throughput maximum, and groups × peak within it).
        const higher = Math.max(peak, peakWithinMax(peak + more, base['consumerGroups'] as number | null));
        const before = brokersById(size(base));
        const after = brokersById(size({ ...base, peakIngressMiBps: higher }));
        expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
        const fewer = [...before].filter(([id, brokers]) => (after.get(id) ?? Number.NaN) < brokers || !after.has(id));
        expect(fewer.map(([id, brokers]) => `${id}: ${brokers} → ${after.get(id) ?? 'none'}`)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a higher fixed PST rate never means more brokers on an eligible Standard size', () => {
    fc.assert(
      fc.property(validInput, real(250, 1_000), real(0, 750), (input, low, step) => {
        const high = Math.min(1_000, low + step);
        const atLow = size({ ...input, provisionedThroughputMiBps: low });
        const atHigh = size({ ...input, provisionedThroughputMiBps: high });
        const problems: string[] = [];
        for (const o of atLow.options.filter((x) => x.deployment === 'msk-standard' && x.provisionedThroughputPlan !== null)) {
          const other = atHigh.options.find((x) => x.id === o.id);
          if ((other?.brokers ?? Number.NaN) > (o.brokers ?? Number.NaN))
            problems.push(`${o.id}: ${o.brokers} at ${low} → ${other?.brokers} at ${high}`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('broker counts are multiples of the AZ count and at least RF; Express multiples of 3', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = size(input);
        const az = result.scenario.availabilityZones;
        const rf = result.scenario.replicationFactor;
        const problems: string[] = [];
        for (const o of result.options) {
          const brokers = o.brokers ?? Number.NaN;
          if (o.deployment === 'msk-standard' || o.deployment === 'self-managed') {
            const most = Math.max(...o.constraints.map((c) => c.brokersNeeded));
            if (!(brokers % az === 0 && brokers >= rf && brokers >= most))
              problems.push(`${o.id}: ${brokers} (AZ ${az}, RF ${rf}, constraints ${most})`);
            for (const c of o.constraints) {
              if (c.brokersNeeded !== Math.ceil(c.rawBrokersNeeded / az) * az)
                problems.push(`${o.id} ${c.name}: ${c.rawBrokersNeeded} raw → ${c.brokersNeeded}`);
            }
          } else if (o.deployment === 'msk-express') {
            const ok = az === 2 ? o.brokers === null && o.unavailable?.code === 'express-needs-3-azs' : brokers % 3 === 0 && brokers >= 3;
            if (!ok) problems.push(`${o.id}: ${String(o.brokers)} with ${az} AZs`);
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('Standard and self-managed options have the v2 constraints, Express its own three', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = size(input);
        const memory = result.scenario.ramCacheSeconds === null ? [] : ['memory'];
        for (const o of result.options) {
          const names = o.constraints.map((c) => c.name);
          if (o.deployment === 'msk-standard' || o.deployment === 'self-managed') {
            expect(names, o.id).toEqual(['storageThroughput', 'networkThroughput', 'partitions', 'storage', ...memory]);
          } else if (o.deployment === 'msk-express' && o.brokers !== null) {
            expect(names, o.id).toEqual(['ingress', 'egress', 'partitions']);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('no broker volume holds more than 16,384 GiB or less than 1 GiB', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const problems = size(input)
          .options.filter((o) => o.storagePerBrokerGiB !== null && !(o.storagePerBrokerGiB <= 16_384 && o.storagePerBrokerGiB >= 1))
          .map((o) => `${o.id}: ${String(o.storagePerBrokerGiB)} GiB`);
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('every cost line is finite and non-negative, cross-AZ is null only without a price, and the total is the sum of the rest', () => {
    fc.assert(
      fc.property(pricedInput, ({ input, priceBook, noCrossAz }) => {
        const problems: string[] = [];
        for (const o of size(input, priceBook).options) {
          const cost = o.monthlyCostUsd;
          if (cost === null) continue;
          let sum = 0;
          for (const line of SPEC_COST_LINES) {
            const value = cost[line];
            if (value === null) {
              if (!(line === 'crossAz' && noCrossAz)) problems.push(`${o.id} ${line} is null`);
              continue;
            }
            if (!Number.isFinite(value) || value < 0) problems.push(`${o.id} ${line} = ${value}`);
            sum += value;
          }
          const excluded = cost.crossAz === null ? ['crossAz'] : [];
          if (JSON.stringify(cost.totalExcludes) !== JSON.stringify(excluded))
            problems.push(`${o.id} excludes ${cost.totalExcludes.join(',')}`);
          if (noCrossAz && o.deployment !== 'msk-serverless' && cost.crossAz !== null)
            problems.push(`${o.id} priced cross-AZ without a price`);
          if (!Number.isFinite(cost.total) || Math.abs(cost.total - sum) > 1e-9 * Math.max(1, sum))
            problems.push(`${o.id} total ${cost.total} ≠ ${sum}`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a missing cross-AZ price never makes an option unavailable', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const withPrice = size(input);
        const without = size(input, withoutCrossAzPrice(input['region'] as string));
        for (const o of withPrice.options) {
          const other = without.options.find((x) => x.id === o.id);
          expect(other?.available, o.id).toBe(o.available);
          expect(other?.brokers, o.id).toBe(o.brokers);
        }
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('unavailability and warnings carry known codes; a missing price means no cost, never a zero one', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = size(input);
        for (const o of result.options) {
          expect(o.available, o.id).toBe(o.unavailable === null);
          if (o.unavailable !== null) expect(UNAVAILABLE_CODES, o.id).toContain(o.unavailable.code);
          if (o.unavailable?.code === 'missing-price') expect(o.monthlyCostUsd, o.id).toBeNull();
          if (o.available) expect(o.monthlyCostUsd, o.id).not.toBeNull();
          for (const w of o.warnings) expect(OPTION_WARNING_CODES, `${o.id} ${w.code}`).toContain(w.code);
          for (const w of [...o.warnings, ...(o.unavailable ? [o.unavailable] : [])])
            expect(w.message.length, `${o.id} ${w.code}`).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('MSK options fit their broker limit when available: the quota, and 30 for kafka.t3.small; self-managed has no quota', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = size(input);
        const quota = result.scenario.brokerQuota;
        for (const o of result.options) {
          if (o.brokers === null || o.unavailable?.code === 'missing-price') continue;
          if (o.deployment === 'self-managed') {
            expect(o.available, o.id).toBe(true);
          } else if (o.deployment !== 'msk-serverless') {
            const limit = isT3(o) ? Math.min(quota, T3_BROKER_LIMIT) : quota;
            expect(o.available, `${o.id}: ${o.brokers} brokers, limit ${limit}`).toBe(o.brokers <= limit);
            if (o.brokers > quota) expect(o.unavailable?.code, o.id).toBe('broker-quota');
            else if (o.brokers > limit) expect(o.unavailable?.code, o.id).toBe('t3-no-kraft');
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("consumer groups set egress to groups × ingress in the result's scenario", () => {
    fc.assert(
      fc.property(validInput, fc.oneof(fc.integer({ min: 0, max: 1_000 }), fraction(0, 1_000)), (input, wanted) => {
        // Fewer groups where groups × peak ingress would pass the throughput maximum (that is a field error, tested below).
        const groups = groupsWithinMax(wanted, input['peakIngressMiBps'] as number);
        const s = size({ ...input, consumerGroups: groups }).scenario;
        expect(s.avgEgressMiBps).toBe(groups * s.avgIngressMiBps);
        expect(s.peakEgressMiBps).toBe(groups * s.peakIngressMiBps);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('PST is reported only on eligible Standard sizes, and "auto" keeps the cheaper candidate unless only one fits', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = size({ ...input, provisionedThroughputMiBps: 'auto' });
        const quota = result.scenario.brokerQuota;
        for (const o of result.options) {
          const plan = o.provisionedThroughputPlan;
          if (plan === null) {
            expect(o.provisionedThroughputMiBps, o.id).toBeNull();
            continue;
          }
          expect(o.deployment, o.id).toBe('msk-standard');
          expect(plan.mode, o.id).toBe('auto');
          expect(plan.rateMiBps, o.id).toBeGreaterThanOrEqual(250);
          expect(plan.rateMiBps, o.id).toBeLessThanOrEqual(1_000);
          expect(plan.brokersAtRate, o.id).toBeLessThanOrEqual(plan.brokersWithoutPst);
          if (o.provisionedThroughputMiBps === null) {
            expect(o.brokers, o.id).toBe(plan.brokersWithoutPst);
          } else {
            expect(o.provisionedThroughputMiBps, o.id).toBe(plan.rateMiBps);
            expect(o.provisionedThroughputBrokersSaved, o.id).toBe(plan.brokersWithoutPst - plan.brokersAtRate);
            const onlyPstFits = plan.brokersWithoutPst > quota && plan.brokersAtRate <= quota;
            if (!onlyPstFits && plan.totalWithoutPstUsd !== null) expect(totalOf(o), o.id).toBeLessThan(plan.totalWithoutPstUsd);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the overall recommendation follows the purpose: production never T3, development the cheapest MSK option, never self-managed', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = size(input);
        const { overall, byClass } = result.recommendations;
        for (const id of [overall, ...Object.values(byClass)]) {
          if (id === null) continue;
          const option = result.options.find((o) => o.id === id);
          expect(option?.available, id).toBe(true);
          expect(option?.monthlyCostUsd, id).not.toBeNull();
        }
        const eligible = result.options.filter((o) => isMsk(o) && o.available && (result.scenario.purpose === 'development' || !isT3(o)));
        if (overall === null) {
          expect(eligible).toEqual([]);
          return;
        }
        const chosen = result.options.find((o) => o.id === overall);
        expect(chosen && isMsk(chosen), overall).toBe(true);
        if (result.scenario.purpose === 'production') expect(chosen && isT3(chosen), overall).toBe(false);
        // cheapest to the cent (SPEC §8 ties go to fewer brokers, then the smaller size)
        const cheapest = Math.min(...eligible.map(totalOf));
        expect(chosen === undefined ? Number.NaN : totalOf(chosen)).toBeLessThanOrEqual(cheapest + 0.005);
      }),
      { numRuns: RUNS },
    );
  });

  it('production never recommends T3, even where T3 is the cheapest MSK option', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = size({ ...input, purpose: 'production' });
        const overall = result.recommendations.overall;
        expect(overall === null ? false : overall.includes('t3.'), String(overall)).toBe(false);
        for (const id of result.recommendations.closeAlternatives) expect(id.includes('t3.'), id).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('close alternatives are the eligible available MSK options within 5 % of the recommendation, fewest brokers first', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = size(input);
        const { overall, closeAlternatives } = result.recommendations;
        if (overall === null) {
          expect(closeAlternatives).toEqual([]);
          return;
        }
        const ceiling = totalOf(result.options.find((o) => o.id === overall) as SizedOption) * 1.05;
        const expected = result.options
          .filter(
            (o) =>
              isMsk(o) &&
              o.available &&
              o.id !== overall &&
              (result.scenario.purpose === 'development' || !isT3(o)) &&
              totalOf(o) <= ceiling,
          )
          .map((o) => o.id);
        expect([...closeAlternatives].sort()).toEqual([...expected].sort());
        const brokers = closeAlternatives.map((id) => result.options.find((o) => o.id === id)?.brokers ?? 0);
        expect(brokers).toEqual([...brokers].sort((a, b) => a - b));
      }),
      { numRuns: RUNS },
    );
  });
});

/** One field of a valid scenario replaced by a value that breaks a SPEC §2 rule, and the field the error must name. */
const corruption: fc.Arbitrary<{ key: string; value: unknown; field: string }> = fc.oneof(
  ...(
    [
      ['avgIngressMiBps', [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '20', null, true]],
      ['peakEgressMiBps', [-1, Number.NaN, 'lots']],
      ['replicationFactor', [0, 4, 1.5, '3', null]],
      ['availabilityZones', [1, 4, '3', 2.5]],
      ['partitions', [0, -5, 2.5, 'many']],
      ['retentionHours', [0, -1, Number.NEGATIVE_INFINITY]],
      ['region', ['mars-north-1', '', 42]],
      ['ebsUtilizationTarget', [0, 0.05, 0.96, 2]],
      ['utilizationStandard', [0, 0.05, 1.01]],
      ['utilizationExpress', [0.09, 1.5]],
      ['laggingConsumerPct', [-1, 100.5, 'half']],
      ['brokerSafetyFactor', [-1, 11, 0.5]],
      ['ramCacheSeconds', [0, -10, 'a minute']],
      ['provisionedThroughputMiBps', [0, 249, 1_001, 'max', 'AUTO']],
      ['consumerGroups', [-1, 1_001, 'two', Number.NaN]],
      ['purpose', ['test', 1, null]],
      ['useMaxPartitions', ['no', 0]],
      ['tlsInTransit', ['true', 1]],
      ['brokerQuota', [0, 1.5, -3]],
      ['discountPct', [-0.1, 100.1, Number.NaN]],
      ['version', [0, 3, '1', 1.5]],
      ['name', ['x'.repeat(121), 7]],
    ] as const
  ).map(([key, values]) => fc.constantFrom(...values).map((value: unknown) => ({ key, value, field: key }))),
  fc
    .constantFrom<[string, unknown]>(
      ['controllerCount', 4],
      ['controllerInstance', 'x9.huge'],
      ['opsHoursPerMonth', -1],
      ['opsHourlyUsd', Number.NaN],
      ['bogus', 1],
    )
    .map(([key, value]) => ({ key: 'selfManaged', value: { [key]: value }, field: `selfManaged.${key}` })),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((k) => !(SCENARIO_KEYS as readonly string[]).includes(k))
    .map((key) => ({ key, value: 1 as unknown, field: key })),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

describe('properties of invalid input', () => {
  it('refuses a peak ingress so small next to peak egress that their ratio overflows, naming peak ingress', () => {
    for (const [ingress, egress] of [
      [1e-305, 1e6],
      [5e-324, 0.001],
    ] as const) {
      const parsed = parseScenario(
        { avgIngressMiBps: ingress, peakIngressMiBps: ingress, avgEgressMiBps: egress, peakEgressMiBps: egress },
        ctx,
      );
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors.map((e) => e.field)).toEqual(['peakIngressMiBps']);
    }
  });

  it('a valid scenario with one field broken is rejected with a message naming that field', () => {
    fc.assert(
      fc.property(validInput, corruption, (input, { key, value, field }) => {
        // With consumer groups set the egress fields are ignored (SPEC §2), so an egress corruption needs them off.
        const broken = { ...input, ...(key.includes('Egress') ? { consumerGroups: null } : {}), [key]: value };
        let parsed: ReturnType<typeof parseScenario> | undefined;
        expect(() => {
          parsed = parseScenario(broken, ctx);
        }).not.toThrow();
        if (parsed === undefined || parsed.ok) throw new Error(`accepted ${field} = ${String(value)}`);
        expect(parsed.errors.length).toBeGreaterThanOrEqual(1);
        expect(parsed.errors.map((e) => e.field)).toContain(field);
        for (const e of parsed.errors) expect(e.message.startsWith(`${e.field} = `), e.message).toBe(true);
        const raw = sizeRawScenario(broken, BUNDLED_PRICE_BOOK);
        expect(raw.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('peak below average and local retention above retention are rejected on the peak and local fields', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom('ingress', 'egress', 'local'), (input, which) => {
        // Each field stays within its own range (up to the schema maximum), so only the cross-field rule is broken:
        // the average becomes the old peak and the peak half of it; local retention twice a retention of at most half the maximum.
        const ingress = Math.max(input['peakIngressMiBps'] as number, 2 * Number.MIN_VALUE);
        const egress = (input['peakEgressMiBps'] as number) > 0 ? (input['peakEgressMiBps'] as number) : 1;
        const retention = Math.min(input['retentionHours'] as number, MAX_RETENTION_HOURS / 2);
        const broken =
          which === 'local'
            ? { ...input, retentionHours: retention, localRetentionHours: retention * 2 }
            : which === 'ingress'
              ? { ...input, avgIngressMiBps: ingress, peakIngressMiBps: ingress / 2 }
              : { ...input, consumerGroups: null, avgEgressMiBps: egress, peakEgressMiBps: egress / 2 };
        const field = which === 'local' ? 'localRetentionHours' : which === 'ingress' ? 'peakIngressMiBps' : 'peakEgressMiBps';
        const parsed = parseScenario(broken, ctx);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.errors.map((e) => e.field)).toContain(field);
      }),
      { numRuns: RUNS },
    );
  });

  it('tiered storage with less than 72 hours of retention is rejected on retentionHours', () => {
    // Any local retention below any retention below 72 h: two different positive values under 72, the smaller local.
    const belowTieredMinimum = fc.double({ min: 0, max: TIERED_MIN_RETENTION_HOURS, minExcluded: true, maxExcluded: true, noNaN: true });
    const pair = fc
      .tuple(belowTieredMinimum, belowTieredMinimum)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => [Math.max(a, b), Math.min(a, b)] as const);
    fc.assert(
      fc.property(validInput, pair, (input, [retention, local]) => {
        const parsed = parseScenario({ ...input, retentionHours: retention, localRetentionHours: local }, ctx);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.errors.map((e) => e.field)).toContain('retentionHours');
      }),
      { numRuns: RUNS },
    );
  });

  it('anything that is not an object of scenario keys is rejected, never thrown', () => {
    const notAScenario = fc
      .anything({ withBigInt: true })
      .filter((v) => !(isRecord(v) && Object.keys(v).every((k) => (SCENARIO_KEYS as readonly string[]).includes(k))));
    fc.assert(
      fc.property(notAScenario, (input) => {
        const parsed = parseScenario(input, ctx);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThanOrEqual(1);
          for (const e of parsed.errors) expect(e.message.length).toBeGreaterThan(0);
        }
        expect(sizeRawScenario(input, BUNDLED_PRICE_BOOK).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('parseScenario and sizeRawScenario never throw on any value, however exotic', () => {
    // BigInt included: a rejected value that neither JSON.stringify nor String() can convert (a BigInt inside an
    // object with a null prototype or a non-function toString, e.g. { version: { toString: 0, n: 1n } }) is described
    // as "an unreadable object" (src/domain/scenario.ts describeValue), never thrown.
    const exotic = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    const unreadable: unknown[] = [
      { version: { toString: 0, n: 1n } },
      { partitions: Object.assign(Object.create(null) as object, { n: 1n }) },
    ];
    fc.assert(
      fc.property(exotic, (input) => {
        const parsed = parseScenario(input, ctx);
        if (!parsed.ok) expect(parsed.errors.length).toBeGreaterThanOrEqual(1);
        expect(() => sizeRawScenario(input, BUNDLED_PRICE_BOOK)).not.toThrow();
      }),
      { numRuns: RUNS, examples: unreadable.map((value) => [value]) },
    );
  });

  it('scenario-shaped objects with arbitrary values are accepted or rejected, never thrown', () => {
    const shaped = fc.dictionary(
      fc.constantFrom(...(SCENARIO_KEYS as readonly string[])),
      fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withNullPrototype: true }),
    );
    fc.assert(
      fc.property(shaped, (input) => {
        const parsed = parseScenario(input, ctx);
        if (parsed.ok) expect(() => sizeScenario(parsed.value, BUNDLED_PRICE_BOOK)).not.toThrow();
        else expect(parsed.errors.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });
});
