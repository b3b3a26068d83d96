/**
 * The throughput bound beyond SPEC §2 (1 TiB/s keeps every figure finite), in a module of its own so
 * that the replication block's schema can check against it without importing the scenario schema.
 */
export const MAX_THROUGHPUT_MIBPS = 1_048_576;
