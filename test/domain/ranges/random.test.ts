/**
 * The ranges' random numbers (SPEC §12 "Sampling"): z = Φ⁻¹(u) by Acklam's approximation, u from a
 * small integer generator seeded per field from the seed and the field's key. The quantiles below
 * are the standard normal's, from statistical tables (to 10 significant digits); Acklam's relative
 * error is below 1.15e-9.
 */
import { describe, expect, it } from 'vitest';
import { confidenceZ, FieldRandom, inverseNormal } from '../../../src/domain';

function uniforms(seed: number, key: string, n: number): number[] {
  const random = new FieldRandom(seed, key);
  return Array.from({ length: n }, () => random.nextUniform());
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function correlation(a: readonly number[], b: readonly number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    const y = b[i] ?? mb;
    ab += (x - ma) * (y - mb);
    aa += (x - ma) ** 2;
    bb += (y - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
}

describe('the standard normal quantile Φ⁻¹', () => {
  it('is 0 at the median', () => {
    expect(inverseNormal(0.5)).toBe(0);
  });

  it('matches the tables in the central region', () => {
    expect(inverseNormal(0.9)).toBeCloseTo(1.2815515655, 8);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959963985, 8);
    expect(inverseNormal(0.3)).toBeCloseTo(-0.5244005127, 8);
    expect(inverseNormal(0.75)).toBeCloseTo(0.6744897502, 8);
  });

  it('matches the tables in the tails, where Acklam switches to the tail formula (below 0.02425 and above 0.97575)', () => {
    expect(inverseNormal(0.001)).toBeCloseTo(-3.090232306, 8);
    expect(inverseNormal(0.02)).toBeCloseTo(-2.053748911, 8);
    expect(inverseNormal(0.99)).toBeCloseTo(2.326347874, 8);
    expect(inverseNormal(0.999)).toBeCloseTo(3.090232306, 8);
    expect(inverseNormal(1e-9)).toBeCloseTo(-5.997807015, 7);
  });

  it('is odd about the median: Φ⁻¹(1 − p) = −Φ⁻¹(p)', () => {
    for (const p of [0.001, 0.01, 0.02425, 0.1, 0.25, 0.4, 0.49])
      expect(inverseNormal(1 - p), `p = ${p}`).toBeCloseTo(-inverseNormal(p), 9);
  });

  it('increases with p across both branch boundaries', () => {
    const ps = Array.from({ length: 999 }, (_, i) => (i + 1) / 1000);
    const zs = ps.map(inverseNormal);
    zs.slice(1).forEach((z, i) => expect(z, `p = ${ps[i + 1] ?? Number.NaN}`).toBeGreaterThan(zs[i] ?? Number.POSITIVE_INFINITY));
  });

  it('refuses probabilities outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => inverseNormal(p), `p = ${p}`).toThrow(RangeError);
  });

  it("puts a range's ends at z = ±1.2816 for confidence 0.8 and ±1.96 for 0.95 (SPEC §12: zc = Φ⁻¹((1 + confidence)/2))", () => {
    expect(confidenceZ(0.8)).toBeCloseTo(1.2816, 4);
    expect(confidenceZ(0.95)).toBeCloseTo(1.959963985, 8);
    expect(confidenceZ(0.5)).toBeCloseTo(0.6744897502, 8);
  });
});

describe('the per-field generator', () => {
  it('gives the same stream for the same seed and key, from a fresh generator each time', () => {
    const a = new FieldRandom(42, 'peakIngressMiBps');
    const b = new FieldRandom(42, 'peakIngressMiBps');
    const first = Array.from({ length: 1000 }, () => a.nextUint32());
    const second = Array.from({ length: 1000 }, () => b.nextUint32());
    expect(second).toEqual(first);
  });

  it('gives a different stream for another key or another seed', () => {
    const base = uniforms(1, 'peakIngressMiBps', 20);
    expect(uniforms(1, 'retentionHours', 20)).not.toEqual(base);
    expect(uniforms(2, 'peakIngressMiBps', 20)).not.toEqual(base);
    // The largest seed is a valid seed with a stream of its own (SPEC §12: 0–4294967295).
    expect(uniforms(4_294_967_295, 'peakIngressMiBps', 20)).not.toEqual(uniforms(0, 'peakIngressMiBps', 20));
  });

  it('returns 32-bit unsigned integers and uniforms strictly inside (0, 1), so Φ⁻¹ is always defined', () => {
    const random = new FieldRandom(0, '');
    for (let i = 0; i < 5000; i += 1) {
      const n = random.nextUint32();
      expect(Number.isInteger(n) && n >= 0 && n < 2 ** 32).toBe(true);
    }
    for (const u of uniforms(0, 'partitions', 5000)) expect(u > 0 && u < 1).toBe(true);
  });

  it('spreads 10,000 uniforms evenly over ten bins (chi-squared below 27.88, the 0.1 % point with 9 degrees of freedom) around a mean of 0.5', () => {
    const draws = uniforms(1, 'peakIngressMiBps', 10_000);
    const bins = new Array<number>(10).fill(0);
    for (const u of draws) bins[Math.floor(u * 10)] = (bins[Math.floor(u * 10)] ?? 0) + 1;
    const chiSquared = bins.reduce((sum, count) => sum + (count - 1000) ** 2 / 1000, 0);
    expect(chiSquared).toBeLessThan(27.88);
    // A uniform's standard deviation is 1/√12, so the mean of 10,000 has a standard error of 0.0029: 0.012 is four.
    expect(Math.abs(mean(draws) - 0.5)).toBeLessThan(0.012);
  });

  it('draws streams for different keys and seeds that are uncorrelated, and no correlation from one draw to the next', () => {
    // For 10,000 independent pairs the correlation's standard error is 0.01: 0.04 is four of them.
    const n = 10_000;
    const ingress = uniforms(1, 'peakIngressMiBps', n);
    expect(Math.abs(correlation(ingress, uniforms(1, 'retentionHours', n)))).toBeLessThan(0.04);
    expect(Math.abs(correlation(ingress, uniforms(1, 'monthlyGrowthPct', n)))).toBeLessThan(0.04);
    expect(Math.abs(correlation(ingress, uniforms(2, 'peakIngressMiBps', n)))).toBeLessThan(0.04);
    expect(Math.abs(correlation(ingress.slice(1), ingress.slice(0, -1)))).toBeLessThan(0.04);
  });
});
