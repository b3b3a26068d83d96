/**
 * The one store: what the user typed, the assumptions they changed, their saved scenarios and UI
 * choices. Results are derived (see sizing-selector.ts), never stored. Persisted to localStorage,
 * versioned, and validated on the way back in: a corrupt entry falls back to defaults with a notice.
 */
import '../domain/zod-setup';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_EDITABLE_ASSUMPTIONS, type EditableAssumptions, type Scenario, type ScenarioContext } from '../domain';
import { toSpecUnit, unitOf, UNIT_CHOICES, type DisplayUnit, type FieldUnits } from './display-units';
import { fieldText, formFromScenario, type FormSettings, type FormValue, type FormValues } from './form-values';
import { numberFromText, type DecimalSeparator } from './number-text';
import type { RangesView } from './ranges-follow';
import { openScenarioWith, type ScenarioSource } from './scenario-opener';
import {
  BLOCK_REMOVAL,
  blocksOf,
  withBlockField,
  pickBlocks,
  type Block,
  type BlockFieldPath,
  type BlockName,
  type Blocks,
  type ReplicationBlock,
  type UncertaintyBlock,
} from './block-fields';
import { migratePersisted, persistedSchema, STORAGE_KEY, STORAGE_VERSION, type Persisted } from './persisted-state';

export type Tab = 'calculator' | 'compare' | 'assumptions';

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly text: string;
  /** True when the notice reports a change that "Undo" reverts. */
  readonly undoable?: boolean;
}

/** A state the user can go back to: what the form and the assumptions held before a load or reset. */
export interface UndoEntry extends Blocks {
  readonly form: FormValues;
  readonly assumptions: EditableAssumptions;
  /** What replaced it, e.g. "Reset" or "the preset Log analytics". */
  readonly replacedBy: string;
}

/** How many earlier states Undo keeps. */
export const UNDO_DEPTH = 20;

export interface SavedScenario {
  readonly name: string;
  readonly savedAt: string;
  readonly scenario: Readonly<Record<string, unknown>>;
}

export type SortKey = 'option' | 'brokers' | 'bottleneck' | 'storage' | 'pst' | 'cost';

export interface TableView {
  readonly sortKey: SortKey;
  readonly sortAscending: boolean;
  readonly deployment: string; // '' = all
  readonly family: string; // '' = all
  readonly showUnavailable: boolean;
}

export interface CalculatorState {
  readonly form: FormValues;
  /** The unit each switchable field is typed in (SPEC units when absent). */
  readonly units: FieldUnits;
  /** The browser locale's decimal separator (fixed when the store is created; not persisted). */
  readonly decimal: DecimalSeparator;
  readonly assumptions: EditableAssumptions;
  /**
   * The scenario's replication block (SPEC §11) as loaded, kept beside the form so that a link, file or
   * saved state that has one never loses it; validated with the rest of the scenario on every sizing.
   */
  readonly replication: ReplicationBlock | null;
  /** The scenario's uncertainty block (SPEC §12) as typed, kept beside the form like the replication block. */
  readonly uncertainty: UncertaintyBlock | null;
  /** The cluster run today (SPEC §13) as typed, kept beside the form like the other blocks. */
  readonly current: Block | null;
  /** How Kinesis Data Streams is priced beside MSK (SPEC §15) as typed; null: its defaults. */
  readonly kinesis: Block | null;
  readonly saved: readonly SavedScenario[];
  readonly tab: Tab;
  readonly selectedOptionId: string | null;
  readonly compare: { readonly left: string | null; readonly right: string | null };
  readonly compareScenarios: { readonly left: string | null; readonly right: string | null };
  readonly tableView: TableView;
  readonly notices: readonly Notice[];
  /** Earlier states, newest last (not persisted). */
  readonly undoStack: readonly UndoEntry[];
  /** The field the user is typing in right now: its error waits until they pause or leave it (not persisted). */
  readonly typingField: string | null;
  /** The ranges slice (SPEC §12): the worker's latest answer for the current scenario (derived, not persisted). */
  readonly ranges: RangesView | null;
}

export interface CalculatorActions {
  setField: (key: string, value: FormValue) => void;
  /** Shows a field in another unit, converting what it holds so the quantity stays the same. */
  setUnit: (key: string, unit: DisplayUnit) => void;
  /** Replaces the form with `scenario`; the state before can be restored with `undo`. */
  loadScenario: (scenario: Scenario, notice?: string, replacedBy?: string) => void;
  /**
   * Opens a scenario from anywhere (a preset, a saved scenario, a file's text, a link): validates it,
   * loads it undoably with a notice saying where it came from, or says why not and changes nothing.
   * Returns whether it opened.
   */
  openScenario: (raw: unknown, source: ScenarioSource) => boolean;
  /** Goes back to the state before the last load or reset. */
  undo: () => void;
  setTyping: (key: string | null) => void;
  /** The ranges worker's latest view (see ranges-follow.ts); null drops it. */
  receiveRanges: (view: RangesView | null) => void;
  setAssumption: (key: keyof EditableAssumptions, value: number) => void;
  /** Drops the scenario's replication block (Undo brings it back). */
  removeReplication: () => void;
  /** Adds a replication block (SPEC §11), e.g. a standby in another region. */
  addReplication: (block: ReplicationBlock) => void;
  /**
   * Sets one field of an optional block as typed, by its dotted path ("replication.targetRegion",
   * "uncertainty.peakIngressMiBps.low"); parseScenario says what is wrong with it. A range whose low
   * and high are both emptied is dropped (certain again). Nothing happens while the block is absent.
   */
  setBlockField: (path: BlockFieldPath, value: unknown) => void;
  /** Adds an optional block (replication, ranges, the current cluster). */
  addBlock: (name: BlockName, block: Block) => void;
  /** Drops an optional block (Undo brings it back). */
  removeBlock: (name: BlockName) => void;
  /** Adds an uncertainty block (SPEC §12): ranges and growth. */
  addUncertainty: (block: UncertaintyBlock) => void;
  /** Drops the uncertainty block (Undo brings it back). */
  removeUncertainty: () => void;
  resetAssumptions: () => void;
  setTab: (tab: Tab) => void;
  selectOption: (id: string | null) => void;
  setCompare: (side: 'left' | 'right', id: string | null) => void;
  setCompareScenario: (side: 'left' | 'right', name: string | null) => void;
  setTableView: (change: Partial<TableView>) => void;
  saveScenario: (name: string, scenario: Record<string, unknown>, savedAt: string) => void;
  deleteSaved: (name: string) => void;
  notify: (tone: Notice['tone'], text: string) => void;
  dismissNotice: (id: number) => void;
}

export { STORAGE_KEY, type ReplicationBlock, type UncertaintyBlock, type BlockFieldPath };

export const DEFAULT_TABLE_VIEW: TableView = { sortKey: 'cost', sortAscending: true, deployment: '', family: '', showUnavailable: true };

let noticeId = 0;

/** The form settings a store's state implies. */
export function formSettingsOf(state: Pick<CalculatorState, 'decimal' | 'units'>): FormSettings {
  return { decimal: state.decimal, units: state.units };
}

/**
 * Creates the store; `defaults` is the scenario with every default (from parseScenario({})),
 * `decimal` the browser locale's decimal separator.
 */
/**
 * `ctx` (the price data's regions and EC2 types) is what opening a scenario validates against; a
 * store made without it cannot open scenarios (tests that only type into the form).
 */
export function createCalculatorStore(
  defaults: Scenario,
  storage: () => Storage = () => localStorage,
  decimal: DecimalSeparator = '.',
  ctx?: ScenarioContext,
) {
  const initial: CalculatorState = {
    form: formFromScenario(defaults, { decimal, units: {} }),
    units: {},
    decimal,
    assumptions: DEFAULT_EDITABLE_ASSUMPTIONS,
    replication: null,
    uncertainty: null,
    current: null,
    kinesis: null,
    saved: [],
    tab: 'calculator',
    selectedOptionId: null,
    compare: { left: null, right: null },
    compareScenarios: { left: null, right: null },
    tableView: DEFAULT_TABLE_VIEW,
    notices: [],
    undoStack: [],
    typingField: null,
    ranges: null,
  };
  const addNotice = (notices: readonly Notice[], tone: Notice['tone'], text: string, undoable = false) => [
    ...notices.filter((n) => !(undoable && n.undoable)).slice(-3),
    { id: (noticeId += 1), tone, text, ...(undoable ? { undoable } : {}) },
  ];

  /** The state Undo returns to: the form, the assumptions and every block. */
  const snapshot = (s: CalculatorState, replacedBy: string): UndoEntry => ({
    form: s.form,
    assumptions: s.assumptions,
    ...pickBlocks(s),
    replacedBy,
  });
  const removeBlock = (s: CalculatorState, name: BlockName): Partial<CalculatorState> =>
    s[name] === null
      ? {}
      : {
          [name]: null,
          undoStack: [...s.undoStack, snapshot(s, BLOCK_REMOVAL[name].replacedBy)].slice(-UNDO_DEPTH),
          notices: addNotice(s.notices, 'info', BLOCK_REMOVAL[name].notice, true),
        };

  const store = create<CalculatorState & CalculatorActions>()(
    persist(
      (set, get) => ({
        ...initial,
        openScenario: (raw, source) => {
          if (ctx === undefined) throw new Error('This store was made without a scenario context, so it cannot open scenarios.');
          return openScenarioWith(get(), ctx, raw, source);
        },
        setField: (key, value) => set((s) => ({ form: { ...s.form, [key]: value } })),
        setUnit: (key, unit) =>
          set((s) => {
            if (!UNIT_CHOICES[key]?.includes(unit)) return {};
            const from = unitOf(key, s.units);
            const text = s.form[key];
            const units = { ...s.units, [key]: unit };
            const value = typeof text === 'string' ? numberFromText(text, s.decimal) : text;
            // Only a number converts; text that is not (yet) one stays as typed.
            if (typeof value !== 'number' || from === null) return { units };
            return { units, form: { ...s.form, [key]: fieldText(key, toSpecUnit(value, from), { decimal: s.decimal, units }) } };
          }),
        loadScenario: (scenario, notice, replacedBy) =>
          set((s) => ({
            form: formFromScenario(scenario, formSettingsOf(s)),
            assumptions: scenario.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS,
            ...blocksOf(scenario),
            selectedOptionId: null,
            compare: { left: null, right: null },
            undoStack: [...s.undoStack, snapshot(s, replacedBy ?? notice ?? 'a loaded scenario')].slice(-UNDO_DEPTH),
            notices: notice ? addNotice(s.notices, 'info', notice, true) : s.notices,
          })),
        undo: () =>
          set((s) => {
            const last = s.undoStack.at(-1);
            if (!last) return {};
            return {
              form: last.form,
              assumptions: last.assumptions,
              ...pickBlocks(last),
              selectedOptionId: null,
              undoStack: s.undoStack.slice(0, -1),
              notices: addNotice(
                s.notices.filter((n) => !n.undoable),
                'info',
                `Undone: back to the scenario before ${last.replacedBy}.`,
              ),
            };
          }),
        setAssumption: (key, value) => set((s) => ({ assumptions: { ...s.assumptions, [key]: value } })),
        addBlock: (name, block) => set({ [name]: block }),
        removeBlock: (name) => set((s) => removeBlock(s, name)),
        addReplication: (block) => set({ replication: block }),
        removeReplication: () => set((s) => removeBlock(s, 'replication')),
        addUncertainty: (block) => set({ uncertainty: block }),
        removeUncertainty: () => set((s) => removeBlock(s, 'uncertainty')),
        setBlockField: (path, value) => set((s) => withBlockField(s, path, value)),
        resetAssumptions: () => set({ assumptions: DEFAULT_EDITABLE_ASSUMPTIONS }),
        setTab: (tab) => set({ tab }),
        setTyping: (key) => set((s) => (s.typingField === key ? {} : { typingField: key })),
        receiveRanges: (view) => set({ ranges: view }),
        selectOption: (id) => set({ selectedOptionId: id }),
        setCompare: (side, id) => set((s) => ({ compare: { ...s.compare, [side]: id } })),
        setCompareScenario: (side, name) => set((s) => ({ compareScenarios: { ...s.compareScenarios, [side]: name } })),
        setTableView: (change) => set((s) => ({ tableView: { ...s.tableView, ...change } })),
        saveScenario: (name, scenario, savedAt) =>
          set((s) => ({
            saved: [...s.saved.filter((x) => x.name !== name), { name, savedAt, scenario }],
            notices: addNotice(s.notices, 'info', `Saved "${name}" in this browser.`),
          })),
        deleteSaved: (name) => set((s) => ({ saved: s.saved.filter((x) => x.name !== name) })),
        notify: (tone, text) => set((s) => ({ notices: addNotice(s.notices, tone, text) })),
        dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      }),
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage: createJSONStorage(storage),
        partialize: (s): Persisted => ({
          form: { ...s.form },
          units: s.units,
          assumptions: s.assumptions,
          ...pickBlocks(s),
          saved: [...s.saved],
          tableView: s.tableView,
        }),
        migrate: migratePersisted,
        merge: (persisted, current) => {
          if (persisted === undefined || persisted === null) return current;
          const parsed = persistedSchema.safeParse(persisted);
          if (!parsed.success) {
            const where = parsed.error.issues[0]?.path.join('.') ?? '';
            return {
              ...current,
              notices: addNotice(
                current.notices,
                'error',
                `Your saved calculator state could not be read (${where || 'format'} is invalid), so the defaults are loaded.`,
              ),
            };
          }
          return { ...current, ...parsed.data, form: { ...current.form, ...parsed.data.form } };
        },
        onRehydrateStorage: () => (_state, error) => {
          // Storage that is not JSON at all never reaches `merge`: say so once the store exists.
          if (error)
            queueMicrotask(() =>
              store
                .getState()
                .notify('error', 'Your saved calculator state could not be read (it is not valid JSON), so the defaults are loaded.'),
            );
        },
      },
    ),
  );
  return store;
}

export type CalculatorStore = ReturnType<typeof createCalculatorStore>;
