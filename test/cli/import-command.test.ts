/**
 * `cli import` (SPEC §13.4) and `cli size` with a current block: driven through `runCli` with
 * in-memory files, as a user runs them.
 */
import { describe, expect, it } from 'vitest';
import { runCliInMemory } from '../support/run-cli-in-memory';
import { NINE_XLARGE, RIGHT_SIZE_WORKLOAD } from '../support/right-size-example';

/** kafka-topics.sh --describe (Kafka 2.8–3.6): two topics of 6 and 4 partitions, RF 3, retention 24 h and 48 h. */
const TOPICS = [
  'Topic: orders\tTopicId: pW9dLc3EQmuZaN7vXsRtKg\tPartitionCount: 6\tReplicationFactor: 3\tConfigs: retention.ms=86400000',
  '\tTopic: orders\tPartition: 0\tLeader: 1\tReplicas: 1,2,3\tIsr: 1,2,3',
  '\tTopic: orders\tPartition: 1\tLeader: 2\tReplicas: 2,3,1\tIsr: 2,3,1',
  'Topic: clicks\tTopicId: Qx8eMd4FRnvAbO8wYtSuLh\tPartitionCount: 4\tReplicationFactor: 3\tConfigs: retention.ms=172800000',
  '\tTopic: clicks\tPartition: 0\tLeader: 3\tReplicas: 3,1,2\tIsr: 3,1,2',
].join('\n');

/** What the listing gives: Σ PartitionCount 6 + 4 = 10, RF 3, retention 172,800,000 ms ÷ 3,600,000 = 48 h. */
const TOPICS_PATCH = { partitions: 10, replicationFactor: 3, retentionHours: 48 };

/** A topic line without PartitionCount: an error naming the file and line 1. */
const BAD_TOPICS = 'Topic: orders\tReplicationFactor: 3\tConfigs: retention.ms=86400000\n';

/** get-metric-statistics of BytesInPerSec, Maximum only: 10,485,760 B/s ÷ 1,048,576 = a peak of 10 MiB/s, no average. */
const PEAK_INGRESS_10 = JSON.stringify({
  Label: 'BytesInPerSec',
  Datapoints: [
    { Timestamp: '2026-11-01T00:00:00Z', Maximum: 5_242_880, Unit: 'Bytes/Second' },
    { Timestamp: '2026-11-01T00:01:00Z', Maximum: 10_485_760, Unit: 'Bytes/Second' },
  ],
});

/** The tail of the table output after "Scenario patch:" / "Merged scenario:", parsed. */
function jsonAfter(stdout: string, heading: string): unknown {
  const at = stdout.indexOf(`${heading}\n`);
  if (at < 0) throw new Error(`no "${heading}" in ${stdout}`);
  return JSON.parse(stdout.slice(at + heading.length + 1));
}

describe('cli import', () => {
  it('prints each derivation and the patch, exit 0', () => {
    const { status, stdout, stderr } = runCliInMemory(['import', 'topics.txt'], { 'topics.txt': TOPICS });
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    // Derivations name the field, the value and where it came from (the topic lines 1 to 4).
    expect(lines.find((l) => l.startsWith('partitions = 10: '))).toMatch(/PartitionCount.*\(topics\.txt:1-4\)$/);
    expect(lines.find((l) => l.startsWith('replicationFactor = 3: '))).toContain('(topics.txt:1-4)');
    expect(lines.find((l) => l.startsWith('retentionHours = 48: '))).toContain('retention.ms');
    expect(jsonAfter(stdout, 'Scenario patch:')).toEqual(TOPICS_PATCH);
  });

  it('prints { scenarioPatch, derivations, warnings, errors } with --format json', () => {
    const { status, stdout } = runCliInMemory(['import', 'topics.txt', '--format', 'json'], { 'topics.txt': TOPICS });
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown> & {
      derivations: { field: string; value: unknown; from: string; method: string }[];
    };
    expect(Object.keys(out).sort()).toEqual(['derivations', 'errors', 'scenarioPatch', 'warnings']);
    expect(out['scenarioPatch']).toEqual(TOPICS_PATCH);
    expect(out['errors']).toEqual([]);
    expect(out.derivations.map((d) => [d.field, d.value])).toEqual([
      ['partitions', 10],
      ['replicationFactor', 3],
      ['retentionHours', 48],
    ]);
    expect(out.derivations.every((d) => d.from.startsWith('topics.txt') && d.method !== '')).toBe(true);
  });

  it('accepts --format=json written inline', () => {
    const { status, stdout } = runCliInMemory(['import', '--format=json', 'topics.txt'], { 'topics.txt': TOPICS });
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { scenarioPatch: unknown }).scenarioPatch).toEqual(TOPICS_PATCH);
  });

  it('prints the merged scenario with --into, and adds it as "scenario" in json', () => {
    const files = { 'topics.txt': TOPICS, 's.json': '{"name": "orders", "peakIngressMiBps": 55}' };
    const table = runCliInMemory(['import', 'topics.txt', '--into', 's.json'], files);
    expect(table.status).toBe(0);
    expect(table.stdout).not.toContain('Scenario patch:');
    const merged = jsonAfter(table.stdout, 'Merged scenario:') as Record<string, unknown>;
    // Imported keys, the file's own keys, and local retention following retention (it equalled the default 168 h).
    expect(merged).toMatchObject({ ...TOPICS_PATCH, localRetentionHours: 48, name: 'orders', peakIngressMiBps: 55, version: 2 });
    const json = runCliInMemory(['import', 'topics.txt', '--into', 's.json', '--format', 'json'], files);
    expect((JSON.parse(json.stdout) as { scenario: unknown }).scenario).toEqual(merged);
  });

  it('exits 1 with an "error:" line naming the file and line when a file has errors, and prints an empty patch', () => {
    const { status, stdout, stderr } = runCliInMemory(['import', 'topics.txt', 'bad.txt'], { 'topics.txt': TOPICS, 'bad.txt': BAD_TOPICS });
    expect(status).toBe(1);
    const errors = stderr.trim().split('\n');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.every((l) => l.startsWith('error: '))).toBe(true);
    expect(errors.some((l) => l.startsWith('error: bad.txt:1: ') && l.includes('PartitionCount'))).toBe(true);
    // Any error empties the patch: nothing half-applied.
    expect(jsonAfter(stdout, 'Scenario patch:')).toEqual({});
  });

  it('exits 1 on an unrecognised file, quoting its code', () => {
    const { status, stderr } = runCliInMemory(['import', 'notes.txt'], { 'notes.txt': 'hello world\n' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^error: notes\.txt: .*\(unknown-format\)$/m);
  });

  it('merges nothing into --into when a file has errors', () => {
    const { status, stdout } = runCliInMemory(['import', 'bad.txt', '--into', 's.json'], { 'bad.txt': BAD_TOPICS, 's.json': '{}' });
    expect(status).toBe(1);
    expect(stdout).not.toContain('Merged scenario:');
    expect(jsonAfter(stdout, 'Scenario patch:')).toEqual({});
  });

  it('exits 1 naming the --into file, both fields and the source when a kept value clashes with an imported one', () => {
    // The scenario keeps avgIngressMiBps 20 (the default); the import brings a peak of 10 MiB/s.
    const { status, stdout, stderr } = runCliInMemory(['import', 'cw.json', '--into', 's.json'], {
      'cw.json': PEAK_INGRESS_10,
      's.json': '{}',
    });
    expect(status).toBe(1);
    expect(stderr).toContain('s.json: avgIngressMiBps = 20: must not exceed peakIngressMiBps (10 MiB/s, imported from cw.json)');
    expect(stdout).not.toContain('Merged scenario:');
  });

  it('treats usage mistakes as exit 2 with an "error:" line', () => {
    const cases: string[][] = [
      ['import'],
      ['import', 'topics.txt', '--scrape-interval', '0'],
      ['import', 'topics.txt', '--scrape-interval', 'soon'],
      ['import', 'topics.txt', '--format', 'csv'],
      ['import', 'topics.txt', '--into'],
      ['import', 'topics.txt', '--colour'],
    ];
    for (const argv of cases) {
      const { status, stdout, stderr } = runCliInMemory(argv, { 'topics.txt': TOPICS });
      expect(status, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^error: /);
    }
    expect(runCliInMemory(['import']).stderr).toContain('import needs at least one file');
    expect(runCliInMemory(['import', 'a.txt', '--scrape-interval', '0']).stderr).toContain('--scrape-interval');
    expect(runCliInMemory(['import', 'a.txt', '--format', 'csv']).stderr).toContain('"csv"');
  });

  it('exits 2 when a file cannot be read', () => {
    const { status, stderr } = runCliInMemory(['import', 'missing.txt']);
    expect(status).toBe(2);
    expect(stderr).toContain('missing.txt: cannot read the file');
  });
});

/**
 * SPEC §13.2's worked example: 10/40 MiB/s in, 20/80 out, RF 3, 24 h, 1,400 partitions, PST off,
 * 3 AZs; today 9 × kafka.m7g.xlarge, 2,000 GiB each, CPU peak 24 %.
 */
const WORKED_EXAMPLE = JSON.stringify({
  name: 'orders',
  ...RIGHT_SIZE_WORKLOAD,
  current: { ...NINE_XLARGE, provisionedThroughputMiBps: null },
});

/** 9 × $0.408 × 730 + 18,000 GiB × $0.10 = $2,680.56 + $1,800 = $4,480.56. */
const RUNS = 'You run 9 × kafka.m7g.xlarge (brokers and storage $4,480.56/month).';
/** 3 × $0.408 × 730 + 6,000 GiB × $0.10 = $893.52 + $600 = $1,493.52 saved by 6 × kafka.m7g.xlarge. */
const OVER = 'Over-provisioned: 6 × saves $1,493.52/month';

describe('cli size with a current block', () => {
  const files = { 'orders.json': WORKED_EXAMPLE };

  it('prints the current cluster, its verdict and the candidates in the table', () => {
    const { status, stdout } = runCliInMemory(['size', 'orders.json'], files);
    expect(status).toBe(0);
    expect(stdout).toContain(`Current cluster: ${RUNS} ${OVER}`);
    expect(stdout).toContain('\nCurrent cluster:\n');
    expect(stdout).toContain(`  ${RUNS}\n`);
    // $1,493.52 × 12 = $17,922.24 a year.
    expect(stdout).toContain('  Saving with 6 × kafka.m7g.xlarge: $1,493.52/month, $17,922.24/year.');
    expect(stdout).toMatch(/^ {2}6 × kafka\.m7g\.xlarge \(recommended\): passes, /m);
    expect(stdout).toContain('  9 × kafka.m7g.large: passes, CPU 48 % of 60 %, ');
    expect(stdout).toMatch(/^ {2}3 × kafka\.m7g\.xlarge: fails, fails on /m);
  });

  it('prints the same in markdown', () => {
    const { status, stdout } = runCliInMemory(['size', 'orders.json', '--format', 'markdown'], files);
    expect(status).toBe(0);
    expect(stdout).toContain(`**Current cluster:** ${RUNS} ${OVER}`);
    expect(stdout).toContain(`\n## Current cluster\n\n${RUNS}\n${OVER}`);
    expect(stdout).toContain('Saving with 6 × kafka.m7g.xlarge: $1,493.52/month, $17,922.24/year.');
  });

  it('adds result.current to the json', () => {
    const { status, stdout } = runCliInMemory(['size', 'orders.json', '--format', 'json'], files);
    expect(status).toBe(0);
    const current = (
      JSON.parse(stdout) as {
        current: {
          instanceType: string;
          brokers: number;
          fits: boolean;
          verdict: string;
          monthlyCostUsd: { brokers: number; storage: number };
          candidates: { instanceType: string; brokers: number; passes: boolean; recommended: boolean; monthlySavingUsd: number }[];
        };
      }
    ).current;
    expect(current).toMatchObject({ instanceType: 'kafka.m7g.xlarge', brokers: 9, fits: true, verdict: 'over-provisioned' });
    expect(current.monthlyCostUsd.brokers).toBeCloseTo(2680.56, 6);
    expect(current.monthlyCostUsd.storage).toBeCloseTo(1800, 6);
    const recommended = current.candidates.filter((c) => c.recommended);
    expect(recommended.map((c) => [c.instanceType, c.brokers, c.passes])).toEqual([['kafka.m7g.xlarge', 6, true]]);
    expect(recommended[0]?.monthlySavingUsd).toBeCloseTo(1493.52, 6);
  });

  it('adds the current rows to the csv', () => {
    const { status, stdout } = runCliInMemory(['size', 'orders.json', '--format', 'csv'], files);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^orders,us-east-1,[^,]*,current:cluster,/m);
    expect(stdout).toMatch(/^orders,us-east-1,[^,]*,current-candidate:kafka\.m7g\.xlarge:6,/m);
  });

  it('has no current section without a current block', () => {
    const { stdout } = runCliInMemory(['size', 'plain.json'], { 'plain.json': '{}' });
    expect(stdout).not.toContain('Current cluster');
    const json = JSON.parse(runCliInMemory(['size', 'plain.json', '--format', 'json'], { 'plain.json': '{}' }).stdout) as Record<
      string,
      unknown
    >;
    expect(json['current']).toBeUndefined();
  });
});
