/** The domain's public API: pure sizing and pricing, no React, DOM, storage or clock. */
export * from './assumptions';
export * from './price-book';
export * from './result';
export * from './scenario';
export * from './units';
export { computeWorkload, crossAzFlows, crossAzReplicaShare } from './workload';
export { standardFactors, partitionLimit } from './standard-sizing';
export { classOfOption, recommendOptions, ELIGIBLE_CLASSES, RECOMMENDATION_RULES } from './recommend';
export { largestFittingPeakIngress } from './broker-count';
export { nearestReplicaSavingUsd } from './scenario-warnings';
export { sizeScenario, sizeRawScenario, scenarioContextOf } from './size-scenario';
export * from './scenario-fields';
export { parseScenarioText, readJsonText, MAX_SCENARIO_TEXT_CHARS } from './scenario-text';
