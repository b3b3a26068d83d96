/** The per-scenario factors of MSK Standard broker capacity (SPEC §4.1); self-managed Kafka reuses them (SPEC §7). */
import {
  azSurvivalFactor,
  DEFAULT_LAGGING_READ_FACTOR,
  REBALANCING_FACTOR,
  REPLICATION_OUT_FACTOR_3AZ,
  REPLICATION_OUT_REFERENCE_AZS,
  TIERING_FACTOR,
  type EditableAssumptions,
} from './assumptions';
import type { NetworkFactorTerms, StorageFactorTerms } from './result';
import type { Scenario } from './scenario';
import { usesTieredStorage } from './workload';

/** The per-scenario factors every Standard size shares: computed once per sizing. */
export interface StandardFactors {
  readonly storage: StorageFactorTerms;
  readonly network: NetworkFactorTerms;
  /** TLS_FACTOR when TLS is on, else 1. */
  readonly tlsFactor: number;
}

/**
 * SPEC §4.1: `storageF = AZS + AZS + lag + 3.0 + (tiered ? 1.5 : 0)` and
 * `netF = (Op/Ip) × AZS + 2.2 × AZS/1.5 + lag + 3.0 + (tiered ? 1.5 : 0)`, term by term; with 3 AZs
 * and the default lagging allowance that is AWS's 6.5 (+1.5) and 1.5 × fan-out + 5.7 (+1.5).
 */
export function standardFactors(s: Scenario, assumptions: EditableAssumptions): StandardFactors {
  const azs = azSurvivalFactor(s.availabilityZones);
  const fanOutRatio = s.peakEgressMiBps / s.peakIngressMiBps;
  const lagging = s.laggingConsumerPct === null ? DEFAULT_LAGGING_READ_FACTOR : (s.laggingConsumerPct / 100) * fanOutRatio;
  const tiering = usesTieredStorage(s) ? TIERING_FACTOR : 0;
  const replicationOut = (REPLICATION_OUT_FACTOR_3AZ * azs) / REPLICATION_OUT_REFERENCE_AZS;
  return {
    storage: {
      ingress: azs,
      replicationIn: azs,
      lagging,
      rebalancing: REBALANCING_FACTOR,
      tiering,
      total: azs + azs + lagging + REBALANCING_FACTOR + tiering,
    },
    network: {
      fanOutRatio,
      fanOut: fanOutRatio * azs,
      replicationOut,
      lagging,
      rebalancing: REBALANCING_FACTOR,
      tiering,
      total: fanOutRatio * azs + replicationOut + lagging + REBALANCING_FACTOR + tiering,
    },
    tlsFactor: s.tlsInTransit ? assumptions.tlsFactor : 1,
  };
}
