/** One row of the Assumptions page: a constant of the model with its value, unit and source. */
export interface Assumption {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly source: string;
  /** True when the user may change it on the Assumptions page. */
  readonly editable: boolean;
}
