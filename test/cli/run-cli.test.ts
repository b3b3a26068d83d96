import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInMemory } from '../support/run-cli-in-memory';

function run(argv: string[], files: Record<string, string> = {}) {
  return runCliInMemory(argv, files);
}

describe('cli size', () => {
  it('prints result format v2 with --format json, exit 0', () => {
    const { status, stdout } = run(['size', 'a.json', '--format', 'json'], { 'a.json': '{"peakIngressMiBps": 40}' });
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as {
      version: number;
      options: {
        id: string;
        unavailable: { code: string; message: string } | null;
        brokers: number | null;
        constraints: { name: string }[];
      }[];
      prices: { region: string; asOf: string };
      scenario: { version: number; provisionedThroughputMiBps: unknown; consumerGroups: unknown; purpose: string };
      recommendations: { rule: string; overall: string | null; closeAlternatives: string[] };
      warnings: { code: string; message: string }[];
    };
    expect(result.version).toBe(2);
    expect(result.prices).toMatchObject({ region: 'us-east-1', asOf: '2025-04-04' });
    // 16 Standard + 7 Express + Serverless + 16 self-managed (SPEC §4–7).
    expect(result.options).toHaveLength(40);
    // SPEC §2 format 2 defaults in the normalised scenario.
    expect(result.scenario).toMatchObject({ version: 2, provisionedThroughputMiBps: 'auto', consumerGroups: null, purpose: 'production' });
    // SPEC §9: the rule and the close alternatives travel with the recommendation.
    expect(typeof result.recommendations.rule).toBe('string');
    expect(Array.isArray(result.recommendations.closeAlternatives)).toBe(true);
    // kafka.t3.small needs 16.384 ÷ 8.7 × 0.5 = 0.94 MiB/s per broker → 43 → 45 brokers, above ZooKeeper's 30 (SPEC §4.1):
    // unavailable with a code and a message.
    const t3 = result.options.find((o) => o.id === 'msk-standard:kafka.t3.small');
    expect(t3?.brokers).toBe(45);
    expect(t3?.unavailable?.code).toBe('t3-no-kraft');
    expect(t3?.unavailable?.message).toContain('cannot run in KRaft mode');
    // SPEC §9 constraint names for Standard and Express.
    expect(t3?.constraints.map((c) => c.name)).toEqual(['storageThroughput', 'networkThroughput', 'partitions', 'storage']);
    expect(result.options.find((o) => o.id === 'msk-express:express.m7g.large')?.constraints.map((c) => c.name)).toEqual([
      'ingress',
      'egress',
      'partitions',
    ]);
    expect(result.warnings.every((w) => typeof w.code === 'string' && typeof w.message === 'string')).toBe(true);
  });

  it('reads a format 1 file, migrating it (SPEC §2), and derives egress from consumer groups', () => {
    const v1 = run(['size', 'old.json', '--format', 'json'], {
      'old.json': '{"version": 1, "provisionedThroughputMiBps": null, "peakIngressMiBps": 50}',
    });
    expect(v1.status).toBe(0);
    const old = JSON.parse(v1.stdout) as { scenario: Record<string, unknown> };
    expect(old.scenario).toMatchObject({
      version: 2,
      provisionedThroughputMiBps: 'auto',
      peakIngressMiBps: 50,
      consumerGroups: null,
      purpose: 'production',
    });
    const groups = run(['size', 'g.json', '--format', 'json'], {
      'g.json': '{"consumerGroups": 3, "avgEgressMiBps": 1, "peakEgressMiBps": 2}',
    });
    // 3 groups × 20 and × 40 MiB/s of ingress; the egress fields in the file are ignored.
    expect((JSON.parse(groups.stdout) as { scenario: Record<string, unknown> }).scenario).toMatchObject({
      consumerGroups: 3,
      avgEgressMiBps: 60,
      peakEgressMiBps: 120,
    });
  });

  it('prints an array of results for several files', () => {
    const { stdout } = run(['size', 'a.json', 'b.json', '--format=json'], { 'a.json': '{}', 'b.json': '{"region": "eu-west-1"}' });
    const results = JSON.parse(stdout) as { prices: { region: string } }[];
    expect(results.map((r) => r.prices.region)).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('reports every invalid field on its own stderr line naming the file and field, exit 1, nothing on stdout', () => {
    const { status, stdout, stderr } = run(['size', 'bad.json'], {
      'bad.json': '{"avgIngressMiBps": 50, "peakIngressMiBps": 10, "replicationFactor": 4, "color": "red"}',
    });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toContain('bad.json: replicationFactor = 4: must be a whole number from 1 to 3');
    expect(lines).toContain('bad.json: color = "red": is not a scenario field (format 2); remove it or check its spelling');
    expect(lines).toContain('bad.json: peakIngressMiBps = 10: must be at least avgIngressMiBps (50 MiB/s)');
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it('rejects malformed JSON, arrays and non-objects with a message, exit 1', () => {
    expect(run(['size', 'x.json'], { 'x.json': '{"peakIngressMiBps": ' })).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/^x\.json: not valid JSON/),
    });
    expect(run(['size', 'x.json'], { 'x.json': '[1,2]' })).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('must be a JSON object'),
    });
    expect(run(['size', 'x.json'], { 'x.json': '"hello"' })).toMatchObject({ status: 1 });
    expect(run(['size', 'x.json'], { 'x.json': '{"__proto__": {"polluted": true}}' })).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('__proto__'),
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('applies --set overrides to every file, with JSON values', () => {
    const { stdout } = run(
      ['size', 'a.json', '--set', 'region=eu-west-1', '--set', 'selfManaged.opsHoursPerMonth=10', '--format', 'json'],
      { 'a.json': '{}' },
    );
    const result = JSON.parse(stdout) as { scenario: { region: string; selfManaged: { opsHoursPerMonth: number } } };
    expect(result.scenario.region).toBe('eu-west-1');
    expect(result.scenario.selfManaged.opsHoursPerMonth).toBe(10);
  });

  it('reaches any block with --set, at any depth: a replication block and a range are made from nothing', () => {
    const { stdout, status } = run(
      [
        'size',
        'a.json',
        '--set',
        'replication.pattern=active-passive',
        '--set',
        'replication.targetRegion=us-west-2',
        '--set',
        'replication.replicatedShare=0.5',
        '--set',
        'uncertainty.peakIngressMiBps.low=30',
        '--set',
        'uncertainty.peakIngressMiBps.high=60',
        '--set',
        'uncertainty.horizonMonths=0',
        '--set',
        'uncertainty.samples=250',
        '--format',
        'json',
      ],
      { 'a.json': '{}' },
    );
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as {
      scenario: {
        replication: { targetRegion: string; replicatedShare: number };
        uncertainty: { peakIngressMiBps: { low: number; high: number } };
      };
      replication: { targetRegion: string };
      ranges: { samples: number };
    };
    expect(result.scenario.replication).toMatchObject({ targetRegion: 'us-west-2', replicatedShare: 0.5 });
    expect(result.scenario.uncertainty.peakIngressMiBps).toEqual({ low: 30, high: 60 });
    expect(result.replication.targetRegion).toBe('us-west-2');
    expect(result.ranges.samples).toBe(250);
    // Deeper than any scenario key is refused, naming the key.
    expect(run(['size', 'a.json', '--set', 'uncertainty.peakIngressMiBps.low.x=1'], { 'a.json': '{}' }).status).toBe(2);
  });

  it('keeps --set values of text fields as text, as the field table says (a name of digits stays a name)', () => {
    const { stdout, status } = run(
      ['size', 'a.json', '--set', 'name=2024', '--set', 'purpose=development', '--set', 'replicationFactor=2', '--format', 'json'],
      { 'a.json': '{}' },
    );
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { scenario: { name: string; purpose: string; replicationFactor: number } };
    expect(result.scenario).toMatchObject({ name: '2024', purpose: 'development', replicationFactor: 2 });
  });

  it('prints the replication section when the scenario has a replication block (SPEC §11)', () => {
    const file = JSON.stringify({
      avgIngressMiBps: 50,
      peakIngressMiBps: 100,
      replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
    });
    const { stdout, status } = run(['size', 'a.json'], { 'a.json': file });
    expect(status).toBe(0);
    expect(stdout).toContain('Replication and DR:');
    expect(stdout).toMatch(/us-east-1 → us-west-2/);
    for (const tool of ['MSK Replicator', 'MirrorMaker 2 on MSK Connect', 'MirrorMaker 2 on EC2']) expect(stdout).toContain(tool);
    const json = JSON.parse(run(['size', 'a.json', '--format', 'json'], { 'a.json': file }).stdout) as {
      replication: { chosenTool: string };
    };
    expect(['msk-replicator', 'mm2-msk-connect', 'mm2-ec2']).toContain(json.replication.chosenTool);
    const markdown = run(['size', 'a.json', '--format', 'markdown'], { 'a.json': file }).stdout;
    expect(markdown).toContain('## Replication and DR');
  });

  describe('with an uncertainty block (SPEC §12)', () => {
    /*
     * Every range certain and no growth (SPEC §12 check 1): every future is the 1 MiB/s workload itself, so P10 = P50 = P90 =
     * the single sizing at every month, and the recommendation, kafka.m7g.large at $835.35375 a month, is the cheapest in all
     * 250 futures with no regret (no other eligible option costs as little: kafka.m5.large, the next, costs $848.49375).
     */
    const file = JSON.stringify({
      avgIngressMiBps: 1,
      peakIngressMiBps: 1,
      avgEgressMiBps: 1,
      peakEgressMiBps: 1,
      uncertainty: { samples: 250, horizonMonths: 3 },
    });
    const M7G = 'msk-standard:kafka.m7g.large';

    it('prints the ranges in the JSON result, one per option, with the month-by-month timeline', () => {
      const { stdout, status } = run(['size', 'a.json', '--format', 'json'], { 'a.json': file });
      expect(status).toBe(0);
      const result = JSON.parse(stdout) as {
        options: { id: string }[];
        ranges: {
          samples: number;
          seed: number;
          confidence: number;
          horizonMonths: number;
          timeline: unknown[];
          leastRegret: { id: string; score: number };
          options: { id: string; pCheapest: number | null; now: { monthlyCostUsd: { p10: number; p50: number; p90: number } } }[];
        };
      };
      expect(result.ranges).toMatchObject({ samples: 250, seed: 1, confidence: 0.8, horizonMonths: 3, leastRegret: { id: M7G, score: 0 } });
      expect(result.ranges.timeline).toHaveLength(4);
      expect(result.ranges.options.map((o) => o.id)).toEqual(result.options.map((o) => o.id));
      const m7g = result.ranges.options.find((o) => o.id === M7G);
      expect(m7g?.pCheapest).toBe(1);
      for (const v of Object.values(m7g?.now.monthlyCostUsd ?? {})) expect(v).toBeCloseTo(835.35375, 6);
      expect(JSON.parse(run(['size', 'b.json', '--format', 'json'], { 'b.json': '{}' }).stdout)).not.toHaveProperty('ranges');
    });

    it('prints a Ranges & growth section in the table', () => {
      const { stdout } = run(['size', 'a.json'], { 'a.json': file });
      const lines = stdout.split('\n');
      expect(lines).toContain('Ranges & growth:');
      expect(lines).toContain('  The recommendation, MSK Standard kafka.m7g.large, has a 100 % chance of being the cheapest today.');
      expect(lines).toContain(
        '  Least regret: Starting on MSK Standard kafka.m7g.large and moving only when it runs out of room costs on average 0 % more over 3 months ' +
          'than the best plan in hindsight; it has room in every future to month 3.',
      );
      expect(stdout).toMatch(
        /^Option +Chance it's the cheapest today +Monthly cost now: typical \(middle 80 % of futures\) +At month 3 +Brokers \(typical\) now → month 3 +At risk from +Unavailable by month 3$/m,
      );
      // Certain figures print once, not as a range.
      expect(stdout).toMatch(/^MSK Standard kafka\.m7g\.large \(recommended, least regret\) +100 % +\$835\.35 +\$835\.35 +3 → 3 +— +0 %$/m);
      expect(run(['size', 'b.json'], { 'b.json': '{}' }).stdout).not.toContain('Ranges & growth');
    });

    it('adds ranges rows to the CSV and the section to the Markdown', () => {
      const csv = run(['size', 'a.json', '--format', 'csv'], { 'a.json': file })
        .stdout.trim()
        .split('\r\n')
        .map((l) => l.split(','));
      const header = csv[0] ?? [];
      const cell = (id: string, column: string) => csv.find((r) => r[3] === id)?.[header.indexOf(column)];
      expect(cell(`ranges-option:${M7G}`, 'Cheapest in (share of futures)')).toBe('1.0000');
      expect(cell(`ranges-option:${M7G}`, 'Regret score (share)')).toBe('0.0000');
      expect(cell(`ranges-month:3:${M7G}`, 'Monthly cost P90 (USD/month)')).toBe('835.35');
      expect(cell(`ranges-month:3:${M7G}`, 'Brokers P50 (count)')).toBe('3');
      expect(csv.filter((r) => (r[3] ?? '').startsWith('ranges-month:')).length % 4).toBe(0); // months 0 to 3 for each option shown
      expect(run(['size', 'a.json', '--format', 'markdown'], { 'a.json': file }).stdout).toContain('\n## Ranges & growth\n');
    });
  });

  it('treats usage mistakes as exit 2', () => {
    expect(run(['size']).status).toBe(2);
    expect(run(['size', 'a.json', '--format', 'xml'], { 'a.json': '{}' }).status).toBe(2);
    expect(run(['size', 'a.json', '--bogus'], { 'a.json': '{}' }).status).toBe(2);
    expect(run(['size', 'a.json', '--set', '__proto__.x=1'], { 'a.json': '{}' }).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['size', 'missing.json']).stderr).toContain('missing.json: cannot read the file');
  });

  it('prints CSV with one header and a row per option', () => {
    const { stdout } = run(['size', 'a.json', '--format', 'csv'], { 'a.json': '{}' });
    const lines = stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Scenario,Region,Price date,Option ID,Deployment,Instance type,Class,Available,Unavailable reason,' +
        'Brokers (count),Bottleneck,Storage per broker (GiB),Provisioned throughput (MiB/s per broker),' +
        'Brokers (USD/month),Storage (USD/month),Tiered storage (USD/month),Provisioned throughput (USD/month),' +
        'Data in (USD/month),Data out (USD/month),Cross-AZ transfer (USD/month),Controllers (USD/month),' +
        'Operations (USD/month),Total (USD/month),Total (USD/year),Total excludes,' +
        // SPEC §12 columns, empty without an uncertainty block.
        'Month,Monthly cost P10 (USD/month),Monthly cost P50 (USD/month),Monthly cost P90 (USD/month),' +
        'Brokers P10 (count),Brokers P50 (count),Brokers P90 (count),' +
        'Cheapest in (share of futures),At risk from (month),Unavailable by horizon (share of futures),Regret score (share),' +
        // SPEC §15 columns, filled on the three Kinesis Data Streams rows only.
        'Shards (count),Capacity (USD/month),Retention (USD/month),Enhanced fan-out (USD/month)',
    );
    // The header, 40 options and the 3 Kinesis Data Streams modes.
    expect(lines).toHaveLength(44);
  });

  it('prints a table with the recommendation per class and every option', () => {
    const { stdout } = run(['size', 'a.json'], { 'a.json': '{"name": "Orders"}' });
    expect(stdout).toContain('MSK sizing: Orders');
    expect(stdout).toMatch(/^Recommendation: /m);
    expect(stdout).toContain('MSK Standard M5');
    expect(stdout).toContain('Self-managed on EC2 m7g.16xlarge');
  });

  it('with replication, says the recommendation is this cluster and gives the whole setup right under it, naming the tool', () => {
    const { stdout } = run(['size', 'a.json'], { 'a.json': '{"replication": {"pattern": "active-passive", "targetRegion": "us-west-2"}}' });
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Recommendation: '));
    expect(lines[at]).toMatch(/for this cluster$/);
    const setup = lines.slice(at, at + 3).find((l) => l.startsWith('Whole setup: This cluster + DR standby in us-west-2 + '));
    expect(setup).toMatch(
      /\+ (MSK Replicator|MirrorMaker 2 on MSK Connect): \$[\d,]+\.\d\d per month \(source \$[\d,]+\.\d\d, target \$[\d,]+\.\d\d, /,
    );
  });

  it('gives the rule, the close alternatives and why the recommendation needs its brokers', () => {
    /*
     * I = Ip = O = Op = 1 MiB/s: every Standard size needs 3 brokers; kafka.m7g.large costs 3 × $0.204 × 730 = $446.76
     * + storage 3,543.75 GiB × $0.10 = $354.375 + cross-AZ 1,710.9375 GiB × $0.02 = $34.21875 = $835.35375;
     * kafka.m5.large ($459.90 + the same = $848.49375) is within 5 %; self-managed m7g.large costs $824.679.
     */
    const { stdout } = run(['size', 'a.json'], {
      'a.json': '{"avgIngressMiBps": 1, "peakIngressMiBps": 1, "avgEgressMiBps": 1, "peakEgressMiBps": 1}',
    });
    const lines = stdout.split('\n');
    expect(lines).toContain('Recommendation: MSK Standard kafka.m7g.large, 3 brokers, $835.35/month');
    expect(lines).toContain('  vs Self-managed on EC2 m7g.large at $824.68/month: costs $10.67/month more');
    expect(lines.some((l) => l.startsWith('  Rule: For production: the cheapest available MSK option that is not T3'))).toBe(true);
    expect(lines).toContain('  Close alternative: MSK Standard kafka.m5.large, 3 brokers, $848.49/month');
    // min(78.75, 250) ÷ 6.5 × 0.5 = 6.06 MiB/s per broker; 117 ÷ 7.2 × 0.5 = 8.13 MiB/s per broker
    expect(lines.some((l) => l.startsWith('  Storage throughput (bottleneck): 78.75 MiB/s') && l.includes('= 6.06 MiB/s per broker'))).toBe(
      true,
    );
    expect(lines.some((l) => l.startsWith('  Network throughput: 117 MiB/s network') && l.includes('= 8.13 MiB/s per broker'))).toBe(true);
    expect(lines.some((l) => l.startsWith('  Partitions: ') && l.includes('900 partition replicas (300 partitions × 3 replicas)'))).toBe(
      true,
    );
    expect(lines.some((l) => l.startsWith('  Storage: ') && l.includes('3,543.75 GiB (1,771.88 GiB needed ÷ 0.5 fill target)'))).toBe(true);
    expect(stdout).not.toContain('production-grade');
  });

  it('has a provisioned-throughput column showing the rate in force per broker', () => {
    // Fixed 400 MiB/s, 1 MiB/s of ingress: kafka.m5.4xlarge keeps 3 brokers, bottleneck storage throughput (every constraint
    // needs 3, the first wins), and costs 3 × $1.68 × 730 = $3,679.20 + $354.375 + 3 × 400 × $0.08 = $96 + $34.21875 = $4,163.79.
    const { stdout } = run(['size', 'a.json'], {
      'a.json':
        '{"avgIngressMiBps": 1, "peakIngressMiBps": 1, "avgEgressMiBps": 1, "peakEgressMiBps": 1, "provisionedThroughputMiBps": 400}',
    });
    expect(stdout).toMatch(/^Class +Option +Brokers +Bottleneck +PST MiB\/s +Monthly cost$/m);
    expect(stdout).toMatch(/^Option +Brokers +Bottleneck +PST MiB\/s +Monthly cost +Note$/m);
    expect(stdout).toMatch(/^MSK Standard kafka\.m5\.4xlarge +3 +Storage throughput +400 +\$4,163\.79$/m);
    // kafka.m7g.2xlarge is capped at its 312.5 MiB/s maximum; kafka.m5.large cannot have PST.
    expect(stdout).toMatch(/^MSK Standard kafka\.m7g\.2xlarge +3 +Storage throughput +312\.5 +\$/m);
    expect(stdout).toMatch(/^MSK Standard kafka\.m5\.large +3 +Storage throughput +- +\$848\.49$/m);
  });

  it('says when no eligible MSK option is available', () => {
    const { stdout } = run(['size', 'a.json'], { 'a.json': '{"avgIngressMiBps": 100, "peakIngressMiBps": 300, "brokerQuota": 1}' });
    expect(stdout).toContain('Recommendation: no eligible MSK option is available for this scenario.');
  });
});

describe('cli example', () => {
  it('prints a commented scenario that cli size accepts as it is', () => {
    const example = run(['example']);
    expect(example.status).toBe(0);
    expect(example.stdout).toContain('// ');
    expect(run(['size', 'e.json'], { 'e.json': example.stdout }).status).toBe(0);
  });
});

describe('the cli as a process', () => {
  it('runs with npm run cli on this checkout and exits 1 on an invalid file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'msk-cli-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, '{"name": "Process test"}');
    writeFileSync(bad, '{"partitions": 0}');
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'size', good, '--format', 'markdown'], { encoding: 'utf8' });
    expect(out).toContain('# MSK sizing: Process test');
    const failed = spawnSync('npm', ['run', '--silent', 'cli', '--', 'size', bad], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`${bad}: partitions = 0: must be a whole number from 1 to 10000000 partitions`);
  }, 30_000);
});
