/**
 * The futures the ranges size (SPEC §12): for each sample, one draw per uncertain input and one
 * growth rate, from split log-normal distributions whose median is the scenario's value. Sample i
 * uses the same draws for every option and month (common random numbers), and the first k samples
 * of a larger run are the k samples of a smaller one with the same seed.
 */
import { MAX_PARTITIONS, MAX_RETENTION_HOURS, type Scenario } from '../scenario';
import { MAX_THROUGHPUT_MIBPS } from '../scenario-limits';
import { FieldRandom, inverseNormal } from './random';
import { GROWTH_PCT_BOUNDS, likelyValue, type RangeKey, type Uncertainty } from './uncertainty-schema';

/** A split log-normal: median `likely`, low and high at the confidence's quantiles, clamped. */
export interface SplitLogNormal {
  readonly likely: number;
  readonly sigmaBelow: number;
  readonly sigmaAbove: number;
  readonly min: number;
  readonly max: number;
}

/** z at which a range's ends sit: Φ⁻¹((1 + confidence) / 2), 1.2816 at 0.8. */
export function confidenceZ(confidence: number): number {
  return inverseNormal((1 + confidence) / 2);
}

/**
 * SPEC §12: σ = ln(likely/low)/zc below the median and ln(high/likely)/zc above, so the draw is
 * low, likely and high at the confidence's quantiles; draws are clamped to [low/2, 2 × high] and
 * to the input's own bounds [boundMin, boundMax].
 */
export function splitLogNormal(
  low: number,
  likely: number,
  high: number,
  confidence: number,
  boundMin: number,
  boundMax: number,
): SplitLogNormal {
  const zc = confidenceZ(confidence);
  return {
    likely,
    sigmaBelow: Math.log(likely / low) / zc,
    sigmaAbove: Math.log(high / likely) / zc,
    min: Math.max(low / 2, boundMin),
    max: Math.min(2 * high, boundMax),
  };
}

/** The distribution's value at standard normal z. */
export function drawAt(d: SplitLogNormal, z: number): number {
  const x = d.likely * Math.exp((z < 0 ? d.sigmaBelow : d.sigmaAbove) * z);
  return Math.min(d.max, Math.max(d.min, x));
}

/** Sample i's inputs, one array per input (length = samples). */
export interface Draws {
  readonly samples: number;
  /** Scales average and peak ingress and egress (draw ÷ the scenario's peak ingress). */
  readonly throughput: Float64Array;
  /** Further scales average and peak egress (draw ÷ the scenario's egress ÷ ingress). */
  readonly egress: Float64Array;
  /** Total retention, hours; local retention scales in proportion. */
  readonly retentionHours: Float64Array;
  /** Leader partitions, a whole number ≥ 1. */
  readonly partitions: Float64Array;
  /** Monthly throughput factor 1 + g/100. */
  readonly growth: Float64Array;
}

/** The input bounds a draw is clamped to (SPEC §2 and the scenario schema's finite bounds). */
const BOUNDS: Readonly<Record<RangeKey, readonly [number, number]>> = {
  peakIngressMiBps: [0, MAX_THROUGHPUT_MIBPS],
  egressToIngress: [0, Number.POSITIVE_INFINITY],
  retentionHours: [0, MAX_RETENTION_HOURS],
  partitions: [1, MAX_PARTITIONS],
};

const GROWTH_FACTOR_BOUNDS = [1 + GROWTH_PCT_BOUNDS[0] / 100, 1 + GROWTH_PCT_BOUNDS[1] / 100] as const;

/** Fills `out` with `samples` draws of one input; a certain input (no range, or low = high) is `likely` throughout. */
function drawField(
  out: Float64Array,
  key: string,
  seed: number,
  low: number,
  likely: number,
  high: number,
  confidence: number,
  bounds: readonly [number, number],
): void {
  if (low === high || (low === likely && likely === high)) {
    out.fill(likely);
    return;
  }
  const d = splitLogNormal(low, likely, high, confidence, bounds[0], bounds[1]);
  const random = new FieldRandom(seed, key);
  for (let i = 0; i < out.length; i += 1) out[i] = drawAt(d, inverseNormal(random.nextUniform()));
}

/** The value of `key` in each of `samples` futures of scenario `s` (SPEC §12 "Sampling"). */
export function drawFutures(block: Uncertainty, s: Scenario, samples: number): Draws {
  const value = (key: RangeKey): Float64Array => {
    const out = new Float64Array(samples);
    const likely = likelyValue(key, s);
    const r = block[key];
    if (r === null) out.fill(likely);
    else drawField(out, key, block.seed, r.low, likely, r.high, block.confidence, BOUNDS[key]);
    return out;
  };
  const ingress = value('peakIngressMiBps');
  const ratio = value('egressToIngress');
  const retentionHours = value('retentionHours');
  const partitions = value('partitions');
  const growth = new Float64Array(samples);
  const g = block.monthlyGrowthPct;
  drawField(
    growth,
    'monthlyGrowthPct',
    block.seed,
    1 + g.low / 100,
    1 + g.likely / 100,
    1 + g.high / 100,
    block.confidence,
    GROWTH_FACTOR_BOUNDS,
  );
  const likelyIngress = likelyValue('peakIngressMiBps', s);
  const likelyRatio = likelyValue('egressToIngress', s);
  for (let i = 0; i < samples; i += 1) {
    ingress[i] = (ingress[i] ?? likelyIngress) / likelyIngress;
    // No egress at all: nothing to scale (a range around 0 cannot be given).
    ratio[i] = likelyRatio === 0 ? 1 : (ratio[i] ?? likelyRatio) / likelyRatio;
    partitions[i] = Math.min(MAX_PARTITIONS, Math.max(1, Math.round(partitions[i] ?? 1)));
  }
  return { samples, throughput: ingress, egress: ratio, retentionHours, partitions, growth };
}
