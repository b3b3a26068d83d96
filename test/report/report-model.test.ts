/**
 * The report model every export renders. Figures are worked by hand from SPEC §3–§8 and the bundled
 * us-east-1 prices (src/data/aws-prices.json, as of 2025-04-04) for a small workload
 * (I = Ip = O = Op = 1 MiB/s, otherwise SPEC §2 defaults):
 *   every MSK Standard size needs the minimum 3 brokers (RF 3 over 3 AZs): even kafka.t3.small carries
 *   min(21.75 / 6.5, 16.384 / 7.2) × 0.7 × 0.5 = 0.80 MiB/s, so B(1, 0.80) = 3
 *   storage ($354.375) and cross-AZ ($34.21875) are the same for every Standard size, so the cheapest
 *   M5 is the one with the lowest hourly price: kafka.m5.large ($0.21, $459.90 for 3 brokers, $848.49375 in all);
 *   the only T3 is kafka.t3.small ($0.0456, $99.864 for 3 brokers, $488.45775 in all)
 *   the cheapest production-grade MSK option is kafka.m7g.large ($0.204 → $835.35375); self-managed
 *   m7g.large costs $824.679, so the saving is $824.679 − $835.35375 = −$10.67475
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/report-model';
import { optionOf, sizeWith } from '../support/factories';

const TODAY = '2026-11-22';
const SMALL = { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1 } as const;

describe('report model', () => {
  const result = sizeWith({ name: 'Orders', ...SMALL });
  const report = buildReport(result, TODAY);

  it('carries the title, scenario name, region, price date and the date the caller gives it', () => {
    expect(report.title).toBe('MSK sizing: Orders');
    expect(report.scenarioName).toBe('Orders');
    expect(report.region).toBe('us-east-1');
    expect(report.regionName).toBe('US East (N. Virginia)');
    expect(report.priceDate).toBe('2025-04-04');
    expect(report.generatedOn).toBe('2026-11-22');
    expect(buildReport(result, '1999-12-31').generatedOn).toBe('1999-12-31');
  });

  it('lists every scenario field of SPEC §2 except the format version, with its value and unit', () => {
    // SPEC §2 has 28 keys; "version" is the file format, not an input.
    expect(report.inputs).toHaveLength(27);
    const byLabel = new Map(report.inputs.map((i) => [i.label, i]));
    expect(byLabel.size).toBe(27);
    expect(byLabel.get('Scenario name')).toEqual({ label: 'Scenario name', value: 'Orders', unit: '' });
    expect(byLabel.get('AWS region')).toMatchObject({ value: 'us-east-1' });
    expect(byLabel.get('Average ingress')).toEqual({ label: 'Average ingress', value: '1', unit: 'MiB/s' });
    expect(byLabel.get('Peak egress')).toEqual({ label: 'Peak egress', value: '1', unit: 'MiB/s' });
    expect(byLabel.get('Replication factor')).toMatchObject({ value: '3' });
    expect(byLabel.get('Retention')).toEqual({ label: 'Retention', value: '168', unit: 'hours' });
    expect(byLabel.get('Local retention (tiered storage)')).toMatchObject({ value: '168' }); // defaults to the retention
    expect(byLabel.get('Partitions')).toMatchObject({ value: '300' });
    expect(byLabel.get('Availability zones')).toMatchObject({ value: '3' });
    expect(byLabel.get('TLS between clients and brokers')).toMatchObject({ value: 'yes' });
    expect(byLabel.get('Size partitions against the hard maximum')).toMatchObject({ value: 'no' });
    expect(byLabel.get('EBS fill target')).toMatchObject({ value: '0.5' });
    expect(byLabel.get('Lagging consumers')).toMatchObject({ value: 'not set' });
    expect(byLabel.get('Seconds of page cache')).toMatchObject({ value: 'not set' });
    expect(byLabel.get('Provisioned storage throughput')).toMatchObject({ value: 'not set' });
    expect(byLabel.get('Broker quota per cluster')).toMatchObject({ value: '60' });
    expect(byLabel.get('Discount')).toEqual({ label: 'Discount', value: '0', unit: '%' });
    expect(byLabel.get('Controller instance type')).toMatchObject({ value: 'm5.large' });
    expect(byLabel.get('Controllers')).toMatchObject({ value: '3' });
    expect(byLabel.get('Operations time')).toMatchObject({ value: '0', unit: 'hours/month' });
  });

  it('shows changed inputs as they were entered', () => {
    const changed = buildReport(sizeWith({ laggingConsumerPct: 25, ramCacheSeconds: 60, selfManaged: { opsHoursPerMonth: 12.5 } }), TODAY);
    const byLabel = new Map(changed.inputs.map((i) => [i.label, i.value]));
    expect(byLabel.get('Lagging consumers')).toBe('25');
    expect(byLabel.get('Seconds of page cache')).toBe('60');
    expect(byLabel.get('Operations time')).toBe('12.5');
  });

  it('has all 40 options in the order of the result, with human labels', () => {
    expect(report.options).toHaveLength(40);
    expect(report.options.map((o) => o.id)).toEqual(result.options.map((o) => o.id));
    const m5 = report.options.find((o) => o.id === 'msk-standard:kafka.m5.large');
    expect(m5).toMatchObject({
      label: 'MSK Standard kafka.m5.large', deployment: 'MSK Standard', instanceType: 'kafka.m5.large',
      recommendationClass: 'MSK Standard M5', available: true, unavailableReason: '', brokers: 3, bottleneck: 'Ingress',
    });
    expect(m5?.storagePerBrokerGiB).toBeCloseTo(1181.25, 9);
    expect(m5?.monthlyCostUsd?.brokers).toBeCloseTo(459.9, 9);
    expect(m5?.monthlyCostUsd?.total).toBeCloseTo(848.49375, 9);
    expect(report.options.find((o) => o.id === 'msk-serverless:serverless')).toMatchObject({ label: 'MSK Serverless', brokers: null, bottleneck: '' });
    // Self-managed T3 belongs to no recommendation class (SPEC §8).
    expect(report.options.find((o) => o.id === 'self-managed:t3.small')?.recommendationClass).toBe('');
  });

  it('names the overall recommendation and what it costs against the cheapest self-managed option', () => {
    expect(report.overall?.id).toBe('msk-standard:kafka.m7g.large');
    expect(report.versusSelfManaged?.option.id).toBe('self-managed:m7g.large');
    expect(report.versusSelfManaged?.monthlySavingUsd).toBeCloseTo(-10.67475, 9);
  });

  it('has one pick per class in the order of SPEC §8', () => {
    expect(report.picks.map((p) => [p.classLabel, p.option?.id ?? null])).toEqual([
      ['MSK Standard M7g', 'msk-standard:kafka.m7g.large'],
      ['MSK Standard M5', 'msk-standard:kafka.m5.large'],
      ['MSK T3 (dev/test)', 'msk-standard:kafka.t3.small'],
      ['MSK Express', 'msk-express:express.m7g.large'],
      ['MSK Serverless', 'msk-serverless:serverless'],
      ['Self-managed M7g', 'self-managed:m7g.large'],
      ['Self-managed M5', 'self-managed:m5.large'],
    ]);
  });

  it('compares by default the cheapest MSK M5 (kafka.m5.large) with the cheapest MSK T3 (kafka.t3.small)', () => {
    expect(report.comparison?.left.id).toBe('msk-standard:kafka.m5.large');
    expect(report.comparison?.right.id).toBe('msk-standard:kafka.t3.small');
    expect(report.comparison?.leftLabel).toBe('MSK Standard kafka.m5.large');
    expect(report.comparison?.rightLabel).toBe('MSK Standard kafka.t3.small');
    const total = report.comparison?.rows.find((r) => r.label === 'Total (USD/month)');
    expect(total?.left).toBeCloseTo(848.49375, 9);
    expect(total?.right).toBeCloseTo(488.45775, 9);
    expect(total?.difference).toBeCloseTo(488.45775 - 848.49375, 9);
  });

  it('compares the pair chosen on screen instead, and takes the default for a side left unchosen', () => {
    const chosen = buildReport(result, TODAY, { left: 'msk-express:express.m7g.large', right: 'msk-serverless:serverless' });
    expect(chosen.comparison?.left.id).toBe('msk-express:express.m7g.large');
    expect(chosen.comparison?.right.id).toBe('msk-serverless:serverless');
    const half = buildReport(result, TODAY, { left: null, right: 'self-managed:m5.large' });
    expect(half.comparison?.left.id).toBe('msk-standard:kafka.m5.large');
    expect(half.comparison?.right.id).toBe('self-managed:m5.large');
    expect(buildReport(result, TODAY, { left: 'no-such-option', right: null }).comparison).toBeNull();
  });

  it('lists the workload figures of SPEC §3 with their units, leaving out page cache when it is not asked for', () => {
    const byLabel = new Map(report.workload.map((f) => [f.label, f]));
    expect(byLabel.get('Data retained, one copy')).toEqual({ label: 'Data retained, one copy', value: 590.625, unit: 'GiB' });
    expect(byLabel.get('Local storage needed, all replicas')?.value).toBeCloseTo(1771.875, 9);
    expect(byLabel.get('Local storage provisioned')?.value).toBeCloseTo(3543.75, 9);
    expect(byLabel.get('Tiered storage, one copy')?.value).toBe(0);
    expect(byLabel.get('Network write into brokers, peak')).toEqual({ label: 'Network write into brokers, peak', value: 3, unit: 'MiB/s' });
    expect(byLabel.get('Network read out of brokers, peak')?.value).toBe(3);
    expect(byLabel.get('Replication traffic, average')?.value).toBe(2);
    // 3 MiB/s written + 0.5 × 1 MiB/s lagging reads = 3.5 MiB/s; 3.5 × 1024 KiB/s / 256 KiB = 14 IOPS
    expect(byLabel.get('Storage throughput, peak')?.value).toBeCloseTo(3.5, 9);
    expect(byLabel.get('IOPS, peak (estimate)')).toMatchObject({ unit: 'IOPS' });
    expect(byLabel.get('IOPS, peak (estimate)')?.value).toBeCloseTo(14, 9);
    expect(byLabel.get('Cross-AZ, producers')).toMatchObject({ unit: 'GiB/month' });
    expect(byLabel.get('Cross-AZ, producers')?.value).toBeCloseTo(1710.9375, 9);
    expect(byLabel.get('Cross-AZ, consumers')?.value).toBe(0);
    expect(byLabel.get('Cross-AZ, replication')?.value).toBeCloseTo(5132.8125, 9);
    expect(byLabel.has('Page cache needed')).toBe(false);
  });

  it('shows the page cache needed when seconds of page cache are set: Ip × RF × seconds / 1024', () => {
    const withCache = buildReport(sizeWith({ ...SMALL, ramCacheSeconds: 1024 }), TODAY);
    expect(withCache.workload.find((f) => f.label === 'Page cache needed')).toEqual({ label: 'Page cache needed', value: 3, unit: 'GiB' });
  });

  it('carries the scenario warnings and the recommended option\'s warnings, and the assumptions with their sources', () => {
    expect(report.warnings).toEqual([...result.warnings, ...optionOf(result, 'msk-standard:kafka.m7g.large').warnings]);
    // SPEC §8: RF < 3 is warned about.
    const rf1 = buildReport(sizeWith({ ...SMALL, replicationFactor: 1 }), TODAY);
    expect(rf1.warnings.some((w) => w.startsWith('Replication factor 1:'))).toBe(true);
    const tls = report.assumptions.find((a) => a.label === 'TLS throughput factor');
    expect(tls?.value).toBe(0.7);
    expect(tls?.source).not.toBe('');
    expect(report.assumptions.find((a) => a.label === 'Hours per month')?.value).toBe(730);
  });

  it('has no overall pick and no saving when no production-grade MSK option is available', () => {
    // Quota 1 rules out Standard and Express (at least 3 brokers); 300 MiB/s rules out Serverless (SPEC §6).
    const none = buildReport(sizeWith({ avgIngressMiBps: 100, peakIngressMiBps: 300, brokerQuota: 1 }), TODAY);
    expect(none.overall).toBeNull();
    expect(none.versusSelfManaged).toBeNull();
    expect(none.picks.every((p) => p.option === null)).toBe(true);
    expect(none.options).toHaveLength(40);
  });
});
