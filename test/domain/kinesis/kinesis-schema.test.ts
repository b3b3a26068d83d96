/** The `kinesis` block (SPEC §15): keys, defaults, bounds, and rows the messages are worded from. */
import { describe, expect, it } from 'vitest';
import { ruleOfIssue } from '../../../src/domain/field-table';
import { KINESIS_FIELDS, kinesisRow } from '../../../src/domain/kinesis/kinesis-fields';
import { DEFAULT_KINESIS, KINESIS_KEYS, kinesisSchema } from '../../../src/domain/kinesis/kinesis-schema';

const accepts = (input: unknown) => kinesisSchema.safeParse(input).success;

describe('the kinesis block', () => {
  it('has the keys of SPEC §15, in its order, one row each', () => {
    expect(KINESIS_KEYS).toEqual(['recordSizeKiB', 'consumers', 'enhancedFanOut', 'headroomPct']);
    expect(KINESIS_FIELDS.map((f) => f.key)).toEqual(KINESIS_KEYS);
  });

  it('takes the SPEC defaults: 1 KiB, consumers from the workload, no enhanced fan-out, 20 % headroom', () => {
    expect(DEFAULT_KINESIS).toEqual({ recordSizeKiB: 1, consumers: null, enhancedFanOut: false, headroomPct: 20 });
    expect(kinesisSchema.parse({ consumers: 4 })).toEqual({ ...DEFAULT_KINESIS, consumers: 4 });
  });

  it('takes records of 0.01 to 10,240 KiB', () => {
    expect([1, 1.5, 10_240].map((v) => accepts({ recordSizeKiB: v }))).toEqual([true, true, true]);
    // 0.01 KiB (about 10 bytes) is the smallest record: SPEC §15 prices records under 1 KiB (kinesis-fields.ts).
    expect([0.5, 0.01, 0.009, 0, 10_241, Number.NaN, '8'].map((v) => accepts({ recordSizeKiB: v }))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('takes whole consumers from 0, or null', () => {
    expect([0, 3, 1000, null].map((v) => accepts({ consumers: v }))).toEqual([true, true, true, true]);
    expect([-1, 2.5, 1001].map((v) => accepts({ consumers: v }))).toEqual([false, false, false]);
  });

  it('takes headroom 0–100 % and a boolean enhanced fan-out', () => {
    expect([0, 100, 12.5].map((v) => accepts({ headroomPct: v }))).toEqual([true, true, true]);
    expect([-1, 101].map((v) => accepts({ headroomPct: v }))).toEqual([false, false]);
    expect(accepts({ enhancedFanOut: true })).toBe(true);
    expect(accepts({ enhancedFanOut: 'yes' })).toBe(false);
  });

  it('rejects unknown keys', () => {
    expect(accepts({ shards: 4 })).toBe(false);
  });

  it('words a refused value from its row', () => {
    expect(ruleOfIssue(kinesisRow('recordSizeKiB'), { code: 'too_big', input: 20_000 })).toEqual({
      code: 'range',
      params: { min: 0.01, max: 10_240, unit: ' KiB' },
    });
    expect(ruleOfIssue(kinesisRow('consumers'), { code: 'too_small', input: -1 })).toEqual({
      code: 'range',
      params: { min: 0, max: 1000, unit: ' consumers', whole: true },
    });
    expect(ruleOfIssue(kinesisRow('headroomPct'), { code: 'too_big', input: 120 })).toEqual({
      code: 'range',
      params: { min: 0, max: 100, unit: '', between: true },
    });
  });
});
