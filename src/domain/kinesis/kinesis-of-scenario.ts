/**
 * The scenario's workload as Kinesis Data Streams sees it (SPEC §15): its own producers and
 * consumers (not a replication tool's reads, which a stream would not have), egress from consumer
 * groups when they are set (SPEC §2), and the `kinesis` block or its defaults.
 */
import type { KinesisPriceBook } from '../price-book';
import type { Scenario } from '../scenario';
import type { KinesisAlternative, KinesisWorkload } from './kinesis-result';
import { DEFAULT_KINESIS } from './kinesis-schema';
import { sizeKinesisAlternatives } from './size-kinesis';

export function kinesisWorkloadOf(scenario: Scenario): KinesisWorkload {
  const groups = scenario.consumerGroups;
  return {
    avgIngressMiBps: scenario.avgIngressMiBps,
    peakIngressMiBps: scenario.peakIngressMiBps,
    avgEgressMiBps: groups === null ? scenario.avgEgressMiBps : groups * scenario.avgIngressMiBps,
    peakEgressMiBps: groups === null ? scenario.peakEgressMiBps : groups * scenario.peakIngressMiBps,
    consumerGroups: groups,
    retentionHours: scenario.retentionHours,
    partitions: scenario.partitions,
    discountPct: scenario.discountPct,
  };
}

/** `result.alternatives`: the three Kinesis modes in the scenario's region. */
export function kinesisAlternativesOf(scenario: Scenario, kinesis: KinesisPriceBook): KinesisAlternative[] {
  return sizeKinesisAlternatives(
    kinesisWorkloadOf(scenario),
    scenario.kinesis ?? DEFAULT_KINESIS,
    kinesis.regions[scenario.region] ?? null,
    kinesis.limits,
    scenario.region,
  );
}
