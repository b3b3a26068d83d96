/** Human names for deployments, classes, constraints and cost lines, shared by the UI and reports. */
import type { ConstraintName, CostLine, Deployment, RecommendationClass } from '../domain';

export const DEPLOYMENT_LABELS: Record<Deployment, string> = {
  'msk-standard': 'MSK Standard',
  'msk-express': 'MSK Express',
  'msk-serverless': 'MSK Serverless',
  'self-managed': 'Self-managed on EC2',
};

export const CLASS_LABELS: Record<RecommendationClass, string> = {
  'msk-standard-m7g': 'MSK Standard M7g',
  'msk-standard-m5': 'MSK Standard M5',
  'msk-t3': 'MSK T3 (dev/test)',
  'msk-express': 'MSK Express',
  'msk-serverless': 'MSK Serverless',
  'self-managed-m7g': 'Self-managed M7g',
  'self-managed-m5': 'Self-managed M5',
};

export const CONSTRAINT_LABELS: Record<ConstraintName, string> = {
  storageThroughput: 'Storage throughput',
  networkThroughput: 'Network throughput',
  ingress: 'Ingress',
  egress: 'Egress',
  partitions: 'Partitions',
  storage: 'Storage',
  memory: 'Page cache memory',
};

export const COST_LINE_LABELS: Record<CostLine, string> = {
  brokers: 'Brokers',
  storage: 'Storage',
  tieredStorage: 'Tiered storage',
  provisionedThroughput: 'Provisioned throughput',
  dataIn: 'Data in',
  dataOut: 'Data out',
  crossAz: 'Cross-AZ transfer',
  controllers: 'Controllers',
  operations: 'Operations',
};

/** "MSK Standard kafka.m5.large", "MSK Serverless". */
export function optionLabel(option: { deployment: Deployment; instanceType: string }): string {
  return option.deployment === 'msk-serverless' ? 'MSK Serverless' : `${DEPLOYMENT_LABELS[option.deployment]} ${option.instanceType}`;
}

/** A constraint's label, or '' when there is none (Serverless has no bottleneck). */
export function bottleneckText(name: ConstraintName | null): string {
  return name === null ? '' : CONSTRAINT_LABELS[name];
}

/** A recommendation class's label, or '' for an option in none (self-managed T3). */
export function classText(cls: RecommendationClass | null): string {
  return cls === null ? '' : CLASS_LABELS[cls];
}
