/**
 * Inter-region transfer (SPEC §11: `interRegionOutPerGb × G` per direction), at the sending region's
 * price, and the cheaper rate AWS charges between its two US East regions (price data
 * `toUsEastRegionsPerGb`: us-east-1 ↔ us-east-2 $0.01/GB; research/replication.md §1c).
 * Defaults: R = 20 MiB/s → G = 20 × 3600 × 730 / 1024 = 51,328.125 GiB a month.
 */
import { describe, expect, it } from 'vitest';
import { replicate, toolCostOf } from './replication-factories';

const G = 51_328.125;

describe('inter-region transfer', () => {
  it('costs $0.01/GB between us-east-1 and us-east-2, in either direction', () => {
    expect(toolCostOf(replicate({}, { targetRegion: 'us-east-2' }), 'mm2-msk-connect').dataTransfer).toBeCloseTo(G * 0.01, 9);
    expect(toolCostOf(replicate({ region: 'us-east-2' }, { targetRegion: 'us-east-1' }), 'mm2-msk-connect').dataTransfer).toBeCloseTo(G * 0.01, 9);
  });

  it('costs the sending region\'s inter-region rate elsewhere: $0.02/GB from us-east-1 to us-west-2, $0.138/GB from sa-east-1', () => {
    expect(toolCostOf(replicate({}, { targetRegion: 'us-west-2' }), 'mm2-msk-connect').dataTransfer).toBeCloseTo(G * 0.02, 9);
    expect(toolCostOf(replicate({ region: 'sa-east-1' }, { targetRegion: 'us-east-1' }), 'mm2-msk-connect').dataTransfer).toBeCloseTo(G * 0.138, 9);
  });

  it('costs nothing within one region', () => {
    expect(toolCostOf(replicate({}, { targetRegion: 'us-east-1' }), 'mm2-msk-connect').dataTransfer).toBe(0);
  });
});
