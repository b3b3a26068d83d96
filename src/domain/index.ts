/** The domain's public API: pure sizing and pricing, no React, DOM, storage or clock. */
export * from './assumptions';
export * from './price-book';
export * from './result';
export * from './scenario';
export * from './units';
export { computeWorkload, crossAzFlows, crossAzReplicaShare } from './workload';
export { standardCapacity } from './standard-sizing';
export { classOfOption, familyOfInstance, recommendOptions } from './recommend';
export { sizeScenario, sizeRawScenario, scenarioContextOf } from './size-scenario';
export * from './scenario-fields';
export { parseScenarioText, readJsonText, MAX_SCENARIO_TEXT_CHARS } from './scenario-text';
