/**
 * Turns the kernel's figures into result format v2 (SPEC §9): each option with its constraints and
 * their derivations, its cost lines, and its reasons and warnings as `{code, message}`. Messages are
 * made here, when a result is shown, never on the kernel's hot path.
 */
import { EXPRESS_AVAILABILITY_ZONES, EXPRESS_EGRESS_FACTOR, EXPRESS_REPLICATION_FACTOR, ZOOKEEPER_BROKER_LIMIT } from './assumptions';
import { fitSentence, type BrokerRounding } from './broker-count';
import type { StandardBrokerSpec } from './price-book';
import {
  COST_LINES,
  RECOMMENDATION_CLASSES,
  type CodedMessage,
  type Constraint,
  type ConstraintName,
  type CostLine,
  type Derivation,
  type MonthlyCost,
  type ProvisionedThroughputPlan,
  type Recommendations,
  type RecommendationClass,
  type SizedOption,
  type VolumeSource,
} from './result';
import type { Purpose, Scenario } from './scenario';
import { cellOf, type KernelInput, type SizingFigures } from './kernel/kernel-buffers';
import {
  CONSTRAINT_NAMES,
  MAX_CONSTRAINTS,
  NEEDED_PRICES,
  SERVERLESS_LIMITS,
  UNAVAILABLE_CODES,
  WARNING_CODES,
  type NeededPrice,
  type ServerlessLimit,
  type WarningCode,
} from './kernel/kernel-codes';
import { closeAlternatives, compareForChoice } from './kernel/recommend-rows';
import { gp3VolumeMiBps } from './kernel/standard-type';
import { OptionKind, type SizingTable, type TableOption } from './sizing-table';
import { rawBrokersNeeded, roundUpToMultiple } from './units';

/** The rule behind the overall recommendation, in one sentence (SPEC §8). */
export const RECOMMENDATION_RULES: Readonly<Record<Purpose, string>> = {
  production:
    'For production: the cheapest available MSK option that is not T3 (T3 brokers are for development and test); self-managed Kafka is compared, never recommended.',
  development: 'For development: the cheapest available MSK option, T3 included; self-managed Kafka is compared, never recommended.',
};

const UNITS: Readonly<Record<ConstraintName, Constraint['unit']>> = {
  storageThroughput: 'MiB/s',
  networkThroughput: 'MiB/s',
  ingress: 'MiB/s',
  egress: 'MiB/s',
  partitions: 'partition replicas',
  storage: 'GiB',
  memory: 'GiB',
};

/** Where one option's Standard volume throughput came from, and how much it gives. */
function volumeOf(o: TableOption, spec: StandardBrokerSpec, pstMiBps: number): { volumeMiBps: number; source: VolumeSource } {
  if (o.kind === OptionKind.selfManaged) return { volumeMiBps: gp3VolumeMiBps(spec), source: 'gp3' };
  return pstMiBps > 0
    ? { volumeMiBps: pstMiBps, source: 'provisioned' }
    : { volumeMiBps: spec.defaultVolumeThroughputMiBps, source: 'default' };
}

/** The figures behind one constraint's capacity per broker (SPEC §9), from the scenario and the option's specs. */
function derivationOf(name: ConstraintName, input: KernelInput, o: TableOption, pstMiBps: number): Derivation {
  const { scenario: s, workload, factors, assumptions } = input;
  const spec = o.standard;
  const limit = s.useMaxPartitions ? ('maximum' as const) : ('recommended' as const);
  const instanceFigures = spec?.isBurstable ? ('ec2-baseline' as const) : ('sizing-logic' as const);
  switch (name) {
    case 'storageThroughput': {
      if (spec === null) break;
      const volume = volumeOf(o, spec, pstMiBps);
      return {
        kind: 'storageThroughput',
        instanceEbsMiBps: spec.ebsThroughputMiBps,
        instanceFigures,
        volumeMiBps: volume.volumeMiBps,
        volumeSource: volume.source,
        storageFactor: factors.storage,
        limitMiBps: Math.min(spec.ebsThroughputMiBps, volume.volumeMiBps) / factors.storage.total,
        utilization: s.utilizationStandard,
        tlsFactor: factors.tlsFactor,
      };
    }
    case 'networkThroughput':
      if (spec === null) break;
      return {
        kind: 'networkThroughput',
        nicMiBps: spec.nicThroughputMiBps,
        instanceFigures,
        networkFactor: factors.network,
        limitMiBps: spec.nicThroughputMiBps / factors.network.total,
        utilization: s.utilizationStandard,
        tlsFactor: factors.tlsFactor,
      };
    case 'ingress':
      return {
        kind: 'expressIngress',
        sustainedIngressMiBps: o.express?.ingressSustainedMiBps ?? 0,
        utilization: s.utilizationExpress,
        tlsFactor: factors.tlsFactor,
      };
    case 'egress':
      return {
        kind: 'expressEgress',
        sustainedIngressMiBps: o.express?.ingressSustainedMiBps ?? 0,
        egressFactor: EXPRESS_EGRESS_FACTOR,
        tlsFactor: factors.tlsFactor,
      };
    case 'partitions':
      return {
        kind: 'partitions',
        partitions: s.partitions,
        replicationFactor: o.kind === OptionKind.express ? EXPRESS_REPLICATION_FACTOR : s.replicationFactor,
        limit,
      };
    case 'storage':
      return {
        kind: 'storage',
        neededGiB: workload.localStorageNeededGiB,
        fillTarget: s.ebsUtilizationTarget,
        maxVolumeGiB: spec?.storageMaxGiB ?? 0,
      };
    case 'memory':
      return {
        kind: 'memory',
        memGiB: spec?.memGiB ?? 0,
        pageCacheShare: assumptions.pageCacheShare,
        ramCacheSeconds: s.ramCacheSeconds ?? 0,
      };
  }
  throw new Error(`Constraint ${name} does not apply to ${o.id}.`);
}

function roundingOf(o: TableOption, s: Scenario): BrokerRounding {
  return o.kind === OptionKind.express
    ? {
        availabilityZones: EXPRESS_AVAILABILITY_ZONES,
        replicationFactor: EXPRESS_REPLICATION_FACTOR,
        brokerSafetyFactor: s.brokerSafetyFactor,
      }
    : s;
}

function constraintsOf(f: SizingFigures, cell: number, input: KernelInput, o: TableOption, pstMiBps: number): Constraint[] {
  const constraints: Constraint[] = [];
  if (f.constraintName === null || f.demand === null || f.capacity === null) return constraints;
  const azs = roundingOf(o, input.scenario).availabilityZones;
  for (let i = 0; i < MAX_CONSTRAINTS; i += 1) {
    const at = cell * MAX_CONSTRAINTS + i;
    const name = CONSTRAINT_NAMES[f.constraintName[at] ?? -1];
    if (name === undefined) continue;
    const demand = f.demand[at] ?? 0;
    const capacityPerBroker = f.capacity[at] ?? 0;
    const raw = rawBrokersNeeded(demand, capacityPerBroker);
    constraints.push({
      name,
      demand,
      capacityPerBroker,
      rawBrokersNeeded: raw,
      brokersNeeded: roundUpToMultiple(raw, azs),
      unit: UNITS[name],
      derivation: derivationOf(name, input, o, pstMiBps),
    });
  }
  return constraints;
}

/** What a missing price is called in a reason. */
function priceName(price: NeededPrice, o: TableOption, s: Scenario): string {
  switch (price) {
    case 'brokerHours':
      return `${o.instanceType} broker-hours`;
    case 'mskStorage':
      return 'MSK broker storage';
    case 'tieredStorage':
      return 'MSK tiered storage';
    case 'provisionedThroughput':
      return 'MSK provisioned storage throughput';
    case 'expressStorage':
      return 'Express storage';
    case 'expressDataIn':
      return 'Express data written';
    case 'serverlessClusterHours':
      return 'Serverless cluster-hours';
    case 'serverlessPartitionHours':
      return 'Serverless partition-hours';
    case 'serverlessDataIn':
      return 'Serverless data in';
    case 'serverlessDataOut':
      return 'Serverless data out';
    case 'serverlessStorage':
      return 'Serverless storage';
    case 'ec2Instance':
      return `EC2 ${o.instanceType}`;
    case 'gp3Storage':
      return 'EBS gp3 storage';
    case 'gp3Throughput':
      return 'EBS gp3 throughput';
    case 'gp3Included':
      return 'EBS gp3 included throughput';
    case 'controllers':
      return `EC2 ${s.selfManaged.controllerInstance} (controllers)`;
  }
}

function serverlessLimitText(limit: ServerlessLimit, s: Scenario, table: SizingTable): string {
  const l = table.priceBook.serverlessLimits;
  switch (limit) {
    case 'clusterIngress':
      return `peak ingress ${s.peakIngressMiBps} MiB/s is above its ${l.maxIngressMiBps} MiB/s per cluster`;
    case 'clusterEgress':
      return `peak egress ${s.peakEgressMiBps} MiB/s is above its ${l.maxEgressMiBps} MiB/s per cluster`;
    case 'clusterPartitions':
      return `${s.partitions} partitions are above its ${l.maxPartitions} per cluster`;
    case 'partitionIngress':
      return `it needs at least ${Math.ceil(s.peakIngressMiBps / l.maxIngressMiBpsPerPartition)} partitions for ${s.peakIngressMiBps} MiB/s of peak ingress (${l.maxIngressMiBpsPerPartition} MiB/s per partition, load spread evenly); the scenario has ${s.partitions}`;
    case 'partitionEgress':
      return `it needs at least ${Math.ceil(s.peakEgressMiBps / l.maxEgressMiBpsPerPartition)} partitions for ${s.peakEgressMiBps} MiB/s of peak egress (${l.maxEgressMiBpsPerPartition} MiB/s per partition, load spread evenly); the scenario has ${s.partitions}`;
  }
}

function bitsToList<T extends string>(bits: number, names: readonly T[]): T[] {
  return names.filter((_, i) => (bits & (1 << i)) !== 0);
}

/** The reason an option is unavailable, as a message (SPEC §8). */
function unavailableMessage(
  f: SizingFigures,
  cell: number,
  o: TableOption,
  table: SizingTable,
  s: Scenario,
  constraints: readonly Constraint[],
): CodedMessage | null {
  const code = UNAVAILABLE_CODES[f.unavailable[cell] ?? 0];
  const brokers = f.brokers[cell] ?? 0;
  const fit = (limit: number) => fitSentence({ constraints }, s.peakIngressMiBps, limit, roundingOf(o, s));
  switch (code) {
    case undefined:
    case '':
      break;
    case 'missing-price': {
      const names = bitsToList(f.reasonBits[cell] ?? 0, NEEDED_PRICES).map((p) => priceName(p, o, s));
      return {
        code,
        message: `No published price in ${table.region.code} for ${names.join(', ')} in the bundled price data, so this option is unavailable there.`,
      };
    }
    case 'broker-quota': {
      const zk = table.priceBook.zookeeperBrokerLimit;
      const limit = o.standard !== null && !o.standard.kraftSupported ? Math.min(s.brokerQuota, zk) : s.brokerQuota;
      return { code, message: `Needs ${brokers} brokers, more than the quota of ${s.brokerQuota} brokers per cluster.${fit(limit)}` };
    }
    case 't3-no-kraft': {
      const zk = table.priceBook.zookeeperBrokerLimit;
      return {
        code,
        message: `Needs ${brokers} brokers, but ${o.instanceType} cannot run in KRaft mode, so ZooKeeper's limit of ${zk} brokers per cluster applies.${fit(zk)}`,
      };
    }
    case 'express-needs-3-azs':
      return { code, message: 'Express brokers need 3 availability zones; this scenario has 2.' };
    case 'serverless-limit': {
      const broken = bitsToList(f.reasonBits[cell] ?? 0, SERVERLESS_LIMITS).map((l) => serverlessLimitText(l, s, table));
      return { code, message: `Not eligible for MSK Serverless: ${broken.join('; ')} (MSK Serverless quotas).` };
    }
  }
  return null;
}

function warningMessage(code: WarningCode, o: TableOption, s: Scenario, brokers: number, table: SizingTable): string {
  switch (code) {
    case 't3-development-only':
      return `Development and test only: ${o.standard?.ec2Type ?? o.instanceType} runs on CPU credits, which limit sustained throughput; its capacity here uses EC2 baselines (MSK best practices).`;
    case 'partitions-above-recommended': {
      const perBroker = Math.ceil((s.partitions * s.replicationFactor) / brokers);
      return `${perBroker} partition replicas per broker exceed the recommended ${o.standard?.recommendedMaxPartitions ?? 0} for this size (MSK best practices, partitions per broker).`;
    }
    case 'kraft-required':
      return o.kind === OptionKind.express
        ? `${brokers} brokers: above ${ZOOKEEPER_BROKER_LIMIT} brokers per cluster needs a quota increase or KRaft (MSK quotas).`
        : `${brokers} brokers: clusters above ${ZOOKEEPER_BROKER_LIMIT} brokers need KRaft mode (MSK quotas: 30 brokers with ZooKeeper, 60 with KRaft).`;
    case 'cross-az-price-missing':
      return `No published cross-AZ data transfer price for ${table.region.code} in the bundled price data: the total excludes cross-AZ transfer.`;
    case 'very-large-cluster':
      return `${brokers} brokers in one cluster: MSK's quota does not bind self-managed Kafka, but clusters this large are rare and hard to operate; consider splitting it.`;
    case 'no-operations-time':
      return 'No operations time entered: running Kafka yourself costs engineering hours (patching, upgrades, rebalancing, on-call).';
    case 'express-replication-fixed':
      return `Express always keeps 3 replicas (min.insync.replicas 2); the scenario's replication factor ${s.replicationFactor} does not apply.`;
    case 'serverless-iam-only':
      return 'MSK Serverless authenticates clients with IAM only (MSK Serverless quotas).';
  }
}

function monthlyCostOf(f: SizingFigures, cell: number): MonthlyCost | null {
  const total = f.total[cell] ?? Number.NaN;
  if (Number.isNaN(total)) return null;
  const at = cell * COST_LINES.length;
  const line = (name: CostLine) => f.lines[at + COST_LINES.indexOf(name)] ?? 0;
  const crossAz = line('crossAz');
  return {
    brokers: line('brokers'),
    storage: line('storage'),
    tieredStorage: line('tieredStorage'),
    provisionedThroughput: line('provisionedThroughput'),
    dataIn: line('dataIn'),
    dataOut: line('dataOut'),
    crossAz: Number.isNaN(crossAz) ? null : crossAz,
    controllers: line('controllers'),
    operations: line('operations'),
    total,
    totalExcludes: Number.isNaN(crossAz) ? ['crossAz'] : [],
  };
}

function planOf(f: SizingFigures, cell: number, s: Scenario): ProvisionedThroughputPlan | null {
  const rate = f.planRateMiBps[cell] ?? Number.NaN;
  if (Number.isNaN(rate)) return null;
  const orNull = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);
  const setting = s.provisionedThroughputMiBps;
  return {
    mode: setting === null ? 'off' : setting === 'auto' ? 'auto' : 'fixed',
    brokersWithoutPst: f.planBrokersOff[cell] ?? 0,
    rateMiBps: rate,
    brokersAtRate: f.planBrokersAtRate[cell] ?? 0,
    totalWithoutPstUsd: orNull(f.planTotalOff[cell]),
    totalAtRateUsd: orNull(f.planTotalAtRate[cell]),
  };
}

/** One option of row `row` as result format v2 describes it. */
export function describeOption(f: SizingFigures, row: number, index: number, table: SizingTable, input: KernelInput): SizedOption {
  const o = table.options[index];
  if (o === undefined) throw new Error(`No option ${index} in the table.`);
  const s = input.scenario;
  const cell = cellOf(f, row, index);
  const brokersFigure = f.brokers[cell] ?? Number.NaN;
  const brokers = Number.isNaN(brokersFigure) ? null : brokersFigure;
  const pst = f.pstMiBps[cell] ?? 0;
  const constraints = constraintsOf(f, cell, input, o, pst);
  const unavailable = unavailableMessage(f, cell, o, table, s, constraints);
  const plan = planOf(f, cell, s);
  const bottleneck = CONSTRAINT_NAMES[f.bottleneck[cell] ?? -1] ?? null;
  const storagePerBroker = f.storagePerBrokerGiB[cell] ?? Number.NaN;
  return {
    id: o.id,
    deployment: o.deployment,
    family: o.family,
    instanceType: o.instanceType,
    available: unavailable === null,
    unavailable,
    brokers,
    bottleneck,
    provisionedThroughputMiBps: pst > 0 ? pst : null,
    provisionedThroughputBrokersSaved: pst > 0 && plan !== null ? plan.brokersWithoutPst - (brokers ?? 0) : null,
    provisionedThroughputPlan: plan,
    constraints,
    storagePerBrokerGiB: Number.isNaN(storagePerBroker) ? null : storagePerBroker,
    monthlyCostUsd: monthlyCostOf(f, cell),
    warnings: bitsToList(f.warnings[cell] ?? 0, WARNING_CODES).map((code) => ({
      code,
      message: warningMessage(code, o, s, brokers ?? 0, table),
    })),
  };
}

/** The recommendations of row `row` (SPEC §8). */
export function describeRecommendations(f: SizingFigures, row: number, table: SizingTable, purpose: Purpose): Recommendations {
  const idOf = (index: number) => (index < 0 ? null : (table.options[index]?.id ?? null));
  const classes = RECOMMENDATION_CLASSES.length;
  const byClass = {} as Record<RecommendationClass, string | null>;
  RECOMMENDATION_CLASSES.forEach((cls, i) => {
    byClass[cls] = idOf(f.byClass[row * classes + i] ?? -1);
  });
  const overall = f.overall[row] ?? -1;
  const totalOf = (index: number) => f.total[cellOf(f, row, index)] ?? Number.NaN;
  // The overall choice against the cheapest self-managed M5/M7g option.
  const selfManaged = (['self-managed-m7g', 'self-managed-m5'] as const)
    .map((cls) => f.byClass[row * classes + RECOMMENDATION_CLASSES.indexOf(cls)] ?? -1)
    .filter((i) => i >= 0)
    .sort((a, b) => compareForChoice(f, cellOf(f, row, a), cellOf(f, row, b)))[0];
  return {
    rule: RECOMMENDATION_RULES[purpose],
    overall: idOf(overall),
    closeAlternatives: closeAlternatives(f, table, purpose, row).map((i) => table.options[i]?.id ?? ''),
    byClass,
    versusSelfManaged:
      overall >= 0 && selfManaged !== undefined
        ? { selfManagedOption: table.options[selfManaged]?.id ?? '', monthlySavingUsd: totalOf(selfManaged) - totalOf(overall) }
        : null,
  };
}
