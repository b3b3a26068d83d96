/**
 * Named selectors for the calculator store: components subscribe through these rather than inline
 * functions, so what each part of the page reads is listed in one place.
 */
import type { EditableAssumptions } from '../domain';
import type { CalculatorActions, CalculatorState } from './calculator-store';

type Store = CalculatorState & CalculatorActions;

export const selectAssumptions = (s: Store) => s.assumptions;
export const selectCompare = (s: Store) => s.compare;
export const selectCompareScenarios = (s: Store) => s.compareScenarios;
export const selectDeleteSaved = (s: Store) => s.deleteSaved;
export const selectDismissNotice = (s: Store) => s.dismissNotice;
export const selectForm = (s: Store) => s.form;
export const selectLoadScenario = (s: Store) => s.loadScenario;
export const selectNotices = (s: Store) => s.notices;
export const selectNotify = (s: Store) => s.notify;
export const selectResetAssumptions = (s: Store) => s.resetAssumptions;
export const selectSaveScenario = (s: Store) => s.saveScenario;
export const selectSetBlockField = (s: Store) => s.setBlockField;
export const selectReplication = (s: Store) => s.replication;
export const selectSaved = (s: Store) => s.saved;
export const selectUncertainty = (s: Store) => s.uncertainty;
export const selectCurrent = (s: Store) => s.current;
export const selectKinesis = (s: Store) => s.kinesis;
export const selectAddBlock = (s: Store) => s.addBlock;
export const selectRemoveBlock = (s: Store) => s.removeBlock;
export const selectSelectOption = (s: Store) => s.selectOption;
export const selectSelectedOptionId = (s: Store) => s.selectedOptionId;
export const selectSetAssumption = (s: Store) => s.setAssumption;
export const selectSetCompare = (s: Store) => s.setCompare;
export const selectSetCompareScenario = (s: Store) => s.setCompareScenario;
export const selectSetField = (s: Store) => s.setField;
export const selectSetTab = (s: Store) => s.setTab;
export const selectSetTableView = (s: Store) => s.setTableView;
export const selectSetTyping = (s: Store) => s.setTyping;
export const selectSetUnit = (s: Store) => s.setUnit;
export const selectTab = (s: Store) => s.tab;
export const selectTableView = (s: Store) => s.tableView;
export const selectTypingField = (s: Store) => s.typingField;
export const selectUndo = (s: Store) => s.undo;
export const selectUnits = (s: Store) => s.units;

/** The change "Undo" would revert, or undefined. */
export const selectLastUndo = (s: Store) => s.undoStack.at(-1);

const assumptionSelectors = new Map<keyof EditableAssumptions, (s: Store) => number>();

/** One editable assumption's value (the selector is made once per assumption). */
export function selectAssumption(name: keyof EditableAssumptions): (s: Store) => number {
  let selector = assumptionSelectors.get(name);
  if (selector === undefined) {
    selector = (s: Store) => s.assumptions[name];
    assumptionSelectors.set(name, selector);
  }
  return selector;
}
