/**
 * The prices replication needs that the engine's `PriceBook` does not carry yet (SPEC §11): MSK
 * Replicator, MSK Connect, inter-region transfer and multi-VPC private connectivity per region, and
 * EC2 vCPUs for MirrorMaker 2 workers. Read from the same price data as the price book (the bundled
 * `aws-prices.json`, sources S1, S4, S17, S18 inside it), validated here. `null` means "no price
 * published": a tool that needs it is unavailable there, never free.
 */
import '../zod-setup';
import { z } from 'zod';

export interface ReplicationRegionPrices {
  /** MSK Replicator, USD per replicator-hour. */
  readonly replicatorHour: number | null;
  /** MSK Replicator, USD per GB processed, source and target in the same region. */
  readonly replicatorPerGbSameRegion: number | null;
  /** MSK Replicator, USD per GB processed, source in another region. */
  readonly replicatorPerGbCrossRegion: number | null;
  /** MSK Connect, USD per MCU-hour (1 MCU = 1 vCPU + 4 GiB). */
  readonly mcuHour: number | null;
  /** Data transfer out of this region to another AWS region, USD per GB (charged to the sending region). */
  readonly interRegionOutPerGb: number | null;
  /**
   * (v2.1) Data transfer out of this region to a named destination region, USD per GB, where AWS
   * prices the pair apart (us-east-1 → us-east-2 $0.01, ap-southeast-4 → ap-southeast-2 $0.08):
   * the price data's `dataTransfer.interRegionOutToPerGb` (source S17).
   */
  readonly interRegionOutToPerGb: Readonly<Record<string, number>>;
  /** Multi-VPC private connectivity, USD per hour per authentication scheme (cross-region Replicator sources need it). */
  readonly privateConnectivityHourPerAuthScheme: number | null;
  /** Multi-VPC private connectivity, USD per GB processed. */
  readonly privateConnectivityPerGb: number | null;
}

export interface ReplicationPrices {
  readonly regions: Readonly<Record<string, ReplicationRegionPrices>>;
  /** vCPUs by EC2 type (MirrorMaker 2 workers on EC2). */
  readonly ec2Vcpu: Readonly<Record<string, number>>;
}

const price = z.number().nonnegative().nullable().optional();

/** The slice of the price data this module reads; everything else passes untouched. */
const replicationPriceDataSchema = z.object({
  regions: z.record(
    z.string(),
    z.object({
      msk: z.object({
        connect: z.object({ mcuHour: price }).optional(),
        replicator: z.object({ hour: price, perGbSameRegion: price, perGbCrossRegion: price }).optional(),
        privateConnectivity: z.object({ hourPerAuthScheme: price, perGbProcessed: price }).optional(),
      }),
      dataTransfer: z.object({
        interRegionOutPerGb: price,
        interRegionOutToPerGb: z.record(z.string(), z.number().nonnegative()).optional(),
      }),
    }),
  ),
  ec2Instances: z.record(z.string(), z.object({ vcpu: z.number().int().positive() })),
});

type ReplicationPriceData = z.infer<typeof replicationPriceDataSchema>;

/** Builds the replication prices from already-validated data; a missing figure becomes null. */
function replicationPricesFromParsed(data: ReplicationPriceData): ReplicationPrices {
  const regions: Record<string, ReplicationRegionPrices> = {};
  for (const [code, r] of Object.entries(data.regions)) {
    regions[code] = {
      replicatorHour: r.msk.replicator?.hour ?? null,
      replicatorPerGbSameRegion: r.msk.replicator?.perGbSameRegion ?? null,
      replicatorPerGbCrossRegion: r.msk.replicator?.perGbCrossRegion ?? null,
      mcuHour: r.msk.connect?.mcuHour ?? null,
      interRegionOutPerGb: r.dataTransfer.interRegionOutPerGb ?? null,
      interRegionOutToPerGb: r.dataTransfer.interRegionOutToPerGb ?? {},
      privateConnectivityHourPerAuthScheme: r.msk.privateConnectivity?.hourPerAuthScheme ?? null,
      privateConnectivityPerGb: r.msk.privateConnectivity?.perGbProcessed ?? null,
    };
  }
  return { regions, ec2Vcpu: Object.fromEntries(Object.entries(data.ec2Instances).map(([type, spec]) => [type, spec.vcpu])) };
}

/**
 * Validates raw price data (e.g. the bundled `aws-prices.json`) and reads the replication prices;
 * throws on bad data, as `loadPriceBook` does.
 */
export function replicationPricesFromData(raw: unknown): ReplicationPrices {
  const parsed = replicationPriceDataSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new Error(`The replication price data is invalid: ${first}`);
  }
  return replicationPricesFromParsed(parsed.data);
}

const NO_PRICES: ReplicationRegionPrices = {
  replicatorHour: null,
  replicatorPerGbSameRegion: null,
  replicatorPerGbCrossRegion: null,
  mcuHour: null,
  interRegionOutPerGb: null,
  interRegionOutToPerGb: {},
  privateConnectivityHourPerAuthScheme: null,
  privateConnectivityPerGb: null,
};

/** One region's replication prices; a region the data does not list has none. */
export function replicationPricesIn(prices: ReplicationPrices, region: string): ReplicationRegionPrices {
  return prices.regions[region] ?? NO_PRICES;
}

/**
 * USD per GB to move data from one region to another, charged to the sending region (SPEC §11 v2.1):
 * the pair's own price where the price data has one (`interRegionOutToPerGb[toRegion]`), else the
 * sending region's inter-region rate; 0 within a region; null when not published.
 */
export function transferPerGb(prices: ReplicationPrices, fromRegion: string, toRegion: string): number | null {
  if (fromRegion === toRegion) return 0;
  const from = replicationPricesIn(prices, fromRegion);
  return from.interRegionOutToPerGb[toRegion] ?? from.interRegionOutPerGb;
}
