/** MSK Express brokers (SPEC §5) and MSK Serverless (SPEC §6). */
import { EXPRESS_AVAILABILITY_ZONES, EXPRESS_EGRESS_FACTOR, EXPRESS_REPLICATION_FACTOR, ZOOKEEPER_BROKER_LIMIT } from './assumptions';
import { countBrokers, type ConstraintDemand } from './broker-count';
import { crossAzCostUsd, makeMonthlyCost, missingPriceReason, missingPrices } from './cost';
import type { ExpressBrokerSpec, RegionPrices, ServerlessLimits } from './price-book';
import type { SizedOption, WorkloadFigures } from './result';
import type { Scenario } from './scenario';
import { partitionLimit } from './standard-sizing';
import { hourlyToMonthlyUsd, mibpsToGibPerMonth } from './units';
import { crossAzFlows } from './workload';

/**
 * One Express size: ingress at `sustained × utilizationExpress`, egress at `sustained × 2.5`
 * (AWS sizing logic), partition replicas at `partitions × 3`; 3 AZs only, RF always 3.
 * Costs: broker-hours, one copy of the retained data, data written, and client cross-AZ traffic.
 */
export function priceExpressOption(s: Scenario, region: RegionPrices, workload: WorkloadFigures, spec: ExpressBrokerSpec): SizedOption {
  const id = `msk-express:${spec.instanceType}`;
  if (s.availabilityZones !== EXPRESS_AVAILABILITY_ZONES) {
    return {
      id, deployment: 'msk-express', instanceType: spec.instanceType, available: false,
      unavailableReason: 'Express brokers need 3 availability zones; this scenario has 2.',
      brokers: null, bottleneck: null, constraints: [], storagePerBrokerGiB: null, monthlyCostUsd: null, warnings: [],
    };
  }
  const demands: ConstraintDemand[] = [
    { name: 'ingress', demand: s.peakIngressMiBps, capacityPerBroker: spec.ingressSustainedMiBps * s.utilizationExpress, unit: 'MiB/s' },
  ];
  if (s.peakEgressMiBps > 0) {
    demands.push({ name: 'egress', demand: s.peakEgressMiBps, capacityPerBroker: spec.ingressSustainedMiBps * EXPRESS_EGRESS_FACTOR, unit: 'MiB/s' });
  }
  demands.push({ name: 'partitions', demand: s.partitions * EXPRESS_REPLICATION_FACTOR, capacityPerBroker: partitionLimit(s, spec), unit: 'partition replicas' });
  const sized = countBrokers(demands, EXPRESS_AVAILABILITY_ZONES, EXPRESS_REPLICATION_FACTOR, s.brokerSafetyFactor);
  const warnings: string[] = [];
  if (s.replicationFactor !== EXPRESS_REPLICATION_FACTOR) {
    warnings.push(`Express always keeps 3 replicas (min.insync.replicas 2); the scenario's replication factor ${s.replicationFactor} does not apply.`);
  }
  if (sized.brokers > ZOOKEEPER_BROKER_LIMIT) {
    warnings.push(`${sized.brokers} brokers: above ${ZOOKEEPER_BROKER_LIMIT} brokers per cluster needs a quota increase or KRaft (MSK quotas).`);
  }
  const missing = missingPrices([
    [`${spec.instanceType} broker-hours`, region.expressBrokerHourly[spec.instanceType]],
    ['Express storage', region.expressStoragePerGbMonth],
    ['Express data written', region.expressDataInPerGb],
    ['cross-AZ data transfer', region.crossAzPerGbEachDirection],
  ]);
  const base = {
    id, deployment: 'msk-express' as const, instanceType: spec.instanceType,
    brokers: sized.brokers, bottleneck: sized.bottleneck, constraints: sized.constraints, storagePerBrokerGiB: null, warnings,
  };
  if (missing.length > 0) {
    return { ...base, available: false, unavailableReason: missingPriceReason(missing, region.code), monthlyCostUsd: null };
  }
  const flows = crossAzFlows(s, EXPRESS_REPLICATION_FACTOR);
  const monthlyCostUsd = makeMonthlyCost({
    brokers: hourlyToMonthlyUsd(region.expressBrokerHourly[spec.instanceType] ?? 0, sized.brokers),
    storage: workload.retainedGiB * (region.expressStoragePerGbMonth ?? 0),
    dataIn: mibpsToGibPerMonth(s.avgIngressMiBps) * (region.expressDataInPerGb ?? 0),
    crossAz: crossAzCostUsd(flows, region.crossAzPerGbEachDirection ?? 0, false),
  }, s.discountPct);
  const quota = sized.brokers > s.brokerQuota ? `Needs ${sized.brokers} brokers, more than the quota of ${s.brokerQuota} brokers per cluster.` : null;
  return { ...base, available: quota === null, unavailableReason: quota, monthlyCostUsd };
}

/** The Serverless limit a scenario breaks, or null (SPEC §6: 200 MiB/s in, 400 out, 2,400 partitions). */
export function serverlessLimitBroken(s: Scenario, limits: ServerlessLimits): string | null {
  if (s.peakIngressMiBps > limits.maxIngressMiBps) return `Peak ingress ${s.peakIngressMiBps} MiB/s is above MSK Serverless's ${limits.maxIngressMiBps} MiB/s per cluster.`;
  if (s.peakEgressMiBps > limits.maxEgressMiBps) return `Peak egress ${s.peakEgressMiBps} MiB/s is above MSK Serverless's ${limits.maxEgressMiBps} MiB/s per cluster.`;
  if (s.partitions > limits.maxPartitions) return `${s.partitions} partitions is above MSK Serverless's ${limits.maxPartitions} partitions per cluster.`;
  return null;
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
    id: 'msk-serverless:serverless', deployment: 'msk-serverless' as const, instanceType: 'serverless',
    brokers: null, bottleneck: null, constraints: [], storagePerBrokerGiB: null,
    warnings: ['MSK Serverless authenticates clients with IAM only (MSK Serverless quotas).'],
  };
  if (missing.length > 0) {
    return { ...base, available: false, unavailableReason: missingPriceReason(missing, region.code), monthlyCostUsd: null };
  }
  const monthlyCostUsd = makeMonthlyCost({
    brokers: hourlyToMonthlyUsd(p.clusterHour ?? 0, 1) + hourlyToMonthlyUsd(p.partitionHour ?? 0, s.partitions),
    storage: workload.retainedGiB * (p.storagePerGbMonth ?? 0),
    dataIn: mibpsToGibPerMonth(s.avgIngressMiBps) * (p.dataInPerGb ?? 0),
    dataOut: mibpsToGibPerMonth(s.avgEgressMiBps) * (p.dataOutPerGb ?? 0),
  }, s.discountPct);
  const broken = serverlessLimitBroken(s, limits);
  return { ...base, available: broken === null, unavailableReason: broken === null ? null : `Not eligible: ${broken}`, monthlyCostUsd };
}
