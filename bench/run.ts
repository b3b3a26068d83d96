/**
 * `npm run bench`: prints how long the engine takes (median of repeated runs) and the machine.
 * Figures, not a timed test: nothing here fails on a slow machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { BUNDLED_PRICE_BOOK } from '../src/data/bundled-prices';
import { createBatchSizer, parseScenario, scenarioContextOf, sizeBatch, sizeScenario, type Scenario } from '../src/domain';
import { runBrowserBench } from './browser-bench';
import { runImportNodeBench } from './import-bench';
import { runPriceRefreshBench } from './price-refresh-bench';
import { runRangesNodeBench } from './ranges-bench';

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
    const parsed = parseScenario(
      {
        region: r.region,
        avgIngressMiBps: r.avgIngressMiBps,
        peakIngressMiBps: r.avgIngressMiBps * r.burst,
        avgEgressMiBps: r.avgIngressMiBps * r.fanOut,
        peakEgressMiBps: r.avgIngressMiBps * r.fanOut * r.burst,
        replicationFactor: r.replicationFactor,
        retentionHours: r.retentionHours,
        partitions: r.partitions,
        availabilityZones: r.availabilityZones,
        tlsInTransit: r.tlsInTransit,
      },
      ctx,
    );
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
/** The batch kernel sizes one region at a time: the random workloads grouped by region. */
const groups = new Map<string, Scenario[]>();
for (const s of batch) groups.set(s.region, [...(groups.get(s.region) ?? []), s]);
const byRegion = [...groups.values()];
const warmGroupsUntil = performance.now() + 2000;
while (performance.now() < warmGroupsUntil) byRegion.forEach((group) => sizeBatch(group, BUNDLED_PRICE_BOOK));
const kernelRuns = Array.from({ length: 15 }, () => time(() => byRegion.forEach((group) => sizeBatch(group, BUNDLED_PRICE_BOOK))));
const parseRuns = Array.from({ length: 2000 }, () => time(() => parseScenario({ peakIngressMiBps: 400, avgIngressMiBps: 200 }, ctx)));

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`,
);
console.log(
  `Engine, one scenario, all ${sizeScenario(one, BUNDLED_PRICE_BOOK).options.length} options: median ${(median(singleRuns) * 1000).toFixed(1)} µs (5,000 runs)`,
);
console.log(
  `Engine, 1,000 random scenarios in ${byRegion.length} regions: kernel (brokers, PST, availability, cost lines and recommendation of every option, into typed arrays) median ${median(kernelRuns).toFixed(1)} ms; full results (sizeScenario: also every constraint's derivation and every message) median ${median(batchRuns).toFixed(1)} ms per 1,000 (15 runs)`,
);
console.log(`Validation (parseScenario): median ${(median(parseRuns) * 1000).toFixed(1)} µs`);

/**
 * Workloads both engines accept (the script needs RF 2 or 3, egress above 0, whole hours, 3 AZs),
 * as our parsed scenarios and as the script's SizingInputs fields, from the same random draws.
 */
function sharedWorkloads(count: number, seed: number): { ours: Scenario[]; script: Record<string, unknown>[] } {
  const arb = fc.record({
    avgIngressMiBps: fc.double({ min: 0.5, max: 2000, noNaN: true }),
    burst: fc.double({ min: 1, max: 4, noNaN: true }),
    fanOut: fc.double({ min: 0.1, max: 6, noNaN: true }),
    replicationFactor: fc.integer({ min: 2, max: 3 }),
    retentionHours: fc.integer({ min: 72, max: 8760 }),
    localShare: fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: null }),
    partitions: fc.integer({ min: 1, max: 20_000 }),
    pst: fc.option(fc.integer({ min: 250, max: 1000 }), { nil: null }),
  });
  const ours: Scenario[] = [];
  const script: Record<string, unknown>[] = [];
  for (const r of fc.sample(arb, { numRuns: count, seed })) {
    const local = r.localShare === null ? r.retentionHours : Math.max(1, Math.round(r.retentionHours * r.localShare));
    const rates = {
      avg_data_in_mbs: r.avgIngressMiBps,
      peak_data_in_mbs: r.avgIngressMiBps * r.burst,
      avg_data_out_mbs: r.avgIngressMiBps * r.fanOut,
      peak_data_out_mbs: r.avgIngressMiBps * r.fanOut * r.burst,
    };
    const parsed = parseScenario(
      {
        avgIngressMiBps: rates.avg_data_in_mbs,
        peakIngressMiBps: rates.peak_data_in_mbs,
        avgEgressMiBps: rates.avg_data_out_mbs,
        peakEgressMiBps: rates.peak_data_out_mbs,
        replicationFactor: r.replicationFactor,
        retentionHours: r.retentionHours,
        localRetentionHours: local,
        partitions: r.partitions,
        provisionedThroughputMiBps: r.pst,
        tlsInTransit: false,
      },
      ctx,
    );
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
    ours.push(parsed.value);
    script.push({
      ...rates,
      num_partitions: r.partitions * r.replicationFactor,
      replication_factor: r.replicationFactor,
      retention_hours: r.retentionHours,
      primary_retention_hours: local,
      utilization_standard: 0.5,
      utilization_express: 0.75,
      pst_per_broker_mbs: r.pst,
    });
  }
  return { ours, script };
}

/** `--aws-script PATH`: AWS's msk_sizing.py on the same 1,000 workloads, in Python 3, and the ratio. */
function compareWithAwsScript(path: string): void {
  const { ours, script } = sharedWorkloads(1000, 7);
  const dir = mkdtempSync(join(tmpdir(), 'msk-bench-'));
  const file = join(dir, 'workloads.json');
  writeFileSync(file, JSON.stringify(script));
  const runs = 31;
  const python = spawnSync('python3', [join('bench', 'aws-script-timing.py'), path, file, String(runs)], { encoding: 'utf8' });
  if (python.status !== 0) {
    console.log(
      `AWS script: could not be timed (${(python.stderr || python.error?.message || 'python3 failed').trim().split('\n').pop()})`,
    );
    return;
  }
  const theirs = JSON.parse(python.stdout) as { medianMs: number; python: string };
  // The output buffers are allocated once, as a program sizing batch after batch would; each run
  // still works out every row from its scenario.
  const sizer = createBatchSizer(BUNDLED_PRICE_BOOK, 'us-east-1', ours.length);
  // Warm up the JIT until the optimised code has settled: V8 re-optimises the kernel a few times on
  // the way and, after a deoptimisation, waits a while before trying again, so two seconds of runs.
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) sizer.size(ours);
  for (let i = 0; i < 10; i += 1) ours.forEach((s) => sizeScenario(s, BUNDLED_PRICE_BOOK));
  const kernelMs = median(Array.from({ length: runs }, () => time(() => sizer.size(ours))));
  const freshMs = median(Array.from({ length: runs }, () => time(() => sizeBatch(ours, BUNDLED_PRICE_BOOK))));
  const fullMs = median(Array.from({ length: runs }, () => time(() => ours.forEach((s) => sizeScenario(s, BUNDLED_PRICE_BOOK)))));
  console.log(
    `AWS script (msk_sizing.py, Python ${theirs.python}), the same 1,000 workloads, 22 options each: median ${theirs.medianMs.toFixed(1)} ms (${runs} runs)`,
  );
  console.log(
    `MSK Sizer engine, the same 1,000 workloads, 40 options each (brokers, PST, availability, every cost line and the recommendation; output buffers reused): median ${kernelMs.toFixed(1)} ms (${runs} runs): ${(theirs.medianMs / kernelMs).toFixed(1)}× the script's speed`,
  );
  console.log(
    `MSK Sizer engine, the same, allocating its output every run (sizeBatch): median ${freshMs.toFixed(1)} ms: ${(theirs.medianMs / freshMs).toFixed(1)}× the script's speed`,
  );
  console.log(
    `MSK Sizer full results for display (sizeScenario: the same, plus every constraint's derivation and every message as text): median ${fullMs.toFixed(1)} ms: ${(theirs.medianMs / fullMs).toFixed(1)}× the script's speed`,
  );
}

const scriptArg = process.argv.indexOf('--aws-script');
if (scriptArg >= 0) {
  const path = process.argv[scriptArg + 1];
  if (path === undefined) console.log('--aws-script needs the path of msk_sizing.py');
  else compareWithAwsScript(path);
}

// `--engine-only` skips the browser figures (they take a minute); `--prices-only` times only the price refresh.
if (process.argv.includes('--prices-only')) runPriceRefreshBench();
else {
  runRangesNodeBench();
  runImportNodeBench();
  runPriceRefreshBench();
}
if (!process.argv.includes('--engine-only') && !process.argv.includes('--prices-only'))
  await runBrowserBench(process.argv.includes('--typing-only'), process.argv.includes('--ranges-only'));
