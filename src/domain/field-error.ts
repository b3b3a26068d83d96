/** What validation returns at every boundary: a message per field, never a throw (STYLE rule 3). */
import { describeValue } from './describe-value';
import { FILE_WORDS, ruleText, type FieldRule } from './field-rule';

/**
 * A refused field: its dotted path, the rule it broke (a code and its parameters, which the page
 * words with its labels) and the message files and the CLI show ("partitions = 0: must be …").
 */
export type FieldError = {
  /** Dotted path of the field, e.g. "peakIngressMiBps" or "selfManaged.controllerCount". */
  readonly field: string;
  readonly message: string;
} & FieldRule;

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

/** The error for `field` holding `value`, worded for files: "field = value: rule" (`name` replaces the field there). */
export function fieldError(field: string, value: unknown, rule: FieldRule, name: string = field): FieldError {
  return { field, message: `${name} = ${describeValue(value)}: ${ruleText(rule, FILE_WORDS)}`, ...rule };
}

/** An error about the whole input rather than one value ("(file)", "(override)"): the message is the rule alone. */
export function inputError(field: string, rule: FieldRule): FieldError {
  return { field, message: ruleText(rule, FILE_WORDS), ...rule };
}
