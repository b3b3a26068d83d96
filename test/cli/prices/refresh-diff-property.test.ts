/**
 * A property of the diff (SPEC §14): for any new prices given to rows of AWS's MSK excerpt (every
 * row of a rate code changed together), the refresh prints one `changed` line per key whose price
 * differs, each exactly as the SPEC writes it, with (new − old) ÷ old × 100 to one decimal.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentChange } from '../../../src/cli/prices/refresh-command';
import {
  linesStarting,
  makeWorkspace,
  priceAt,
  readData,
  readMskExcerpt,
  refreshFrom,
  removeWorkspaces,
  virginiaRows,
  writePriceFile,
  type Json,
  type PricingPage,
  type Workspace,
} from './refresh-harness';

/** SPEC §14's mapping of the excerpt's usage types (and operations) to our keys, written out by hand. */
const KEYS: Readonly<Record<string, { readonly text: string; readonly path: readonly string[] }>> = {
  'USE1-Kafka.m5.large RunBroker': { text: 'msk.brokers["kafka.m5.large"]', path: ['msk', 'brokers', 'kafka.m5.large'] },
  'USE1-Express.m7g.large RunBroker': {
    text: 'msk.express.brokers["express.m7g.large"]',
    path: ['msk', 'express', 'brokers', 'express.m7g.large'],
  },
  'USE1-Express.Storage Storage': { text: 'msk.express.storagePerGbMonth', path: ['msk', 'express', 'storagePerGbMonth'] },
  'USE1-Express.In-Bytes Data-In': { text: 'msk.express.dataInPerGb', path: ['msk', 'express', 'dataInPerGb'] },
  'USE1-Kafka.mcu.general RunConnect': { text: 'msk.connect.mcuHour', path: ['msk', 'connect', 'mcuHour'] },
  'USE1-Kafka.Storage.GP2 RunVolume': { text: 'msk.storagePerGbMonth', path: ['msk', 'storagePerGbMonth'] },
  'USE1-Kafka.Throughput RunVolume': { text: 'msk.provisionedThroughputPerMBpsMonth', path: ['msk', 'provisionedThroughputPerMBpsMonth'] },
  'USE1-Kafka.Storage.Tiered TieredStorage': { text: 'msk.tieredStoragePerGbMonth', path: ['msk', 'tieredStoragePerGbMonth'] },
  'USE1-Kafka.DataRetrieval.Tiered TieredStorage': { text: 'msk.tieredRetrievalPerGb', path: ['msk', 'tieredRetrievalPerGb'] },
  'USE1-KafkaReplication-ReplicatorHours RunReplicator': { text: 'msk.replicator.hour', path: ['msk', 'replicator', 'hour'] },
  'USE1-KafkaReplication-Processed-Bytes SameRegionSource': {
    text: 'msk.replicator.perGbSameRegion',
    path: ['msk', 'replicator', 'perGbSameRegion'],
  },
  'USE1-KafkaReplication-Processed-Bytes CrossRegionSourceLocal': {
    text: 'msk.replicator.perGbCrossRegion',
    path: ['msk', 'replicator', 'perGbCrossRegion'],
  },
  'USE1-KafkaServerless-ClusterHours Serverless': { text: 'msk.serverless.clusterHour', path: ['msk', 'serverless', 'clusterHour'] },
  'USE1-KafkaServerless-PartitionHours Serverless': { text: 'msk.serverless.partitionHour', path: ['msk', 'serverless', 'partitionHour'] },
  'USE1-KafkaServerless-In-Bytes Serverless': { text: 'msk.serverless.dataInPerGb', path: ['msk', 'serverless', 'dataInPerGb'] },
  'USE1-KafkaServerless-Out-Bytes Serverless': { text: 'msk.serverless.dataOutPerGb', path: ['msk', 'serverless', 'dataOutPerGb'] },
  'USE1-KafkaServerless-StorageHours Serverless': {
    text: 'msk.serverless.storagePerGbMonth',
    path: ['msk', 'serverless', 'storagePerGbMonth'],
  },
  'USE1-Kafka.PrivateConnectivityHours PrivateConnectivity': {
    text: 'msk.privateConnectivity.hourPerAuthScheme',
    path: ['msk', 'privateConnectivity', 'hourPerAuthScheme'],
  },
  'USE1-Kafka.PrivateConnectivity.BytesProcessed PrivateConnectivity': {
    text: 'msk.privateConnectivity.perGbProcessed',
    path: ['msk', 'privateConnectivity', 'perGbProcessed'],
  },
};

/** Prices in ten-thousandths of a dollar (the excerpt's prices have at most four decimals). */
const SCALE = 10_000;

/** AWS's way of writing a price: ten decimals ("0.2200000000"), built from the integer, no float. */
const awsPrice = (tenThousandths: number) =>
  `${Math.floor(tenThousandths / SCALE)}.${String(tenThousandths % SCALE).padStart(4, '0')}000000`;

/**
 * The hand formula: (new − old) ÷ old × 100 in exact integer arithmetic, to one decimal, halves
 * away from zero, signed by the direction of the change ("+4.8", "-93.8").
 */
function handPercent(oldTenThousandths: number, newTenThousandths: number): string {
  const numerator = BigInt(newTenThousandths - oldTenThousandths) * 1000n;
  const denominator = BigInt(oldTenThousandths);
  const falls = numerator < 0n;
  const magnitude = falls ? -numerator : numerator;
  const tenths = magnitude / denominator + (2n * (magnitude % denominator) >= denominator ? 1n : 0n);
  return `${falls ? '-' : '+'}${tenths / 10n}.${tenths % 10n}`;
}

describe('the hand formula of the percentage', () => {
  it('gives the SPEC example: 0.21 -> 0.22 is +4.76 %, "+4.8"', () => {
    expect(handPercent(2100, 2200)).toBe('+4.8');
  });

  it('agrees with the command for any two prices of up to four decimals, halves included (0.408 -> 0.0255 is -93.75 %, "-93.8")', () => {
    expect(percentChange(0.408, 0.0255)).toBe('-93.8');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500_000 }), fc.integer({ min: 1, max: 500_000 }), (before, after) => {
        fc.pre(before !== after);
        expect(percentChange(before / SCALE, after / SCALE)).toBe(handPercent(before, after));
      }),
      { numRuns: 2000 },
    );
  });
});

interface RateGroup {
  readonly rateCode: string;
  readonly usageType: string;
  readonly key: { readonly text: string; readonly path: readonly string[] };
  readonly oldTenThousandths: number;
  readonly oldValue: number;
}

describe('changed lines for any set of new MSK prices', () => {
  let ws: Workspace;
  let excerpt: PricingPage;
  let groups: RateGroup[];

  beforeAll(async () => {
    ws = await makeWorkspace();
    excerpt = await readMskExcerpt();
    const data: Json = await readData(ws);
    const byRate = new Map<string, RateGroup>();
    for (const row of Object.values(virginiaRows(excerpt))) {
      const rateCode = row['rateCode'] ?? '';
      const usageType = row['usageType'] ?? '';
      const key = KEYS[`${usageType} ${row['operation'] ?? ''}`];
      if (!key) throw new Error(`no hand-written key for ${usageType} ${row['operation'] ?? ''}`);
      const oldValue = priceAt(data, 'us-east-1', ...key.path) as number;
      byRate.set(rateCode, { rateCode, usageType, key, oldValue, oldTenThousandths: Math.round(oldValue * SCALE) });
    }
    groups = [...byRate.values()];
  });
  afterAll(removeWorkspaces);

  it('has one rate code per key in the excerpt, and the excerpt agrees with the data', () => {
    expect(groups).toHaveLength(19);
    expect(new Set(groups.map((g) => g.key.text)).size).toBe(19);
    for (const row of Object.values(virginiaRows(excerpt))) {
      const group = groups.find((g) => g.rateCode === row['rateCode']);
      expect(Number(row['price'])).toBe(group?.oldValue);
    }
  });

  /** A new price: anywhere up to $30, or within ±40 ten-thousandths of the old one (small changes, halves, no change). */
  const newPrice = fc.oneof(
    fc.record({ anywhere: fc.integer({ min: 1, max: 300_000 }) }),
    fc.record({ near: fc.integer({ min: -40, max: 40 }) }),
  );

  it('prints one changed line per key whose price differs, each with the hand percentage', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ group: fc.nat({ max: 18 }), price: newPrice }), { selector: (c) => c.group, maxLength: 19 }),
        async (changes) => {
          const page = structuredClone(excerpt);
          const expected: string[] = [];
          for (const change of changes) {
            const group = groups[change.group];
            if (!group) throw new Error('no such group');
            const price = 'anywhere' in change.price ? change.price.anywhere : Math.max(1, group.oldTenThousandths + change.price.near);
            // Every row of the rate code (kafka.m5.large is listed three times) gets the new price.
            Object.values(virginiaRows(page))
              .filter((row) => row['rateCode'] === group.rateCode)
              .forEach((row) => (row['price'] = awsPrice(price)));
            if (price !== group.oldTenThousandths)
              expected.push(
                `changed us-east-1 ${group.key.text} ${group.oldValue} -> ${price / SCALE} (${handPercent(group.oldTenThousandths, price)} %) ${group.usageType} ${group.rateCode}`,
              );
          }
          await writePriceFile(ws, 'msk.json', page);
          const run = await refreshFrom(ws, '--partial', '--dry-run');
          expect(run.status).toBe(0);
          expect([...linesStarting(run, 'changed')].sort()).toEqual(expected.sort());
          expect(linesStarting(run, 'added')).toEqual([]);
          expect(run.lines.at(-1)).toBe(`${expected.length} changed, 0 added, 0 removed; --dry-run: nothing written`);
        },
      ),
      { numRuns: 40 },
    );
  });
});
