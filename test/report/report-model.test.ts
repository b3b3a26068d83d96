/**
 * The report model every export renders. Figures are worked by hand from SPEC §3–§8 (model v2) and
 * the bundled us-east-1 prices (src/data/aws-prices.json, as of 2025-04-04) for a small workload
 * (I = Ip = O = Op = 1 MiB/s, otherwise SPEC §2 defaults: RF 3, 3 AZs, 168 h, PST "auto", TLS factor 1.0):
 *   storageF = 1.5 + 1.5 + 0.5 + 3 = 6.5; netF = 1 × 1.5 + 2.2 + 0.5 + 3 = 7.2
 *   every MSK Standard size needs the minimum 3 brokers (RF 3 over 3 AZs): even kafka.t3.small carries
 *   21.75 ÷ 6.5 × 0.5 = 1.67 MiB/s (storage) and 16.384 ÷ 7.2 × 0.5 = 1.14 MiB/s (network), and its
 *   900 partition replicas ÷ 300 = 3; every constraint needs 3, so the bottleneck is the first, storage throughput
 *   PST never saves a broker below 3, so "auto" leaves it off everywhere (SPEC §4.4)
 *   storage ($354.375) and cross-AZ ($34.21875) are the same for every Standard size, so the cheapest
 *   M5 is the one with the lowest hourly price: kafka.m5.large ($0.21, $459.90 for 3 brokers, $848.49375 in all);
 *   the only T3 is kafka.t3.small ($0.0456, $99.864 for 3 brokers, $488.45775 in all)
 *   the cheapest MSK option that is not T3 is kafka.m7g.large ($0.204 → $446.76 + $354.375 + $34.21875 = $835.35375);
 *   within 5 % of it (≤ $877.12) is only kafka.m5.large ($848.49375, +1.57 %); self-managed
 *   m7g.large costs $824.679, so the saving is $824.679 − $835.35375 = −$10.67475
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/report-model';
import { BUNDLED_PRICE_BOOK, sizeWith } from '../support/factories';
import { handBuiltOption } from '../support/hand-built';

const TODAY = '2026-11-22';
const SMALL = { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1 } as const;

describe('report model', () => {
  const result = sizeWith({ name: 'Orders', ...SMALL });
  const report = buildReport(result, BUNDLED_PRICE_BOOK, TODAY);

  it('carries the title, scenario name, region, price date and the date the caller gives it', () => {
    expect(report.title).toBe('MSK sizing: Orders');
    expect(report.scenarioName).toBe('Orders');
    expect(report.region).toBe('us-east-1');
    expect(report.regionName).toBe('US East (N. Virginia)');
    expect(report.priceDate).toBe('2025-04-04');
    expect(report.generatedOn).toBe('2026-11-22');
    expect(buildReport(result, BUNDLED_PRICE_BOOK, '1999-12-31').generatedOn).toBe('1999-12-31');
  });

  it('lists every scenario field of SPEC §2 except the format version, with its value and unit', () => {
    // SPEC §2 (format 2) has 30 keys; "version" is the file format, not an input.
    expect(report.inputs).toHaveLength(29);
    const byLabel = new Map(report.inputs.map((i) => [i.label, i]));
    expect(byLabel.size).toBe(29);
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
    expect(byLabel.get('Provisioned storage throughput')).toMatchObject({ value: 'auto' }); // SPEC §2 v2 default
    expect(byLabel.get('Consumer groups reading everything')).toMatchObject({ value: 'not set' });
    expect(byLabel.get('Purpose')).toEqual({ label: 'Purpose', value: 'production', unit: '' });
    expect(byLabel.get('Broker quota per cluster')).toMatchObject({ value: '60' });
    expect(byLabel.get('Discount')).toEqual({ label: 'Discount', value: '0', unit: '%' });
    expect(byLabel.get('Controller instance type')).toMatchObject({ value: 'm5.large' });
    expect(byLabel.get('Controllers')).toMatchObject({ value: '3' });
    expect(byLabel.get('Operations time')).toMatchObject({ value: '0', unit: 'hours/month' });
  });

  it('shows changed inputs as they were entered', () => {
    const changed = buildReport(
      sizeWith({
        laggingConsumerPct: 25,
        ramCacheSeconds: 60,
        selfManaged: { opsHoursPerMonth: 12.5 },
        consumerGroups: 3,
        purpose: 'development',
        provisionedThroughputMiBps: 400,
      }),
      BUNDLED_PRICE_BOOK,
      TODAY,
    );
    const byLabel = new Map(changed.inputs.map((i) => [i.label, i.value]));
    expect(byLabel.get('Consumer groups reading everything')).toBe('3');
    // With consumer groups set, egress is derived (SPEC §2): 3 × 20 = 60 and 3 × 40 = 120 MiB/s.
    expect(byLabel.get('Average egress')).toBe('60');
    expect(byLabel.get('Peak egress')).toBe('120');
    expect(byLabel.get('Purpose')).toBe('development');
    expect(byLabel.get('Provisioned storage throughput')).toBe('400');
    expect(byLabel.get('Lagging consumers')).toBe('25');
    expect(byLabel.get('Seconds of page cache')).toBe('60');
    expect(byLabel.get('Operations time')).toBe('12.5');
  });

  it('has all 40 options in the order of the result, with a human label and typed kinds for renderers to word', () => {
    // The bundled price data (src/data/aws-prices.json) has 16 MSK Standard sizes, 7 Express sizes, Serverless and
    // 16 self-managed EC2 types (t3.small, m5.*, m7g.*; SPEC §7): 40 options, each kind in the price data's order (smallest first).
    expect(report.options.map((o) => o.id)).toEqual([
      'msk-standard:kafka.t3.small',
      'msk-standard:kafka.m5.large',
      'msk-standard:kafka.m5.xlarge',
      'msk-standard:kafka.m5.2xlarge',
      'msk-standard:kafka.m5.4xlarge',
      'msk-standard:kafka.m5.8xlarge',
      'msk-standard:kafka.m5.12xlarge',
      'msk-standard:kafka.m5.16xlarge',
      'msk-standard:kafka.m5.24xlarge',
      'msk-standard:kafka.m7g.large',
      'msk-standard:kafka.m7g.xlarge',
      'msk-standard:kafka.m7g.2xlarge',
      'msk-standard:kafka.m7g.4xlarge',
      'msk-standard:kafka.m7g.8xlarge',
      'msk-standard:kafka.m7g.12xlarge',
      'msk-standard:kafka.m7g.16xlarge',
      'msk-express:express.m7g.large',
      'msk-express:express.m7g.xlarge',
      'msk-express:express.m7g.2xlarge',
      'msk-express:express.m7g.4xlarge',
      'msk-express:express.m7g.8xlarge',
      'msk-express:express.m7g.12xlarge',
      'msk-express:express.m7g.16xlarge',
      'msk-serverless:serverless',
      'self-managed:t3.small',
      'self-managed:m5.large',
      'self-managed:m5.xlarge',
      'self-managed:m5.2xlarge',
      'self-managed:m5.4xlarge',
      'self-managed:m5.8xlarge',
      'self-managed:m5.12xlarge',
      'self-managed:m5.16xlarge',
      'self-managed:m5.24xlarge',
      'self-managed:m7g.large',
      'self-managed:m7g.xlarge',
      'self-managed:m7g.2xlarge',
      'self-managed:m7g.4xlarge',
      'self-managed:m7g.8xlarge',
      'self-managed:m7g.12xlarge',
      'self-managed:m7g.16xlarge',
    ]);
    expect(report.options).toHaveLength(40);
    // The report keeps whatever order the result has: hand-built options in an order no sizing would produce.
    const shuffled = buildReport(
      {
        ...result,
        options: [
          handBuiltOption('self-managed', 'm5.large'),
          handBuiltOption('msk-serverless', 'serverless'),
          handBuiltOption('msk-standard', 'kafka.m5.large'),
        ],
      },
      BUNDLED_PRICE_BOOK,
      TODAY,
    );
    expect(shuffled.options.map((o) => o.id)).toEqual([
      'self-managed:m5.large',
      'msk-serverless:serverless',
      'msk-standard:kafka.m5.large',
    ]);
    const m5 = report.options.find((o) => o.id === 'msk-standard:kafka.m5.large');
    expect(m5).toMatchObject({
      label: 'MSK Standard kafka.m5.large',
      deployment: 'msk-standard',
      instanceType: 'kafka.m5.large',
      recommendationClass: 'msk-standard-m5',
      available: true,
      unavailableReason: '',
      brokers: 3,
      bottleneck: 'storageThroughput',
      provisionedThroughputMiBps: null,
    });
    expect(m5?.storagePerBrokerGiB).toBeCloseTo(1181.25, 9);
    expect(m5?.monthlyCostUsd?.brokers).toBeCloseTo(459.9, 9);
    expect(m5?.monthlyCostUsd?.total).toBeCloseTo(848.49375, 9);
    expect(report.options.find((o) => o.id === 'msk-serverless:serverless')).toMatchObject({
      label: 'MSK Serverless',
      brokers: null,
      bottleneck: null,
    });
    // Self-managed T3 belongs to no recommendation class (SPEC §8).
    expect(report.options.find((o) => o.id === 'self-managed:t3.small')?.recommendationClass).toBeNull();
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

  it('compares by default the two cheapest eligible kinds for production: kafka.m7g.large against kafka.m5.large', () => {
    // Brokers 3 × $0.204 × 730 = $446.76 against 3 × $0.21 × 730 = $459.90; storage and cross-AZ are the same.
    expect([report.comparison?.left.id, report.comparison?.right.id]).toEqual([
      'msk-standard:kafka.m7g.large',
      'msk-standard:kafka.m5.large',
    ]);
  });

  it('compares by default the cheapest MSK M5 (kafka.m5.large) with the cheapest MSK T3 (kafka.t3.small) for development', () => {
    const report = buildReport(sizeWith({ name: 'Orders', ...SMALL, purpose: 'development' }), BUNDLED_PRICE_BOOK, TODAY);
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
    const chosen = buildReport(result, BUNDLED_PRICE_BOOK, TODAY, {
      left: 'msk-express:express.m7g.large',
      right: 'msk-serverless:serverless',
    });
    expect(chosen.comparison?.left.id).toBe('msk-express:express.m7g.large');
    expect(chosen.comparison?.right.id).toBe('msk-serverless:serverless');
    const half = buildReport(result, BUNDLED_PRICE_BOOK, TODAY, { left: null, right: 'self-managed:m5.large' });
    expect(half.comparison?.left.id).toBe('msk-standard:kafka.m7g.large');
    expect(half.comparison?.right.id).toBe('self-managed:m5.large');
    expect(buildReport(result, BUNDLED_PRICE_BOOK, TODAY, { left: 'no-such-option', right: null }).comparison).toBeNull();
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
    const withCache = buildReport(sizeWith({ ...SMALL, ramCacheSeconds: 1024 }), BUNDLED_PRICE_BOOK, TODAY);
    expect(withCache.workload.find((f) => f.label === 'Page cache needed')).toEqual({ label: 'Page cache needed', value: 3, unit: 'GiB' });
  });

  it("carries the scenario warnings and the recommended option's warnings as messages, and the assumptions with their sources", () => {
    // SPEC §8 for this scenario: min.insync.replicas = RF − 1 = 2, and nearest-replica fetch's configuration with the
    // consumer cross-AZ it saves: 1 MiB/s × 2/3 = 1,710.9375 GiB/month × $0.01 × 2 = $34.22. kafka.m7g.large has
    // 900 ÷ 3 = 300 replicas per broker, under its recommended 1,000, so it adds none.
    expect(report.warnings).toHaveLength(2);
    expect(report.warnings[0]).toMatch(/^Set min\.insync\.replicas to RF − 1 = 2/);
    expect(report.warnings[1]).toContain('client.rack');
    expect(report.warnings[1]).toContain('saves $34.22 a month');
    expect(report.warnings.every((w) => typeof w === 'string')).toBe(true);
    // SPEC §8: RF < 3 is warned about.
    const rf1 = buildReport(sizeWith({ ...SMALL, replicationFactor: 1 }), BUNDLED_PRICE_BOOK, TODAY);
    expect(rf1.warnings.some((w) => w.startsWith('Replication factor 1:'))).toBe(true);
    // SPEC §4.1 (v2): the TLS factor defaults to 1.0.
    const tls = report.assumptions.find((a) => a.label === 'TLS throughput factor');
    expect(tls?.value).toBe(1);
    expect(tls?.source).not.toBe('');
    expect(report.assumptions.find((a) => a.label === 'Hours per month')?.value).toBe(730);
  });

  it("takes an unavailable option's reason from its message", () => {
    // SPEC §2 defaults: kafka.t3.small needs 16.384 ÷ 8.7 × 0.5 = 0.94 MiB/s per broker → 43 → 45 brokers for 40 MiB/s,
    // above ZooKeeper's 30 (T3 has no KRaft, SPEC §4.1).
    const t3 = buildReport(sizeWith(), BUNDLED_PRICE_BOOK, TODAY).options.find((o) => o.id === 'msk-standard:kafka.t3.small');
    expect(t3?.available).toBe(false);
    expect(t3?.brokers).toBe(45);
    expect(t3?.unavailableReason).toMatch(
      /^Needs 45 brokers, but kafka\.t3\.small cannot run in KRaft mode, so ZooKeeper's limit of 30 brokers per cluster applies\./,
    );
  });

  it('has no overall pick and no saving when no eligible MSK option is available, but still prices self-managed Kafka', () => {
    // Quota 1 rules out Standard and Express (at least 3 brokers); 300 MiB/s rules out Serverless (SPEC §6).
    // Self-managed Kafka is not bound by MSK's quota (SPEC §7, v2), so its classes keep a pick.
    const none = buildReport(sizeWith({ avgIngressMiBps: 100, peakIngressMiBps: 300, brokerQuota: 1 }), BUNDLED_PRICE_BOOK, TODAY);
    expect(none.overall).toBeNull();
    expect(none.versusSelfManaged).toBeNull();
    expect(none.closeAlternatives).toEqual([]);
    expect(none.overallWhy).toEqual([]);
    expect(none.overallPstNote).toBeNull();
    const picks = new Map(none.picks.map((p) => [p.classLabel, p.option]));
    for (const cls of ['MSK Standard M7g', 'MSK Standard M5', 'MSK T3 (dev/test)', 'MSK Express', 'MSK Serverless'])
      expect(picks.get(cls)).toBeNull();
    expect(picks.get('Self-managed M7g')).not.toBeNull();
    expect(picks.get('Self-managed M5')).not.toBeNull();
    expect(none.options).toHaveLength(40);
  });
});

describe("report model: the recommendation's rule, close alternatives and derivations", () => {
  const result = sizeWith({ name: 'Orders', ...SMALL });
  const report = buildReport(result, BUNDLED_PRICE_BOOK, TODAY);

  it('states the production rule of SPEC §8: the cheapest available MSK option that is not T3, self-managed only compared', () => {
    expect(report.rule).toMatch(/production/i);
    expect(report.rule).toContain('cheapest available MSK option');
    expect(report.rule).toContain('not T3');
    expect(report.rule).toMatch(/self-managed Kafka is compared, never recommended/);
  });

  it('lists kafka.m5.large as the only close alternative: $848.49375 is within 5 % of $835.35375', () => {
    // ceiling = 835.35375 × 1.05 = 877.12; kafka.m7g.xlarge (3 × $0.408 × 730 + $388.59 = $1,282.11) and Express
    // ($1,012.47) are above it; kafka.t3.small is cheaper but not eligible for production.
    expect(report.closeAlternatives.map((o) => o.id)).toEqual(['msk-standard:kafka.m5.large']);
    expect(report.closeAlternatives[0]?.monthlyCostUsd?.total).toBeCloseTo(848.49375, 9);
  });

  it('explains each constraint of kafka.m7g.large in the order of SPEC §4.2, the first one of the tie as bottleneck', () => {
    expect(report.overallWhy.map((c) => [c.label, c.brokersNeeded, c.isBottleneck])).toEqual([
      ['Storage throughput', 3, true],
      ['Network throughput', 3, false],
      ['Partitions', 3, false],
      ['Storage', 3, false],
    ]);
  });

  it("works each constraint from the instance's figures: EBS 78.75 MiB/s (below the 250 MiB/s volume), NIC 117 MiB/s", () => {
    const [storageThroughput, network, partitions, storage] = report.overallWhy.map((c) => c.explanation);
    // min(78.75, 250) = 78.75 MiB/s; 78.75 ÷ 6.5 × 0.5 = 6.0577 MiB/s per broker; 1 ÷ 6.06 → 1 broker → 3 on 3 AZs
    expect(storageThroughput).toMatch(/^78\.75 MiB\/s /);
    expect(storageThroughput).toContain('÷ 6.5 (1.5 ingress + 1.5 replication in + 0.5 lagging consumers + 3 rebalancing)');
    expect(storageThroughput).toContain(
      '× 0.5 utilisation = 6.06 MiB/s per broker → 1 MiB/s of peak ingress needs 1 → rounded up to a multiple of 3 AZs: 3 brokers',
    );
    // 117 ÷ 7.2 × 0.5 = 8.125 MiB/s per broker
    expect(network).toContain(
      '117 MiB/s network (AWS sizing logic) ÷ 7.2 (1.5 fan-out (1 egress ÷ ingress, one AZ down) + 2.2 replication out',
    );
    expect(network).toContain('= 8.13 MiB/s per broker → 1 MiB/s of peak ingress needs 1');
    // 300 × 3 = 900 replicas ÷ 1,000 per broker → 1 → 3
    expect(partitions).toContain(
      '= 1,000 partition replicas per broker → 900 partition replicas (300 partitions × 3 replicas) needs 1 → rounded up to a multiple of 3 AZs: 3 brokers',
    );
    // 1,771.875 GiB needed ÷ 0.5 = 3,543.75 GiB ÷ 16,384 → 1 → 3
    expect(storage).toContain(
      '= 16,384 GiB per broker → 3,543.75 GiB (1,771.88 GiB needed ÷ 0.5 fill target) needs 1 → rounded up to a multiple of 3 AZs: 3 brokers',
    );
  });

  it('has no PST note: kafka.m7g.large cannot have provisioned throughput', () => {
    expect(report.overall?.provisionedThroughputMiBps).toBeNull();
    expect(report.overallPstNote).toBeNull();
  });

  it('follows the development rule when the purpose says so: kafka.t3.small ($488.46) and nothing within 5 %', () => {
    // ceiling 488.45775 × 1.05 = 512.88; the next cheapest MSK option, kafka.m7g.large, costs $835.35.
    const dev = buildReport(sizeWith({ ...SMALL, purpose: 'development' }), BUNDLED_PRICE_BOOK, TODAY);
    expect(dev.overall?.id).toBe('msk-standard:kafka.t3.small');
    expect(dev.rule).toMatch(/development/i);
    expect(dev.rule).toContain('T3 included');
    expect(dev.closeAlternatives).toEqual([]);
    expect(dev.overallWhy.map((c) => c.label)).toEqual(['Storage throughput', 'Network throughput', 'Partitions', 'Storage']);
    // kafka.t3.small uses its EC2 baselines (SPEC §4.1): min(21.75, 250) = 21.75 MiB/s; ÷ 6.5 × 0.5 = 1.67 MiB/s per broker.
    expect(dev.overallWhy[0]?.explanation).toMatch(/^21\.75 MiB\/s /);
    expect(dev.overallWhy[0]?.explanation).toContain('= 1.67 MiB/s per broker → 1 MiB/s of peak ingress needs 1');
  });

  it('explains an Express recommendation with its own constraints: ingress, egress, partitions', () => {
    // Quota 3 and 300 MiB/s peak (Serverless over its 200 MiB/s): every Standard size needs more than 3 brokers
    // (kafka.m5.24xlarge: min(1,000, 250) ÷ 6.5 × 0.5 = 19.23 MiB/s → 16 → 18). Express: express.m7g.4xlarge carries
    // 125 × 0.75 = 93.75 MiB/s → 3.2 → 4 → 6, too many; express.m7g.8xlarge 250 × 0.75 = 187.5 MiB/s → 1.6 → 2 → 3 fits,
    // and is cheaper than the larger sizes (3 × $6.528 vs 3 × $9.792 an hour).
    const express = buildReport(sizeWith({ avgIngressMiBps: 100, peakIngressMiBps: 300, brokerQuota: 3 }), BUNDLED_PRICE_BOOK, TODAY);
    expect(express.overall?.id).toBe('msk-express:express.m7g.8xlarge');
    expect(express.overallWhy.map((c) => [c.label, c.brokersNeeded, c.isBottleneck])).toEqual([
      ['Ingress', 3, true],
      ['Egress', 3, false],
      ['Partitions', 3, false],
    ]);
    expect(express.overallWhy[0]?.explanation).toBe(
      '250 MiB/s sustained ingress per Express broker (MSK quotas) × 0.75 utilisation = 187.5 MiB/s per broker → 300 MiB/s of peak ingress needs 2 → rounded up to a multiple of 3 AZs: 3 brokers',
    );
    // Egress 80 MiB/s ÷ (250 × 2 = 500 MiB/s) → 1 → 3.
    expect(express.overallWhy[1]?.explanation).toContain(
      '250 MiB/s sustained ingress × 2 (recommended sustained egress, MSK docs) = 500 MiB/s per broker → 80 MiB/s of peak egress needs 1',
    );
  });

  it('carries everything the PDF prints: chart data for the workload of today and the price sources, each with a citation', () => {
    const r = buildReport(sizeWith({ avgIngressMiBps: 30, peakIngressMiBps: 60 }), BUNDLED_PRICE_BOOK, TODAY);
    // The growth chart marks today's peak ingress, 60 MiB/s; one of its points is today's workload (multiplier 1).
    expect(r.charts.costVsIngress.currentPeakIngressMiBps).toBe(60);
    expect(r.charts.costVsIngress.points.some((p) => p.multiplier === 1 && p.peakIngressMiBps === 60)).toBe(true);
    // The printed cost chart shows at most 12 options.
    expect(r.charts.costStack.rows.length).toBeLessThanOrEqual(12);
    expect(r.priceSources.length).toBeGreaterThan(0);
    for (const source of r.priceSources) expect(source.citation.length, source.id).toBeGreaterThan(0);
  });
});
