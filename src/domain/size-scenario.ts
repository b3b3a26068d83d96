/** The engine's entry point: a scenario and a price book in, result format v2 out (SPEC §9). */
import { DEFAULT_EDITABLE_ASSUMPTIONS, type EditableAssumptions } from './assumptions';
import { priceExpressOption, priceServerlessOption } from './managed-options';
import type { PriceBook } from './price-book';
import { recommendOptions } from './recommend';
import { RESULT_VERSION, type SizedOption, type SizingResult } from './result';
import { parseScenario, type FieldError, type ParseResult, type Scenario } from './scenario';
import { scenarioWarnings } from './scenario-warnings';
import { priceSelfManagedOption, priceStandardOption, type OptionContext } from './standard-options';
import { standardFactors } from './standard-sizing';
import { computeWorkload } from './workload';

/** What `parseScenario` needs to know about the price data. */
export function scenarioContextOf(priceBook: PriceBook) {
  return { regions: Object.keys(priceBook.regions), ec2Types: priceBook.ec2Types };
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
  const region = priceBook.regions[scenario.region];
  if (region === undefined) throw new Error(`Region ${scenario.region} is not in the price book; validate with parseScenario first.`);
  const workload = computeWorkload(scenario);
  const factors = standardFactors(scenario, assumptions);
  const ctx: OptionContext = { scenario, region, workload, assumptions, factors, zookeeperBrokerLimit: priceBook.zookeeperBrokerLimit };
  const options: SizedOption[] = [
    ...priceBook.standardBrokers.map((spec) => priceStandardOption(ctx, spec)),
    ...priceBook.expressBrokers.map((spec) => priceExpressOption(scenario, region, workload, spec, factors.tlsFactor)),
    priceServerlessOption(scenario, region, workload, priceBook.serverlessLimits),
    ...priceBook.standardBrokers.map((spec) => priceSelfManagedOption(ctx, spec)),
  ];
  return {
    version: RESULT_VERSION,
    scenario,
    prices: { region: region.code, regionName: region.name, asOf: priceBook.asOf },
    assumptions: { tlsFactor: assumptions.tlsFactor, pageCacheShare: assumptions.pageCacheShare },
    workload,
    options,
    recommendations: recommendOptions(options, scenario.purpose),
    warnings: scenarioWarnings(scenario, region),
  };
}

/** Validates raw input, then sizes it: the one call the CLI and the app need. Never throws on bad input. */
export function sizeRawScenario(input: unknown, priceBook: PriceBook): ParseResult<SizingResult> {
  const parsed = parseScenario(input, scenarioContextOf(priceBook));
  if (!parsed.ok) return parsed;
  return { ok: true, value: sizeScenario(parsed.value, priceBook) };
}

export type { FieldError };
