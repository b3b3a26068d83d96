/**
 * The figures and choices behind the ranges (SPEC §12), for the Assumptions page. Where SPEC §12
 * leaves a choice, it is made here and said in words, with its reason.
 */
import type { Assumption } from '../assumptions';
import { DEFAULT_CONFIDENCE, DEFAULT_HORIZON_MONTHS, DEFAULT_SAMPLES } from './uncertainty-schema';

/** Netflix's spend-regret exponent (Netflix-Skunkworks/service-capacity-modeling), as SPEC §12 prescribes. */
export const REGRET_EXPONENT = 1.2;
/** SPEC §12: an option unavailable in a future has regret 1 there. */
export const UNAVAILABLE_REGRET = 1;

export function listRangesAssumptions(): readonly Assumption[] {
  const spec = 'SPEC §12 (Ranges and growth)';
  return [
    { key: 'rangesConfidence', label: 'Ranges: default confidence of each range', value: DEFAULT_CONFIDENCE, unit: 'share of outcomes between low and high', editable: false,
      source: `${spec}; AWS Cost Explorer forecasts show 80 % prediction intervals. At 0.8 a range's low and high are its P10 and P90.` },
    { key: 'rangesSamples', label: 'Ranges: futures drawn by default', value: DEFAULT_SAMPLES, unit: 'futures', editable: false,
      source: `${spec}. Each can be set per scenario (250–10,000); the page shows a first answer from 250 futures, then refines.` },
    { key: 'rangesHorizon', label: 'Ranges: default horizon', value: DEFAULT_HORIZON_MONTHS, unit: 'months', editable: false, source: spec },
    { key: 'regretExponent', label: 'Least regret: exponent on each future\'s regret', value: REGRET_EXPONENT, unit: '', editable: false,
      source: `${spec}: Netflix's service-capacity-modeling weighs spend regret with this exponent, so one large overspend counts for more than several small ones.` },
    { key: 'unavailableRegret', label: 'Least regret: regret of an option with no room in a future', value: UNAVAILABLE_REGRET, unit: '(as if it cost twice the best)', editable: false, source: spec },
  ];
}

/** Choices SPEC §12 leaves open, as the Assumptions page states them. */
export const RANGES_CHOICES: readonly string[] = [
  'Random numbers: each uncertain input has its own sfc32 generator (PractRand\'s small fast counter), seeded with the scenario\'s seed, the FNV-1a hash of the input\'s key, 0x9E3779B9 and 1, with 12 outputs discarded; a draw u is the centre of one of 2³² equal cells, so it is never 0 or 1. z = Φ⁻¹(u) by Acklam\'s approximation (relative error below 1.2 × 10⁻⁹).',
  'Throughput after the draws and growth is capped at the scenario bound of 1,048,576 MiB/s; retention draws at 1,000,000 hours; partition draws are rounded and kept between 1 and 10,000,000.',
  'An egress ÷ ingress range with consumer groups set is around the group count; a scenario without egress keeps none in every future.',
  'Provisioned EBS never shrinks: from month 1 on, an MSK Standard or self-managed option\'s storage line is the largest it has had so far in a month it was available (the line, so the 1 GiB-per-broker minimum counts). Brokers are as sized each month. P(cheapest) and least regret read month 0, where this changes nothing.',
  'Least regret compares costs in whole cents, as the recommendation does, so sizes that cost the same on the invoice have no regret against each other.',
  'P(cheapest) counts the futures in which at least one option the purpose allows is available; least regret gives every option regret 1 in a future where none is (so such futures never change the ranking).',
  '"First month at risk" counts a future once it has been out of room at any month so far: the broker quota, Serverless limits, or a price the region lacks.',
  'The ranges project this cluster; a replication block\'s clusters and tools are priced for today\'s values only.',
];
