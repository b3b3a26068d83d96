/**
 * Properties of replication sizing (SPEC §11) over valid scenarios and blocks drawn from the SPEC §2
 * and §11 ranges, every bundled region included (some publish no Replicator, Connect or EC2 price).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPLICATION_TOOLS, type ReplicationResult } from '../../../src/domain/replication/replication-result';
import { sizeReplication } from '../../../src/domain/replication/size-replication';
import { BUNDLED_PRICE_BOOK, makeReplication, makeScenario, REGIONS, REPLICATION_PRICES } from './replication-factories';

const RUNS = 150;
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const scenarioInput = fc
  .record({
    region: fc.constantFrom(...REGIONS),
    avgIngressMiBps: real(0.01, 1_500),
    ingressBurst: real(0, 1_500),
    avgEgressMiBps: real(0, 3_000),
    egressBurst: real(0, 3_000),
    partitions: fc.integer({ min: 1, max: 20_000 }),
    replicationFactor: fc.integer({ min: 1, max: 3 }),
    availabilityZones: fc.constantFrom(2, 3),
    retentionHours: real(1, 2_000),
    purpose: fc.constantFrom('production', 'development'),
    discountPct: real(0, 100),
  })
  .map((g) => ({
    region: g.region,
    avgIngressMiBps: g.avgIngressMiBps,
    peakIngressMiBps: g.avgIngressMiBps + g.ingressBurst,
    avgEgressMiBps: g.avgEgressMiBps,
    peakEgressMiBps: g.avgEgressMiBps + g.egressBurst,
    partitions: g.partitions,
    replicationFactor: g.replicationFactor,
    availabilityZones: g.availabilityZones,
    retentionHours: g.retentionHours,
    purpose: g.purpose,
    discountPct: g.discountPct,
  }));

const blockInput = fc.record({
  pattern: fc.constantFrom('active-passive', 'active-active', 'migration', 'aggregation'),
  targetRegion: fc.constantFrom(...REGIONS),
  replicatedShare: real(0.001, 1),
  identicalTopicNames: fc.boolean(),
  sourceClusters: fc.integer({ min: 1, max: 50 }),
  migrationWeeks: real(1, 52),
  copyExistingData: fc.boolean(),
});

const toolChoice = fc.record({
  mm2MiBpsPerMcu: real(0.5, 100),
  mm2Ec2InstanceType: fc.constantFrom('m7g.large', 'm5.large', 'm5.2xlarge', 't3.medium'),
});

function replicateWith(scenarioFields: Record<string, unknown>, blockFields: Record<string, unknown>, options = {}): ReplicationResult {
  const scenario = makeScenario(scenarioFields);
  return sizeReplication(scenario, makeReplication(blockFields, scenario), BUNDLED_PRICE_BOOK, REPLICATION_PRICES, options);
}

/** Every number anywhere in the value, with its path. */
function numbersIn(value: unknown, path = 'replication'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${String(i)}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

describe('replication sizing (properties)', () => {
  it('gives every cost, rate and count as a finite number of at least 0', () => {
    fc.assert(
      fc.property(scenarioInput, blockInput, toolChoice, (s, b, options) => {
        const result = replicateWith(s, b, options);
        for (const [path, n] of numbersIn(result)) {
          expect(Number.isFinite(n), path).toBe(true);
          expect(n, path).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never charges less, per tool, for more replicated throughput', () => {
    fc.assert(
      fc.property(scenarioInput, blockInput, real(0.001, 1), real(0.001, 1), (s, b, shareA, shareB) => {
        const [low, high] = shareA <= shareB ? [shareA, shareB] : [shareB, shareA];
        const less = replicateWith(s, { ...b, replicatedShare: low });
        const more = replicateWith(s, { ...b, replicatedShare: high });
        for (const id of REPLICATION_TOOLS) {
          const a = less.tools.find((t) => t.tool === id)?.monthlyCostUsd;
          const c = more.tools.find((t) => t.tool === id)?.monthlyCostUsd;
          if (a && c && a.totalExcludes.length === 0 && c.totalExcludes.length === 0)
            expect(c.total).toBeGreaterThanOrEqual(a.total * (1 - 1e-12));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never charges less, per tool, for more ingress at the same share', () => {
    fc.assert(
      fc.property(scenarioInput, blockInput, real(1, 5), (s, b, scale) => {
        const less = replicateWith(s, b);
        const more = replicateWith({ ...s, avgIngressMiBps: s.avgIngressMiBps * scale, peakIngressMiBps: s.peakIngressMiBps * scale }, b);
        for (const id of REPLICATION_TOOLS) {
          const a = less.tools.find((t) => t.tool === id)?.monthlyCostUsd;
          const c = more.tools.find((t) => t.tool === id)?.monthlyCostUsd;
          if (a && c && a.totalExcludes.length === 0 && c.totalExcludes.length === 0)
            expect(c.total).toBeGreaterThanOrEqual(a.total * (1 - 1e-12));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("sizes the source with the tool's reads, and a standby or new cluster for the replicated share of the workload (SPEC §11 v2.1)", () => {
    fc.assert(
      fc.property(scenarioInput, blockInput, (s, b) => {
        const result = replicateWith(s, b);
        const share = b.replicatedShare;
        const close = (actual: number, expected: number) =>
          expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
        // the tool reads R (avg) and Rp (peak) once, or twice with identical names in active-active
        const reads = b.pattern === 'active-active' && b.identicalTopicNames ? 2 : 1;
        close(result.source.workload.avgEgressMiBps, s.avgEgressMiBps + reads * s.avgIngressMiBps * share);
        close(result.source.workload.peakEgressMiBps, s.peakEgressMiBps + reads * s.peakIngressMiBps * share);
        if (b.pattern !== 'active-passive' && b.pattern !== 'migration') return;
        const t = result.target.workload;
        expect(t.basis).toBe('replicated-standby');
        close(t.avgIngressMiBps, s.avgIngressMiBps * share);
        close(t.peakIngressMiBps, s.peakIngressMiBps * share);
        close(t.avgEgressMiBps, s.avgEgressMiBps * share);
        close(t.peakEgressMiBps, s.peakEgressMiBps * share);
        // whole partitions, rounded up
        expect(Number.isInteger(t.partitions)).toBe(true);
        expect(t.partitions).toBeGreaterThanOrEqual(s.partitions * share - 1e-6);
        expect(t.partitions).toBeLessThan(s.partitions * share + 1);
      }),
      { numRuns: RUNS },
    );
  });

  it('chooses the pick when available, else the cheapest available managed tool, else MirrorMaker 2 on EC2, and totals only what is priced', () => {
    fc.assert(
      fc.property(
        scenarioInput,
        blockInput,
        fc.option(fc.constantFrom(...REPLICATION_TOOLS), { nil: undefined }),
        (s, b, preferredTool) => {
          const result = replicateWith(s, b, preferredTool === undefined ? {} : { preferredTool });
          const candidates = result.tools.filter((t) => t.available && t.monthlyCostUsd !== null);
          const chosen = result.tools.find((t) => t.tool === result.chosenTool);
          const { source, target, replication, total } = result.monthlyTotalUsd;
          if (source === null || target === null || replication === null) expect(total).toBeNull();
          else expect(total).toBeCloseTo(source + target + replication, 6);
          // SPEC §11 v2.1: the self-managed tool's operations time is not priced, so using it is said
          expect(result.warnings.some((w) => w.code === 'self-managed-replication-tool')).toBe(result.chosenTool === 'mm2-ec2');
          if (candidates.length === 0) {
            expect(result.chosenTool).toBeNull();
            expect(result.monthlyTotalUsd.replication).toBeNull();
            return;
          }
          expect(chosen?.available).toBe(true);
          if (candidates.some((t) => t.tool === preferredTool)) {
            expect(result.chosenTool).toBe(preferredTool);
            return;
          }
          const byOneOff = result.pattern === 'migration' && candidates.every((t) => t.oneOffUsd !== null);
          const key = (t: (typeof candidates)[number]) =>
            Math.round((byOneOff ? (t.oneOffUsd?.total ?? 0) : (t.monthlyCostUsd?.total ?? 0)) * 100);
          const managed = candidates.filter((t) => t.tool === 'msk-replicator' || t.tool === 'mm2-msk-connect');
          // MirrorMaker 2 on EC2 only when no managed tool is available; else no dearer than any managed tool
          const pool = managed.length > 0 ? managed : candidates;
          expect(pool.map((t) => t.tool)).toContain(result.chosenTool);
          for (const t of pool) expect(key(chosen ?? t)).toBeLessThanOrEqual(key(t));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
