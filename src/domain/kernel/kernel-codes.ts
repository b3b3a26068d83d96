/**
 * The kernel's codes and slots: why an option is unavailable, its warnings, the prices it needs, the
 * Serverless limits, the constraint names and the cost-line slots, each a small number so the kernel
 * writes typed arrays and builds no strings (describe-sizing.ts words them).
 */
import { COST_LINES } from '../result';

/** Why an option is unavailable (0: it is available). Messages: describe-sizing.ts. */
export const UNAVAILABLE_CODES = ['', 'missing-price', 'broker-quota', 't3-no-kraft', 'express-needs-3-azs', 'serverless-limit'] as const;
export type UnavailableCode = Exclude<(typeof UNAVAILABLE_CODES)[number], ''>;
export const MISSING_PRICE = 1;
export const BROKER_QUOTA = 2;
export const T3_NO_KRAFT = 3;
export const EXPRESS_NEEDS_3_AZS = 4;
export const SERVERLESS_LIMIT = 5;

/** Option warnings, one bit each (bit i = WARNING_CODES[i]), listed in this order. */
export const WARNING_CODES = [
  't3-development-only',
  'partitions-above-recommended',
  'express-replication-fixed',
  'kraft-required',
  'very-large-cluster',
  'no-operations-time',
  'cross-az-price-missing',
  'serverless-iam-only',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];
const warningBit = (code: WarningCode): number => 1 << WARNING_CODES.indexOf(code);
export const W_T3 = warningBit('t3-development-only');
export const W_PARTITIONS = warningBit('partitions-above-recommended');
export const W_KRAFT = warningBit('kraft-required');
export const W_CROSS_AZ = warningBit('cross-az-price-missing');
export const W_LARGE = warningBit('very-large-cluster');
export const W_NO_OPS = warningBit('no-operations-time');
export const W_EXPRESS_RF = warningBit('express-replication-fixed');
export const W_IAM = warningBit('serverless-iam-only');

/** Prices an option cannot do without, one bit each, so a reason can name the missing ones. */
export const NEEDED_PRICES = [
  'brokerHours',
  'mskStorage',
  'tieredStorage',
  'provisionedThroughput',
  'expressStorage',
  'expressDataIn',
  'serverlessClusterHours',
  'serverlessPartitionHours',
  'serverlessDataIn',
  'serverlessDataOut',
  'serverlessStorage',
  'ec2Instance',
  'gp3Storage',
  'gp3Throughput',
  'gp3Included',
  'controllers',
] as const;
export type NeededPrice = (typeof NEEDED_PRICES)[number];
export const priceBit = (price: NeededPrice): number => 1 << NEEDED_PRICES.indexOf(price);

/** Serverless quotas a scenario breaks, one bit each (SPEC §6). */
export const SERVERLESS_LIMITS = ['clusterIngress', 'clusterEgress', 'clusterPartitions', 'partitionIngress', 'partitionEgress'] as const;
export type ServerlessLimit = (typeof SERVERLESS_LIMITS)[number];

/** Constraint slots per option: Standard has five (storageThroughput, networkThroughput, partitions, storage, memory). */
export const MAX_CONSTRAINTS = 5;
/** Constraint names in the order of result.ts's CONSTRAINT_ORDER; the kernel writes their indexes. */
export const CONSTRAINT_NAMES = ['storageThroughput', 'networkThroughput', 'ingress', 'egress', 'partitions', 'storage', 'memory'] as const;
export const C_STORAGE_THROUGHPUT = 0;
export const C_NETWORK_THROUGHPUT = 1;
export const C_INGRESS = 2;
export const C_EGRESS = 3;
export const C_PARTITIONS = 4;
export const C_STORAGE = 5;
export const C_MEMORY = 6;

export const LINES = COST_LINES.length;
export const L_BROKERS = COST_LINES.indexOf('brokers');
export const L_STORAGE = COST_LINES.indexOf('storage');
export const L_TIERED = COST_LINES.indexOf('tieredStorage');
export const L_PST = COST_LINES.indexOf('provisionedThroughput');
export const L_DATA_IN = COST_LINES.indexOf('dataIn');
export const L_DATA_OUT = COST_LINES.indexOf('dataOut');
export const L_CROSS_AZ = COST_LINES.indexOf('crossAz');
export const L_CONTROLLERS = COST_LINES.indexOf('controllers');
export const L_OPERATIONS = COST_LINES.indexOf('operations');

/** The lowest PST rate MSK sells, MiB/s (MSK docs: 250 MiB/s, the volume's default). */
export const PST_MINIMUM_MIBPS = 250;
