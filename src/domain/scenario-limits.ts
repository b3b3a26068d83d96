/**
 * The throughput bound beyond SPEC §2 (1 TiB/s keeps every figure finite), in a module of its own so
 * that the replication block's schema can check against it without importing the scenario schema.
 */
export const MAX_THROUGHPUT_MIBPS = 1_048_576;
/** Retention bound beyond SPEC §2 (about 114 years), keeping every figure finite. */
export const MAX_RETENTION_HOURS = 1_000_000;
/** Partition bound beyond SPEC §2. */
export const MAX_PARTITIONS = 10_000_000;
/** SPEC §2: consumer groups 0–1000. */
export const MAX_CONSUMER_GROUPS = 1000;
/** Scenario names stay short enough for a report heading and a file name. */
export const MAX_NAME_LENGTH = 120;
