/**
 * The form holds what the user typed, as text, so "1." or "" survive a keystroke; converting it to a
 * scenario input is a pure step, and `parseScenario` then says what is wrong with it.
 */
import { fieldInfo, fieldValue, SCENARIO_FIELDS, setFieldValue, type FieldKind, type Scenario } from '../domain';
import { fromSpecUnit, toSpecUnit, unitOf, type FieldUnits } from './display-units';
import { numberFromText, textFromNumber, type DecimalSeparator } from './number-text';

export type FormValue = string | boolean;
export type FormValues = Readonly<Record<string, FormValue>>;
export type { FieldKind };

/** How a field is edited, from the scenario field table; an unknown key edits as a number. */
export function fieldKind(key: string): FieldKind {
  return fieldInfo(key)?.kind ?? 'number';
}

/** How the form reads and shows numbers: the locale's decimal separator and each field's unit. */
export interface FormSettings {
  readonly decimal: DecimalSeparator;
  readonly units: FieldUnits;
}

export const DEFAULT_FORM_SETTINGS: FormSettings = { decimal: '.', units: {} };

/** A number typed in the field's unit, converted to SPEC units; anything else as it is. */
function numberIn(key: string, text: string, settings: FormSettings): number | string {
  const value = numberFromText(text, settings.decimal);
  const unit = unitOf(key, settings.units);
  return typeof value === 'number' && unit !== null ? toSpecUnit(value, unit) : value;
}

function numericChoices(key: string): boolean {
  const choices = fieldInfo(key)?.choices;
  return Array.isArray(choices) && choices.every((c: { value: unknown }) => typeof c.value === 'number');
}

function valueFromForm(key: string, value: FormValue | undefined, settings: FormSettings): unknown {
  const kind = fieldKind(key);
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  switch (kind) {
    case 'text':
      return value;
    case 'optionalNumber':
      return value.trim() === '' ? null : numberIn(key, value, settings);
    // A choice holds what the table's choices hold: numbers for numeric choices, text otherwise.
    case 'select':
      return numericChoices(key) ? numberFromText(value) : value;
    // "auto", "" (off) or a fixed rate.
    case 'provisionedThroughput':
      return value.trim() === 'auto' ? 'auto' : value.trim() === '' ? null : numberIn(key, value, settings);
    default:
      return numberIn(key, value, settings);
  }
}

/** The scenario input (format v2 shape) the form describes. */
export function scenarioInputFromForm(form: FormValues, settings: FormSettings = DEFAULT_FORM_SETTINGS): Record<string, unknown> {
  const input: Record<string, unknown> = { version: 2, selfManaged: {} };
  for (const field of SCENARIO_FIELDS) {
    const value = valueFromForm(field.key, form[field.key], settings);
    if (value !== undefined) setFieldValue(input, field.key, value);
  }
  return input;
}

/** A field's value as the form shows it: numbers in the field's unit and the locale's decimal separator. */
export function fieldText(key: string, value: unknown, settings: FormSettings = DEFAULT_FORM_SETTINGS): FormValue {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  const unit = unitOf(key, settings.units);
  return textFromNumber(unit === null ? value : fromSpecUnit(value, unit), settings.decimal);
}

/** The form showing a valid scenario. Local retention equal to retention shows as empty (no tiering). */
export function formFromScenario(s: Scenario, settings: FormSettings = DEFAULT_FORM_SETTINGS): FormValues {
  const form: Record<string, FormValue> = {};
  for (const field of SCENARIO_FIELDS) form[field.key] = fieldText(field.key, fieldValue(s, field.key), settings);
  if (s.localRetentionHours === s.retentionHours) form['localRetentionHours'] = '';
  return form;
}
