import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SCENARIO_FIELDS, type FieldError, type FieldGroup, type FieldInfo, type PriceBook } from '../../domain';
import { unitOf, UNIT_CHOICES } from '../../state/display-units';
import { fieldText, scenarioInputFromForm, type FormSettings, type FormValue, type FormValues } from '../../state/form-values';
import { DECIMAL_SEPARATOR, useCalculator } from '../app-store';
import { usePriceBook } from '../price-book-context';
import { fieldMessage, labelledMessage } from '../../state/field-messages';
import { BLOCKS } from '../../state/block-fields';
import { FormField } from './form-field';
import { MessageRateHelper } from './message-rate-helper';
import { selectForm, selectSetField, selectSetTyping, selectSetUnit, selectTypingField, selectUnits } from '../../state/selectors';

const GROUPS: readonly { readonly group: FieldGroup; readonly title: string; readonly open: boolean }[] = [
  { group: 'workload', title: 'Workload', open: true },
  { group: 'cluster', title: 'Cluster', open: true },
  { group: 'advanced', title: 'Advanced', open: false },
  { group: 'selfManaged', title: 'Self-managed Kafka on EC2', open: false },
];

/** A select's options: the table's choices, or the regions and EC2 types of the price data. */
function selectOptions(info: FieldInfo, priceBook: PriceBook): readonly { value: string; label: string }[] | undefined {
  const choices = info.choices;
  if (choices === 'regions') return Object.values(priceBook.regions).map((r) => ({ value: r.code, label: `${r.code}: ${r.name}` }));
  if (choices === 'ec2Types') return priceBook.ec2Types.map((t) => ({ value: t, label: t }));
  if (choices === 'brokerTypes') return undefined;
  return choices?.map((c) => ({ value: String(c.value), label: c.label }));
}

type SelectOptions = Readonly<Record<string, readonly { value: string; label: string }[]>>;

/** Every select's options for a price book, worked out once per price book. */
const selectOptionsByBook = new WeakMap<PriceBook, SelectOptions>();
function selectOptionsFor(priceBook: PriceBook): SelectOptions {
  let options = selectOptionsByBook.get(priceBook);
  if (options === undefined) {
    options = Object.fromEntries(
      SCENARIO_FIELDS.flatMap((f) => {
        const o = selectOptions(f, priceBook);
        return o ? [[f.key, o]] : [];
      }),
    );
    selectOptionsByBook.set(priceBook, options);
  }
  return options;
}

const EGRESS_KEYS: ReadonlySet<string> = new Set(['avgEgressMiBps', 'peakEgressMiBps']);

function toggled(groups: ReadonlySet<FieldGroup>, group: FieldGroup, open: boolean): ReadonlySet<FieldGroup> {
  const next = new Set(groups);
  if (open) next.add(group);
  else next.delete(group);
  return next;
}

/** A field's error shows once the user pauses this long, or leaves the field. */
const ERROR_PAUSE_MS = 800;

/**
 * Egress derived live from consumer groups (SPEC §2): groups × the ingress as typed, shown in the
 * egress fields' units, or null while the groups field is empty or either number is not (yet) a number.
 */
function derivedEgress(form: FormValues, settings: FormSettings): Readonly<Record<string, FormValue>> | null {
  const input = scenarioInputFromForm(form, settings);
  const groups = input['consumerGroups'];
  const avg = input['avgIngressMiBps'];
  const peak = input['peakIngressMiBps'];
  if (typeof groups !== 'number' || typeof avg !== 'number' || typeof peak !== 'number') return null;
  return {
    avgEgressMiBps: fieldText('avgEgressMiBps', groups * avg, settings),
    peakEgressMiBps: fieldText('peakEgressMiBps', groups * peak, settings),
  };
}

/** Every scenario field, grouped as the spreadsheet groups them. */
export function ScenarioForm({ errors }: { readonly errors: readonly FieldError[] }) {
  const form = useCalculator(selectForm);
  const units = useCalculator(selectUnits);
  const setField = useCalculator(selectSetField);
  const setUnit = useCalculator(selectSetUnit);
  const typingField = useCalculator(selectTypingField);
  const setTyping = useCalculator(selectSetTyping);
  const SELECT_OPTIONS = selectOptionsFor(usePriceBook());
  const pause = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(pause.current), []);
  const settings = useMemo(() => ({ decimal: DECIMAL_SEPARATOR, units }), [units]);
  const derived = derivedEgress(form, settings);
  // Replication and current-cluster errors show at their own inputs (ReplicationInputs, CurrentInputs).
  const unplaced = errors.filter(
    // The blocks beside the form show their own errors at their fields.
    (e) => !BLOCKS.some((b) => e.field === b || e.field.startsWith(`${b}.`)) && !SCENARIO_FIELDS.some((f) => f.key === e.field),
  );
  // A section the user opened stays open; one holding an error opens, and never closes by itself.
  const [openGroups, setOpenGroups] = useState<ReadonlySet<FieldGroup>>(() => new Set(GROUPS.filter((g) => g.open).map((g) => g.group)));
  const groupsWithErrors = new Set(errors.flatMap((e) => SCENARIO_FIELDS.filter((f) => f.key === e.field).map((f) => f.group)));

  // Stable callbacks, so that a keystroke re-renders only the field it changes (fields are memoised).
  const onEdit = useCallback(
    (key: string, value: FormValue) => {
      setField(key, value);
      // A section the user types in stays open even if it was opened for an error that this edit clears.
      const group = SCENARIO_FIELDS.find((f) => f.key === key)?.group;
      if (group) setOpenGroups((groups) => (groups.has(group) ? groups : toggled(groups, group, true)));
      if (typeof value !== 'string') return;
      setTyping(key);
      window.clearTimeout(pause.current);
      pause.current = window.setTimeout(() => setTyping(null), ERROR_PAUSE_MS);
    },
    [setField, setTyping, setOpenGroups],
  );
  const rateHelper = useMemo(() => <MessageRateHelper onUse={onEdit} />, [onEdit]);
  const errorFor = (key: string) => {
    if (key === typingField) return undefined;
    const error = errors.find((e) => e.field === key);
    const typed = form[key];
    return error ? fieldMessage(error, typeof typed === 'string' ? typed : undefined) : undefined;
  };

  return (
    <form
      className="scenario-form"
      aria-label="Workload and cluster inputs"
      onSubmit={(e) => e.preventDefault()}
      onBlur={() => setTyping(null)}
      noValidate
    >
      {unplaced.length > 0 && (
        <div role="alert" className="form-errors">
          {unplaced.map((e) => (
            <p key={e.field}>{labelledMessage(e)}</p>
          ))}
        </div>
      )}
      {GROUPS.map(({ group, title }) => (
        <details
          key={group}
          className="field-group"
          open={openGroups.has(group) || groupsWithErrors.has(group)}
          onToggle={(e) => {
            const isOpen = e.currentTarget.open;
            setOpenGroups((groups) => (isOpen === groups.has(group) ? groups : toggled(groups, group, isOpen)));
          }}
        >
          <summary>
            <h3>{title}</h3>
          </summary>
          <div className="field-grid">
            {SCENARIO_FIELDS.filter((f) => f.group === group).map((info) => {
              const unit = unitOf(info.key, units);
              const isDerived = derived !== null && EGRESS_KEYS.has(info.key);
              return (
                <FormField
                  key={info.key}
                  info={info}
                  value={isDerived ? derived[info.key] : form[info.key]}
                  error={errorFor(info.key)}
                  onEdit={onEdit}
                  {...(unit ? { unit, unitChoices: UNIT_CHOICES[info.key] ?? [], onUnit: setUnit } : {})}
                  {...(isDerived ? { readOnlyNote: 'Follows ingress × consumer groups.' } : {})}
                  {...(SELECT_OPTIONS[info.key] ? { options: SELECT_OPTIONS[info.key] } : {})}
                  {...(info.placeholder ? { placeholder: info.placeholder } : {})}
                  {...(info.key === 'peakIngressMiBps' ? { extra: rateHelper } : {})}
                />
              );
            })}
          </div>
        </details>
      ))}
    </form>
  );
}
