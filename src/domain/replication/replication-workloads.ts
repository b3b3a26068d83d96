/**
 * What each pattern replicates and the workloads of the clusters on both sides (SPEC §11): the
 * flows (directions) and the source and target scenarios that sections 3–8 then size and price.
 */
import type { Scenario } from '../scenario';
import { mibpsToGibPerMonth } from '../units';
import type { ClusterBasis, ClusterWorkload, ReplicationFlow } from './replication-result';
import { patternOf } from './replication-patterns';
import type { Replication } from './replication-schema';

/**
 * Rounds a count up, ignoring floating-point dust below a millionth (300 × 0.1 is 30.000000000000004,
 * which is 30 partitions, not 31).
 */
export function ceilCount(value: number): number {
  return Math.ceil(Math.round(value * 1e6) / 1e6);
}

/** R and Rp (MiB/s) and G (GiB per month) of one flow: ingress × replicatedShare (SPEC §11). */
export function replicatedRates(s: Scenario, b: Replication): { avgMiBps: number; peakMiBps: number; gibPerMonth: number } {
  const avgMiBps = s.avgIngressMiBps * b.replicatedShare;
  return { avgMiBps, peakMiBps: s.peakIngressMiBps * b.replicatedShare, gibPerMonth: mibpsToGibPerMonth(avgMiBps) };
}

/**
 * The directions replication runs in: one for active-passive and migration, one each way for
 * active-active, one per spoke (`count` = sourceClusters) into the hub for aggregation.
 */
export function replicationFlows(s: Scenario, b: Replication): ReplicationFlow[] {
  const rates = replicatedRates(s, b);
  const forward: ReplicationFlow = { fromRegion: s.region, toRegion: b.targetRegion, count: 1, ...rates, readFactor: readFactorOf(b) };
  switch (patternOf(b.pattern).flows) {
    case 'one-way':
      return [forward];
    case 'both-ways':
      return [forward, { ...forward, fromRegion: b.targetRegion, toRegion: s.region }];
    case 'spokes':
      return [{ ...forward, count: b.sourceClusters }];
  }
}

/**
 * SPEC §11 v2.1: with identical topic names in active-active each topic holds both regions' writes,
 * and the tool reads (and filters out) all of them: 2; else 1 (AWS: "you will pay additional data
 * processing and data transfer charges for each Replicator").
 */
export function readFactorOf(b: Replication): number {
  return patternOf(b.pattern).identicalNamesReadTwice && b.identicalTopicNames ? 2 : 1;
}

/** Partitions the replicated topics add where they land: the replicated share of the scenario's, whole. */
function replicatedPartitions(s: Scenario, b: Replication): number {
  return ceilCount(s.partitions * b.replicatedShare);
}

export interface ClusterScenario {
  readonly scenario: Scenario;
  readonly basis: ClusterBasis;
  /** Identical clusters this stands for (aggregation: the spokes). */
  readonly clusterCount: number;
}

/**
 * Active-active (SPEC §11 v2.1): each region takes its own writes and the other's (ingress + R, so
 * the same retention holds both), and the tool reads its own writes (egress + R), or, with identical
 * names, every record in the replicated topics, both regions' (egress + 2R). Prefixed remote topics
 * add their partitions; with identical names the records land in the same topics. Our choice: local
 * consumers read what they read before (egress grows by the tool's reads only).
 */
function activeActiveScenario(s: Scenario, b: Replication, region: string): Scenario {
  const r = replicatedRates(s, b);
  const reads = readFactorOf(b);
  return {
    ...s,
    region,
    avgIngressMiBps: s.avgIngressMiBps + r.avgMiBps,
    peakIngressMiBps: s.peakIngressMiBps + r.peakMiBps,
    avgEgressMiBps: s.avgEgressMiBps + reads * r.avgMiBps,
    peakEgressMiBps: s.peakEgressMiBps + reads * r.peakMiBps,
    partitions: s.partitions + (b.identicalTopicNames ? 0 : replicatedPartitions(s, b)),
    // Egress is given explicitly now; groups × ingress would count the remote writes as read by every group.
    consumerGroups: null,
  };
}

/** The source: the scenario with one more consumer, the replication tool, reading R (avg) and Rp (peak). */
function sourceWithReplicationConsumer(s: Scenario, b: Replication): Scenario {
  const r = replicatedRates(s, b);
  return { ...s, avgEgressMiBps: s.avgEgressMiBps + r.avgMiBps, peakEgressMiBps: s.peakEgressMiBps + r.peakMiBps, consumerGroups: null };
}

/**
 * The hub (SPEC §11: ingress = sourceClusters × R). Our choices where SPEC is silent: the hub keeps
 * the scenario's fan-out (egress scales with ingress), and holds each spoke's replicated partitions.
 */
function hubScenario(s: Scenario, b: Replication): Scenario {
  return scaledInto(s, b.targetRegion, b.sourceClusters * b.replicatedShare, b.sourceClusters * replicatedPartitions(s, b));
}

/** The scenario in `region` with every throughput × `scale` and `partitions` partitions; egress given explicitly. */
function scaledInto(s: Scenario, region: string, scale: number, partitions: number): Scenario {
  return {
    ...s,
    region,
    avgIngressMiBps: s.avgIngressMiBps * scale,
    peakIngressMiBps: s.peakIngressMiBps * scale,
    avgEgressMiBps: s.avgEgressMiBps * scale,
    peakEgressMiBps: s.peakEgressMiBps * scale,
    partitions,
    // Egress is given explicitly now; groups × ingress would scale it again.
    consumerGroups: null,
  };
}

/**
 * The clusters derived from a scenario must not carry its `replication` block (sizing them would
 * replicate again).
 */
function withoutReplication(s: Scenario): Scenario {
  return { ...s, replication: null };
}

/**
 * SPEC §11 v2.1, active-passive and migration: the standby (or new cluster) holds what is replicated
 * and takes that share of the load when it fails over: the scenario with ingress, egress and
 * partitions × replicatedShare, in the target region (AWS: "provision identical capacity for your
 * source and target clusters", i.e. capacity for what fails over). Our choice: the partitions round
 * up to a whole number.
 */
function replicatedStandbyScenario(s: Scenario, b: Replication): Scenario {
  return scaledInto(s, b.targetRegion, b.replicatedShare, Math.max(1, replicatedPartitions(s, b)));
}

/**
 * The cluster the scenario describes once it has a replication block (SPEC §11 v2.1: "the source
 * cluster *is* the scenario's cluster"): the scenario with the tool's reads as one more consumer
 * (active-active: with the peer's writes too). Without a block, the scenario itself. The result's
 * options and recommendation are sized from this, so the headline, exports and Terraform describe
 * the cluster the user will run.
 */
export function headlineClusterScenario(scenario: Scenario): Scenario {
  const b = scenario.replication;
  if (!b) return scenario;
  const s = withoutReplication(scenario);
  return sourceScenario(s, b);
}

/** The source: the scenario with the tool's reads, and with the peer's writes when both regions are live. */
function sourceScenario(s: Scenario, b: Replication): Scenario {
  return patternOf(b.pattern).sourceTakesPeerWrites ? activeActiveScenario(s, b, s.region) : sourceWithReplicationConsumer(s, b);
}

/** The target's scenario and how it was derived, by the pattern's record (SPEC §11 v2.1). */
function targetCluster(s: Scenario, b: Replication): ClusterScenario {
  switch (patternOf(b.pattern).target) {
    case 'replicated-share':
      return { scenario: replicatedStandbyScenario(s, b), basis: 'replicated-standby', clusterCount: 1 };
    case 'own-and-peer-writes':
      return { scenario: activeActiveScenario(s, b, b.targetRegion), basis: 'own-and-peer-writes', clusterCount: 1 };
    case 'hub-of-spokes':
      return { scenario: hubScenario(s, b), basis: 'hub-of-spokes', clusterCount: 1 };
  }
}

/**
 * The source and target (peer, new or hub) clusters' scenarios, each in its own region (SPEC §11).
 * Our choice for spokes: every one is "like this scenario", in the scenario's region.
 */
export function replicationClusterScenarios(scenario: Scenario, b: Replication): { source: ClusterScenario; target: ClusterScenario } {
  const s = withoutReplication(scenario);
  const record = patternOf(b.pattern);
  return {
    source: {
      scenario: sourceScenario(s, b),
      basis: record.sourceTakesPeerWrites ? 'own-and-peer-writes' : 'scenario-plus-replication-consumer',
      clusterCount: record.flows === 'spokes' ? b.sourceClusters : 1,
    },
    target: targetCluster(s, b),
  };
}

/** The workload figures a page shows for a cluster. */
export function clusterWorkloadOf(c: ClusterScenario): ClusterWorkload {
  const s = c.scenario;
  return {
    basis: c.basis,
    avgIngressMiBps: s.avgIngressMiBps,
    peakIngressMiBps: s.peakIngressMiBps,
    avgEgressMiBps: s.avgEgressMiBps,
    peakEgressMiBps: s.peakEgressMiBps,
    partitions: s.partitions,
    retentionHours: s.retentionHours,
  };
}
