/** The replication assumptions (SPEC §11) as the Assumptions page lists them. */
import { describe, expect, it } from 'vitest';
import { listReplicationAssumptions, MM2_MIBPS_PER_MCU } from '../../../src/domain/replication/replication-assumptions';

describe('replication assumptions', () => {
  it('default MirrorMaker 2 to 8 MiB/s per MCU, editable, and say it is unmeasured', () => {
    expect(MM2_MIBPS_PER_MCU).toBe(8);
    const entry = listReplicationAssumptions().find((a) => a.key === 'mm2MiBpsPerMcu');
    expect(entry).toMatchObject({ value: 8, unit: 'MiB/s', editable: true });
    expect(entry?.source).toMatch(/AWS publishes no MirrorMaker 2 throughput/);
    expect(entry?.source).toMatch(/assumption, not a measurement/);
  });

  it('show the figure in force when a user changes it', () => {
    expect(listReplicationAssumptions(12).find((a) => a.key === 'mm2MiBpsPerMcu')?.value).toBe(12);
  });

  it('give every entry a source, and only the MM2 figure is editable', () => {
    const all = listReplicationAssumptions();
    expect(all.every((a) => a.source.length > 0)).toBe(true);
    expect(all.filter((a) => a.editable).map((a) => a.key)).toEqual(['mm2MiBpsPerMcu']);
    expect(all.find((a) => a.key === 'replicatorMaxThroughput')?.value).toBe(1024);
  });

  it("state how MirrorMaker 2's MCUs become MSK Connect connectors: at most 10 workers × 8 MCUs each, one worker size per connector", () => {
    const entry = listReplicationAssumptions().find((a) => a.key === 'mskConnectMcusPerConnector');
    expect(entry).toMatchObject({ value: 80, editable: false });
    expect(entry?.source).toMatch(/fewest source connectors/);
    expect(entry?.source).toMatch(/7 workers × 2 MCUs = 14/);
  });
});
