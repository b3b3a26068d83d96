/**
 * `npm run bench`: prints how long the engine takes (median of repeated runs) and the machine.
 * Figures, not a timed test: nothing here fails on a slow machine.
 */
import { cpus, totalmem } from 'node:os';
import fc from 'fast-check';
import { BUNDLED_PRICE_BOOK } from '../src/data/bundled-prices';
import { parseScenario, scenarioContextOf, sizeScenario, type Scenario } from '../src/domain';
import { runBrowserBench } from './browser-bench';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);
const regions = Object.keys(BUNDLED_PRICE_BOOK.regions);

function randomScenarios(count: number, seed: number): Scenario[] {
  const arb = fc.record({
    region: fc.constantFrom(...regions),
    avgIngressMiBps: fc.double({ min: 0.1, max: 2000, noNaN: true }),
    burst: fc.double({ min: 1, max: 4, noNaN: true }),
    fanOut: fc.double({ min: 0, max: 6, noNaN: true }),
    replicationFactor: fc.integer({ min: 1, max: 3 }),
    retentionHours: fc.double({ min: 1, max: 8760, noNaN: true }),
    partitions: fc.integer({ min: 1, max: 50_000 }),
    availabilityZones: fc.constantFrom(2, 3),
    tlsInTransit: fc.boolean(),
  });
  return fc.sample(arb, { numRuns: count, seed }).map((r) => {
    const parsed = parseScenario({
      region: r.region, avgIngressMiBps: r.avgIngressMiBps, peakIngressMiBps: r.avgIngressMiBps * r.burst,
      avgEgressMiBps: r.avgIngressMiBps * r.fanOut, peakEgressMiBps: r.avgIngressMiBps * r.fanOut * r.burst,
      replicationFactor: r.replicationFactor, retentionHours: r.retentionHours, partitions: r.partitions,
      availabilityZones: r.availabilityZones, tlsInTransit: r.tlsInTransit,
    }, ctx);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
    return parsed.value;
  });
}

const defaults = parseScenario({}, ctx);
if (!defaults.ok) throw new Error('default scenario invalid');
const one = defaults.value;
for (let i = 0; i < 2000; i += 1) sizeScenario(one, BUNDLED_PRICE_BOOK); // warm up the JIT

const singleRuns = Array.from({ length: 5000 }, () => time(() => sizeScenario(one, BUNDLED_PRICE_BOOK)));
const batch = randomScenarios(1000, 42);
const batchRuns = Array.from({ length: 15 }, () => time(() => batch.forEach((s) => sizeScenario(s, BUNDLED_PRICE_BOOK))));
const parseRuns = Array.from({ length: 2000 }, () => time(() => parseScenario({ peakIngressMiBps: 400, avgIngressMiBps: 200 }, ctx)));

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`);
console.log(`Engine, one scenario, all ${sizeScenario(one, BUNDLED_PRICE_BOOK).options.length} options: median ${(median(singleRuns) * 1000).toFixed(1)} µs (5,000 runs)`);
console.log(`Engine, 1,000 random scenarios: median ${median(batchRuns).toFixed(1)} ms per 1,000 (15 runs)`);
console.log(`Validation (parseScenario): median ${(median(parseRuns) * 1000).toFixed(1)} µs`);

await runBrowserBench();
