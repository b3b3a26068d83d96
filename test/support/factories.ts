/** Test factories: a valid scenario with overrides, and the bundled price book. */
import { BUNDLED_PRICE_BOOK } from '../../src/data/bundled-prices';
import { parseScenario, scenarioContextOf, type PriceBook, type RegionPrices, type Scenario } from '../../src/domain';

/** A scenario with SPEC §2 defaults and the given overrides; fails the test if invalid. */
export function makeScenario(overrides: Record<string, unknown> = {}, priceBook: PriceBook = BUNDLED_PRICE_BOOK): Scenario {
  const parsed = parseScenario(overrides, scenarioContextOf(priceBook));
  if (!parsed.ok) throw new Error(`makeScenario: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.value;
}

/** The bundled price book with one region's prices replaced. */
export function withRegionPrices(code: string, change: (r: RegionPrices) => RegionPrices, priceBook: PriceBook = BUNDLED_PRICE_BOOK): PriceBook {
  const region = priceBook.regions[code];
  if (!region) throw new Error(`no region ${code}`);
  return { ...priceBook, regions: { ...priceBook.regions, [code]: change(region) } };
}

/** Asserts two USD amounts agree to the cent (the reference rounds half to even, so allow half a cent). */
export function centsApart(actual: number, expected: number): number {
  return Math.abs(actual - expected);
}

export { BUNDLED_PRICE_BOOK };
