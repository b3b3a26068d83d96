import { useState } from 'react';
import { SCENARIO_FIELDS, type FieldError, type FieldGroup } from '../../domain';
import { scenarioInputFromForm } from '../../state/form-values';
import { PRICE_BOOK, useCalculator } from '../app-store';
import { FormField } from './form-field';

const GROUPS: readonly { readonly group: FieldGroup; readonly title: string; readonly open: boolean }[] = [
  { group: 'workload', title: 'Workload', open: true },
  { group: 'cluster', title: 'Cluster', open: true },
  { group: 'advanced', title: 'Advanced', open: false },
  { group: 'selfManaged', title: 'Self-managed Kafka on EC2', open: false },
];

const SELECT_OPTIONS: Readonly<Record<string, readonly { value: string; label: string }[]>> = {
  region: Object.values(PRICE_BOOK.regions).map((r) => ({ value: r.code, label: `${r.code}: ${r.name}` })),
  replicationFactor: [1, 2, 3].map((n) => ({ value: String(n), label: String(n) })),
  availabilityZones: [{ value: '3', label: '3' }, { value: '2', label: '2' }],
  'selfManaged.controllerInstance': PRICE_BOOK.ec2Types.map((t) => ({ value: t, label: t })),
  'selfManaged.controllerCount': [0, 3, 5].map((n) => ({ value: String(n), label: String(n) })),
};

const PLACEHOLDERS: Readonly<Record<string, string>> = {
  laggingConsumerPct: 'spreadsheet allowance',
  ramCacheSeconds: 'off',
  localRetentionHours: 'same as retention',
  provisionedThroughputMiBps: 'off',
};

/** Error text for a field, without repeating the field's name (the label says it). */
function errorFor(errors: readonly FieldError[], key: string): string | undefined {
  const error = errors.find((e) => e.field === key);
  if (!error) return undefined;
  const rule = error.message.slice(error.message.indexOf(': ') + 2);
  return `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.`;
}

function EgressHelper() {
  const form = useCalculator((s) => s.form);
  const setField = useCalculator((s) => s.setField);
  const [groups, setGroups] = useState('2');
  const apply = () => {
    const count = Number(groups);
    const input = scenarioInputFromForm(form);
    const avg = input['avgIngressMiBps'];
    const peak = input['peakIngressMiBps'];
    if (!Number.isFinite(count) || count < 0 || typeof avg !== 'number' || typeof peak !== 'number') return;
    setField('avgEgressMiBps', String(+(avg * count).toPrecision(12)));
    setField('peakEgressMiBps', String(+(peak * count).toPrecision(12)));
  };
  return (
    <div className="egress-helper">
      <label htmlFor="egress-groups">Consumer groups reading everything</label>
      <input id="egress-groups" type="text" inputMode="decimal" value={groups} onChange={(e) => setGroups(e.target.value)} />
      <button type="button" onClick={apply}>Set egress = groups × ingress</button>
    </div>
  );
}

/** Every scenario field, grouped as the spreadsheet groups them. */
export function ScenarioForm({ errors }: { readonly errors: readonly FieldError[] }) {
  const form = useCalculator((s) => s.form);
  const setField = useCalculator((s) => s.setField);
  const unplaced = errors.filter((e) => !SCENARIO_FIELDS.some((f) => f.key === e.field));
  return (
    <form className="scenario-form" aria-label="Workload and cluster inputs" onSubmit={(e) => e.preventDefault()} noValidate>
      {unplaced.length > 0 && (
        <div role="alert" className="form-errors">{unplaced.map((e) => <p key={e.field}>{e.message}</p>)}</div>
      )}
      {GROUPS.map(({ group, title, open }) => (
        <details key={group} className="field-group" open={open || errors.some((e) => SCENARIO_FIELDS.some((f) => f.key === e.field && f.group === group))}>
          <summary><h3>{title}</h3></summary>
          <div className="field-grid">
            {SCENARIO_FIELDS.filter((f) => f.group === group).map((info) => (
              <FormField
                key={info.key}
                info={info}
                value={form[info.key]}
                error={errorFor(errors, info.key)}
                onChange={(value) => setField(info.key, value)}
                {...(SELECT_OPTIONS[info.key] ? { options: SELECT_OPTIONS[info.key] } : {})}
                {...(PLACEHOLDERS[info.key] ? { placeholder: PLACEHOLDERS[info.key] } : {})}
                {...(info.key === 'peakEgressMiBps' ? { extra: <EgressHelper /> } : {})}
              />
            ))}
          </div>
        </details>
      ))}
    </form>
  );
}
