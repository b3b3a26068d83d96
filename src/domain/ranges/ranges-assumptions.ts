/**
 * The figures and choices behind the ranges (SPEC §12), for the Assumptions page. Where SPEC §12
 * leaves a choice, it is made here and said in words, with its reason.
 */
import type { Assumption } from '../assumption-row';
import { DEFAULT_CONFIDENCE, DEFAULT_HORIZON_MONTHS, DEFAULT_SAMPLES } from './uncertainty-schema';

/** Netflix's spend-regret exponent (Netflix-Skunkworks/service-capacity-modeling), as SPEC §12 prescribes. */
export const REGRET_EXPONENT = 1.2;
/** SPEC §12: an option unavailable in a future has regret 1 there. */
export const UNAVAILABLE_REGRET = 1;

/**
 * SPEC §12 v2.1: a plan that runs out of room moves once, and the move costs MOVE_MONTHS × that
 * month's cost of the option it moves to (a new cluster run beside the old one while data and
 * clients move; SPEC §11's migration overlap is the same idea). Editable; default 1.
 */
export const MOVE_MONTHS = 1;
/** Bounds of the editable move cost: our choice (SPEC gives none): from no cost to a year of overlap. */
export const MOVE_MONTHS_MIN = 0;
export const MOVE_MONTHS_MAX = 12;

export function listRangesAssumptions(moveMonths: number = MOVE_MONTHS): readonly Assumption[] {
  const spec = "MSK Sizer's ranges method";
  return [
    {
      key: 'rangesConfidence',
      label: 'Ranges: default confidence of each range',
      value: DEFAULT_CONFIDENCE,
      unit: 'share of outcomes between low and high',
      editable: false,
      source: `${spec}; AWS Cost Explorer forecasts show 80 % prediction intervals. At 0.8 a range's low and high are its P10 and P90.`,
    },
    {
      key: 'rangesSamples',
      label: 'Ranges: futures drawn by default',
      value: DEFAULT_SAMPLES,
      unit: 'futures',
      editable: false,
      source: `${spec}. Each can be set per scenario (250–10,000); the page shows a first answer from 250 futures, then refines.`,
    },
    {
      key: 'rangesHorizon',
      label: 'Ranges: default horizon',
      value: DEFAULT_HORIZON_MONTHS,
      unit: 'months',
      editable: false,
      source: spec,
    },
    {
      key: 'regretExponent',
      label: "Least regret: exponent on each future's regret",
      value: REGRET_EXPONENT,
      unit: '',
      editable: false,
      source: `${spec}: Netflix's service-capacity-modeling weighs spend regret with this exponent, so one large overspend counts for more than several small ones.`,
    },
    {
      key: 'moveMonths',
      label: 'Least regret: cost of moving to another option when one runs out of room',
      value: moveMonths,
      unit: 'months of the option moved to',
      editable: true,
      source: `${spec}: a new cluster runs beside the old one while data and clients move, as in a migration's overlap; 1 month by default, an assumption.`,
    },
    {
      key: 'unavailableRegret',
      label: 'Least regret: regret of an option with no room in a future',
      value: UNAVAILABLE_REGRET,
      unit: '(as if it cost twice the best)',
      editable: false,
      source: spec,
    },
  ];
}

/** Choices SPEC §12 leaves open, as the Assumptions page states them. */
export const RANGES_CHOICES: readonly string[] = [
  "Random numbers: each uncertain input has its own sfc32 generator (PractRand's small fast counter), seeded with the scenario's seed, the FNV-1a hash of the input's key, 0x9E3779B9 and 1, with 12 outputs discarded; a draw u is the centre of one of 2³² equal cells, so it is never 0 or 1. z = Φ⁻¹(u) by Acklam's approximation (relative error below 1.2 × 10⁻⁹).",
  'Throughput after the draws and growth is capped at the scenario bound of 1,048,576 MiB/s; retention draws at 1,000,000 hours; partition draws are rounded and kept between 1 and 10,000,000.',
  'An egress ÷ ingress range with consumer groups set is around the group count; a scenario without egress keeps none in every future.',
  "Provisioned EBS never shrinks: from month 1 on, an MSK Standard or self-managed option's storage line is the largest it has had so far in a month it was available (the line, so the 1 GiB-per-broker minimum counts). Brokers are as sized each month. P(cheapest) reads month 0, where this changes nothing.",
  "Least regret looks over the whole horizon: a plan starts on an option and keeps it until the first month it runs out of room in that future, then runs the cheapest option the purpose allows in each later month, and pays the move once (the move cost in months of the option moved to). Months on the starting option count its storage as never shrinking; months after the move count each month's single sizing.",
  "Least regret sums each month's cost in whole cents, as the recommendation compares costs, so sizes that cost the same on the invoice have no regret against each other; ties go to the lower median plan cost, then to fewer brokers today.",
  'A plan whose option has no room today, or that must move in a month where no option the purpose allows has room, has regret 1 in that future (as if it cost twice the best); in a future where no plan runs to the horizon every option has regret 1, so such futures never change the ranking. P(cheapest) counts the futures in which at least one option the purpose allows is available today.',
  '"First month at risk" counts a future once it has been out of room at any month so far: the broker quota, Serverless limits, or a price the region lacks.',
  "The ranges project this cluster; a replication block's clusters and tools are priced for today's values only.",
];
