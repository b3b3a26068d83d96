/**
 * Hand-built result pieces (result format v2, SPEC §9) for report tests that need an option or a
 * constraint with exactly the figures the test states, rather than ones the engine computed.
 */
import type { Constraint, Deployment, Derivation, MonthlyCost, OptionFamily, SizedOption, StorageFactorTerms } from '../../src/domain';

/** Every cost line 0, nothing excluded from the total. */
export const NO_COST: MonthlyCost = {
  brokers: 0,
  storage: 0,
  tieredStorage: 0,
  provisionedThroughput: 0,
  dataIn: 0,
  dataOut: 0,
  crossAz: 0,
  controllers: 0,
  operations: 0,
  total: 0,
  totalExcludes: [],
};

/** The family an instance type belongs to ("kafka.m7g.large" → m7g); unknown names count as m5. */
export function familyOfType(deployment: Deployment, instanceType: string): OptionFamily {
  if (deployment === 'msk-express') return 'express';
  if (deployment === 'msk-serverless') return 'serverless';
  const name = instanceType.replace(/^kafka\./, '');
  if (name.startsWith('t3.')) return 't3';
  if (name.startsWith('m7g.')) return 'm7g';
  return 'm5';
}

/**
 * An available option with 3 brokers, no constraints, no PST and no cost lines, with `fields`
 * laid over it.
 */
export function handBuiltOption(deployment: Deployment, instanceType: string, fields: Partial<SizedOption> = {}): SizedOption {
  return {
    id: `${deployment}:${instanceType}`,
    deployment,
    family: familyOfType(deployment, instanceType),
    instanceType,
    available: true,
    unavailable: null,
    brokers: 3,
    bottleneck: 'storageThroughput',
    provisionedThroughputMiBps: null,
    provisionedThroughputBrokersSaved: null,
    provisionedThroughputPlan: null,
    constraints: [],
    storagePerBrokerGiB: 100,
    monthlyCostUsd: NO_COST,
    warnings: [],
    ...fields,
  };
}

/** SPEC §4.1 storage factor with 3 AZs and the default lagging allowance: 1.5 + 1.5 + 0.5 + 3.0 (+ 1.5 tiering). */
export function storageFactor3Az(tiered = false): StorageFactorTerms {
  const tiering = tiered ? 1.5 : 0;
  return { ingress: 1.5, replicationIn: 1.5, lagging: 0.5, rebalancing: 3, tiering, total: 1.5 + 1.5 + 0.5 + 3 + tiering };
}

/**
 * A constraint with the given demand, capacity and derivation; raw and AZ-rounded broker counts
 * follow SPEC §1: raw = ceil(demand / capacity), rounded = ceil(raw / AZ) × AZ.
 */
export function handBuiltConstraint(
  name: Constraint['name'],
  demand: number,
  capacityPerBroker: number,
  unit: Constraint['unit'],
  derivation: Derivation,
  availabilityZones = 3,
): Constraint {
  const raw = Math.ceil(demand / capacityPerBroker);
  return {
    name,
    demand,
    capacityPerBroker,
    unit,
    derivation,
    rawBrokersNeeded: raw,
    brokersNeeded: Math.ceil(raw / availabilityZones) * availabilityZones,
  };
}
