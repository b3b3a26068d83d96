/**
 * MirrorMaker 2 on EC2: self-managed Kafka Connect in the target region (SPEC §11), workers of one EC2
 * type (m7g.large, 2 vCPU, by default), max(2, ceil(Rp / (MM2_MIBPS_PER_MCU × vCPU))) of them; cost
 * workers × EC2 price × 730 + inter-region transfer.
 */
import type { CodedMessage } from '../result';
import { HOURS_PER_MONTH } from '../units';
import { mm2UnavailableReason, mm2Warnings } from './mm2-common';
import { MM2_EC2_MIN_WORKERS } from './replication-assumptions';
import type { ToolFlowDerivation } from './replication-result';
import { ceilCount } from './replication-workloads';
import { toolMonthlyCost, transferDerivations, transferUsd, type PricedTool, type ToolContext } from './tool-costs';

type Ec2Cluster = Extract<ToolFlowDerivation, { kind: 'mm2-ec2' }>;

/**
 * One Kafka Connect cluster per receiving region, running every flow into it (our choice: unlike MSK
 * Connect, whose workers belong to one connector, a self-managed Connect cluster runs many
 * connectors, so an aggregation hub sizes one cluster for sourceClusters × Rp).
 */
function connectClusters(ctx: ToolContext, vcpuPerWorker: number, hourlyUsd: (region: string) => number | null): Ec2Cluster[] {
  const peakByRegion = new Map<string, number>();
  for (const f of ctx.flows) peakByRegion.set(f.toRegion, (peakByRegion.get(f.toRegion) ?? 0) + f.peakMiBps * f.readFactor * f.count);
  return [...peakByRegion].map(([region, peakMiBps]) => ({
    kind: 'mm2-ec2',
    region,
    peakMiBps,
    mibpsPerVcpu: ctx.mm2MiBpsPerMcu,
    vcpuPerWorker,
    minimumWorkers: MM2_EC2_MIN_WORKERS,
    workers: Math.max(MM2_EC2_MIN_WORKERS, ceilCount(peakMiBps / (ctx.mm2MiBpsPerMcu * vcpuPerWorker))),
    instanceType: ctx.mm2Ec2InstanceType,
    hourlyUsd: hourlyUsd(region),
  }));
}

/** Sizes and prices MirrorMaker 2 on EC2; unavailable where the worker type has no specs or no price. */
export function priceMm2Ec2(ctx: ToolContext): PricedTool {
  const type = ctx.mm2Ec2InstanceType;
  const vcpu = ctx.prices.ec2Vcpu[type];
  const hourlyUsd = (region: string) => ctx.priceBook.regions[region]?.ec2Hourly[type] ?? null;
  const clusters = connectClusters(ctx, vcpu ?? 1, hourlyUsd);
  const transfer = transferDerivations(ctx.flows, ctx.prices);
  const unpriced = clusters.find((c) => c.hourlyUsd === null);
  const priced = vcpu !== undefined && unpriced === undefined;
  // A pattern that rules MM2 out still leaves it priced, to compare.
  let unavailable: CodedMessage | null = mm2UnavailableReason(ctx);
  if (unavailable === null && vcpu === undefined)
    unavailable = {
      code: 'unknown-instance',
      message: `${type} is not an EC2 type in the price data, so MirrorMaker 2 workers cannot be sized.`,
    };
  else if (unavailable === null && unpriced)
    unavailable = {
      code: 'missing-price',
      message: `${type} has no published EC2 price in ${unpriced.region} (where the MirrorMaker 2 workers run).`,
    };
  const workers = clusters.reduce((n, c) => n + c.workers, 0);
  const workerUsd = clusters.reduce((usd, c) => usd + c.workers * (c.hourlyUsd ?? 0) * HOURS_PER_MONTH, 0);
  const copyTransfer = transferUsd(ctx.flows, transfer, () => ctx.copyGiBPerFlow, true);
  const warnings = [
    ...mm2Warnings(ctx),
    {
      code: 'mm2-ec2-operations',
      message: 'Kafka Connect on EC2 is yours to patch, monitor and scale: that engineering time is not priced here.',
    },
  ];
  return {
    result: {
      tool: 'mm2-ec2',
      available: unavailable === null,
      unavailable,
      sizing: { workers, instanceType: type, vcpuPerWorker: vcpu ?? 0 },
      monthlyCostUsd: priced
        ? toolMonthlyCost(
            { replicatorHours: 0, dataProcessed: 0, workers: workerUsd },
            transferUsd(ctx.flows, transfer, (f) => f.gibPerMonth),
            ctx.discountFactor,
          )
        : null,
      warnings,
      derivation: { flows: clusters, transfer },
    },
    // MM2 has no per-GB charge: copying the retained data costs its transfer only.
    copyUsd: !priced || copyTransfer === null ? null : copyTransfer * ctx.discountFactor,
  };
}
