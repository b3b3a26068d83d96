/** The ranges worker's messages (SPEC §12): what the page sends and what the worker reports back. */
import type { PriceBook, RangesResult, Scenario } from '../domain';

/** SPEC §12's suggestion: a first answer from 250 samples, then refined. */
export const FIRST_ANSWER_SAMPLES = 250;
/** The timeline reports progress at most this often, ms. */
export const PROGRESS_EVERY_MS = 120;

export type RangesPhase = 'first' | 'month0' | 'timeline' | 'done';

export type RangesUpdate =
  | { readonly phase: RangesPhase; readonly result: RangesResult; readonly elapsedMs: number }
  | { readonly phase: 'error'; readonly message: string; readonly elapsedMs: number };

export interface RangesWorkerApi {
  /** Gives the worker the page's price book (a structured copy), before any run: the worker bundles none. */
  init(priceBook: PriceBook): void;
  /** Loads and exercises the engine once (a small run), so the first real run starts warm. */
  warm(): void;
  /** Sizes the scenario's futures, calling `onUpdate` as the answer refines; a newer call stops this one. */
  run(scenario: Scenario, onUpdate: (update: RangesUpdate) => void): Promise<void>;
}
