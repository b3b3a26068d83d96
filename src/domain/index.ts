/** The domain's public API: pure sizing and pricing, no React, DOM, storage or clock. */
export * from './assumptions';
export * from './price-book';
export * from './result';
export * from './scenario';
export * from './units';
export { computeWorkload, crossAzFlows, crossAzReplicaShare } from './workload';
export { standardFactors } from './standard-sizing';
export { classOfOption } from './recommend';
export { cellOf, ELIGIBLE_CLASSES, partitionLimit, UNAVAILABLE_CODES, type SizingFigures } from './sizing-kernel';
export type { SizingTable } from './sizing-table';
export { RECOMMENDATION_RULES } from './describe-sizing';
export { largestFittingPeakIngress } from './broker-count';
export { nearestReplicaSavingUsd } from './scenario-warnings';
export { sizeScenario, sizeRawScenario, createBatchSizer, sizeBatch, kernelInputOf, scenarioContextOf } from './size-scenario';
export * from './scenario-fields';
export { parseScenarioText, readJsonText, MAX_SCENARIO_TEXT_CHARS } from './scenario-text';
