import { useEffect, useRef } from 'react';
import {
  CURRENT_DEPLOYMENTS,
  CURRENT_FIELDS,
  currentFieldApplies,
  fieldValue,
  type CurrentDeployment,
  type FieldError,
  type PriceBook,
} from '../../domain';
import { fieldMessage } from '../../state/field-messages';
import { selectAddBlock, selectCurrent, selectRemoveBlock, selectSetBlockField } from '../../state/selectors';
import { useCalculator } from '../app-store';
import { usePriceBook } from '../price-book-context';
import { BlockField } from './block-field';
import { ImportButton } from './import-button';

/** The broker types a deployment offers in the price data, as a select lists them. */
function brokerTypes(priceBook: PriceBook, deployment: CurrentDeployment): readonly { value: string; label: string }[] {
  const types =
    deployment === 'msk-express'
      ? priceBook.expressBrokers.map((b) => b.instanceType)
      : deployment === 'self-managed'
        ? priceBook.standardBrokers.map((b) => b.ec2Type)
        : deployment === 'msk-standard'
          ? priceBook.standardBrokers.map((b) => b.instanceType)
          : [];
  return types.map((t) => ({ value: t, label: t }));
}

/** What a deployment's block holds when the user switches to it: its first type, and a volume where it has one. */
function blockFor(priceBook: PriceBook, deployment: CurrentDeployment, brokers: unknown): Record<string, unknown> {
  if (deployment === 'msk-serverless') return { deployment };
  const first = brokerTypes(priceBook, deployment)[0]?.value ?? '';
  const withVolume = deployment === 'msk-standard' || deployment === 'self-managed';
  return {
    deployment,
    instanceType: first,
    brokers: typeof brokers === 'number' ? brokers : 3,
    ...(withVolume ? { volumeGiBPerBroker: 1000 } : {}),
  };
}

/**
 * SPEC §13 inputs: the cluster run today (filled by hand or by importing its metrics and
 * configuration), priced and right-sized beside the recommendation. Errors show at the field.
 */
export function CurrentInputs({ errors }: { readonly errors: readonly FieldError[] }) {
  const priceBook = usePriceBook();
  const block = useCalculator(selectCurrent);
  const add = useCalculator(selectAddBlock);
  const remove = useCalculator(selectRemoveBlock);
  const setKey = useCalculator(selectSetBlockField);
  const firstRef = useRef<HTMLSelectElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focus = useRef<'first' | 'add' | null>(null);
  useEffect(() => {
    // Focus follows the change: to the first setting after Add, back to Add after Remove.
    if (focus.current === 'first' && block !== null) firstRef.current?.focus();
    if (focus.current === 'add' && block === null) addRef.current?.focus();
    focus.current = null;
  }, [block]);
  const errorOf = (key: string) => {
    const error = errors.find((e) => e.field === `current.${key}`);
    return error ? fieldMessage(error) : undefined;
  };
  if (block === null) {
    return (
      <section className="field-group current-inputs" aria-labelledby="current-inputs-title">
        <h3 id="current-inputs-title">Current cluster settings</h3>
        <p className="help">
          Already run Kafka? Price what you run today and see what it should be: import its metrics, or enter it by hand.
        </p>
        <div className="button-row">
          <ImportButton />
          <button
            id="current-add"
            ref={addRef}
            type="button"
            onClick={() => {
              focus.current = 'first';
              add('current', blockFor(priceBook, 'msk-standard', 6));
            }}
          >
            Enter it by hand
          </button>
        </div>
      </section>
    );
  }
  const deployment: CurrentDeployment = CURRENT_DEPLOYMENTS.find((d) => d === block['deployment']) ?? 'msk-standard';
  const rows = CURRENT_FIELDS.filter((row) => currentFieldApplies(row.key, deployment));
  return (
    <section className="field-group current-inputs" aria-labelledby="current-inputs-title">
      <h3 id="current-inputs-title">Current cluster settings</h3>
      <div className="field-grid">
        {rows.map((row) => (
          <BlockField
            key={row.key}
            id={`current-${row.key.replace('.', '-')}`}
            row={row}
            value={fieldValue(block, row.key) ?? null}
            error={errorOf(row.key)}
            fallback={row.default ?? null}
            choices={row.choices === 'brokerTypes' ? brokerTypes(priceBook, deployment) : []}
            onSet={(v) => {
              // A new deployment takes its own broker types and keys; the metrics observed stay.
              if (row.key === 'deployment' && typeof v === 'string' && v !== deployment) {
                const next = CURRENT_DEPLOYMENTS.find((d) => d === v) ?? 'msk-standard';
                add('current', {
                  ...blockFor(priceBook, next, block['brokers']),
                  ...(block['observed'] ? { observed: block['observed'] } : {}),
                });
                return;
              }
              setKey(`current.${row.key}`, v);
            }}
            {...(row.key === 'deployment' ? { selectRef: firstRef } : {})}
          />
        ))}
      </div>
      <div className="button-row">
        <ImportButton />
        <button
          type="button"
          onClick={() => {
            focus.current = 'add';
            remove('current');
          }}
        >
          Remove the current cluster
        </button>
      </div>
    </section>
  );
}
