import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInMemory } from '../support/run-cli-in-memory';
import { CSV_HEADER } from '../../src/report/to-csv';

function run(argv: string[], files: Record<string, string> = {}) {
  return runCliInMemory(argv, files);
}

describe('cli size', () => {
  it('prints result format v1 with --format json, exit 0', () => {
    const { status, stdout } = run(['size', 'a.json', '--format', 'json'], { 'a.json': '{"peakIngressMiBps": 40}' });
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { version: number; options: unknown[]; prices: { region: string; asOf: string } };
    expect(result.version).toBe(1);
    expect(result.prices).toMatchObject({ region: 'us-east-1', asOf: '2025-04-04' });
    // 16 Standard + 7 Express + Serverless + 16 self-managed (SPEC §4–7).
    expect(result.options).toHaveLength(40);
  });

  it('prints an array of results for several files', () => {
    const { stdout } = run(['size', 'a.json', 'b.json', '--format=json'], { 'a.json': '{}', 'b.json': '{"region": "eu-west-1"}' });
    const results = JSON.parse(stdout) as { prices: { region: string } }[];
    expect(results.map((r) => r.prices.region)).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('reports every invalid field on its own stderr line naming the file and field, exit 1, nothing on stdout', () => {
    const { status, stdout, stderr } = run(['size', 'bad.json'], { 'bad.json': '{"avgIngressMiBps": 50, "peakIngressMiBps": 10, "replicationFactor": 4, "color": "red"}' });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toContain('bad.json: replicationFactor = 4: must be a whole number from 1 to 3');
    expect(lines).toContain('bad.json: color = "red": is not a scenario field (format 1); remove it or check its spelling');
    expect(lines).toContain('bad.json: peakIngressMiBps = 10: must be at least avgIngressMiBps (50 MiB/s)');
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it('rejects malformed JSON, arrays and non-objects with a message, exit 1', () => {
    expect(run(['size', 'x.json'], { 'x.json': '{"peakIngressMiBps": ' })).toMatchObject({ status: 1, stderr: expect.stringMatching(/^x\.json: not valid JSON/) });
    expect(run(['size', 'x.json'], { 'x.json': '[1,2]' })).toMatchObject({ status: 1, stderr: expect.stringContaining('must be a JSON object') });
    expect(run(['size', 'x.json'], { 'x.json': '"hello"' })).toMatchObject({ status: 1 });
    expect(run(['size', 'x.json'], { 'x.json': '{"__proto__": {"polluted": true}}' })).toMatchObject({ status: 1, stderr: expect.stringContaining('__proto__') });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('applies --set overrides to every file, with JSON values', () => {
    const { stdout } = run(['size', 'a.json', '--set', 'region=eu-west-1', '--set', 'selfManaged.opsHoursPerMonth=10', '--format', 'json'], { 'a.json': '{}' });
    const result = JSON.parse(stdout) as { scenario: { region: string; selfManaged: { opsHoursPerMonth: number } } };
    expect(result.scenario.region).toBe('eu-west-1');
    expect(result.scenario.selfManaged.opsHoursPerMonth).toBe(10);
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
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(41);
  });

  it('prints a table with the recommendation per class and every option', () => {
    const { stdout } = run(['size', 'a.json'], { 'a.json': '{"name": "Orders"}' });
    expect(stdout).toContain('MSK sizing: Orders');
    expect(stdout).toMatch(/^Recommendation: /m);
    expect(stdout).toContain('MSK Standard M5');
    expect(stdout).toContain('Self-managed on EC2 m7g.16xlarge');
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
