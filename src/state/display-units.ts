/**
 * Units a field may be typed in (pure). The scenario always holds SPEC units (MiB/s, hours); the
 * form shows and reads the unit the user picked, converting at the boundary.
 */

export type DisplayUnit = 'MiB/s' | 'MB/s' | 'hours' | 'days';

/** Bytes per MB over bytes per MiB: 1 MB/s = 0.95367… MiB/s. */
const MIB_PER_MB = 1_000_000 / 1_048_576;

const TO_SPEC_UNIT: Readonly<Record<DisplayUnit, number>> = { 'MiB/s': 1, 'MB/s': MIB_PER_MB, hours: 1, days: 24 };

const THROUGHPUT: readonly DisplayUnit[] = ['MiB/s', 'MB/s'];
const DURATION: readonly DisplayUnit[] = ['hours', 'days'];

/** The fields with a unit switch and their choices, SPEC unit first. */
export const UNIT_CHOICES: Readonly<Record<string, readonly DisplayUnit[]>> = {
  avgIngressMiBps: THROUGHPUT,
  peakIngressMiBps: THROUGHPUT,
  avgEgressMiBps: THROUGHPUT,
  peakEgressMiBps: THROUGHPUT,
  retentionHours: DURATION,
  localRetentionHours: DURATION,
};

export type FieldUnits = Readonly<Record<string, DisplayUnit>>;

/** The unit a field is shown in: the user's choice, else the SPEC unit. */
export function unitOf(key: string, units: FieldUnits): DisplayUnit | null {
  const choices = UNIT_CHOICES[key];
  if (!choices) return null;
  const chosen = units[key];
  return chosen !== undefined && choices.includes(chosen) ? chosen : (choices[0] ?? null);
}

/** A value typed in `unit`, in SPEC units. */
export function toSpecUnit(value: number, unit: DisplayUnit): number {
  return value * TO_SPEC_UNIT[unit];
}

/** A SPEC-unit value shown in `unit`. */
export function fromSpecUnit(value: number, unit: DisplayUnit): number {
  return value / TO_SPEC_UNIT[unit];
}
