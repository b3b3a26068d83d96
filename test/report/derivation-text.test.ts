/**
 * A constraint's derivation in words (SPEC §4.2, §9): "250 MiB/s volume ÷ 6.5 (…) × 0.5 utilisation
 * = 19.2 MiB/s per broker", then demand → brokers → AZ rounding. Most cases use hand-built
 * constraints whose figures are stated in the test; the last ones read derivations the engine made
 * for a scenario worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Constraint, ConstraintName, ProvisionedThroughputPlan, SizedOption } from '../../src/domain';
import {
  bottleneckNote,
  capacityFormula,
  constraintExplanation,
  provisionedThroughputNote,
  roundingZones,
} from '../../src/report/derivation-text';
import { constraintOf, optionOf, sizeWith } from '../support/factories';
import { handBuiltConstraint, handBuiltOption, storageFactor3Az } from '../support/hand-built';

/** A Standard storage-throughput constraint: min(instanceEbs, volume) ÷ storageF × utilisation × tls per broker. */
function storageThroughput(opts: {
  demand: number;
  instanceEbs: number;
  volume: number;
  source: 'default' | 'provisioned' | 'gp3';
  tiered?: boolean;
  utilization?: number;
  tls?: number;
  figures?: 'sizing-logic' | 'ec2-baseline';
}): Constraint {
  const factor = storageFactor3Az(opts.tiered ?? false);
  const utilization = opts.utilization ?? 0.5;
  const tls = opts.tls ?? 1;
  const limit = Math.min(opts.instanceEbs, opts.volume) / factor.total;
  return handBuiltConstraint('storageThroughput', opts.demand, limit * utilization * tls, 'MiB/s', {
    kind: 'storageThroughput',
    instanceEbsMiBps: opts.instanceEbs,
    instanceFigures: opts.figures ?? 'sizing-logic',
    volumeMiBps: opts.volume,
    volumeSource: opts.source,
    storageFactor: factor,
    limitMiBps: limit,
    utilization,
    tlsFactor: tls,
  });
}

describe('capacity formula and explanation of a storage-throughput constraint', () => {
  // 250 MiB/s ÷ 6.5 × 0.5 = 19.2307… MiB/s per broker; 80 MiB/s ÷ 19.23 = 4.16 → 5 brokers → 6 on 3 AZs.
  const c = storageThroughput({ demand: 80, instanceEbs: 593.75, volume: 250, source: 'default' });

  it('checks the hand-built figures first: 19.23 MiB/s per broker, 5 brokers raw, 6 on 3 AZs', () => {
    expect(c.capacityPerBroker).toBeCloseTo(19.2307692, 6);
    expect(c.rawBrokersNeeded).toBe(5);
    expect(c.brokersNeeded).toBe(6);
  });

  it('names the volume, the storage factor with each term, and the utilisation', () => {
    const formula = capacityFormula(c.derivation);
    expect(formula).toContain('250 MiB/s volume');
    expect(formula).toContain('MSK volume default, no provisioned throughput');
    expect(formula).toContain('÷ 6.5 (1.5 ingress + 1.5 replication in + 0.5 lagging consumers + 3 rebalancing)');
    expect(formula).toContain('× 0.5 utilisation');
    // TLS factor 1 (the v2 default, SPEC §4.1) changes nothing, so it is not mentioned.
    expect(formula).not.toContain('TLS');
    expect(formula).not.toContain('tiering');
  });

  it('goes on from the capacity to the demand, the raw broker count and the AZ rounding, in that order', () => {
    const text = constraintExplanation(c, 3);
    expect(text).toContain('= 19.23 MiB/s per broker');
    expect(text).toContain('80 MiB/s of peak ingress');
    expect(text).toContain('needs 5 → rounded up to a multiple of 3 AZs: 6 brokers');
    const order = [
      '250 MiB/s volume',
      '÷ 6.5',
      '× 0.5 utilisation',
      '= 19.23 MiB/s per broker',
      '80 MiB/s of peak ingress',
      'needs 5',
      '6 brokers',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('says no rounding happened when the raw count is already a multiple of the AZs', () => {
    // 40 ÷ 19.23 = 2.08 → 3 brokers, already a multiple of 3.
    const three = storageThroughput({ demand: 40, instanceEbs: 593.75, volume: 250, source: 'default' });
    const text = constraintExplanation(three, 3);
    expect(text).toContain('needs 3 → 3 brokers');
    expect(text).not.toContain('rounded up');
  });

  it('names the AZ count the brokers were rounded to', () => {
    // On 2 AZs: 80 ÷ 19.23 = 4.16 → 5 brokers → 6, a multiple of 2.
    const twoAz = { ...c, brokersNeeded: Math.ceil(5 / 2) * 2 };
    expect(constraintExplanation(twoAz, 2)).toContain('needs 5 → rounded up to a multiple of 2 AZs: 6 brokers');
  });

  it('adds the tiering term and the TLS factor when they apply', () => {
    // 6.5 + 1.5 tiering = 8; 250 ÷ 8 × 0.5 × 0.7 = 10.9375 MiB/s per broker.
    const tiered = storageThroughput({ demand: 40, instanceEbs: 593.75, volume: 250, source: 'default', tiered: true, tls: 0.7 });
    const text = constraintExplanation(tiered, 3);
    expect(text).toContain('÷ 8 (1.5 ingress + 1.5 replication in + 0.5 lagging consumers + 3 rebalancing + 1.5 tiering)');
    expect(text).toContain('× 0.5 utilisation × 0.7 TLS factor');
    expect(text).toContain('= 10.94 MiB/s per broker');
    // 40 ÷ 10.9375 = 3.66 → 4 → 6 on 3 AZs
    expect(text).toContain('needs 4 → rounded up to a multiple of 3 AZs: 6 brokers');
  });

  it('says where the volume throughput came from: provisioned, or a gp3 volume for self-managed Kafka', () => {
    expect(capacityFormula(storageThroughput({ demand: 1, instanceEbs: 593.75, volume: 400, source: 'provisioned' }).derivation)).toContain(
      '400 MiB/s volume (provisioned storage throughput)',
    );
    expect(capacityFormula(storageThroughput({ demand: 1, instanceEbs: 593.75, volume: 593.75, source: 'gp3' }).derivation)).toContain(
      "593.75 MiB/s volume (self-managed gp3 volume, the instance's EBS bandwidth up to gp3's 1,000 MiB/s)",
    );
  });

  it("names the instance's EBS bandwidth instead when it is below the volume, and whose figure it is", () => {
    // min(81, 250) = 81 carries the limit: 81 ÷ 6.5 × 0.5 = 6.23 MiB/s per broker.
    const narrow = storageThroughput({ demand: 40, instanceEbs: 81, volume: 250, source: 'default' });
    const text = constraintExplanation(narrow, 3);
    expect(text).toContain('81 MiB/s instance EBS bandwidth (AWS sizing logic; below the 250 MiB/s volume)');
    expect(text).toContain('= 6.23 MiB/s per broker');
    const t3 = storageThroughput({ demand: 40, instanceEbs: 21.75, volume: 250, source: 'default', figures: 'ec2-baseline' });
    expect(capacityFormula(t3.derivation)).toContain('21.75 MiB/s instance EBS bandwidth (EC2 baseline; below the 250 MiB/s volume)');
  });
});

describe('capacity formula and explanation of the other constraints', () => {
  it('network throughput: NIC ÷ network factor with the fan-out term spelt out', () => {
    // kafka.t3.small: 0.128 Gbps × 128 = 16.384 MiB/s (EC2 baseline); fan-out 80 ÷ 40 = 2 → 2 × 1.5 = 3;
    // netF = 3 + 2.2 + 0.5 + 3 = 8.7; 16.384 ÷ 8.7 × 0.5 = 0.9416 MiB/s; 40 ÷ 0.9416 = 42.5 → 43 → 45 on 3 AZs.
    const network = { fanOutRatio: 2, fanOut: 3, replicationOut: 2.2, lagging: 0.5, rebalancing: 3, tiering: 0, total: 8.7 };
    const c = handBuiltConstraint('networkThroughput', 40, (16.384 / 8.7) * 0.5, 'MiB/s', {
      kind: 'networkThroughput',
      nicMiBps: 16.384,
      instanceFigures: 'ec2-baseline',
      networkFactor: network,
      limitMiBps: 16.384 / 8.7,
      utilization: 0.5,
      tlsFactor: 1,
    });
    expect(c.rawBrokersNeeded).toBe(43);
    expect(constraintExplanation(c, 3)).toBe(
      '16.38 MiB/s network (EC2 baseline) ÷ 8.7 (3 fan-out (2 egress ÷ ingress, one AZ down) + 2.2 replication out + 0.5 lagging consumers + 3 rebalancing)' +
        ' × 0.5 utilisation = 0.94 MiB/s per broker → 40 MiB/s of peak ingress needs 43 → rounded up to a multiple of 3 AZs: 45 brokers',
    );
  });

  it("Express ingress: sustained ingress × utilisation, with the sizing logic's three decimals", () => {
    // express.m7g.large: 15.625 × 0.75 = 11.71875 MiB/s; 40 ÷ 11.72 = 3.41 → 4 → 6 on 3 AZs.
    const c = handBuiltConstraint('ingress', 40, 15.625 * 0.75, 'MiB/s', {
      kind: 'expressIngress',
      sustainedIngressMiBps: 15.625,
      utilization: 0.75,
      tlsFactor: 1,
    });
    expect(constraintExplanation(c, 3)).toBe(
      '15.625 MiB/s sustained ingress per Express broker (MSK quotas) × 0.75 utilisation = 11.72 MiB/s per broker → 40 MiB/s of peak ingress needs 4 → rounded up to a multiple of 3 AZs: 6 brokers',
    );
  });

  it('Express egress: sustained ingress × 2 (SPEC §5, v2), measured against peak egress', () => {
    // 15.625 × 2 = 31.25 MiB/s; 80 ÷ 31.25 = 2.56 → 3 brokers.
    const c = handBuiltConstraint('egress', 80, 15.625 * 2, 'MiB/s', {
      kind: 'expressEgress',
      sustainedIngressMiBps: 15.625,
      egressFactor: 2,
      tlsFactor: 1,
    });
    expect(constraintExplanation(c, 3)).toBe(
      '15.625 MiB/s sustained ingress × 2 (recommended sustained egress, MSK docs) = 31.25 MiB/s per broker → 80 MiB/s of peak egress needs 3 → 3 brokers',
    );
    const withTls = handBuiltConstraint('egress', 80, 15.625 * 2 * 0.8, 'MiB/s', {
      kind: 'expressEgress',
      sustainedIngressMiBps: 15.625,
      egressFactor: 2,
      tlsFactor: 0.8,
    });
    expect(capacityFormula(withTls.derivation)).toContain('× 2 (recommended sustained egress, MSK docs) × 0.8 TLS factor');
  });

  it('partitions: replicas against the recommended or the hard maximum', () => {
    // 300 partitions × 3 replicas = 900 replicas; 900 ÷ 300 (kafka.t3.small) = 3 brokers.
    const c = handBuiltConstraint('partitions', 900, 300, 'partition replicas', {
      kind: 'partitions',
      partitions: 300,
      replicationFactor: 3,
      limit: 'recommended',
    });
    expect(constraintExplanation(c, 3)).toBe(
      'the recommended maximum for this size (MSK best practices) = 300 partition replicas per broker → 900 partition replicas (300 partitions × 3 replicas) needs 3 → 3 brokers',
    );
    expect(capacityFormula({ kind: 'partitions', partitions: 300, replicationFactor: 3, limit: 'maximum' })).toBe(
      'the hard maximum for this size (MSK best practices)',
    );
  });

  it('storage: provisioned storage against the largest volume, with the fill target', () => {
    // 20 × 168 × 3600 × 3 / 1024 = 35,437.5 GiB needed ÷ 0.5 = 70,875 GiB; ÷ 16,384 = 4.33 → 5 → 6 on 3 AZs.
    const c = handBuiltConstraint('storage', 70_875, 16_384, 'GiB', {
      kind: 'storage',
      neededGiB: 35_437.5,
      fillTarget: 0.5,
      maxVolumeGiB: 16_384,
    });
    expect(constraintExplanation(c, 3)).toBe(
      'the largest volume per broker (MSK quotas) = 16,384 GiB per broker → 70,875 GiB (35,437.5 GiB needed ÷ 0.5 fill target) needs 5 → rounded up to a multiple of 3 AZs: 6 brokers',
    );
  });

  it('memory: the page-cache share of broker memory against seconds of peak writes', () => {
    // 40 MiB/s × 3 replicas × 60 s / 1024 = 7.03 GiB; 8 GiB × 0.5 = 4 GiB per broker → 2 → 3 on 3 AZs.
    const c = handBuiltConstraint('memory', (40 * 3 * 60) / 1024, 8 * 0.5, 'GiB', {
      kind: 'memory',
      memGiB: 8,
      pageCacheShare: 0.5,
      ramCacheSeconds: 60,
    });
    expect(constraintExplanation(c, 3)).toBe(
      '8 GiB memory × 0.5 page-cache share = 4 GiB per broker → 7.03 GiB (60 s of peak writes, all replicas) needs 2 → rounded up to a multiple of 3 AZs: 3 brokers',
    );
  });
});

describe("AZs an option's brokers are rounded to", () => {
  it("is always 3 for Express (SPEC §5) and the scenario's count otherwise", () => {
    expect(roundingZones(handBuiltOption('msk-express', 'express.m7g.large'), 2)).toBe(3);
    expect(roundingZones(handBuiltOption('msk-standard', 'kafka.m5.large'), 2)).toBe(2);
    expect(roundingZones(handBuiltOption('self-managed', 'm5.large'), 3)).toBe(3);
  });
});

describe('provisioned storage throughput note', () => {
  const plan = (fields: Partial<ProvisionedThroughputPlan>): ProvisionedThroughputPlan => ({
    mode: 'auto',
    brokersWithoutPst: 9,
    rateMiBps: 400,
    brokersAtRate: 6,
    totalWithoutPstUsd: 9000,
    totalAtRateUsd: 7000,
    ...fields,
  });

  it('says nothing for sizes that cannot have PST', () => {
    expect(provisionedThroughputNote(handBuiltOption('msk-standard', 'kafka.m5.large'))).toBeNull();
  });

  it('gives the rate in force, how it was chosen and the brokers it saves', () => {
    const auto = handBuiltOption('msk-standard', 'kafka.m5.4xlarge', {
      brokers: 6,
      provisionedThroughputMiBps: 400,
      provisionedThroughputBrokersSaved: 3,
      provisionedThroughputPlan: plan({}),
    });
    expect(provisionedThroughputNote(auto)).toBe(
      'Provisioned storage throughput at 400 MiB/s per broker (chosen automatically): 6 brokers instead of 9 with it off, 3 fewer.',
    );
    const fixed = handBuiltOption('msk-standard', 'kafka.m5.4xlarge', {
      brokers: 6,
      provisionedThroughputMiBps: 300,
      provisionedThroughputBrokersSaved: 0,
      provisionedThroughputPlan: plan({ mode: 'fixed', rateMiBps: 300, brokersAtRate: 6, brokersWithoutPst: 6 }),
    });
    expect(provisionedThroughputNote(fixed)).toBe(
      'Provisioned storage throughput at 300 MiB/s per broker (as set): 6 brokers instead of 6 with it off.',
    );
  });

  it('with PST off, says what it would change, and that it costs more when auto left it off for that reason', () => {
    const dearer = handBuiltOption('msk-standard', 'kafka.m5.4xlarge', {
      brokers: 9,
      provisionedThroughputPlan: plan({ totalWithoutPstUsd: 9000, totalAtRateUsd: 9500 }),
    });
    expect(provisionedThroughputNote(dearer)).toBe(
      'Provisioned storage throughput at 400 MiB/s would need 6 brokers instead of 9, but cost more.',
    );
    const turnedOff = handBuiltOption('msk-standard', 'kafka.m5.4xlarge', { brokers: 9, provisionedThroughputPlan: plan({ mode: 'off' }) });
    expect(provisionedThroughputNote(turnedOff)).toBe('Provisioned storage throughput at 400 MiB/s would need 6 brokers instead of 9.');
  });

  it('says nothing when PST would save no broker', () => {
    const same = handBuiltOption('msk-standard', 'kafka.m5.4xlarge', {
      brokers: 6,
      provisionedThroughputPlan: plan({ brokersAtRate: 6, brokersWithoutPst: 6, rateMiBps: 250 }),
    });
    expect(provisionedThroughputNote(same)).toBeNull();
  });
});

describe('derivations the engine made, in words', () => {
  /*
   * Peak ingress 100 MiB/s, 24 h retention, otherwise SPEC §2 defaults (egress 40/80, RF 3, 3 AZs,
   * PST "auto", TLS factor 1.0), kafka.m5.4xlarge (sizing-logic EBS 593.75, NIC 640 MiB/s, PST max 593):
   *   storageF = 6.5; PST off: volume min(250, 593.75) = 250 → 250 ÷ 6.5 × 0.5 = 19.23 MiB/s → 100 ÷ 19.23 = 5.2 → 6 brokers
   *   netF = (80/100) × 1.5 + 2.2 + 0.5 + 3 = 6.9 → 640 ÷ 6.9 × 0.5 = 46.38 MiB/s → 2.16 → 3
   *   storage: 20 × 24 × 3600 × 3 / 1024 / 0.5 = 10,125 GiB → 1 → 3; partitions 900 ÷ 4,000 → 1 → 3
   *   PST at the maximum 593: 593 ÷ 13 = 45.6 MiB/s → 3 brokers; the smallest whole rate giving 3 is
   *   ceil(100 × 13 / 3) = 434 (433 ÷ 13 = 33.31 < 33.33); $1.68 × 730 × 3 = $3,679.20 + 3 × 434 × $0.08
   *   = $104.16 beats 6 brokers ($7,358.40), so auto keeps 434 MiB/s and saves 3 brokers.
   */
  const result = sizeWith({ peakIngressMiBps: 100, retentionHours: 24 });
  const m5 = optionOf(result, 'msk-standard:kafka.m5.4xlarge');
  const mustHave = (option: SizedOption, name: ConstraintName): Constraint => {
    const found = constraintOf(option, name);
    if (!found) throw new Error(`${option.id} has no ${name} constraint`);
    return found;
  };

  it('explains the storage limit with the PST that auto chose', () => {
    const c = mustHave(m5, 'storageThroughput');
    expect(constraintExplanation(c, 3)).toBe(
      '434 MiB/s volume (provisioned storage throughput) ÷ 6.5 (1.5 ingress + 1.5 replication in + 0.5 lagging consumers + 3 rebalancing) × 0.5 utilisation' +
        ' = 33.38 MiB/s per broker → 100 MiB/s of peak ingress needs 3 → 3 brokers',
    );
  });

  it("explains the network limit with the scenario's fan-out", () => {
    const c = mustHave(m5, 'networkThroughput');
    expect(constraintExplanation(c, 3)).toBe(
      '640 MiB/s network (AWS sizing logic) ÷ 6.9 (1.2 fan-out (0.8 egress ÷ ingress, one AZ down) + 2.2 replication out + 0.5 lagging consumers + 3 rebalancing)' +
        ' × 0.5 utilisation = 46.38 MiB/s per broker → 100 MiB/s of peak ingress needs 3 → 3 brokers',
    );
  });

  it('notes the PST auto chose and the brokers it saved', () => {
    expect(provisionedThroughputNote(m5)).toBe(
      'Provisioned storage throughput at 434 MiB/s per broker (chosen automatically): 3 brokers instead of 6 with it off, 3 fewer.',
    );
  });
});

describe('what would change the broker count', () => {
  const label = (name: string) =>
    (
      ({
        storageThroughput: 'Storage throughput',
        networkThroughput: 'Network throughput',
        storage: 'Storage',
        partitions: 'Partitions',
      }) as Record<string, string>
    )[name] ?? name;

  it('names the bottleneck and how much easing it alone could save (SPEC §2 defaults, kafka.m7g.2xlarge)', () => {
    // Storage: 70,875 GiB ÷ 16,384 = 4.33 → 5 → 6 brokers; storage throughput 40 ÷ (250 ÷ 6.5 × 0.5 = 19.23) = 2.08 → 3.
    const option = optionOf(sizeWith({}), 'msk-standard:kafka.m7g.2xlarge');
    expect(bottleneckNote(option, label)).toBe(
      'Storage sets the count; the next constraint, storage throughput, needs 3, so easing storage alone could save up to 3 brokers.',
    );
  });

  it('says when two constraints tie, so easing one changes nothing (kafka.m5.large: 9 and 9)', () => {
    // Storage throughput 40 ÷ (81 ÷ 6.5 × 0.5 = 6.23) = 6.42 → 7 → 9; network 40 ÷ (96 ÷ 8.7 × 0.5 = 5.52) = 7.25 → 8 → 9.
    const option = optionOf(sizeWith({}), 'msk-standard:kafka.m5.large');
    expect(bottleneckNote(option, label)).toBe(
      'Storage throughput and network throughput both need 9 brokers: easing one alone changes nothing.',
    );
  });
});

describe('when the replication minimum sets the count', () => {
  it('says 3 brokers is the minimum for RF 3 over 3 AZs when no constraint needs more (SPEC §4.2)', () => {
    // SPEC §2 defaults: express.m7g.xlarge needs 3 for ingress (40 ÷ 23.44 = 1.7 → 2 → 3), 3 for egress and 3 for partitions.
    const option = optionOf(sizeWith({}), 'msk-express:express.m7g.xlarge');
    expect(bottleneckNote(option, (n) => n, { replicationFactor: 3, zones: 3 })).toBe(
      '3 brokers is the minimum for replication factor 3 over 3 availability zones; no constraint needs more.',
    );
  });
});
