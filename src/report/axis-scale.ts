/**
 * Round axis scales, shared by the screen charts and the PDF: ticks at 1, 2, 2.5 or 5 × 10^k so
 * every tick label is a short, exact number. Pure arithmetic.
 */

export interface AxisScale {
  /** The axis maximum: a whole number of steps at or above the largest value. */
  readonly top: number;
  readonly step: number;
}

/**
 * A scale from 0 to at least `max` in about four steps. `whole` (counts such as brokers) keeps
 * steps whole: 1, 2, 3, 5 or 10 × 10^k below ten, so 9 brokers read 0, 3, 6, 9. A `max` of 0 or
 * less gives 0 to 1 (0 to 4 when whole).
 */
export function niceScale(max: number, whole = false): AxisScale {
  if (!(max > 0)) return whole ? { top: 4, step: 1 } : { top: 1, step: 0.25 };
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const multiples = whole && magnitude < 10 ? [1, 2, 3, 5, 10] : [1, 2, 2.5, 5, 10];
  const step = Math.max(whole ? 1 : 0, (multiples.find((m) => m * magnitude >= raw) ?? 10) * magnitude);
  return { top: Math.ceil(max / step - 1e-9) * step, step };
}

/** The ticks of `scale` from `from` (rounded up to a step) to its top; never "-0". */
export function scaleTicks(scale: AxisScale, from = 0): number[] {
  const ticks: number[] = [];
  // `+ 0` turns -0 (Math.ceil of a tiny negative) into 0.
  for (let v = Math.ceil(from / scale.step - 1e-9) * scale.step + 0; v <= scale.top + 1e-9; v += scale.step) ticks.push(v);
  return ticks;
}

/** Round ticks inside [min, max] (e.g. 50, 100, 150 for 10 to 160): the multiples of a nice step for the span. */
export function niceTicksBetween(min: number, max: number): number[] {
  const { step } = niceScale(max - min);
  return scaleTicks({ top: max, step }, min);
}
