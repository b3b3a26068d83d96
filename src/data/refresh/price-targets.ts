/**
 * Where a price from AWS's Price List lands in our price data (SPEC §14): a path of keys under
 * `regions.<code>`, the offer that prices it, and the unit its rule expects. Paths are arrays so that
 * keys with dots (`kafka.m5.large`) stay one key; `keyText` writes them as the SPEC does.
 */

export const OFFERS = ['AmazonMSK', 'AmazonEC2', 'AWSDataTransfer', 'AmazonKinesis'] as const;
export type OfferCode = (typeof OFFERS)[number];

export const OFFER_NAMES: Readonly<Record<OfferCode, string>> = {
  AmazonMSK: 'Amazon MSK',
  AmazonEC2: 'Amazon EC2 (instances and EBS)',
  AWSDataTransfer: 'AWS Data Transfer',
  AmazonKinesis: 'Amazon Kinesis Data Streams',
};

/** A path of keys under one region's block, e.g. ['msk', 'brokers', 'kafka.m5.large']. */
export type PricePath = readonly string[];

/** Unit families a price dimension's `unit` must belong to, by rule. */
export const UNIT_FAMILIES = {
  hour: { words: 'an hourly unit ("Hrs", "ShardHour", "StreamHour")', pattern: /^hrs?$|hours?$/i },
  gbMonth: { words: 'GB-month ("GB-Mo")', pattern: /^gi?b[- ]?mo(nth)?s?$/i },
  gb: { words: 'GB ("GB")', pattern: /^gi?b$/i },
  iopsMonth: { words: 'IOPS-month ("IOPS-Mo")', pattern: /^iops[- ]?mo(nth)?s?$/i },
  gibpsMonth: { words: 'GiBps-month ("GiBps-mo")', pattern: /^gi?bps[- ]?mo(nth)?s?$/i },
  mibpsMonth: { words: 'MB/s-month ("MBps-Mo")', pattern: /^mi?b(ps|\/s)[- ]?mo(nth)?s?$/i },
  units: { words: 'a count of units or requests', pattern: /units?$|requests?$|count$/i },
} as const;
export type UnitFamily = keyof typeof UNIT_FAMILIES;

/** A key of our data as the SPEC writes it: msk.brokers["kafka.m5.large"]. */
export function keyText(path: PricePath): string {
  return path.map((part, i) => (part.includes('.') ? `["${part}"]` : i === 0 ? part : `.${part}`)).join('');
}

/** Every price key of one region that an offer can set, from the region's current block. */
export function offerPaths(offer: OfferCode, region: Readonly<Record<string, unknown>>): PricePath[] {
  const leaves = (value: unknown, path: string[]): PricePath[] =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
      : [path];
  switch (offer) {
    case 'AmazonMSK':
      return leaves(region['msk'], ['msk']);
    case 'AmazonEC2':
      return [...leaves(region['ec2'], ['ec2']), ...EBS_KEYS.map((k) => ['ebs', k])];
    case 'AWSDataTransfer':
      return [
        ['dataTransfer', 'crossAzPerGbEachDirection'],
        ['dataTransfer', 'interRegionOutPerGb'],
        ...Object.keys(record(record(region['dataTransfer'])['interRegionOutToPerGb'])).map((d) => [
          'dataTransfer',
          'interRegionOutToPerGb',
          d,
        ]),
        ['dataTransfer', 'internetOutTiers'],
      ];
    case 'AmazonKinesis':
      return KINESIS_PATHS;
  }
}

/** The EBS keys a refresh sets; gp3IncludedIops and gp3IncludedMiBps are constants of the volume type. */
export const EBS_KEYS = [
  'gp2PerGbMonth',
  'gp3PerGbMonth',
  'gp3IopsPerIopsMonth',
  'gp3ThroughputPerGiBpsMonth_raw',
  'gp3ThroughputPerMiBpsMonth',
  'st1PerGbMonth',
] as const;

const KINESIS_PATHS: PricePath[] = [
  ...[
    'shardHour',
    'putPayloadUnitsPerMillion',
    'extendedRetentionShardHour',
    'longTermRetentionPerGbMonth',
    'longTermRetrievalPerGb',
    'efoConsumerShardHour',
    'efoPerGb',
  ].map((k) => ['kinesis', 'provisioned', k]),
  ...['streamHour', 'dataInPerGb', 'dataOutPerGb', 'efoDataOutPerGb', 'extendedRetentionPerGbMonth', 'longTermRetentionPerGbMonth'].map(
    (k) => ['kinesis', 'onDemand', k],
  ),
  ...['dataInPerGb', 'dataOutPerGb', 'efoDataOutPerGb', 'retentionPerGbMonth'].map((k) => ['kinesis', 'onDemandAdvantage', k]),
];

export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The value at a path, or undefined. */
export function valueAt(root: unknown, path: PricePath): unknown {
  let at: unknown = root;
  for (const part of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/** Sets a value at a path, creating objects on the way (a block null today, e.g. onDemandAdvantage). */
export function setValueAt(root: Record<string, unknown>, path: PricePath, value: unknown): void {
  let at = root;
  path.slice(0, -1).forEach((part) => {
    const next = at[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) at[part] = {};
    at = at[part] as Record<string, unknown>;
  });
  const last = path[path.length - 1];
  if (last !== undefined) at[last] = value;
}
