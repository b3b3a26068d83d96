import { useEffect, useRef } from 'react';
import {
  nearbyRegion,
  PATTERN_TABLE,
  REPLICATION_FIELDS,
  REPLICATION_PATTERNS,
  replicationFieldApplies,
  type FieldError,
  type PriceBook,
  type ReplicationKey,
  type ReplicationPattern,
} from '../../domain';
import { fieldMessage } from '../../state/field-messages';
import { selectAddBlock, selectRemoveBlock, selectReplication, selectSetBlockField } from '../../state/selectors';
import { REGION_LOCATIONS, useCalculator } from '../app-store';
import { usePriceBook } from '../price-book-context';
import { BlockField } from './block-field';

/**
 * A default target region near the source: on the same continent (and in the same partition), where
 * a managed replication tool is priced, nearest first (e.g. us-east-1 → us-east-2, eu-west-1 → eu-west-2).
 */
function nearbyTarget(priceBook: PriceBook, region: string): string {
  const hasManagedTool = (code: string) => {
    const p = priceBook.replication?.regions[code];
    return (p?.replicatorHour ?? p?.mcuHour ?? null) !== null;
  };
  return nearbyRegion(region, Object.keys(priceBook.regions), REGION_LOCATIONS, hasManagedTool);
}

/**
 * SPEC §11 inputs: add a standby, peer, migration target or hub, choose the pattern and target
 * region, and the keys the pattern uses. Errors show at the field, in the page's words.
 */
export function ReplicationInputs({ region, errors }: { readonly region: string; readonly errors: readonly FieldError[] }) {
  const priceBook = usePriceBook();
  const block = useCalculator(selectReplication);
  const addBlock = useCalculator(selectAddBlock);
  const removeBlock = useCalculator(selectRemoveBlock);
  const setKey = useCalculator(selectSetBlockField);
  // After "Add replication", focus moves to the first setting (the button it replaced is gone).
  const patternRef = useRef<HTMLSelectElement>(null);
  const focusPattern = useRef(false);
  useEffect(() => {
    if (focusPattern.current && block !== null) {
      focusPattern.current = false;
      patternRef.current?.focus();
    }
  }, [block]);
  // A target left at its default follows the source: when the region changes, a target that was the
  // old region's nearby default becomes the new region's (one the user chose stays).
  const previousRegion = useRef(region);
  useEffect(() => {
    const before = previousRegion.current;
    previousRegion.current = region;
    const current = useCalculator.getState().replication;
    if (before === region || current === null) return;
    if (current['targetRegion'] === nearbyTarget(priceBook, before))
      useCalculator.getState().setBlockField('replication.targetRegion', nearbyTarget(priceBook, region));
  }, [region, priceBook]);
  const errorOf = (key: ReplicationKey) => {
    const error = errors.find((e) => e.field === `replication.${key}`);
    return error ? fieldMessage(error) : undefined;
  };
  if (block === null) {
    return (
      <section className="field-group replication-inputs" aria-labelledby="replication-inputs-title">
        <h3 id="replication-inputs-title">Replication and DR settings</h3>
        <p className="help">
          Price a standby region, a second live region, a migration or a hub, with MSK Replicator and MirrorMaker 2 side by side.
        </p>
        <button
          id="replication-add"
          type="button"
          onClick={() => {
            focusPattern.current = true;
            addBlock('replication', { pattern: 'active-passive', targetRegion: nearbyTarget(priceBook, region), replicatedShare: 1 });
          }}
        >
          Add replication
        </button>
      </section>
    );
  }
  const pattern: ReplicationPattern = REPLICATION_PATTERNS.find((p) => p === block['pattern']) ?? 'active-passive';
  const record = PATTERN_TABLE[pattern];
  const rows = REPLICATION_FIELDS.filter((row) => replicationFieldApplies(row, pattern));
  return (
    <section className="field-group replication-inputs" aria-labelledby="replication-inputs-title">
      <h3 id="replication-inputs-title">Replication and DR settings</h3>
      <div className="field-grid">
        {rows.map((row) => (
          <BlockField
            key={row.key}
            id={`replication-${row.key}`}
            row={row}
            value={block[row.key]}
            error={errorOf(row.key)}
            // copyExistingData's default follows the pattern (PATTERN_TABLE's copyByDefault).
            fallback={row.key === 'copyExistingData' ? record.copyByDefault : (row.default ?? null)}
            choices={Object.values(priceBook.regions).map((r) => ({ value: r.code, label: `${r.code}: ${r.name}` }))}
            onSet={(v) => setKey(`replication.${row.key}`, v)}
            {...(row.key === 'pattern' ? { selectRef: patternRef } : {})}
          />
        ))}
      </div>
      <button type="button" onClick={() => removeBlock('replication')}>
        Remove replication
      </button>
    </section>
  );
}
