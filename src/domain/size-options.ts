/**
 * The one entry for sizing a cluster's options (SPEC §3–8): a scenario and a price book in, every
 * option sized and priced and the recommendations out, with no replication or ranges. The full
 * result (`sizeScenario`), the replication's clusters and the ranges' kernel all size through here.
 */
import { DEFAULT_EDITABLE_ASSUMPTIONS, type EditableAssumptions } from './assumptions';
import { describeOption, describeRecommendations } from './describe-sizing';
import type { PriceBook, RegionPrices } from './price-book';
import type { Recommendations, SizedOption, WorkloadFigures } from './result';
import type { Scenario } from './scenario';
import { headlineClusterScenario } from './replication/replication-workloads';
import { allocateFigures, allocateRows, fillRow, type KernelInput, type KernelRows, type SizingFigures } from './kernel/kernel-buffers';
import { sizeRows } from './sizing-kernel';
import { sizingTableFor, type SizingTable } from './sizing-table';
import { standardFactors } from './standard-sizing';
import { computeWorkload } from './workload';

/**
 * What the kernel reads for one scenario: the cluster it describes, its workload figures and factors,
 * and the assumptions. With a replication block the cluster is the replication's source, sized with
 * the tool's reads (SPEC §11 v2.1: "the source cluster *is* the scenario's cluster"), so every
 * caller (a single sizing, batches, ranges, charts) sizes the cluster the user will run.
 */
export function kernelInputOf(
  scenario: Scenario,
  assumptions: EditableAssumptions = scenario.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS,
): KernelInput {
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
export function sizeBatch(
  scenarios: readonly Scenario[],
  priceBook: PriceBook,
  assumptions?: EditableAssumptions,
): { table: SizingTable; figures: SizingFigures } {
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

/** A cluster's options, sized and priced, and the recommendations among them. */
export interface OptionsSizing {
  /** The cluster sized: the scenario, with the replication tool's reads when it has a replication block. */
  readonly cluster: Scenario;
  readonly region: RegionPrices;
  readonly workload: WorkloadFigures;
  readonly options: readonly SizedOption[];
  readonly recommendations: Recommendations;
}

/**
 * Sizes and prices every option for a valid scenario: MSK Standard (T3, M5, M7g), Express,
 * Serverless and self-managed Kafka on EC2, then recommends by the scenario's purpose. Throws only
 * on a programming error (a scenario that did not come from `parseScenario`).
 */
export function sizeOptions(
  scenario: Scenario,
  priceBook: PriceBook,
  assumptions: EditableAssumptions = scenario.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS,
): OptionsSizing {
  const table = sizingTableFor(priceBook, scenario.region);
  const input = kernelInputOf(scenario, assumptions);
  const { rows, figures } = singleRowBuffers(table);
  fillRow(rows, 0, table, input);
  sizeRows(table, rows, figures);
  return {
    cluster: input.scenario,
    region: table.region,
    workload: input.workload,
    options: table.options.map((_, i) => describeOption(figures, 0, i, table, input)),
    recommendations: describeRecommendations(figures, 0, table, scenario.purpose),
  };
}
