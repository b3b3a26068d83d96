/** What MirrorMaker 2 costs and warns alike wherever it runs, on MSK Connect or on EC2 (SPEC §11). */
import type { CodedMessage } from '../result';
import { MM2_REMOTE_TOPIC_DEFAULT_RF } from './replication-assumptions';
import { ceilCount, readFactorOf } from './replication-workloads';
import type { ToolContext } from './tool-costs';

/** vCPUs (MCUs) MM2 needs for a peak rate: ceil(Rp / MM2_MIBPS_PER_MCU) (SPEC §11). */
export function mm2VcpusFor(peakMiBps: number, mibpsPerMcu: number): number {
  return ceilCount(peakMiBps / mibpsPerMcu);
}

/**
 * SPEC §11 v2.1: active-active with identical topic names is MSK Replicator only. MirrorMaker 2
 * detects replication cycles by the remote topic prefix; its IdentityReplicationPolicy, which keeps
 * names, does not support active-active (each record would cycle between the regions).
 */
export function mm2UnavailableReason(ctx: ToolContext): CodedMessage | null {
  if (readFactorOf(ctx.block) > 1) {
    return {
      code: 'mm2-identical-names-active-active',
      message:
        'MirrorMaker 2 cannot replicate both ways with identical topic names: it detects cycles by the remote topic prefix, and its IdentityReplicationPolicy does not support active-active. Use prefixed names, or MSK Replicator (which marks replicated records).',
    };
  }
  return null;
}

/** Warnings every MM2 deployment shares: the assumed throughput, remote topics' RF, loops and task parallelism. */
export function mm2Warnings(ctx: ToolContext): CodedMessage[] {
  const warnings: CodedMessage[] = [
    {
      code: 'mm2-throughput-assumed',
      message: `MirrorMaker 2 is sized at ${ctx.mm2MiBpsPerMcu} MiB/s per MCU or vCPU, an assumption: AWS publishes no figure and the one public benchmark found (about 16 MB/s per vCPU) was measured under ideal conditions. Measure your own and change it on the Assumptions page.`,
    },
  ];
  if (ctx.scenario.replicationFactor > MM2_REMOTE_TOPIC_DEFAULT_RF) {
    warnings.push({
      code: 'mm2-remote-topic-rf',
      message: `MirrorMaker 2 creates remote topics with replication.factor ${MM2_REMOTE_TOPIC_DEFAULT_RF} by default; set replication.factor=${ctx.scenario.replicationFactor} so the target keeps the scenario's replication factor.`,
    });
  }
  const peak = (ctx.flows[0]?.peakMiBps ?? 0) * (ctx.flows[0]?.readFactor ?? 1);
  const vcpus = mm2VcpusFor(peak, ctx.mm2MiBpsPerMcu);
  const partitions = ceilCount(ctx.scenario.partitions * ctx.block.replicatedShare);
  if (vcpus > partitions) {
    warnings.push({
      code: 'mm2-tasks-exceed-partitions',
      message: `MirrorMaker 2 runs at most one source task per partition: ${vcpus} MCUs or vCPUs per flow, but the replicated topics have about ${partitions} partitions, so some would idle. Add partitions or expect less throughput.`,
    });
  }
  return warnings;
}
