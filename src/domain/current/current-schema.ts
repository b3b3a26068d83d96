/**
 * The scenario's optional `current` block (SPEC §13.1): the cluster a user runs today. Built from its
 * rows (current-fields.ts); `currentFieldErrors` checks what needs the price data and the rest of the
 * scenario (a broker type of that deployment, brokers within the quota, keys a deployment has no room for).
 */
import '../zod-setup';
import { z } from 'zod';
import { fieldError, type FieldError } from '../field-error';
import { numberOf, textChoices } from '../field-table';
import { CURRENT_DEPLOYMENTS, currentRow, type CurrentDeployment, type CurrentKey } from './current-fields';

const row = currentRow;
const optional = (key: CurrentKey) => numberOf(row(key)).nullable().default(null);

const observedSchema = z.strictObject({
  cpuPeakPct: optional('observed.cpuPeakPct'),
  diskUsedPct: optional('observed.diskUsedPct'),
  partitionReplicas: optional('observed.partitionReplicas'),
  periodDays: optional('observed.periodDays'),
});

export const currentSchema = z.strictObject({
  deployment: z.enum(textChoices(row('deployment'), CURRENT_DEPLOYMENTS)),
  instanceType: z.string().max(40).optional(),
  brokers: numberOf(row('brokers')).optional(),
  volumeGiBPerBroker: numberOf(row('volumeGiBPerBroker')).optional(),
  provisionedThroughputMiBps: optional('provisionedThroughputMiBps'),
  observed: observedSchema.nullable().default(null),
});

/** A valid current block: what runs today and, optionally, what its metrics say. */
export type CurrentCluster = z.output<typeof currentSchema>;
export type ObservedMetrics = NonNullable<CurrentCluster['observed']>;

/** The broker types of each deployment with brokers, from the price data. */
export type BrokerTypes = Readonly<Record<Exclude<CurrentDeployment, 'msk-serverless'>, readonly string[]>>;

const DEPLOYMENT_NAMES: Readonly<Record<CurrentDeployment, string>> = {
  'msk-standard': 'MSK Standard',
  'msk-express': 'MSK Express',
  'msk-serverless': 'MSK Serverless',
  'self-managed': 'self-managed Kafka',
};

/**
 * SPEC §13.1 rules across fields: the broker type is one of the deployment's in the price data, the
 * count is within the scenario's broker quota, Standard and self-managed give a volume, Serverless
 * gives neither type nor brokers, and Express and Serverless no volume.
 */
export function currentFieldErrors(block: CurrentCluster, brokerQuota: number, types: BrokerTypes): FieldError[] {
  const errors: FieldError[] = [];
  const at = (key: string) => `current.${key}`;
  const notFor = (key: CurrentKey, value: unknown) =>
    errors.push(fieldError(at(key), value, { code: 'not-for', params: { what: DEPLOYMENT_NAMES[block.deployment] } }));
  if (block.deployment === 'msk-serverless') {
    if (block.instanceType !== undefined) notFor('instanceType', block.instanceType);
    if (block.brokers !== undefined) notFor('brokers', block.brokers);
  } else {
    const choices = types[block.deployment];
    if (block.instanceType === undefined || !choices.includes(block.instanceType)) {
      errors.push(fieldError(at('instanceType'), block.instanceType, { code: 'not-priced', params: { kind: 'broker-type', choices } }));
    }
    if (block.brokers === undefined) {
      errors.push(fieldError(at('brokers'), undefined, { code: 'type', params: { expected: 'whole' } }));
    } else if (block.brokers > brokerQuota) {
      errors.push(
        fieldError(at('brokers'), block.brokers, {
          code: 'compare-field',
          params: { other: 'brokerQuota', otherValue: brokerQuota, unit: '', atMost: true },
        }),
      );
    }
  }
  const hasVolume = block.deployment === 'msk-standard' || block.deployment === 'self-managed';
  if (hasVolume && block.volumeGiBPerBroker === undefined) {
    errors.push(fieldError(at('volumeGiBPerBroker'), undefined, { code: 'type', params: { expected: 'number', what: ' of GiB' } }));
  }
  if (!hasVolume && block.volumeGiBPerBroker !== undefined) notFor('volumeGiBPerBroker', block.volumeGiBPerBroker);
  if (!hasVolume && block.provisionedThroughputMiBps !== null) notFor('provisionedThroughputMiBps', block.provisionedThroughputMiBps);
  return errors;
}
