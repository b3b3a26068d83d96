/** The engine's entry point: a scenario and a price book in, result format v2 out (SPEC §9). */
import { DEFAULT_EDITABLE_ASSUMPTIONS, type EditableAssumptions } from './assumptions';
import type { PriceBook } from './price-book';
import type { CodedMessage } from './result';
import { parseScenario, type FieldError, type ParseResult, type Scenario, type ScenarioContext } from './scenario';
import { sizeOptions } from './size-options';
import { RESULT_VERSION, type SizingResult } from './sizing-result';
import type { ReplicationResult } from './replication/replication-result';
import type { Replication } from './replication/replication-schema';
import { sizeReplication } from './replication/size-replication';
import { sizeRanges } from './ranges/size-ranges';
import { scenarioWarnings } from './scenario-warnings';
import { rightSize } from './current/right-size';
import { kinesisAlternativesOf } from './kinesis/kinesis-of-scenario';

/** What `parseScenario` needs to know about the price data. */
export function scenarioContextOf(priceBook: PriceBook): ScenarioContext {
  return {
    regions: Object.keys(priceBook.regions),
    ec2Types: priceBook.ec2Types,
    brokerTypes: {
      'msk-standard': priceBook.standardBrokers.map((b) => b.instanceType),
      'msk-express': priceBook.expressBrokers.map((b) => b.instanceType),
      'self-managed': priceBook.standardBrokers.map((b) => b.ec2Type),
    },
  };
}

/**
 * The full result (SPEC §9): the options of the scenario's cluster (`sizeOptions`), its warnings, and
 * the replication's clusters and tools when it has a replication block. Throws only on a programming
 * error (a scenario that did not come from `parseScenario`).
 */
export function sizeScenario(
  scenario: Scenario,
  priceBook: PriceBook,
  assumptions: EditableAssumptions = scenario.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS,
): SizingResult {
  const sized = sizeOptions(scenario, priceBook, assumptions);
  return {
    version: RESULT_VERSION,
    scenario,
    prices: { region: sized.region.code, regionName: sized.region.name, asOf: priceBook.asOf },
    assumptions: {
      tlsFactor: assumptions.tlsFactor,
      pageCacheShare: assumptions.pageCacheShare,
      mm2MiBpsPerMcu: assumptions.mm2MiBpsPerMcu,
      moveMonths: assumptions.moveMonths,
      m7gCpuFactor: assumptions.m7gCpuFactor,
    },
    workload: sized.workload,
    options: sized.options,
    recommendations: sized.recommendations,
    warnings: [...scenarioWarnings(scenario, sized.region), ...replicationReadsNote(scenario, sized.cluster)],
    ...(scenario.replication ? { replication: replicationOf(scenario, scenario.replication, priceBook, assumptions) } : {}),
    ...(scenario.current ? { current: rightSize(scenario, scenario.current, priceBook, assumptions) } : {}),
    ...(priceBook.kinesis ? { alternatives: kinesisAlternativesOf(scenario, priceBook.kinesis) } : {}),
  };
}

/** Says that, with replication, the options are sized with the tool's reads (SPEC §11 v2.1), and by how much. */
function replicationReadsNote(scenario: Scenario, cluster: Scenario): CodedMessage[] {
  if (!scenario.replication) return [];
  const mibps = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const addedAvg = cluster.avgEgressMiBps - scenario.avgEgressMiBps;
  const addedPeak = cluster.peakEgressMiBps - scenario.peakEgressMiBps;
  const addedIngress = cluster.peakIngressMiBps - scenario.peakIngressMiBps;
  const peer =
    addedIngress > 0
      ? `, and the other region's writes (+${mibps(cluster.avgIngressMiBps - scenario.avgIngressMiBps)}/${mibps(addedIngress)} MiB/s of ingress)`
      : '';
  return [
    {
      code: 'sized-with-replication',
      message: `With replication, every option is sized for the cluster you will run: your consumers plus the replication tool reading ${mibps(addedAvg)}/${mibps(addedPeak)} MiB/s (average/peak)${peer}, so egress is ${mibps(cluster.avgEgressMiBps)}/${mibps(cluster.peakEgressMiBps)} MiB/s.`,
    },
  ];
}

/** SPEC §11, or null when the price book has no replication prices (price books built for tests). */
function replicationOf(
  scenario: Scenario,
  replication: Replication,
  priceBook: PriceBook,
  assumptions: EditableAssumptions,
): ReplicationResult | null {
  return priceBook.replication
    ? sizeReplication(scenario, replication, priceBook, priceBook.replication, {
        assumptions,
        mm2MiBpsPerMcu: assumptions.mm2MiBpsPerMcu,
        ...(replication.tool ? { preferredTool: replication.tool } : {}),
      })
    : null;
}

/** The result with `ranges` added when its scenario has an uncertainty block (SPEC §12); unchanged otherwise. */
export function withRanges(result: SizingResult, priceBook: PriceBook): SizingResult {
  const block = result.scenario.uncertainty;
  return block ? { ...result, ranges: sizeRanges(result.scenario, block, priceBook) } : result;
}

/** Validates raw input, then sizes it: the one call the CLI and the app need. Never throws on bad input. */
export function sizeRawScenario(input: unknown, priceBook: PriceBook): ParseResult<SizingResult> {
  const parsed = parseScenario(input, scenarioContextOf(priceBook));
  if (!parsed.ok) return parsed;
  return { ok: true, value: sizeScenario(parsed.value, priceBook) };
}

export type { FieldError };
