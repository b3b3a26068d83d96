/**
 * The scenario's own result with a replication block (SPEC §11 v2.1: "the source cluster *is* the
 * scenario's cluster"): `result.options` and `result.recommendations` are sized with the tool's reads
 * added to egress (+ R, + Rp at peak); in active-active also with the peer's writes (ingress + R) and,
 * with identical topic names, egress + 2R. Each expectation is the same scenario without replication,
 * with those rates added by hand. Defaults: I 20, Ip 40, O 40, Op 80 MiB/s, 300 partitions, us-east-1.
 */
import { describe, expect, it } from 'vitest';
import { sizeScenario, type SizingResult } from '../../../src/domain';
import { BUNDLED_PRICE_BOOK, codesOf, makeScenario } from './replication-factories';

const size = (overrides: Record<string, unknown>): SizingResult => sizeScenario(makeScenario(overrides), BUNDLED_PRICE_BOOK);

/** The parts of a result that describe the cluster: workload figures, every option, the recommendations. */
function clusterOf(result: SizingResult) {
  return { workload: result.workload, options: result.options, recommendations: result.recommendations };
}

describe('the headline cluster with replication', () => {
  it('is the source of a DR standby: the scenario with egress + R, 50/100 MiB/s at share 0.5', () => {
    // R = 20 × 0.5 = 10, Rp = 40 × 0.5 = 20: egress 40 + 10 = 50, 80 + 20 = 100
    const withReplication = size({ replication: { targetRegion: 'us-west-2', replicatedShare: 0.5 } });
    const byHand = size({ avgEgressMiBps: 50, peakEgressMiBps: 100 });
    expect(clusterOf(withReplication)).toEqual(clusterOf(byHand));
    // and the replication's source cluster is that same cluster
    expect(withReplication.replication?.source.recommendation).toBe(byHand.recommendations.overall);
    // the added egress matters: without it the options are not the same
    expect(withReplication.options).not.toEqual(size({}).options);
  });

  it('is the scenario with egress + R for a migration and for each spoke of an aggregation', () => {
    // share 1: R = 20, Rp = 40: egress 60/120
    const byHand = clusterOf(size({ avgEgressMiBps: 60, peakEgressMiBps: 120 }));
    expect(clusterOf(size({ replication: { targetRegion: 'eu-west-1', pattern: 'migration' } }))).toEqual(byHand);
    expect(clusterOf(size({ replication: { targetRegion: 'us-west-2', pattern: 'aggregation', sourceClusters: 3 } }))).toEqual(byHand);
  });

  it("takes the peer's writes too in active-active: ingress + R, and egress + 2R with identical names", () => {
    // share 0.5: ingress 20 + 10 = 30, 40 + 20 = 60; egress 40 + 2 × 10 = 60, 80 + 2 × 20 = 120; same topics, 300 partitions
    expect(
      clusterOf(
        size({ replication: { targetRegion: 'us-west-2', pattern: 'active-active', replicatedShare: 0.5, identicalTopicNames: true } }),
      ),
    ).toEqual(clusterOf(size({ avgIngressMiBps: 30, peakIngressMiBps: 60, avgEgressMiBps: 60, peakEgressMiBps: 120 })));
  });

  it("takes the peer's writes in active-active with prefixed names: ingress + R, egress + R and the remote topics' partitions", () => {
    // share 0.5: ingress 30/60; egress 40 + 10 = 50, 80 + 20 = 100; partitions 300 + ceil(300 × 0.5) = 450
    expect(clusterOf(size({ replication: { targetRegion: 'us-west-2', pattern: 'active-active', replicatedShare: 0.5 } }))).toEqual(
      clusterOf(size({ avgIngressMiBps: 30, peakIngressMiBps: 60, avgEgressMiBps: 50, peakEgressMiBps: 100, partitions: 450 })),
    );
  });

  it('keeps derived egress explicit: with 2 consumer groups, egress is 2 × ingress + R', () => {
    // groups: egress 2 × 20 = 40 and 2 × 40 = 80, then + R = 20 and Rp = 40
    expect(clusterOf(size({ consumerGroups: 2, replication: { targetRegion: 'us-west-2' } }))).toEqual(
      clusterOf(size({ avgEgressMiBps: 60, peakEgressMiBps: 120 })),
    );
  });
});

describe('the sized-with-replication warning', () => {
  it("says, with replication, that the options are sized with the tool's reads, and by how much", () => {
    const result = size({ replication: { targetRegion: 'us-west-2', replicatedShare: 0.5 } });
    expect(codesOf(result)).toContain('sized-with-replication');
    const message = result.warnings.find((w) => w.code === 'sized-with-replication')?.message ?? '';
    // + R/Rp = 10/20 MiB/s; egress 40 + 10 = 50, 80 + 20 = 100
    expect(message).toContain('10/20 MiB/s (average/peak)');
    expect(message).toContain('egress is 50/100 MiB/s');
  });

  it("names the other region's writes in active-active", () => {
    // share 1, identical names: ingress + 20/40; egress + 2R = 40/80, so 80/160
    const message =
      size({ replication: { targetRegion: 'us-west-2', pattern: 'active-active', identicalTopicNames: true } }).warnings.find(
        (w) => w.code === 'sized-with-replication',
      )?.message ?? '';
    expect(message).toContain('reading 40/80 MiB/s (average/peak)');
    expect(message).toContain("the other region's writes (+20/40 MiB/s of ingress)");
    expect(message).toContain('egress is 80/160 MiB/s');
  });

  it('is absent without replication', () => {
    expect(codesOf(size({}))).not.toContain('sized-with-replication');
    expect(codesOf(size({ avgEgressMiBps: 60, peakEgressMiBps: 120 }))).not.toContain('sized-with-replication');
  });
});

describe('the tool named in the replication block', () => {
  it('carries the totals when available, MirrorMaker 2 on EC2 included, with the self-managed warning on the replication result', () => {
    const picked = size({ replication: { targetRegion: 'us-west-2', tool: 'mm2-ec2' } }).replication;
    expect(picked?.chosenTool).toBe('mm2-ec2');
    expect(picked ? codesOf(picked) : []).toEqual(['self-managed-replication-tool']);
    // nothing named: the cheapest managed tool, MirrorMaker 2 on MSK Connect ($1,588.6625 against EC2's $1,205.2665)
    const cheapest = size({ replication: { targetRegion: 'us-west-2' } }).replication;
    expect(cheapest?.chosenTool).toBe('mm2-msk-connect');
    expect(cheapest?.monthlyTotalUsd.replication).toBeCloseTo(7 * 0.11 * 730 + 51_328.125 * 0.02, 9);
  });
});
