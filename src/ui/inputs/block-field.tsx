import type { RefObject } from 'react';
import { labelNote, type FieldInfo } from '../../domain';
import { formatNumber } from '../../report/format';
import { BlockNumber } from './block-number';

function shown(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** One field of an optional block, drawn from its row: a choice, a number or a switch, with its help and error. */
export function BlockField({
  id,
  row,
  value,
  error,
  fallback,
  choices: listed = [],
  onSet,
  selectRef,
}: {
  readonly id: string;
  readonly row: FieldInfo;
  readonly value: unknown;
  readonly error: string | undefined;
  readonly fallback: string | number | boolean | null;
  /** A select's choices when the row takes them from the price data (regions, broker types). */
  readonly choices?: readonly { readonly value: string; readonly label: string }[];
  readonly onSet: (value: unknown) => void;
  readonly selectRef?: RefObject<HTMLSelectElement | null>;
}) {
  const note = labelNote(row, (n) => formatNumber(n));
  const label = note ? `${row.label} (${note})` : row.label;
  if (row.kind === 'boolean') {
    return (
      <div className="field field-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={typeof value === 'boolean' ? value : fallback === true}
          onChange={(e) => onSet(e.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    );
  }
  if (row.kind === 'number' || row.kind === 'optionalNumber') {
    return (
      <BlockNumber
        id={id}
        label={label}
        {...(row.help ? { help: row.help } : {})}
        value={value}
        fallback={typeof fallback === 'number' ? fallback : null}
        {...(row.placeholder !== undefined && row.kind === 'optionalNumber' ? { placeholder: row.placeholder } : {})}
        error={error}
        // An emptied optional field is null (not set), not the empty text.
        onSet={(v) => onSet(row.kind === 'optionalNumber' && typeof v === 'string' && v.trim() === '' ? null : v)}
      />
    );
  }
  const choices = Array.isArray(row.choices) ? row.choices : listed;
  const describedBy = [row.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        ref={selectRef}
        value={shown(value ?? fallback)}
        // An empty choice stands for null (the row's placeholder says what it means).
        onChange={(e) => onSet(e.target.value === '' && row.placeholder !== undefined ? null : e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      >
        {row.placeholder !== undefined && <option value="">{row.placeholder}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {row.help && (
        <p id={`${id}-help`} className="help">
          {row.help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
