/** MSK Express brokers (SPEC §5) and MSK Serverless (SPEC §6). */
import { EXPRESS_AVAILABILITY_ZONES, EXPRESS_EGRESS_FACTOR, EXPRESS_REPLICATION_FACTOR, ZOOKEEPER_BROKER_LIMIT } from './assumptions';
import { countBrokers, fitSentence, type ConstraintDemand } from './broker-count';
import { crossAzCostUsd, crossAzPriceMissing, makeMonthlyCost, missingPriceReason, missingPrices } from './cost';
import type { ExpressBrokerSpec, RegionPrices, ServerlessLimits } from './price-book';
import type { CodedMessage, SizedOption, WorkloadFigures } from './result';
import type { Scenario } from './scenario';
import { partitionLimit } from './standard-sizing';
import { hourlyToMonthlyUsd, mibpsToGibPerMonth } from './units';
import { crossAzFlows } from './workload';

const NO_PST = { provisionedThroughputMiBps: null, provisionedThroughputBrokersSaved: null, provisionedThroughputPlan: null } as const;

/** The constraints of one Express size (SPEC §5), each with its derivation. */
function expressDemands(s: Scenario, spec: ExpressBrokerSpec, tlsFactor: number): ConstraintDemand[] {
  const sustained = spec.ingressSustainedMiBps;
  return [
    {
      name: 'ingress', demand: s.peakIngressMiBps, capacityPerBroker: sustained * s.utilizationExpress * tlsFactor, unit: 'MiB/s',
      derivation: { kind: 'expressIngress', sustainedIngressMiBps: sustained, utilization: s.utilizationExpress, tlsFactor },
    },
    {
      name: 'egress', demand: s.peakEgressMiBps, capacityPerBroker: sustained * EXPRESS_EGRESS_FACTOR * tlsFactor, unit: 'MiB/s',
      derivation: { kind: 'expressEgress', sustainedIngressMiBps: sustained, egressFactor: EXPRESS_EGRESS_FACTOR, tlsFactor },
    },
    {
      name: 'partitions', demand: s.partitions * EXPRESS_REPLICATION_FACTOR, capacityPerBroker: partitionLimit(s, spec), unit: 'partition replicas',
      derivation: { kind: 'partitions', partitions: s.partitions, replicationFactor: EXPRESS_REPLICATION_FACTOR, limit: s.useMaxPartitions ? 'maximum' : 'recommended' },
    },
  ];
}

/**
 * One Express size: ingress at `sustained × utilizationExpress × tls`, egress at `sustained × 2 × tls`
 * (MSK docs), partition replicas at `partitions × 3`; 3 AZs only, RF always 3. Costs: broker-hours,
 * one copy of the retained data, data written, and client cross-AZ traffic.
 */
export function priceExpressOption(s: Scenario, region: RegionPrices, workload: WorkloadFigures, spec: ExpressBrokerSpec, tlsFactor: number): SizedOption {
  const id = `msk-express:${spec.instanceType}`;
  if (s.availabilityZones !== EXPRESS_AVAILABILITY_ZONES) {
    return {
      id, deployment: 'msk-express', family: 'express', instanceType: spec.instanceType, available: false,
      unavailable: { code: 'express-needs-3-azs', message: 'Express brokers need 3 availability zones; this scenario has 2.' },
      brokers: null, bottleneck: null, ...NO_PST, constraints: [], storagePerBrokerGiB: null, monthlyCostUsd: null, warnings: [],
    };
  }
  const count = countBrokers(expressDemands(s, spec, tlsFactor), EXPRESS_AVAILABILITY_ZONES, EXPRESS_REPLICATION_FACTOR, s.brokerSafetyFactor);
  const warnings: CodedMessage[] = [];
  if (s.replicationFactor !== EXPRESS_REPLICATION_FACTOR) {
    warnings.push({ code: 'express-replication-fixed', message: `Express always keeps 3 replicas (min.insync.replicas 2); the scenario's replication factor ${s.replicationFactor} does not apply.` });
  }
  if (count.brokers > ZOOKEEPER_BROKER_LIMIT) {
    warnings.push({ code: 'kraft-required', message: `${count.brokers} brokers: above ${ZOOKEEPER_BROKER_LIMIT} brokers per cluster needs a quota increase or KRaft (MSK quotas).` });
  }
  if (region.crossAzPerGbEachDirection === null) warnings.push(crossAzPriceMissing(region.code));
  const missing = missingPrices([
    [`${spec.instanceType} broker-hours`, region.expressBrokerHourly[spec.instanceType]],
    ['Express storage', region.expressStoragePerGbMonth],
    ['Express data written', region.expressDataInPerGb],
  ]);
  const base = {
    id, deployment: 'msk-express' as const, family: 'express' as const, instanceType: spec.instanceType,
    brokers: count.brokers, bottleneck: count.bottleneck, ...NO_PST, constraints: count.constraints, storagePerBrokerGiB: null, warnings,
  };
  if (missing.length > 0) return { ...base, available: false, unavailable: missingPriceReason(missing, region.code), monthlyCostUsd: null };
  const monthlyCostUsd = makeMonthlyCost({
    brokers: hourlyToMonthlyUsd(region.expressBrokerHourly[spec.instanceType] ?? 0, count.brokers),
    storage: workload.retainedGiB * (region.expressStoragePerGbMonth ?? 0),
    dataIn: mibpsToGibPerMonth(s.avgIngressMiBps) * (region.expressDataInPerGb ?? 0),
    crossAz: crossAzCostUsd(crossAzFlows(s, EXPRESS_REPLICATION_FACTOR), region.crossAzPerGbEachDirection, false),
  }, s.discountPct);
  let unavailable: CodedMessage | null = null;
  if (count.brokers > s.brokerQuota) {
    const rounding = { availabilityZones: EXPRESS_AVAILABILITY_ZONES, replicationFactor: EXPRESS_REPLICATION_FACTOR, brokerSafetyFactor: s.brokerSafetyFactor };
    const fit = fitSentence(count, s.peakIngressMiBps, s.brokerQuota, rounding);
    unavailable = { code: 'broker-quota', message: `Needs ${count.brokers} brokers, more than the quota of ${s.brokerQuota} brokers per cluster.${fit}` };
  }
  return { ...base, available: unavailable === null, unavailable, monthlyCostUsd };
}

/**
 * The Serverless limits a scenario breaks, each with the figure that would fit, or null (SPEC §6:
 * 200 MiB/s in, 400 out and 2,400 partitions per cluster; 5 MiB/s in and 10 out per partition).
 */
export function serverlessLimitsBroken(s: Scenario, limits: ServerlessLimits): CodedMessage | null {
  const broken: string[] = [];
  if (s.peakIngressMiBps > limits.maxIngressMiBps) broken.push(`peak ingress ${s.peakIngressMiBps} MiB/s is above its ${limits.maxIngressMiBps} MiB/s per cluster`);
  if (s.peakEgressMiBps > limits.maxEgressMiBps) broken.push(`peak egress ${s.peakEgressMiBps} MiB/s is above its ${limits.maxEgressMiBps} MiB/s per cluster`);
  if (s.partitions > limits.maxPartitions) broken.push(`${s.partitions} partitions are above its ${limits.maxPartitions} per cluster`);
  const forIngress = Math.ceil(s.peakIngressMiBps / limits.maxIngressMiBpsPerPartition);
  if (s.partitions < forIngress) {
    broken.push(`it needs at least ${forIngress} partitions for ${s.peakIngressMiBps} MiB/s of peak ingress (${limits.maxIngressMiBpsPerPartition} MiB/s per partition, load spread evenly); the scenario has ${s.partitions}`);
  }
  const forEgress = Math.ceil(s.peakEgressMiBps / limits.maxEgressMiBpsPerPartition);
  if (s.partitions < forEgress) {
    broken.push(`it needs at least ${forEgress} partitions for ${s.peakEgressMiBps} MiB/s of peak egress (${limits.maxEgressMiBpsPerPartition} MiB/s per partition, load spread evenly); the scenario has ${s.partitions}`);
  }
  if (broken.length === 0) return null;
  return { code: 'serverless-limit', message: `Not eligible for MSK Serverless: ${broken.join('; ')} (MSK Serverless quotas).` };
}

/**
 * MSK Serverless: cluster-hours, partition-hours, data in and out, and one copy of the retained
 * data (SPEC §6). No brokers. SPEC §6 lists no cross-AZ line for Serverless, so none is charged.
 */
export function priceServerlessOption(s: Scenario, region: RegionPrices, workload: WorkloadFigures, limits: ServerlessLimits): SizedOption {
  const p = region.serverless;
  const missing = missingPrices([
    ['Serverless cluster-hours', p.clusterHour], ['Serverless partition-hours', p.partitionHour],
    ['Serverless data in', p.dataInPerGb], ['Serverless data out', p.dataOutPerGb], ['Serverless storage', p.storagePerGbMonth],
  ]);
  const base = {
    id: 'msk-serverless:serverless', deployment: 'msk-serverless' as const, family: 'serverless' as const, instanceType: 'serverless',
    brokers: null, bottleneck: null, ...NO_PST, constraints: [], storagePerBrokerGiB: null,
    warnings: [{ code: 'serverless-iam-only', message: 'MSK Serverless authenticates clients with IAM only (MSK Serverless quotas).' }],
  };
  if (missing.length > 0) return { ...base, available: false, unavailable: missingPriceReason(missing, region.code), monthlyCostUsd: null };
  const monthlyCostUsd = makeMonthlyCost({
    brokers: hourlyToMonthlyUsd(p.clusterHour ?? 0, 1) + hourlyToMonthlyUsd(p.partitionHour ?? 0, s.partitions),
    storage: workload.retainedGiB * (p.storagePerGbMonth ?? 0),
    dataIn: mibpsToGibPerMonth(s.avgIngressMiBps) * (p.dataInPerGb ?? 0),
    dataOut: mibpsToGibPerMonth(s.avgEgressMiBps) * (p.dataOutPerGb ?? 0),
  }, s.discountPct);
  const broken = serverlessLimitsBroken(s, limits);
  return { ...base, available: broken === null, unavailable: broken, monthlyCostUsd };
}
