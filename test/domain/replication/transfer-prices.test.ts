/**
 * Inter-region transfer (SPEC §11: `interRegionOutPerGb(source → target) × G` per direction), at the
 * sending region's price, and (v2.1) at the pair's own price where the price data has one
 * (`dataTransfer.interRegionOutToPerGb[targetRegion]` of the source region), e.g. us-east-1 ↔ us-east-2
 * $0.01/GB, ap-southeast-4 → ap-southeast-2 $0.08, eu-central-2 → ca-west-1 $0.05.
 * Defaults: R = 20 MiB/s → G = 20 × 3600 × 730 / 1024 = 51,328.125 GiB a month.
 */
import { describe, expect, it } from 'vitest';
import { transferPerGb } from '../../../src/domain/replication/replication-prices';
import { REPLICATION_PRICES, replicate, toolCostOf, toolOf } from './replication-factories';

const G = 51_328.125;

describe('inter-region transfer', () => {
  it('costs $0.01/GB between us-east-1 and us-east-2, in either direction', () => {
    expect(toolCostOf(replicate({}, { targetRegion: 'us-east-2' }), 'mm2-msk-connect').dataTransfer).toBeCloseTo(G * 0.01, 9);
    expect(toolCostOf(replicate({ region: 'us-east-2' }, { targetRegion: 'us-east-1' }), 'mm2-msk-connect').dataTransfer).toBeCloseTo(
      G * 0.01,
      9,
    );
  });

  it("costs the sending region's inter-region rate elsewhere: $0.02/GB from us-east-1 to us-west-2, $0.138/GB from sa-east-1", () => {
    expect(toolCostOf(replicate({}, { targetRegion: 'us-west-2' }), 'mm2-msk-connect').dataTransfer).toBeCloseTo(G * 0.02, 9);
    expect(toolCostOf(replicate({ region: 'sa-east-1' }, { targetRegion: 'us-east-1' }), 'mm2-msk-connect').dataTransfer).toBeCloseTo(
      G * 0.138,
      9,
    );
  });

  it("costs the pair's own price where there is one: $0.08/GB from ap-southeast-4 to ap-southeast-2, though ap-southeast-4's usual rate is $0.10", () => {
    expect(transferPerGb(REPLICATION_PRICES, 'ap-southeast-4', 'ap-southeast-2')).toBe(0.08);
    expect(transferPerGb(REPLICATION_PRICES, 'ap-southeast-4', 'ap-southeast-1')).toBe(0.1);
    const toSydney = replicate({ region: 'ap-southeast-4' }, { targetRegion: 'ap-southeast-2' });
    expect(toolOf(toSydney, 'mm2-msk-connect').derivation.transfer).toEqual([
      { fromRegion: 'ap-southeast-4', toRegion: 'ap-southeast-2', gibPerMonth: G, perGbUsd: 0.08 },
    ]);
    expect(toolCostOf(toSydney, 'mm2-msk-connect').dataTransfer).toBeCloseTo(G * 0.08, 9); // $4,106.25
    // MSK Replicator (in ap-southeast-2) pays the same pair price
    expect(toolCostOf(toSydney, 'msk-replicator').dataTransfer).toBeCloseTo(G * 0.08, 9);
    // to a destination the data does not price apart: the usual $0.10
    expect(
      toolCostOf(replicate({ region: 'ap-southeast-4' }, { targetRegion: 'ap-southeast-1' }), 'mm2-msk-connect').dataTransfer,
    ).toBeCloseTo(G * 0.1, 9);
  });

  it("costs a pair's own price when it is dearer than the usual rate too: $0.05/GB from eu-central-2 to ca-west-1, not $0.02", () => {
    expect(transferPerGb(REPLICATION_PRICES, 'eu-central-2', 'ca-west-1')).toBe(0.05);
    expect(toolCostOf(replicate({ region: 'eu-central-2' }, { targetRegion: 'ca-west-1' }), 'mm2-msk-connect').dataTransfer).toBeCloseTo(
      G * 0.05,
      9,
    ); // $2,566.40625
  });

  it("prices each direction of active-active at its own sending region's price for the pair", () => {
    // prefixed names: G per direction; ap-southeast-4 → me-central-1 $0.14 (a pair price), me-central-1 → ap-southeast-4 $0.085 (its usual rate)
    const r = replicate({ region: 'ap-southeast-4' }, { targetRegion: 'me-central-1', pattern: 'active-active' });
    expect(toolOf(r, 'mm2-msk-connect').derivation.transfer.map((t) => [t.fromRegion, t.toRegion, t.perGbUsd])).toEqual([
      ['ap-southeast-4', 'me-central-1', 0.14],
      ['me-central-1', 'ap-southeast-4', 0.085],
    ]);
    expect(toolCostOf(r, 'mm2-msk-connect').dataTransfer).toBeCloseTo(G * 0.14 + G * 0.085, 9);
  });

  it('costs nothing within one region', () => {
    expect(toolCostOf(replicate({}, { targetRegion: 'us-east-1' }), 'mm2-msk-connect').dataTransfer).toBe(0);
    expect(transferPerGb(REPLICATION_PRICES, 'ap-southeast-4', 'ap-southeast-4')).toBe(0);
  });
});
