/**
 * Deterministic random numbers for the ranges (SPEC §12): a small integer generator seeded per
 * field, and the standard normal quantile function. Same seed and key, same stream, on any
 * JavaScript engine (only 32-bit integer arithmetic and IEEE doubles).
 */

/** FNV-1a, 32-bit: a field's key as the second word of its generator's seed. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** sfc32 mixes its state this many times before its first output (as PractRand's seeding does). */
const WARM_UP_ROUNDS = 12;

/**
 * Chris Doty-Humphrey's sfc32 ("small fast counting", from PractRand), a 128-bit state of four
 * 32-bit words. Seeded with (seed, FNV-1a(key), 0x9E3779B9, 1), so each field draws its own stream:
 * adding a field changes no other field's draws.
 */
export class FieldRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, key: string) {
    this.a = seed >>> 0;
    this.b = fnv1a(key);
    this.c = 0x9e3779b9;
    this.d = 1;
    for (let i = 0; i < WARM_UP_ROUNDS; i += 1) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform draw strictly inside (0, 1): the centre of one of 2³² equal cells. */
  nextUniform(): number {
    return (this.nextUint32() + 0.5) / 4_294_967_296;
  }
}

// Peter J. Acklam's rational approximation of the normal quantile (relative error below 1.15e-9),
// coefficients as he published them.
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239,
] as const;
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783,
] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

/** Tail branch of Acklam's approximation, for q = sqrt(-2 ln p), p the smaller tail probability. */
function tail(q: number): number {
  return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
}

/** Φ⁻¹(p), the standard normal quantile, for 0 < p < 1 (Acklam). */
export function inverseNormal(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`inverseNormal needs 0 < p < 1, not ${p}`);
  if (p < P_LOW) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}
