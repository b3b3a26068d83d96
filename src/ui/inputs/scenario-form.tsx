import { SCENARIO_FIELDS, type FieldError, type FieldGroup } from '../../domain';
import { scenarioInputFromForm, type FormValues } from '../../state/form-values';
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
  purpose: [{ value: 'production', label: 'Production' }, { value: 'development', label: 'Development and test' }],
  'selfManaged.controllerInstance': PRICE_BOOK.ec2Types.map((t) => ({ value: t, label: t })),
  'selfManaged.controllerCount': [0, 3, 5].map((n) => ({ value: String(n), label: String(n) })),
};

const PLACEHOLDERS: Readonly<Record<string, string>> = {
  laggingConsumerPct: 'spreadsheet allowance',
  ramCacheSeconds: 'off',
  localRetentionHours: 'same as retention',
  consumerGroups: 'not set: enter egress',
};

const EGRESS_KEYS: ReadonlySet<string> = new Set(['avgEgressMiBps', 'peakEgressMiBps']);

/**
 * Egress derived live from consumer groups (SPEC §2): groups × the ingress as typed, or null while
 * the groups field is empty or either number is not (yet) a number.
 */
function derivedEgress(form: FormValues): Readonly<Record<string, string>> | null {
  const input = scenarioInputFromForm(form);
  const groups = input['consumerGroups'];
  const avg = input['avgIngressMiBps'];
  const peak = input['peakIngressMiBps'];
  if (typeof groups !== 'number' || typeof avg !== 'number' || typeof peak !== 'number') return null;
  const text = (v: number) => String(+(v).toPrecision(12));
  return { avgEgressMiBps: text(groups * avg), peakEgressMiBps: text(groups * peak) };
}

/** Error text for a field, without repeating the field's name (the label says it). */
function errorFor(errors: readonly FieldError[], key: string): string | undefined {
  const error = errors.find((e) => e.field === key);
  if (!error) return undefined;
  const rule = error.message.slice(error.message.indexOf(': ') + 2);
  return `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.`;
}

/** Every scenario field, grouped as the spreadsheet groups them. */
export function ScenarioForm({ errors }: { readonly errors: readonly FieldError[] }) {
  const form = useCalculator((s) => s.form);
  const setField = useCalculator((s) => s.setField);
  const unplaced = errors.filter((e) => !SCENARIO_FIELDS.some((f) => f.key === e.field));
  const derived = derivedEgress(form);
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
                value={derived && EGRESS_KEYS.has(info.key) ? derived[info.key] : form[info.key]}
                error={errorFor(errors, info.key)}
                onChange={(value) => setField(info.key, value)}
                {...(derived && EGRESS_KEYS.has(info.key) ? { readOnlyNote: 'Follows ingress × consumer groups.' } : {})}
                {...(SELECT_OPTIONS[info.key] ? { options: SELECT_OPTIONS[info.key] } : {})}
                {...(PLACEHOLDERS[info.key] ? { placeholder: PLACEHOLDERS[info.key] } : {})}
              />
            ))}
          </div>
        </details>
      ))}
    </form>
  );
}
