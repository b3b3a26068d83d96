/**
 * Opening a scenario from anywhere (a preset, a saved scenario, a file, a link): one place that
 * validates it, loads it (undoably) with a notice saying where it came from, or says why not and
 * changes nothing. Components call this instead of parsing scenarios themselves.
 */
import {
  parseScenario,
  parseScenarioText,
  sizeScenario,
  type EditableAssumptions,
  type PriceBook,
  type Scenario,
  type ScenarioContext,
  type SizingResult,
} from '../domain';
import { labelledMessage } from './field-messages';

export type ScenarioSource =
  | { readonly kind: 'preset'; readonly label: string; readonly description: string }
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'file'; readonly fileName: string }
  | { readonly kind: 'link' };

/** What opening needs of the store. */
export interface ScenarioLoader {
  loadScenario: (scenario: Scenario, notice?: string, replacedBy?: string) => void;
  notify: (tone: 'info' | 'error', text: string) => void;
}

function opened(source: ScenarioSource, scenario: Scenario): { notice: string; replacedBy: string } {
  switch (source.kind) {
    case 'preset':
      return { notice: `Loaded the preset "${source.label}": ${source.description}`, replacedBy: `loading the preset "${source.label}"` };
    case 'saved':
      return { notice: `Opened "${source.name}".`, replacedBy: `opening "${source.name}"` };
    case 'file':
      return { notice: `Imported "${scenario.name}" from ${source.fileName}.`, replacedBy: `importing ${source.fileName}` };
    case 'link':
      return { notice: `Opened the scenario "${scenario.name}" from the link.`, replacedBy: 'opening the link' };
  }
}

function refused(source: ScenarioSource, problems: string): string {
  switch (source.kind) {
    case 'preset':
      return `The preset "${source.label}" could not be loaded: ${problems}`;
    case 'saved':
      return `"${source.name}" could not be opened: ${problems}`;
    case 'file':
      return `${source.fileName} could not be imported, nothing was changed: ${problems}`;
    case 'link':
      return `This link's scenario is invalid (${problems}). Your last scenario is shown instead.`;
  }
}

/** Validates `raw` (a value, or a file's text) and opens it; returns whether it did. The store's `openScenario` action calls this. */
export function openScenarioWith(loader: ScenarioLoader, ctx: ScenarioContext, raw: unknown, source: ScenarioSource): boolean {
  const parsed = typeof raw === 'string' ? parseScenarioText(raw, ctx) : parseScenario(raw, ctx);
  if (!parsed.ok) {
    loader.notify('error', refused(source, parsed.errors.map(labelledMessage).join(' ')));
    return false;
  }
  const { notice, replacedBy } = opened(source, parsed.value);
  loader.loadScenario(parsed.value, notice, replacedBy);
  return true;
}

/** A saved scenario sized for comparison, or null when it no longer validates. */
/** A saved scenario, validated as any stored one; null when it no longer parses. */
export function parseSavedScenario(raw: unknown, ctx: ScenarioContext): Scenario | null {
  const parsed = parseScenario(raw, ctx);
  return parsed.ok ? parsed.value : null;
}

export function sizeSavedScenario(
  raw: unknown,
  ctx: ScenarioContext,
  priceBook: PriceBook,
  assumptions: EditableAssumptions,
): SizingResult | null {
  const parsed = parseScenario(raw, ctx);
  return parsed.ok ? sizeScenario(parsed.value, priceBook, assumptions) : null;
}

/** The scenario with every SPEC §2 default. */
export function defaultScenarioOf(ctx: ScenarioContext): Scenario {
  const parsed = parseScenario({}, ctx);
  if (!parsed.ok) throw new Error('The default scenario is invalid.');
  return parsed.value;
}
