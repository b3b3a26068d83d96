import { useState } from 'react';
import { KINESIS_FIELDS, type FieldError } from '../../domain';
import { fieldMessage } from '../../state/field-messages';
import { selectKinesis, selectRemoveBlock, selectSetBlockField } from '../../state/selectors';
import { useCalculator } from '../app-store';
import { BlockField } from './block-field';

/**
 * SPEC §15 inputs, folded under the workload: how Kinesis Data Streams, priced beside MSK on the same
 * workload, would carry it. Every field starts at its default; the first one set keeps the settings
 * with the scenario (links, exports), and "Back to defaults" drops them (undoable).
 */
export function KinesisInputs({ errors }: { readonly errors: readonly FieldError[] }) {
  const block = useCalculator(selectKinesis);
  const setKey = useCalculator(selectSetBlockField);
  const remove = useCalculator(selectRemoveBlock);
  const ownErrors = errors.filter((e) => e.field === 'kinesis' || e.field.startsWith('kinesis.'));
  const [open, setOpen] = useState(false);
  // Open while one of its fields has an error, so the message is never hidden in a folded group.
  const hasErrors = ownErrors.length > 0;
  const errorOf = (key: string) => {
    const error = ownErrors.find((e) => e.field === `kinesis.${key}`);
    return error ? fieldMessage(error) : undefined;
  };
  return (
    <details className="field-group kinesis-inputs" open={open || hasErrors} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3>Kinesis Data Streams comparison</h3>
      </summary>
      <p className="help">
        The workload above is also priced on Amazon Kinesis Data Streams (provisioned and on-demand), beside the results. These settings say
        how a stream would carry it.
      </p>
      <div className="field-grid">
        {KINESIS_FIELDS.map((row) => (
          <BlockField
            key={row.key}
            id={`kinesis-${row.key}`}
            row={row}
            value={block?.[row.key] ?? null}
            error={errorOf(row.key)}
            fallback={row.default ?? null}
            onSet={(v) => setKey(`kinesis.${row.key}`, v)}
          />
        ))}
      </div>
      {block !== null && (
        <div className="button-row">
          <button type="button" onClick={() => remove('kinesis')}>
            Back to defaults
          </button>
        </div>
      )}
    </details>
  );
}
