/**
 * Right-sizing a running cluster (SPEC §13.1, §13.2), checked against the worked example at the end of
 * SPEC §13.2 (us-east-1 list prices: kafka.m7g.xlarge $0.408/h, kafka.m7g.large $0.204/h, storage $0.10/GiB-month).
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioContextOf, sizeScenario, type Scenario } from '../../../src/domain';
import { BUNDLED_PRICE_BOOK } from '../../support/factories';
import { NINE_XLARGE, RIGHT_SIZE_WORKLOAD } from '../../support/right-size-example';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

const WORKLOAD = RIGHT_SIZE_WORKLOAD;

function scenario(current: unknown, extra: Record<string, unknown> = {}): Scenario {
  const parsed = parseScenario({ ...WORKLOAD, ...extra, current }, ctx);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.value;
}

describe('the worked example of SPEC §13.2: 9 × kafka.m7g.xlarge, 2,000 GiB each, CPU peak 24 %', () => {
  const current = sizeScenario(scenario(NINE_XLARGE), BUNDLED_PRICE_BOOK).current;
  const find = (type: string, brokers: number) => current?.candidates.find((c) => c.instanceType === type && c.brokers === brokers);

  it('prices brokers and storage today at 9 × $0.408 × 730 + 18,000 GiB × $0.10 = $4,480.56', () => {
    expect(current?.monthlyCostUsd?.brokers).toBeCloseTo(9 * 0.408 * 730, 6);
    expect(current?.monthlyCostUsd?.storage).toBeCloseTo(18_000 * 0.1, 6);
    expect((current?.monthlyCostUsd?.brokers ?? 0) + (current?.monthlyCostUsd?.storage ?? 0)).toBeCloseTo(4480.56, 6);
  });

  it('fits, and is over-provisioned: 6 × kafka.m7g.xlarge is recommended and saves 3 × $0.408 × 730 + 6,000 GiB × $0.10 = $1,493.52', () => {
    expect(current?.fits).toBe(true);
    expect(current?.verdict).toBe('over-provisioned');
    const six = find('kafka.m7g.xlarge', 6);
    expect(six?.passes).toBe(true);
    expect(six?.recommended).toBe(true);
    expect(six?.monthlySavingUsd).toBeCloseTo(1493.52, 6);
    expect(current?.candidates.filter((c) => c.recommended)).toHaveLength(1);
  });

  it('projects CPU as 24 × 36 ÷ 24 = 36 % for 6 × xlarge and 24 × 36 ÷ 18 = 48 % for 9 × large', () => {
    expect(find('kafka.m7g.xlarge', 6)?.failed).toEqual([]);
    const nineLarge = find('kafka.m7g.large', 9);
    expect(nineLarge?.passes).toBe(true);
    expect(nineLarge?.binding).toEqual({ check: 'cpu', value: 48, limit: 60 });
    // 9 × $0.204 × 730 fewer dollars than 9 × $0.408 × 730 = $1,340.28; the volumes stay 2,000 GiB.
    expect(nineLarge?.monthlySavingUsd).toBeCloseTo(1340.28, 6);
  });

  it('fails 3 × xlarge on storage throughput and CPU (72 % of 60 %), and 6 × large on storage throughput', () => {
    const three = find('kafka.m7g.xlarge', 3);
    expect(three?.passes).toBe(false);
    expect(three?.failed.map((c) => c.check)).toEqual(expect.arrayContaining(['storageThroughput', 'cpu']));
    expect(three?.failed.find((c) => c.check === 'cpu')).toEqual({ check: 'cpu', value: 72, limit: 60 });
    const sixLarge = find('kafka.m7g.large', 6);
    expect(sixLarge?.passes).toBe(false);
    expect(sixLarge?.failed.map((c) => c.check)).toContain('storageThroughput');
  });

  it('keeps the volume on every candidate: disk is the local storage needed per broker against half of 2,000 GiB', () => {
    // SPEC §3: 10 MiB/s × 24 h × 3,600 × 3 ÷ 1,024 = 2,531.25 GiB needed; ÷ 6 = 421.875 ≤ 0.5 × 2,000.
    expect(find('kafka.m7g.xlarge', 6)?.checks.find((c) => c.check === 'disk')).toEqual({ check: 'disk', value: 421.875, limit: 1000 });
    expect(current?.constraints.find((c) => c.name === 'disk')).toMatchObject({ demand: 281.25, capacity: 1000 });
  });

  it('never tries fewer than max(RF, 3) brokers, T3 or a larger size', () => {
    for (const c of current?.candidates ?? []) {
      expect(c.brokers).toBeGreaterThanOrEqual(3);
      expect(c.instanceType).not.toMatch(/t3/);
      expect(['kafka.m7g.xlarge', 'kafka.m7g.large']).toContain(c.instanceType);
    }
  });
});

describe('verdicts', () => {
  it('calls a cluster under-provisioned when a constraint needs more brokers, and says how many', () => {
    // 3 × kafka.m7g.large: storage throughput needs 9 of them (the workload above).
    const current = sizeScenario(scenario({ ...NINE_XLARGE, instanceType: 'kafka.m7g.large', brokers: 3 }), BUNDLED_PRICE_BOOK).current;
    expect(current?.fits).toBe(false);
    expect(current?.verdict).toBe('under-provisioned');
    expect(current?.needs).toEqual({ brokers: 9, check: expect.any(String) as string });
  });

  it('calls the smallest passing cluster right-sized', () => {
    // 6 × xlarge: 3 × fails, and the smaller sizes at 6 need 9.
    const current = sizeScenario(scenario({ ...NINE_XLARGE, brokers: 6 }), BUNDLED_PRICE_BOOK).current;
    expect(current?.verdict).toBe('right-sized');
    expect(current?.candidates.some((c) => c.recommended)).toBe(false);
  });

  it("applies AWS's 27 % lower CPU when M5 moves to M7g of the same size (the editable factor)", () => {
    // 9 × kafka.m5.xlarge at 50 % CPU → 9 × kafka.m7g.xlarge: 50 × 36 ÷ 36 × 0.73 = 36.5 %.
    const current = sizeScenario(
      scenario({ ...NINE_XLARGE, instanceType: 'kafka.m5.xlarge', observed: { cpuPeakPct: 50 } }),
      BUNDLED_PRICE_BOOK,
    ).current;
    const m7g = current?.candidates.find((c) => c.instanceType === 'kafka.m7g.xlarge' && c.brokers === 9);
    expect(m7g?.checks.find((c) => c.check === 'cpu')?.value).toBeCloseTo(36.5, 9);
    // One size smaller, still M5: 50 × 36 ÷ 18 = 100 %.
    expect(
      current?.candidates.find((c) => c.instanceType === 'kafka.m5.large' && c.brokers === 9)?.checks.find((c) => c.check === 'cpu')?.value,
    ).toBe(100);
  });
});

describe('the current block (SPEC §13.1)', () => {
  const errorsOf = (current: unknown) => {
    const parsed = parseScenario({ ...WORKLOAD, current }, ctx);
    return parsed.ok ? [] : parsed.errors.map((e) => e.field);
  };

  it('needs a broker type of its deployment from the price data, a count within the quota and a volume', () => {
    expect(errorsOf({ ...NINE_XLARGE, instanceType: 'express.m7g.large' })).toEqual(['current.instanceType']);
    expect(errorsOf({ ...NINE_XLARGE, brokers: 61 })).toEqual(['current.brokers']);
    expect(errorsOf({ deployment: 'msk-standard', instanceType: 'kafka.m5.large', brokers: 3 })).toEqual(['current.volumeGiBPerBroker']);
    expect(errorsOf({ ...NINE_XLARGE, volumeGiBPerBroker: 16_385 })).toEqual(['current.volumeGiBPerBroker']);
  });

  it('takes MSK Serverless without brokers or volumes, and refuses them with it', () => {
    expect(errorsOf({ deployment: 'msk-serverless' })).toEqual([]);
    expect(errorsOf({ deployment: 'msk-serverless', brokers: 3 })).toEqual(['current.brokers']);
  });

  it('takes self-managed Kafka by its EC2 type and Express without a volume', () => {
    expect(errorsOf({ deployment: 'self-managed', instanceType: 'm5.2xlarge', brokers: 6, volumeGiBPerBroker: 1000 })).toEqual([]);
    expect(errorsOf({ deployment: 'msk-express', instanceType: 'express.m7g.large', brokers: 3 })).toEqual([]);
    expect(errorsOf({ deployment: 'msk-express', instanceType: 'express.m7g.large', brokers: 3, volumeGiBPerBroker: 100 })).toEqual([
      'current.volumeGiBPerBroker',
    ]);
  });
});
