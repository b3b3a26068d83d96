/** A Standard EC2 type's figures and prices as the kernel reads them, once per call (SPEC §4.1, §4.3, §7). */
import { GP3_MAX_THROUGHPUT_MIBPS } from '../assumptions';
import type { StandardBrokerSpec } from '../price-book';
import type { SizingTable, TableOption } from '../sizing-table';
import { priceBit } from './kernel-codes';

/** Self-managed gp3, bought at the throughput the model assumes: min(instance EBS, gp3's 1,000 MiB/s maximum) (SPEC §7). */
export function gp3VolumeMiBps(spec: StandardBrokerSpec): number {
  return Math.min(spec.ebsThroughputMiBps, GP3_MAX_THROUGHPUT_MIBPS);
}

/** Most PST one broker of this size may buy (its EBS figure when the price data gives no maximum), MiB/s. */
function pstMaximum(spec: StandardBrokerSpec): number {
  return spec.provisionedThroughputMaxMiBps ?? spec.ebsThroughputMiBps;
}

/**
 * A Standard EC2 type's figures and its region's prices, read once per kernel call, so the row loop
 * touches only numbers (SPEC §4.1, §4.3, §7).
 */
export interface StandardType {
  readonly ebs: number;
  readonly nic: number;
  readonly defaultVolume: number;
  readonly pstEligible: boolean;
  readonly pstMax: number;
  readonly gp3Volume: number;
  readonly recommendedPartitions: number;
  readonly maxPartitions: number;
  readonly storageMax: number;
  readonly storageMin: number;
  readonly memGiB: number;
  readonly burstable: boolean;
  readonly kraft: boolean;
  readonly zookeeperLimit: number;
  readonly noCrossAzPrice: boolean;
  readonly msk: {
    readonly hourlyUsd: number;
    readonly storagePrice: number;
    readonly tieredPrice: number;
    readonly pstPrice: number;
    readonly missing: number;
  };
  readonly self: {
    readonly hourlyUsd: number;
    readonly gp3Price: number;
    readonly gp3ThroughputPrice: number;
    readonly gp3IncludedMiBps: number;
    readonly missing: number;
  };
}

export function readStandardType(table: SizingTable, msk: TableOption, self: TableOption, spec: StandardBrokerSpec): StandardType {
  const p = table.prices;
  let mskMissing = 0;
  if (Number.isNaN(msk.brokerHourlyUsd)) mskMissing |= priceBit('brokerHours');
  if (Number.isNaN(p.mskStoragePerGbMonth)) mskMissing |= priceBit('mskStorage');
  let selfMissing = 0;
  if (Number.isNaN(self.brokerHourlyUsd)) selfMissing |= priceBit('ec2Instance');
  if (Number.isNaN(p.gp3PerGbMonth)) selfMissing |= priceBit('gp3Storage');
  if (Number.isNaN(p.gp3ThroughputPerMiBpsMonth)) selfMissing |= priceBit('gp3Throughput');
  if (Number.isNaN(p.gp3IncludedMiBps)) selfMissing |= priceBit('gp3Included');
  return {
    ebs: spec.ebsThroughputMiBps,
    nic: spec.nicThroughputMiBps,
    defaultVolume: spec.defaultVolumeThroughputMiBps,
    pstEligible: spec.provisionedThroughputEligible,
    pstMax: pstMaximum(spec),
    gp3Volume: gp3VolumeMiBps(spec),
    recommendedPartitions: spec.recommendedMaxPartitions,
    maxPartitions: spec.maxPartitions,
    storageMax: spec.storageMaxGiB,
    storageMin: spec.storageMinGiB,
    memGiB: spec.memGiB,
    burstable: spec.isBurstable,
    kraft: spec.kraftSupported,
    zookeeperLimit: table.priceBook.zookeeperBrokerLimit,
    noCrossAzPrice: Number.isNaN(p.crossAzPerGbEachDirection),
    msk: {
      hourlyUsd: msk.brokerHourlyUsd,
      storagePrice: p.mskStoragePerGbMonth,
      tieredPrice: p.tieredStoragePerGbMonth,
      pstPrice: p.provisionedThroughputPerMiBpsMonth,
      missing: mskMissing,
    },
    self: {
      hourlyUsd: self.brokerHourlyUsd,
      gp3Price: p.gp3PerGbMonth,
      gp3ThroughputPrice: p.gp3ThroughputPerMiBpsMonth,
      gp3IncludedMiBps: p.gp3IncludedMiBps,
      missing: selfMissing,
    },
  };
}
