/**
 * The memoised selector that turns the form into results: parse, size, recommend. It keeps the
 * last good result so a half-typed or invalid value never blanks the page.
 */
import {
  DEFAULT_EDITABLE_ASSUMPTIONS,
  parseScenario,
  scenarioContextOf,
  sizeScenario,
  type EditableAssumptions,
  type FieldError,
  type PriceBook,
  type Scenario,
  type SizingResult,
} from '../domain';
import { DEFAULT_FORM_SETTINGS, scenarioInputFromForm, type FormSettings, type FormValues } from './form-values';
import { BLOCKS, type Blocks } from './block-fields';

export interface Sizing {
  /**
   * The result on screen: the current one, or the last good one while the form is invalid. It is
   * sized without the uncertainty block (`result.scenario.uncertainty` is null), so that editing a
   * range or the growth leaves it (and every panel drawn from it) untouched: the ranges are worked
   * out apart, in a Web Worker.
   */
  readonly result: SizingResult | null;
  /** The whole valid scenario behind `result`, uncertainty block included (exports, links). */
  readonly fullScenario: Scenario | null;
  /** The valid scenario behind the current form, or null while it is invalid. */
  readonly scenario: Scenario | null;
  readonly errors: readonly FieldError[];
  /** True while errors are shown and `result` is the last good one. */
  readonly isStale: boolean;
}

export function createSizingSelector(priceBook: PriceBook) {
  const ctx = scenarioContextOf(priceBook);
  let lastForm: FormValues | null = null;
  let lastAssumptions: EditableAssumptions | null = null;
  let lastSettings: FormSettings | null = null;
  let lastSizing: Sizing | null = null;
  let lastGood: SizingResult | null = null;
  /** The sized part of the last valid scenario (all but the uncertainty block), as JSON, and the whole of it. */
  let lastKey = '';
  let lastFull: Scenario | null = null;
  let lastBlocks: Partial<Blocks> = {};
  return (
    form: FormValues,
    assumptions: EditableAssumptions,
    settings: FormSettings = DEFAULT_FORM_SETTINGS,
    blocks: Partial<Blocks> = {},
  ): Sizing => {
    const { replication = null, uncertainty = null } = blocks;
    if (
      form === lastForm &&
      assumptions === lastAssumptions &&
      BLOCKS.every((b) => (blocks[b] ?? null) === (lastBlocks[b] ?? null)) &&
      settings.units === lastSettings?.units &&
      settings.decimal === lastSettings.decimal &&
      lastSizing
    )
      return lastSizing;
    // The edited assumptions travel with the scenario (links, exports, the CLI); the defaults stay implicit.
    const edited = (Object.keys(DEFAULT_EDITABLE_ASSUMPTIONS) as (keyof EditableAssumptions)[]).some(
      (k) => assumptions[k] !== DEFAULT_EDITABLE_ASSUMPTIONS[k],
    );
    // So do the blocks kept beside the form (SPEC §11, §12, §13, §15).
    const parseWith = (block: unknown) =>
      parseScenario(
        {
          ...scenarioInputFromForm(form, settings),
          assumptions: edited ? { ...assumptions } : null,
          ...Object.fromEntries(BLOCKS.map((b) => [b, blocks[b] ?? null])),
          replication,
          uncertainty: block,
        },
        ctx,
      );
    /** Today's values sized, re-using the last result while they are unchanged (a range edit changes nothing here). */
    const sizeToday = (today: Scenario): SizingResult => {
      const key = JSON.stringify(today);
      if (key !== lastKey || lastGood === null) lastGood = sizeScenario(today, priceBook);
      lastKey = key;
      return lastGood;
    };
    const parsed = parseWith(uncertainty);
    let sizing: Sizing;
    if (parsed.ok) {
      lastFull = parsed.value;
      sizing = {
        result: sizeToday({ ...parsed.value, uncertainty: null }),
        fullScenario: lastFull,
        scenario: parsed.value,
        errors: [],
        isStale: false,
      };
    } else {
      // An invalid range or growth (SPEC §12) leaves today's sizing valid: it is shown as current, and
      // only the ranges wait for a valid uncertainty block.
      const onlyRanges = parsed.errors.every((e) => e.field === 'uncertainty' || e.field.startsWith('uncertainty.'));
      const today = onlyRanges ? parseWith(null) : null;
      sizing = today?.ok
        ? { result: sizeToday(today.value), fullScenario: lastFull, scenario: null, errors: parsed.errors, isStale: false }
        : { result: lastGood, fullScenario: lastFull, scenario: null, errors: parsed.errors, isStale: lastGood !== null };
    }
    lastForm = form;
    lastAssumptions = assumptions;
    lastBlocks = blocks;
    lastSettings = settings;
    lastSizing = sizing;
    return sizing;
  };
}
