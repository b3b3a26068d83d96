/**
 * The figures behind right-sizing a running cluster (SPEC §13.2), for the Assumptions page.
 */
import type { Assumption } from '../assumption-row';

/**
 * SPEC §13.2: moving M5 → M7g of the same size, CPU × 0.73 (AWS: Graviton3 M7g brokers use "up to
 * 27 % less CPU" than M5, Amazon MSK "What's new", 2023). A vendor figure: editable.
 */
export const M7G_CPU_FACTOR = 0.73;
/** Bounds of the editable factor: our choice (SPEC gives none): from half the CPU to no change. */
export const M7G_CPU_FACTOR_MIN = 0.5;
export const M7G_CPU_FACTOR_MAX = 1;
/** SPEC §13.2: projected CPU of a smaller cluster must stay at or below 60 % (MSK best practices: keep CPU under 60 %). */
export const CPU_LIMIT_PCT = 60;

export function listCurrentAssumptions(m7gCpuFactor: number = M7G_CPU_FACTOR): readonly Assumption[] {
  return [
    {
      key: 'm7gCpuFactor',
      label: 'Right-sizing: CPU of an M7g broker against the M5 of its size',
      value: m7gCpuFactor,
      unit: '× M5 CPU',
      editable: true,
      source:
        'A vendor figure: AWS says Graviton3 (M7g) brokers use up to 27 % less CPU than M5 (Amazon MSK, "What\'s new", 2023). SPEC §13.2 applies it when a candidate moves M5 → M7g of the same size.',
    },
    {
      key: 'cpuLimitPct',
      label: 'Right-sizing: highest projected CPU',
      value: CPU_LIMIT_PCT,
      unit: '% (CpuUser + CpuSystem)',
      editable: false,
      source:
        'MSK best practices: keep CPU under 60 %. A smaller cluster projects CPU as peak × (brokers × vCPU) ÷ (brokers′ × vCPU′) (SPEC §13.2); the cluster sizing itself does not size CPU.',
    },
    {
      key: 'rightSizingSteps',
      label: 'Right-sizing: steps a cluster can take in place',
      value: 1,
      unit: 'broker per AZ per removal',
      editable: false,
      source:
        'MSK Developer Guide, "Remove a broker": one broker per AZ per operation, never below the replication factor or 3. Broker types change in place one or two sizes down, or M5 → M7g; never to T3. EBS volumes never shrink, so a candidate keeps the current volume per broker.',
    },
  ];
}
