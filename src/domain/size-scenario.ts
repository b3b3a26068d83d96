/** The engine's entry point: a scenario and a price book in, result format v2 out (SPEC §9). */
import { DEFAULT_EDITABLE_ASSUMPTIONS, type EditableAssumptions } from './assumptions';
import { describeOption, describeRecommendations } from './describe-sizing';
import type { PriceBook } from './price-book';
import { RESULT_VERSION, type CodedMessage, type SizedOption, type SizingResult } from './result';
import { parseScenario, type FieldError, type ParseResult, type Scenario } from './scenario';
import type { ReplicationResult } from './replication/replication-result';
import type { Replication } from './replication/replication-schema';
import { sizeReplication } from './replication/size-replication';
import { headlineClusterScenario } from './replication/replication-workloads';
import { sizeRanges } from './ranges/size-ranges';
import { scenarioWarnings } from './scenario-warnings';
import { allocateFigures, allocateRows, fillRow, sizeRows, type KernelInput, type KernelRows, type SizingFigures } from './sizing-kernel';
import { sizingTableFor, type SizingTable } from './sizing-table';
import { standardFactors } from './standard-sizing';
import { computeWorkload } from './workload';

/** What `parseScenario` needs to know about the price data. */
export function scenarioContextOf(priceBook: PriceBook) {
  return { regions: Object.keys(priceBook.regions), ec2Types: priceBook.ec2Types };
}

/**
 * What the kernel reads for one scenario: the cluster it describes, its workload figures and factors,
 * and the assumptions. With a replication block the cluster is the replication's source, sized with
 * the tool's reads (SPEC §11 v2.1: "the source cluster *is* the scenario's cluster"), so every
 * caller (a single sizing, batches, ranges, charts) sizes the cluster the user will run.
 */
export function kernelInputOf(scenario: Scenario, assumptions: EditableAssumptions = scenario.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS): KernelInput {
  const cluster = headlineClusterScenario(scenario);
  return { scenario: cluster, workload: computeWorkload(cluster), factors: standardFactors(cluster, assumptions), assumptions };
}

/**
 * A batch sizer for one region with room for `capacity` rows: it sizes up to that many scenarios at
 * a time into buffers it keeps, so repeated batches (ranges over months, benchmarks) allocate nothing.
 * Each call overwrites the figures of the last; copy what you keep.
 */
export function createBatchSizer(priceBook: PriceBook, region: string, capacity: number) {
  const table = sizingTableFor(priceBook, region);
  const rows = allocateRows(capacity);
  const figures = allocateFigures(table, capacity, false);
  return {
    table,
    figures,
    /** Sizes `scenarios` (at most `capacity`, all in the sizer's region) into row i of `figures`. */
    size(scenarios: readonly Scenario[], assumptions?: EditableAssumptions): SizingFigures {
      if (scenarios.length !== capacity) throw new Error(`This sizer sizes ${capacity} scenarios at a time, not ${scenarios.length}.`);
      scenarios.forEach((scenario, row) => {
        if (scenario.region !== region) throw new Error(`A batch sizes one region at a time: ${scenario.region} is not ${region}.`);
        fillRow(rows, row, table, kernelInputOf(scenario, assumptions));
      });
      sizeRows(table, rows, figures);
      return figures;
    },
  };
}

/**
 * The batch kernel: scenarios of one region sized into one set of figures, row i for scenarios[i]:
 * every option's brokers, PST, availability, cost lines and the recommendation, with no messages or
 * derivations (SPEC §3–8). Throws on a programming error: scenarios from different regions.
 */
export function sizeBatch(scenarios: readonly Scenario[], priceBook: PriceBook, assumptions?: EditableAssumptions): { table: SizingTable; figures: SizingFigures } {
  const region = scenarios[0]?.region ?? Object.keys(priceBook.regions)[0] ?? '';
  const sizer = createBatchSizer(priceBook, region, scenarios.length);
  return { table: sizer.table, figures: sizer.size(scenarios, assumptions) };
}

/**
 * One sizing's kernel buffers per table, reused: describing copies everything out before
 * `sizeScenario` returns, and allocating some fifty typed arrays per keystroke cost more than sizing.
 */
const singleRow = new WeakMap<SizingTable, { rows: KernelRows; figures: SizingFigures }>();

function singleRowBuffers(table: SizingTable): { rows: KernelRows; figures: SizingFigures } {
  let buffers = singleRow.get(table);
  if (buffers === undefined) {
    buffers = { rows: allocateRows(1), figures: allocateFigures(table, 1, true) };
    singleRow.set(table, buffers);
  }
  return buffers;
}

/**
 * Sizes and prices every option for a valid scenario: MSK Standard (T3, M5, M7g), Express,
 * Serverless and self-managed Kafka on EC2, then recommends by the scenario's purpose. Throws only
 * on a programming error (a scenario that did not come from `parseScenario`).
 */
export function sizeScenario(
  scenario: Scenario,
  priceBook: PriceBook,
  assumptions: EditableAssumptions = scenario.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS,
): SizingResult {
  const table = sizingTableFor(priceBook, scenario.region);
  const input = kernelInputOf(scenario, assumptions);
  const { rows, figures } = singleRowBuffers(table);
  fillRow(rows, 0, table, input);
  sizeRows(table, rows, figures);
  const options: SizedOption[] = table.options.map((_, i) => describeOption(figures, 0, i, table, input));
  return {
    version: RESULT_VERSION,
    scenario,
    prices: { region: table.region.code, regionName: table.region.name, asOf: priceBook.asOf },
    assumptions: { tlsFactor: assumptions.tlsFactor, pageCacheShare: assumptions.pageCacheShare, mm2MiBpsPerMcu: assumptions.mm2MiBpsPerMcu, moveMonths: assumptions.moveMonths },
    workload: input.workload,
    options,
    recommendations: describeRecommendations(figures, 0, table, scenario.purpose),
    warnings: [...scenarioWarnings(scenario, table.region), ...replicationReadsNote(scenario, input.scenario)],
    ...(scenario.replication ? { replication: replicationOf(scenario, scenario.replication, priceBook, assumptions) } : {}),
  };
}

/** Says that, with replication, the options are sized with the tool's reads (SPEC §11 v2.1), and by how much. */
function replicationReadsNote(scenario: Scenario, cluster: Scenario): CodedMessage[] {
  if (!scenario.replication) return [];
  const mibps = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const addedAvg = cluster.avgEgressMiBps - scenario.avgEgressMiBps;
  const addedPeak = cluster.peakEgressMiBps - scenario.peakEgressMiBps;
  const addedIngress = cluster.peakIngressMiBps - scenario.peakIngressMiBps;
  const peer = addedIngress > 0 ? `, and the other region's writes (+${mibps(cluster.avgIngressMiBps - scenario.avgIngressMiBps)}/${mibps(addedIngress)} MiB/s of ingress)` : '';
  return [{
    code: 'sized-with-replication',
    message: `With replication, every option is sized for the cluster you will run: your consumers plus the replication tool reading ${mibps(addedAvg)}/${mibps(addedPeak)} MiB/s (average/peak)${peer}, so egress is ${mibps(cluster.avgEgressMiBps)}/${mibps(cluster.peakEgressMiBps)} MiB/s.`,
  }];
}

/** SPEC §11, or null when the price book has no replication prices (price books built for tests). */
function replicationOf(scenario: Scenario, replication: Replication, priceBook: PriceBook, assumptions: EditableAssumptions): ReplicationResult | null {
  return priceBook.replication ? sizeReplication(scenario, replication, priceBook, priceBook.replication, { assumptions, mm2MiBpsPerMcu: assumptions.mm2MiBpsPerMcu, ...(replication.tool ? { preferredTool: replication.tool } : {}) }) : null;
}

/** The result with `ranges` added when its scenario has an uncertainty block (SPEC §12); unchanged otherwise. */
export function withRanges(result: SizingResult, priceBook: PriceBook): SizingResult {
  const block = result.scenario.uncertainty;
  return block ? { ...result, ranges: sizeRanges(result.scenario, block, priceBook) } : result;
}

/** Validates raw input, then sizes it: the one call the CLI and the app need. Never throws on bad input. */
export function sizeRawScenario(input: unknown, priceBook: PriceBook): ParseResult<SizingResult> {
  const parsed = parseScenario(input, scenarioContextOf(priceBook));
  if (!parsed.ok) return parsed;
  return { ok: true, value: sizeScenario(parsed.value, priceBook) };
}

export type { FieldError };
