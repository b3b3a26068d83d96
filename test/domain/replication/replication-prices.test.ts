/**
 * The replication prices read from the bundled price data (research/replication.md §1a–1c, price
 * sources S1, S4, S18): the figures the hand calculations in the other tests use.
 */
import { describe, expect, it } from 'vitest';
import { replicationPricesFromData, replicationPricesIn } from '../../../src/domain/replication/replication-prices';
import { REPLICATION_PRICES } from './replication-factories';

describe('replication prices from the bundled price data', () => {
  it('reads MSK Replicator, MSK Connect, inter-region transfer and private connectivity for us-east-1', () => {
    expect(replicationPricesIn(REPLICATION_PRICES, 'us-east-1')).toEqual({
      replicatorHour: 0.3,
      replicatorPerGbSameRegion: 0.08,
      replicatorPerGbCrossRegion: 0.08,
      mcuHour: 0.11,
      interRegionOutPerGb: 0.02,
      interRegionOutToPerGb: { 'us-east-2': 0.01, 'ap-southeast-7': 0.08 },
      privateConnectivityHourPerAuthScheme: 0.0225,
      privateConnectivityPerGb: 0.006,
    });
  });

  it('reads the prices the hand calculations use in other regions', () => {
    const pick = (code: string) => {
      const p = replicationPricesIn(REPLICATION_PRICES, code);
      return [p.replicatorHour, p.replicatorPerGbCrossRegion, p.mcuHour, p.interRegionOutPerGb];
    };
    expect(pick('us-west-2')).toEqual([0.3, 0.08, 0.11, 0.02]);
    expect(pick('eu-central-1')).toEqual([0.39, 0.1, 0.132, 0.02]);
    expect(pick('eu-west-1')).toEqual([0.3, 0.08, 0.123, 0.02]);
    expect(pick('sa-east-1')).toEqual([0.44, 0.12, 0.175, 0.138]);
  });

  it('reads the destinations each region prices apart from its usual inter-region rate (v2.1, price data interRegionOutToPerGb)', () => {
    const ap4 = replicationPricesIn(REPLICATION_PRICES, 'ap-southeast-4');
    expect(ap4.interRegionOutPerGb).toBe(0.1);
    expect(ap4.interRegionOutToPerGb).toEqual({ 'il-central-1': 0.14, 'me-south-1': 0.14, 'me-central-1': 0.14, 'ap-southeast-2': 0.08 });
    expect(replicationPricesIn(REPLICATION_PRICES, 'eu-central-2').interRegionOutToPerGb['ca-west-1']).toBe(0.05);
    expect(replicationPricesIn(REPLICATION_PRICES, 'us-east-2').interRegionOutToPerGb['us-east-1']).toBe(0.01);
  });

  it('has no Replicator price where MSK Replicator is not offered (ca-west-1), but MSK Connect there', () => {
    const p = replicationPricesIn(REPLICATION_PRICES, 'ca-west-1');
    expect([p.replicatorHour, p.replicatorPerGbSameRegion, p.replicatorPerGbCrossRegion]).toEqual([null, null, null]);
    expect(p.mcuHour).toBe(0.123);
  });

  it('reads EC2 vCPUs for MirrorMaker 2 workers', () => {
    expect([REPLICATION_PRICES.ec2Vcpu['m7g.large'], REPLICATION_PRICES.ec2Vcpu['m5.xlarge']]).toEqual([2, 4]);
  });

  it('treats a region the data does not list as having no prices', () => {
    expect(
      Object.values(replicationPricesIn(REPLICATION_PRICES, 'nowhere-1')).every(
        (v) => v === null || (typeof v === 'object' && Object.keys(v).length === 0),
      ),
    ).toBe(true);
  });

  it('treats missing Replicator and Connect sections as unpublished prices, not as free', () => {
    const prices = replicationPricesFromData({
      regions: { 'xx-test-1': { msk: {}, dataTransfer: {} } },
      ec2Instances: {},
    });
    // every price null, and no destination priced apart (the pair prices are optional: none listed = none)
    expect(replicationPricesIn(prices, 'xx-test-1')).toEqual({
      replicatorHour: null,
      replicatorPerGbSameRegion: null,
      replicatorPerGbCrossRegion: null,
      mcuHour: null,
      interRegionOutPerGb: null,
      interRegionOutToPerGb: {},
      privateConnectivityHourPerAuthScheme: null,
      privateConnectivityPerGb: null,
    });
  });

  it('refuses invalid price data with a message', () => {
    expect(() =>
      replicationPricesFromData({ regions: { 'xx-test-1': { msk: { connect: { mcuHour: -1 } }, dataTransfer: {} } }, ec2Instances: {} }),
    ).toThrow(/replication price data is invalid: regions\.xx-test-1\.msk\.connect\.mcuHour/);
    expect(() => replicationPricesFromData(null)).toThrow(/invalid/);
  });
});
