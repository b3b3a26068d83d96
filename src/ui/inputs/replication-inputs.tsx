import { useEffect, useRef } from 'react';
import {
  nearbyRegion,
  PATTERN_TABLE,
  REPLICATION_PATTERNS,
  REPLICATION_TOOLS,
  type FieldError,
  type PriceBook,
  type ReplicationPattern,
} from '../../domain';
import { fieldMessage } from '../../state/field-messages';
import { selectAddReplication, selectRemoveReplication, selectReplication, selectSetReplicationField } from '../../state/selectors';
import { TOOL_LABELS } from '../../report/replication-report';
import { REGION_LOCATIONS, useCalculator } from '../app-store';
import { usePriceBook } from '../price-book-context';
import { BlockNumber } from './block-number';

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

function shown(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * SPEC §11 inputs: add a standby, peer, migration target or hub, choose the pattern and target
 * region, and the keys the pattern uses. Errors show at the field, in the page's words.
 */
export function ReplicationInputs({ region, errors }: { readonly region: string; readonly errors: readonly FieldError[] }) {
  const priceBook = usePriceBook();
  const block = useCalculator(selectReplication);
  const add = useCalculator(selectAddReplication);
  const remove = useCalculator(selectRemoveReplication);
  const setKey = useCalculator(selectSetReplicationField);
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
      useCalculator.getState().setReplicationField('targetRegion', nearbyTarget(priceBook, region));
  }, [region, priceBook]);
  const errorOf = (key: string) => {
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
            add({ pattern: 'active-passive', targetRegion: nearbyTarget(priceBook, region), replicatedShare: 1 });
          }}
        >
          Add replication
        </button>
      </section>
    );
  }
  const pattern: ReplicationPattern = REPLICATION_PATTERNS.find((p) => p === block['pattern']) ?? 'active-passive';
  const record = PATTERN_TABLE[pattern];
  const number = (key: string, label: string, help: string, fallback: number) => (
    <BlockNumber
      id={`replication-${key}`}
      label={label}
      help={help}
      value={block[key]}
      fallback={fallback}
      error={errorOf(key)}
      onSet={(v) => setKey(key, v)}
    />
  );
  const check = (key: string, label: string, fallback: boolean) => (
    <div className="field field-checkbox">
      <input
        id={`replication-${key}`}
        type="checkbox"
        checked={typeof block[key] === 'boolean' ? block[key] === true : fallback}
        onChange={(e) => setKey(key, e.target.checked)}
      />
      <label htmlFor={`replication-${key}`}>{label}</label>
    </div>
  );
  const targetError = errorOf('targetRegion');
  return (
    <section className="field-group replication-inputs" aria-labelledby="replication-inputs-title">
      <h3 id="replication-inputs-title">Replication and DR settings</h3>
      <div className="field-grid">
        <div className="field">
          <label htmlFor="replication-pattern">Pattern</label>
          <select id="replication-pattern" ref={patternRef} value={pattern} onChange={(e) => setKey('pattern', e.target.value)}>
            {REPLICATION_PATTERNS.map((p) => (
              <option key={p} value={p}>
                {PATTERN_TABLE[p].shortLabel}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${targetError ? ' field-invalid' : ''}`}>
          <label htmlFor="replication-targetRegion">Target region</label>
          <select
            id="replication-targetRegion"
            value={shown(block['targetRegion'])}
            onChange={(e) => setKey('targetRegion', e.target.value)}
            aria-invalid={targetError ? true : undefined}
            aria-describedby={targetError ? 'replication-targetRegion-error' : undefined}
          >
            {Object.values(priceBook.regions).map((r) => (
              <option key={r.code} value={r.code}>
                {r.code}: {r.name}
              </option>
            ))}
          </select>
          {targetError && (
            <p id="replication-targetRegion-error" className="field-error">
              {targetError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="replication-sourceKind">Source cluster runs on</label>
          <select
            id="replication-sourceKind"
            value={shown(block['sourceKind']) || 'msk'}
            onChange={(e) => setKey('sourceKind', e.target.value)}
            aria-describedby="replication-sourceKind-help"
          >
            <option value="msk">Amazon MSK (as recommended above)</option>
            <option value="self-managed">Self-managed Kafka on EC2</option>
          </select>
          <p id="replication-sourceKind-help" className="help">
            Amazon MSK is priced as recommended above, self-managed Kafka at its cheapest EC2 size. MSK Replicator reads a self-managed
            source into MSK Provisioned clusters (Standard or Express brokers), not Serverless; MirrorMaker 2 reads any Kafka.
          </p>
        </div>
        {number(
          'replicatedShare',
          'Share of ingress replicated (0–1)',
          'The topics you replicate, as a share of ingress: 1 replicates everything.',
          1,
        )}
        {record.keys.includes('identicalTopicNames') &&
          check(
            'identicalTopicNames',
            'Keep identical topic names (MSK Replicator then reads, processes and transfers each record twice)',
            false,
          )}
        {record.keys.includes('sourceClusters') &&
          number('sourceClusters', 'Clusters feeding the hub', 'Clusters like this one, each replicating into the hub (1–50).', 1)}
        {record.keys.includes('migrationWeeks') &&
          number('migrationWeeks', 'Migration period (weeks)', 'How long both clusters and the replication run (1–52 weeks).', 4)}
        {check('copyExistingData', 'Copy the data already retained (start from the earliest offset)', record.copyByDefault)}
        <div className="field">
          <label htmlFor="replication-tool">Tool used for the totals</label>
          <select
            id="replication-tool"
            value={shown(block['tool'])}
            onChange={(e) => setKey('tool', e.target.value === '' ? null : e.target.value)}
            aria-describedby="replication-tool-help"
          >
            <option value="">The cheapest managed tool</option>
            {REPLICATION_TOOLS.map((t) => (
              <option key={t} value={t}>
                {TOOL_LABELS[t]}
              </option>
            ))}
          </select>
          <p id="replication-tool-help" className="help">
            All three are priced either way. By default the totals use the cheaper of MSK Replicator and MirrorMaker 2 on MSK Connect;
            MirrorMaker 2 on EC2 (self-managed, its operations time not priced) only when you pick it or neither is available. Terraform
            includes an MSK Replicator when it is the tool used.
          </p>
        </div>
      </div>
      <button type="button" onClick={remove}>
        Remove replication
      </button>
    </section>
  );
}
