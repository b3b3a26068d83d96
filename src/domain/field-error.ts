/** What validation returns at every boundary: a message per field, never a throw (STYLE rule 3). */

export interface FieldError {
  /** Dotted path of the field, e.g. "peakIngressMiBps" or "selfManaged.controllerCount". */
  readonly field: string;
  readonly message: string;
}

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldError[] };
