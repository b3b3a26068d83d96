/** The domain's public API: pure sizing and pricing, no React, DOM, storage or clock. */
export * from './assumptions';
export { listAssumptions } from './assumption-list';
export * from './price-book';
export * from './result';
export * from './sizing-result';
export * from './scenario';
export * from './units';
export { computeWorkload, crossAzFlows, crossAzReplicaShare } from './workload';
export { standardFactors } from './standard-sizing';
export { classOfOption } from './recommend';
export { cellOf, type SizingFigures } from './kernel/kernel-buffers';
export { sizeGrowthCurve, WORKLOAD_MULTIPLIERS, type GrowthPick, type GrowthPoint } from './growth-curve';
export { UNAVAILABLE_CODES } from './kernel/kernel-codes';
export { partitionLimit } from './kernel/kernel-shared';
export { ELIGIBLE_CLASSES } from './kernel/recommend-rows';
export type { SizingTable } from './sizing-table';
export { RECOMMENDATION_RULES } from './describe-sizing';
export { largestFittingPeakIngress } from './broker-count';
export { nearestReplicaSavingUsd } from './scenario-warnings';
export { sizeScenario, sizeRawScenario, withRanges, scenarioContextOf } from './size-scenario';
export { createBatchSizer, sizeBatch, kernelInputOf, sizeOptions, type OptionsSizing } from './size-options';
export * from './scenario-fields';
export { fieldError, inputError } from './field-error';
export { FILE_WORDS, ruleText, type FieldRule, type FieldRuleCode, type RuleWords } from './field-rule';
export { labelNote, ruleOfIssue, type FieldWording } from './field-table';
export { REPLICATION_FIELDS, replicationFieldApplies, replicationRow, type ReplicationKey } from './replication/replication-fields';
export { UNCERTAINTY_FIELDS, uncertaintyRow, type UncertaintyField, type UncertaintyKey } from './ranges/uncertainty-fields';
export { parseScenarioText, readJsonText, MAX_SCENARIO_TEXT_CHARS } from './scenario-text';
export type { ReplicationResult, ReplicationToolId, ReplicationToolResult, ToolSizing } from './replication/replication-result';
export { REPLICATION_TOOL_NAMES, REPLICATION_TOOLS } from './replication/replication-result';
export { REPLICATION_PATTERNS, type Replication, type ReplicationPattern } from './replication/replication-schema';
export { PATTERN_TABLE, patternOf, type PatternKey, type PatternRecord } from './replication/replication-patterns';
export { readFactorOf } from './replication/replication-workloads';
export { REPLICATION_TOOL_FEATURES, REPLICATION_TOOL_GUIDANCE } from './replication/tool-features';
export { REPLICATION_CHOICES } from './replication/replication-assumptions';
export {
  RangesRun,
  allocateRangesBuffers,
  sizeRanges,
  nearestRank,
  percentilesOf,
  wholePercentilesOf,
  REGRET_EXPONENT,
} from './ranges/size-ranges';
export type {
  RangesResult,
  RangesBuffers,
  OptionRanges,
  OptionPlan,
  RangeFigures,
  Percentiles,
  TimelineMonth,
  OptionLimit,
} from './ranges/size-ranges';
export {
  uncertaintySchema,
  DEFAULT_UNCERTAINTY,
  RANGE_KEYS,
  RANGE_FIELDS,
  likelyValue,
  CONFIDENCE_BOUNDS,
  GROWTH_PCT_BOUNDS,
  MAX_HORIZON_MONTHS,
  SAMPLE_BOUNDS,
  MAX_SEED,
  type Uncertainty,
  type RangeKey,
  type ValueRange,
} from './ranges/uncertainty-schema';
export { drawFutures, splitLogNormal, drawAt, confidenceZ, type Draws, type SplitLogNormal } from './ranges/draws';
export { FieldRandom, inverseNormal } from './ranges/random';
export { RANGES_CHOICES } from './ranges/ranges-assumptions';
export { nearbyRegion, distanceKm, type RegionLocation, type RegionArea } from './regions/nearby-region';
export type {
  CheckValue,
  CurrentConstraint,
  CurrentResult,
  RightSizingCandidate,
  RightSizingCheck,
  RightSizingVerdict,
} from './current/current-result';
export {
  CURRENT_DEPLOYMENTS,
  CURRENT_FIELDS,
  currentFieldApplies,
  currentRow,
  type CurrentDeployment,
  type CurrentKey,
} from './current/current-fields';
export type { CurrentCluster } from './current/current-schema';
export { currentNeedsCluster, mergeImport } from './merge-import';
// The import readers (SPEC §13.3) are their own entry, `./import/import-workload`, so the page loads them
// only when a user imports; their types are here.
export type { ImportDerivation, ImportFile, ImportIssue, ImportOptions, ImportResult } from './import/import-workload';
export { KINESIS_FIELDS, kinesisRow, type KinesisKey } from './kinesis/kinesis-fields';
export { DEFAULT_KINESIS, type KinesisOptions } from './kinesis/kinesis-schema';
export type { KinesisLimits, KinesisPrices } from './kinesis/kinesis-prices';
export {
  KINESIS_ALTERNATIVE_IDS,
  KINESIS_ALTERNATIVE_NAMES,
  KINESIS_COST_LINES,
  type KinesisAlternative,
  type KinesisAlternativeId,
  type KinesisCostLine,
  type KinesisMonthlyCost,
  type KinesisStep,
} from './kinesis/kinesis-result';
export { KINESIS_GAINS, KINESIS_GIVES_UP, type KinesisTradeoff } from './kinesis/kinesis-tradeoffs';
export { KINESIS_CHOICES } from './kinesis/kinesis-assumptions';
export { scenarioJsonSchema } from './scenario-json-schema';
export { describeValue } from './describe-value';
