/** The engine's entry point: a scenario and a price book in, result format v2 out (SPEC §9). */
import { DEFAULT_EDITABLE_ASSUMPTIONS, type EditableAssumptions } from './assumptions';
import { describeOption, describeRecommendations } from './describe-sizing';
import type { PriceBook } from './price-book';
import { RESULT_VERSION, type SizedOption, type SizingResult } from './result';
import { parseScenario, type FieldError, type ParseResult, type Scenario } from './scenario';
import { scenarioWarnings } from './scenario-warnings';
import { allocateFigures, sizeInto, type KernelInput, type SizingFigures } from './sizing-kernel';
import { sizingTableFor, type SizingTable } from './sizing-table';
import { standardFactors } from './standard-sizing';
import { computeWorkload } from './workload';

/** What `parseScenario` needs to know about the price data. */
export function scenarioContextOf(priceBook: PriceBook) {
  return { regions: Object.keys(priceBook.regions), ec2Types: priceBook.ec2Types };
}

/** What the kernel reads for one scenario: the scenario, its workload figures and factors, and the assumptions. */
export function kernelInputOf(scenario: Scenario, assumptions: EditableAssumptions = scenario.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS): KernelInput {
  return { scenario, workload: computeWorkload(scenario), factors: standardFactors(scenario, assumptions), assumptions };
}

/**
 * The engine's numbers for one scenario, without messages or derivations: every option's brokers,
 * PST, availability, cost lines and the recommendation, in typed arrays (SPEC §3–8). What a
 * caller that sizes many workloads wants; `sizeScenario` describes the same figures in full.
 */
export function sizeFigures(scenario: Scenario, priceBook: PriceBook, assumptions?: EditableAssumptions): { table: SizingTable; figures: SizingFigures } {
  const table = sizingTableFor(priceBook, scenario.region);
  const figures = allocateFigures(table, 1, false);
  sizeInto(table, kernelInputOf(scenario, assumptions), figures, 0);
  return { table, figures };
}

/**
 * The batch kernel: many scenarios of one region sized into one set of figures, row i for
 * scenarios[i], with no messages or derivations (what ranges and benchmarks run). Throws on a
 * programming error: scenarios from different regions.
 */
export function sizeBatch(scenarios: readonly Scenario[], priceBook: PriceBook, assumptions?: EditableAssumptions): { table: SizingTable; figures: SizingFigures } {
  const region = scenarios[0]?.region ?? Object.keys(priceBook.regions)[0] ?? '';
  const table = sizingTableFor(priceBook, region);
  const figures = allocateFigures(table, scenarios.length, false);
  scenarios.forEach((scenario, row) => {
    if (scenario.region !== region) throw new Error(`sizeBatch sizes one region at a time: ${scenario.region} is not ${region}.`);
    sizeInto(table, kernelInputOf(scenario, assumptions), figures, row);
  });
  return { table, figures };
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
  const figures = allocateFigures(table, 1, true);
  sizeInto(table, input, figures, 0);
  const options: SizedOption[] = table.options.map((_, i) => describeOption(figures, 0, i, table, input));
  return {
    version: RESULT_VERSION,
    scenario,
    prices: { region: table.region.code, regionName: table.region.name, asOf: priceBook.asOf },
    assumptions: { tlsFactor: assumptions.tlsFactor, pageCacheShare: assumptions.pageCacheShare },
    workload: input.workload,
    options,
    recommendations: describeRecommendations(figures, 0, table, scenario.purpose),
    warnings: scenarioWarnings(scenario, table.region),
  };
}

/** Validates raw input, then sizes it: the one call the CLI and the app need. Never throws on bad input. */
export function sizeRawScenario(input: unknown, priceBook: PriceBook): ParseResult<SizingResult> {
  const parsed = parseScenario(input, scenarioContextOf(priceBook));
  if (!parsed.ok) return parsed;
  return { ok: true, value: sizeScenario(parsed.value, priceBook) };
}

export type { FieldError };
