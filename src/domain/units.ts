/**
 * Unit conversions and the spreadsheet's rounding rules (SPEC §1).
 * Throughput is MiB/s, storage GiB, money USD; a month is 730 hours.
 */

/** Hours in a billing month: 8,760 h / 12, the AWS Pricing Calculator convention (SPEC §1). */
export const HOURS_PER_MONTH = 730;

const SECONDS_PER_HOUR = 3600;
const MIB_PER_GIB = 1024;

/** A steady rate in MiB/s sustained for a whole month, in GiB: `MiB/s × 3600 × 730 / 1024`. */
export function mibpsToGibPerMonth(rateMiBps: number): number {
  return (rateMiBps * SECONDS_PER_HOUR * HOURS_PER_MONTH) / MIB_PER_GIB;
}

/** Data written at `rateMiBps` for `hours`, in GiB: `MiB/s × hours × 3600 / 1024`. */
export function mibpsForHoursToGib(rateMiBps: number, hours: number): number {
  return (rateMiBps * hours * SECONDS_PER_HOUR) / MIB_PER_GIB;
}

/** MiB/s to KiB/s. */
export function mibpsToKibps(rateMiBps: number): number {
  return rateMiBps * 1024;
}

/** Rounds `count` up to the next multiple of `step` (a whole number ≥ 1). */
export function roundUpToMultiple(count: number, step: number): number {
  return Math.ceil(count / step) * step;
}

/** Raw need: how many brokers carry `demand` at `capacityPerBroker` each, before AZ rounding. */
export function rawBrokersNeeded(demand: number, capacityPerBroker: number): number {
  if (demand <= 0) return 0;
  return Math.ceil(demand / capacityPerBroker);
}

/** Monthly cost of something billed per hour, for `count` units running all month. */
export function hourlyToMonthlyUsd(hourlyUsd: number, count: number): number {
  return count * hourlyUsd * HOURS_PER_MONTH;
}
