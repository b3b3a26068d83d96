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

/** The size part of a broker type, the same across deployments: "m7g.xlarge" of kafka.m7g.xlarge, express.m7g.xlarge or m7g.xlarge. */
const sizeOf = (type: unknown) => (typeof type === 'string' ? type.replace(/^(kafka|express)\./, '') : '');

/**
 * What a deployment's block holds when the user switches to it: the same size where the deployment
 * has it (else its first non-T3 type), the broker count, and the volume and throughput where it has
 * them; the metrics observed stay. The first block (nothing typed yet) starts from a general-purpose type.
 */
function blockFor(priceBook: PriceBook, deployment: CurrentDeployment, before: Record<string, unknown>): Record<string, unknown> {
  const observed = before['observed'] ? { observed: before['observed'] } : {};
  if (deployment === 'msk-serverless') return { deployment, ...observed };
  const types = brokerTypes(priceBook, deployment).map((t) => t.value);
  const general = types.find((t) => !/t3\./.test(t)) ?? types[0] ?? '';
  const instanceType = types.find((t) => sizeOf(t) === sizeOf(before['instanceType'])) ?? general;
  const withVolume = deployment === 'msk-standard' || deployment === 'self-managed';
  return {
    deployment,
    instanceType,
    brokers: typeof before['brokers'] === 'number' ? before['brokers'] : 3,
    ...(withVolume
      ? {
          volumeGiBPerBroker: typeof before['volumeGiBPerBroker'] === 'number' ? before['volumeGiBPerBroker'] : 1000,
          provisionedThroughputMiBps: before['provisionedThroughputMiBps'] ?? null,
        }
      : {}),
    ...observed,
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
              add('current', blockFor(priceBook, 'msk-standard', { brokers: 6 }));
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
              // A new deployment takes its own broker types and keys; the size, count, volume and metrics carry over.
              if (row.key === 'deployment' && typeof v === 'string' && v !== deployment) {
                const next = CURRENT_DEPLOYMENTS.find((d) => d === v) ?? 'msk-standard';
                add('current', blockFor(priceBook, next, block));
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
