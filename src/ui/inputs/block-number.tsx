import { useState } from 'react';
import { numberFromText, textFromNumber } from '../../state/number-text';
import { DECIMAL_SEPARATOR } from '../app-store';

function shown(value: unknown): string {
  if (typeof value === 'number') return textFromNumber(value, DECIMAL_SEPARATOR);
  return typeof value === 'string' ? value : '';
}

/**
 * A number in an optional block (replication, ranges) typed as text, so "0." or "0,5" survive a
 * keystroke; read with the locale's decimal separator. What is not a number yet goes into the block
 * as typed, for validation to name. `fallback` is what an absent value shows (null: empty).
 */
export function BlockNumber({
  id,
  label,
  help,
  value,
  fallback,
  error,
  onSet,
  className,
  placeholder,
}: {
  readonly id: string;
  readonly label: string;
  readonly help?: string;
  readonly value: unknown;
  readonly fallback: number | null;
  readonly error: string | undefined;
  readonly onSet: (value: unknown) => void;
  readonly className?: string;
  /** What an empty optional field means, shown inside it. */
  readonly placeholder?: string;
}) {
  const current = value ?? fallback ?? '';
  const [text, setText] = useState(shown(current));
  // The text stays as typed while it means the block's value; anything else (undo, a preset) shows the value.
  const display = text === current || numberFromText(text, DECIMAL_SEPARATOR) === current ? text : shown(current);
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={display}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = numberFromText(e.target.value, DECIMAL_SEPARATOR);
          onSet(typeof n === 'number' && !/[.,]$/.test(e.target.value.trim()) ? n : e.target.value);
        }}
      />
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
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
