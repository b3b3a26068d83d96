/**
 * The Kinesis types against the bundled price data: `regions.<code>.kinesis` is a `KinesisPrices` and
 * `kinesisLimits` a `KinesisLimits` as they stand (checked by the compiler here), the literals of
 * kinesis-fixtures.ts are the data's, and every region prices what its data has.
 */
import { describe, expect, it } from 'vitest';
import rawPrices from '../../../src/data/aws-prices.json';
import type { KinesisLimits, KinesisPrices } from '../../../src/domain/kinesis/kinesis-prices';
import { sizeKinesisAlternatives } from '../../../src/domain/kinesis/size-kinesis';
import { LIMITS, options, US_EAST_1, workload } from './kinesis-fixtures';

const regions: Readonly<Record<string, { readonly kinesis: KinesisPrices }>> = rawPrices.regions;
const limits: KinesisLimits = rawPrices.kinesisLimits;

describe('the bundled Kinesis prices and quotas', () => {
  it('are the figures the tests copy', () => {
    expect(regions['us-east-1']?.kinesis).toEqual(US_EAST_1);
    expect(limits).toMatchObject(LIMITS);
  });

  it('price provisioned and on-demand standard in all 35 regions, and Advantage in us-east-1 and us-east-2 only', () => {
    const codes = Object.keys(regions);
    expect(codes).toHaveLength(35);
    const advantage: string[] = [];
    for (const code of codes) {
      const [p, d, a] = sizeKinesisAlternatives(workload(), options({ consumers: 3 }), regions[code]?.kinesis ?? null, limits, code);
      expect(p?.available).toBe(true);
      expect(d?.available).toBe(true);
      if (a?.available === true) advantage.push(code);
      else expect(a?.unavailable?.code).toBe('missing-price');
    }
    expect(advantage.sort()).toEqual(['us-east-1', 'us-east-2']);
  });
});
