/**
 * What the engine needs of one region's prices, worked out once per price book and region: the
 * options in the engine's order, each with its specs and prices as plain numbers (NaN = the price is
 * not published). Nothing here depends on the workload, so the sizing kernel reads it on every
 * sizing without building anything.
 */
import type { ExpressBrokerSpec, PriceBook, RegionPrices, StandardBrokerSpec } from './price-book';
import { classOfOption } from './recommend';
import { RECOMMENDATION_CLASSES, type Deployment, type OptionFamily } from './result';

/** How an option is sized: the kernel's switch. */
export const OptionKind = { standard: 0, express: 1, serverless: 2, selfManaged: 3 } as const;
export type OptionKind = (typeof OptionKind)[keyof typeof OptionKind];

export interface TableOption {
  readonly kind: OptionKind;
  readonly id: string;
  readonly deployment: Deployment;
  readonly family: OptionFamily;
  readonly instanceType: string;
  /** Index in RECOMMENDATION_CLASSES, or -1 (self-managed T3 belongs to no class). */
  readonly classIndex: number;
  readonly standard: StandardBrokerSpec | null;
  /** The EC2 type's index among the price book's Standard sizes (MSK Standard and self-managed share it); -1 otherwise. */
  readonly typeIndex: number;
  readonly express: ExpressBrokerSpec | null;
  /** USD per broker-hour (MSK Standard, Express) or per instance-hour (self-managed); NaN when not published. */
  readonly brokerHourlyUsd: number;
}

/** Prices a region may not publish, as numbers: NaN = not published (SPEC §8: never zero). */
export interface TablePrices {
  readonly mskStoragePerGbMonth: number;
  readonly tieredStoragePerGbMonth: number;
  readonly provisionedThroughputPerMiBpsMonth: number;
  readonly expressStoragePerGbMonth: number;
  readonly expressDataInPerGb: number;
  readonly serverlessClusterHour: number;
  readonly serverlessPartitionHour: number;
  readonly serverlessDataInPerGb: number;
  readonly serverlessDataOutPerGb: number;
  readonly serverlessStoragePerGbMonth: number;
  readonly gp3PerGbMonth: number;
  readonly gp3ThroughputPerMiBpsMonth: number;
  readonly gp3IncludedMiBps: number;
  readonly crossAzPerGbEachDirection: number;
}

export interface SizingTable {
  readonly priceBook: PriceBook;
  readonly region: RegionPrices;
  readonly options: readonly TableOption[];
  readonly prices: TablePrices;
  /** EC2 hourly price by type (controllers), NaN when not published. */
  readonly ec2HourlyUsd: (type: string) => number;
}

const orNaN = (price: number | null | undefined): number => price ?? Number.NaN;

function classOf(deployment: Deployment, family: OptionFamily): number {
  const cls = classOfOption({ deployment, family });
  return cls === null ? -1 : RECOMMENDATION_CLASSES.indexOf(cls);
}

function buildTable(priceBook: PriceBook, region: RegionPrices): SizingTable {
  const options: TableOption[] = [];
  const add = (o: Omit<TableOption, 'classIndex'>) => options.push({ ...o, classIndex: classOf(o.deployment, o.family) });
  priceBook.standardBrokers.forEach((spec, typeIndex) => {
    add({
      kind: OptionKind.standard,
      typeIndex,
      id: `msk-standard:${spec.instanceType}`,
      deployment: 'msk-standard',
      family: spec.family,
      instanceType: spec.instanceType,
      standard: spec,
      express: null,
      brokerHourlyUsd: orNaN(region.mskBrokerHourly[spec.instanceType]),
    });
  });
  for (const spec of priceBook.expressBrokers) {
    add({
      kind: OptionKind.express,
      typeIndex: -1,
      id: `msk-express:${spec.instanceType}`,
      deployment: 'msk-express',
      family: 'express',
      instanceType: spec.instanceType,
      standard: null,
      express: spec,
      brokerHourlyUsd: orNaN(region.expressBrokerHourly[spec.instanceType]),
    });
  }
  add({
    kind: OptionKind.serverless,
    typeIndex: -1,
    id: 'msk-serverless:serverless',
    deployment: 'msk-serverless',
    family: 'serverless',
    instanceType: 'serverless',
    standard: null,
    express: null,
    brokerHourlyUsd: Number.NaN,
  });
  priceBook.standardBrokers.forEach((spec, typeIndex) => {
    add({
      kind: OptionKind.selfManaged,
      typeIndex,
      id: `self-managed:${spec.ec2Type}`,
      deployment: 'self-managed',
      family: spec.family,
      instanceType: spec.ec2Type,
      standard: spec,
      express: null,
      brokerHourlyUsd: orNaN(region.ec2Hourly[spec.ec2Type]),
    });
  });
  const s = region.serverless;
  return {
    priceBook,
    region,
    options,
    prices: {
      mskStoragePerGbMonth: orNaN(region.mskStoragePerGbMonth),
      tieredStoragePerGbMonth: orNaN(region.tieredStoragePerGbMonth),
      provisionedThroughputPerMiBpsMonth: orNaN(region.provisionedThroughputPerMiBpsMonth),
      expressStoragePerGbMonth: orNaN(region.expressStoragePerGbMonth),
      expressDataInPerGb: orNaN(region.expressDataInPerGb),
      serverlessClusterHour: orNaN(s.clusterHour),
      serverlessPartitionHour: orNaN(s.partitionHour),
      serverlessDataInPerGb: orNaN(s.dataInPerGb),
      serverlessDataOutPerGb: orNaN(s.dataOutPerGb),
      serverlessStoragePerGbMonth: orNaN(s.storagePerGbMonth),
      gp3PerGbMonth: orNaN(region.gp3PerGbMonth),
      gp3ThroughputPerMiBpsMonth: orNaN(region.gp3ThroughputPerMiBpsMonth),
      gp3IncludedMiBps: orNaN(region.gp3IncludedMiBps),
      crossAzPerGbEachDirection: orNaN(region.crossAzPerGbEachDirection),
    },
    ec2HourlyUsd: (type) => orNaN(region.ec2Hourly[type]),
  };
}

const tables = new WeakMap<PriceBook, Map<string, SizingTable>>();

/** The table for a region of a price book, built on first use and kept while the price book lives. */
export function sizingTableFor(priceBook: PriceBook, regionCode: string): SizingTable {
  let byRegion = tables.get(priceBook);
  if (byRegion === undefined) {
    byRegion = new Map();
    tables.set(priceBook, byRegion);
  }
  let table = byRegion.get(regionCode);
  if (table === undefined) {
    const region = priceBook.regions[regionCode];
    if (region === undefined) throw new Error(`Region ${regionCode} is not in the price book; validate with parseScenario first.`);
    table = buildTable(priceBook, region);
    byRegion.set(regionCode, table);
  }
  return table;
}
