/** The domain's public API: pure sizing and pricing, no React, DOM, storage or clock. */
export * from './assumptions';
export * from './price-book';
export * from './result';
export * from './scenario';
export * from './units';
export { computeWorkload, crossAzFlows, crossAzReplicaShare } from './workload';
export { standardFactors } from './standard-sizing';
export { classOfOption } from './recommend';
export { ELIGIBLE_CLASSES, partitionLimit } from './sizing-kernel';
export { RECOMMENDATION_RULES } from './describe-sizing';
export { largestFittingPeakIngress } from './broker-count';
export { nearestReplicaSavingUsd } from './scenario-warnings';
export { sizeScenario, sizeRawScenario, sizeFigures, sizeBatch, kernelInputOf, scenarioContextOf } from './size-scenario';
export * from './scenario-fields';
export { parseScenarioText, readJsonText, MAX_SCENARIO_TEXT_CHARS } from './scenario-text';
