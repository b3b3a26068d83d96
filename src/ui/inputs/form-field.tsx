import { memo, useState, type ReactNode } from 'react';
import type { FieldInfo } from '../../domain';
import type { DisplayUnit } from '../../state/display-units';
import { fieldKind, type FormValue } from '../../state/form-values';
import { allowedText } from '../../state/field-messages';

export interface FieldProps {
  readonly info: FieldInfo;
  readonly value: FormValue | undefined;
  readonly error: string | undefined;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** Called with the field's key: one stable callback for every field, so an unchanged field does not re-render. */
  readonly onEdit: (key: string, value: FormValue) => void;
  readonly placeholder?: string;
  readonly extra?: ReactNode;
  /** Shown instead of editing when the value is derived from other fields. */
  readonly readOnlyNote?: string;
  /** A unit switch beside the input (throughput in MiB/s or MB/s, durations in hours or days): the unit shown, the choices and the switch. */
  readonly unit?: DisplayUnit;
  readonly unitChoices?: readonly DisplayUnit[];
  readonly onUnit?: (key: string, unit: DisplayUnit) => void;
}

/** DOM id of a scenario field's control ("selfManaged.opsHoursPerMonth" → "field-selfManaged-opsHoursPerMonth"). */
export function fieldId(key: string): string {
  return `field-${key.replace(/\./g, '-')}`;
}

/** PST: "auto", off (empty text) or a fixed rate, edited as a choice plus a number. */
function ProvisionedThroughputField({
  id,
  value,
  describedBy,
  error,
  onChange,
}: {
  readonly id: string;
  readonly value: string;
  readonly describedBy: string;
  readonly error: string | undefined;
  readonly onChange: (value: FormValue) => void;
}) {
  const fromValue = value.trim() === 'auto' ? 'auto' : value.trim() === '' ? 'off' : 'fixed';
  // The choice is kept apart from the text, so emptying the rate while typing a new one stays on "Fixed rate".
  const [chosen, setChosen] = useState(fromValue);
  const mode = chosen === 'fixed' && fromValue === 'off' ? 'fixed' : fromValue;
  return (
    <div className="pst-field">
      <select
        id={id}
        value={mode}
        aria-describedby={describedBy}
        onChange={(e) => {
          const next = e.target.value === 'auto' ? 'auto' : e.target.value === 'off' ? 'off' : 'fixed';
          setChosen(next);
          onChange(next === 'auto' ? 'auto' : next === 'off' ? '' : '250');
        }}
      >
        <option value="auto">Auto: off or the best rate, whichever costs less</option>
        <option value="off">Off (250 MiB/s volume default)</option>
        <option value="fixed">Fixed rate</option>
      </select>
      {mode === 'fixed' && (
        <input
          id={`${id}-rate`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-label="Provisioned storage throughput rate (MiB/s per broker)"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      )}
    </div>
  );
}

/** One labelled input with its unit, help text and inline error; re-renders only when its own props change. */
export const FormField = memo(function FormField({
  info,
  value,
  error,
  options,
  onEdit,
  placeholder,
  extra,
  readOnlyNote,
  unit,
  unitChoices,
  onUnit,
}: FieldProps) {
  const onChange = (next: FormValue) => onEdit(info.key, next);
  const id = fieldId(info.key);
  const kind = fieldKind(info.key);
  const describedBy = [`${id}-help`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const shownUnit = unit ?? info.unit;
  const label = shownUnit && kind !== 'boolean' ? `${info.label} (${shownUnit})` : info.label;
  // The field table's range, for typed numbers in the table's own unit (a field shown in another unit, or a list, needs none).
  const allowed = !options && !unit && kind !== 'provisionedThroughput' ? allowedText(info) : null;
  if (kind === 'boolean') {
    return (
      <div className="field field-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={describedBy}
        />
        <label htmlFor={id}>{label}</label>
        <p id={`${id}-help`} className="help">
          {info.help}
        </p>
      </div>
    );
  }
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {kind === 'provisionedThroughput' ? (
        <ProvisionedThroughputField id={id} value={String(value ?? '')} describedBy={describedBy} error={error} onChange={onChange} />
      ) : options ? (
        <select
          id={id}
          value={String(value ?? '')}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <div className={unit ? 'input-with-unit' : undefined}>
          <input
            id={id}
            type="text"
            inputMode={kind === 'text' ? 'text' : 'decimal'}
            autoComplete="off"
            spellCheck={false}
            value={String(value ?? '')}
            placeholder={placeholder}
            readOnly={readOnlyNote !== undefined}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
          {unit && (
            <select
              aria-label={`Unit of ${info.label.toLowerCase()}`}
              value={unit}
              onChange={(e) => onUnit?.(info.key, e.target.value as DisplayUnit)}
            >
              {(unitChoices ?? []).map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      <p id={`${id}-help`} className="help">
        {readOnlyNote ? `${readOnlyNote} ` : ''}
        {info.help}
        {allowed ? ` ${allowed}` : ''}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {extra}
    </div>
  );
});
