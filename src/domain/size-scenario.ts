/** The engine's entry point: a scenario and a price book in, result format v1 out (SPEC §9). */
import { DEFAULT_EDITABLE_ASSUMPTIONS, type EditableAssumptions } from './assumptions';
import { priceExpressOption, priceServerlessOption } from './managed-options';
import type { PriceBook } from './price-book';
import { recommendOptions } from './recommend';
import type { SizedOption, SizingResult } from './result';
import { parseScenario, type FieldError, type ParseResult, type Scenario } from './scenario';
import { scenarioWarnings } from './scenario-warnings';
import { priceSelfManagedOption, priceStandardOption } from './standard-options';
import { sizeStandardBrokers } from './standard-sizing';
import { computeWorkload } from './workload';

/** What `parseScenario` needs to know about the price data. */
export function scenarioContextOf(priceBook: PriceBook) {
  return { regions: Object.keys(priceBook.regions), ec2Types: priceBook.ec2Types };
}

/**
 * Sizes and prices every option for a valid scenario: MSK Standard (T3, M5, M7g), Express,
 * Serverless and self-managed Kafka on EC2, then recommends. Throws only on a programming error
 * (a scenario that did not come from `parseScenario`).
 */
export function sizeScenario(
  scenario: Scenario,
  priceBook: PriceBook,
  assumptions: EditableAssumptions = DEFAULT_EDITABLE_ASSUMPTIONS,
): SizingResult {
  const region = priceBook.regions[scenario.region];
  if (region === undefined) throw new Error(`Region ${scenario.region} is not in the price book; validate with parseScenario first.`);
  const workload = computeWorkload(scenario);
  const ctx = { scenario, region, workload, assumptions };
  // Self-managed Kafka has the same broker count as MSK on the same EC2 type (SPEC §7): size once.
  const standardSizings = priceBook.standardBrokers.map((spec) => sizeStandardBrokers(scenario, spec, workload, assumptions));
  const options: SizedOption[] = [
    ...priceBook.standardBrokers.map((spec, i) => priceStandardOption(ctx, spec, standardSizings[i])),
    ...priceBook.expressBrokers.map((spec) => priceExpressOption(scenario, region, workload, spec)),
    priceServerlessOption(scenario, region, workload, priceBook.serverlessLimits),
    ...priceBook.standardBrokers.map((spec, i) => priceSelfManagedOption(ctx, spec, standardSizings[i])),
  ];
  return {
    version: 1,
    scenario,
    prices: { region: region.code, regionName: region.name, asOf: priceBook.asOf },
    assumptions: { tlsFactor: assumptions.tlsFactor, pageCacheShare: assumptions.pageCacheShare },
    workload,
    options,
    recommendations: recommendOptions(options),
    warnings: scenarioWarnings(scenario),
  };
}

/** Validates raw input, then sizes it: the one call the CLI and the app need. Never throws on bad input. */
export function sizeRawScenario(
  input: unknown,
  priceBook: PriceBook,
  assumptions: EditableAssumptions = DEFAULT_EDITABLE_ASSUMPTIONS,
): ParseResult<SizingResult> {
  const parsed = parseScenario(input, scenarioContextOf(priceBook));
  if (!parsed.ok) return parsed;
  return { ok: true, value: sizeScenario(parsed.value, priceBook, assumptions) };
}

export type { FieldError };
