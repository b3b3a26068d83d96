/**
 * The command line as a pipeline tool: `schema` (the scenario's JSON Schema, checked here with an
 * independent validator), `size` of several scenarios side by side, and `--format pdf --out`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse as parseJsonc } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { readBundledFont } from '../../src/cli/node-fonts';
import { runCli } from '../../src/cli/run-cli';
import { BUNDLED_PRICE_BOOK } from '../support/factories';
import { runCliInMemory } from '../support/run-cli-in-memory';

function schemaValidator() {
  const { status, stdout } = runCliInMemory(['schema']);
  expect(status).toBe(0);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile(JSON.parse(stdout) as object);
}

describe('cli schema', () => {
  it('prints a JSON Schema (draft 2020-12) that the example scenario, a right-sizing scenario and an empty one pass', () => {
    const validate = schemaValidator();
    const example = parseJsonc(runCliInMemory(['example']).stdout) as unknown;
    expect(validate(example)).toBe(true);
    expect(validate({})).toBe(true);
    expect(
      validate({ current: { deployment: 'msk-standard', instanceType: 'kafka.m7g.xlarge', brokers: 9 }, kinesis: { recordSizeKiB: 0.5 } }),
    ).toBe(true);
  });

  it('refuses what the engine refuses field by field: a negative peak, an unknown key, a Kinesis headroom over 100 %', () => {
    const validate = schemaValidator();
    expect(validate({ peakIngressMiBps: -1 })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/peakIngressMiBps');
    expect(validate({ peakIngresMiBps: 40 })).toBe(false);
    expect(validate({ kinesis: { headroomPct: 120 } })).toBe(false);
  });

  it('titles and describes each property from the field table', () => {
    const schema = JSON.parse(runCliInMemory(['schema']).stdout) as {
      title: string;
      properties: Record<string, { title?: string; description?: string }>;
    };
    expect(schema.title).toBe('MSK Sizer scenario (format 2)');
    expect(schema.properties['retentionHours']?.title).toBe('Retention');
    expect(schema.properties['peakIngressMiBps']?.description).toMatch(/Unit: MiB\/s\.$/);
  });
});

describe('cli size of several scenarios', () => {
  it('starts with their recommendations side by side, the difference against the first worked out from each one’s JSON', () => {
    const files = {
      'small.json': JSON.stringify({ name: 'Small' }),
      'big.json': JSON.stringify({ name: 'Big', avgIngressMiBps: 100, peakIngressMiBps: 200, avgEgressMiBps: 200, peakEgressMiBps: 400 }),
    };
    const json = JSON.parse(runCliInMemory(['size', 'small.json', 'big.json', '--format', 'json'], files).stdout) as {
      options: { id: string; monthlyCostUsd: { total: number } }[];
      recommendations: { overall: string };
    }[];
    const totals = json.map((r) => r.options.find((o) => o.id === r.recommendations.overall)?.monthlyCostUsd.total ?? 0);
    const pct = ((totals[1] ?? 0) / (totals[0] ?? 1) - 1) * 100;
    const { status, stdout } = runCliInMemory(['size', 'small.json', 'big.json'], files);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Recommendations compared:');
    expect(lines[1]).toMatch(/^Scenario\s+Region\s+Recommendation\s+Brokers\s+Monthly cost\s+Yearly cost\s+Against the first$/);
    expect(lines[2]).toMatch(/^Small\s+us-east-1\s+.*\(first\)$/);
    expect(lines[3]).toContain(`+${pct.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} %`);
    expect(lines[3]).toContain(`$${(totals[1] ?? 0).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
    // Then each scenario's own report.
    expect(stdout).toContain('MSK sizing: Small');
    expect(stdout).toContain('MSK sizing: Big');
    const markdown = runCliInMemory(['size', 'small.json', 'big.json', '--format', 'markdown'], files).stdout;
    expect(markdown.startsWith('## Recommendations compared\n\n| Scenario | Region | Recommendation |')).toBe(true);
  });

  it('prints one scenario without the comparison', () => {
    expect(runCliInMemory(['size', 'a.json'], { 'a.json': '{}' }).stdout.startsWith('MSK sizing: Untitled workload')).toBe(true);
  });
});

describe('cli size --format pdf', () => {
  it('writes the report to --out, text and all, for any script of scenario name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msk-cli-pdf-'));
    const out = join(dir, 'report.pdf');
    let stderr = '';
    const status = await runCli(['size', 'a.json', '--format', 'pdf', '--out', out], BUNDLED_PRICE_BOOK, {
      readText: () => JSON.stringify({ name: '東京 orders' }),
      stdout: () => undefined,
      stderr: (t) => {
        stderr += t;
      },
      today: '2026-12-07',
      writeBytes: (path, bytes) => Promise.resolve(writeFileSync(path, bytes)),
      loadFont: readBundledFont,
    });
    expect(status).toBe(0);
    expect(stderr).toBe(`wrote ${out}\n`);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('MSK sizing report');
    expect(text).toContain('Generated 2026-12-07 by MSK Sizer');
    expect(text).toContain('東京 orders');
    expect(text).toContain('Kinesis Data Streams instead?');
  }, 60_000);

  it('needs --out and one scenario, and --out only goes with pdf', () => {
    expect(runCliInMemory(['size', 'a.json', '--format', 'pdf'], { 'a.json': '{}' })).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--format pdf needs --out FILE.pdf') as unknown,
    });
    expect(
      runCliInMemory(['size', 'a.json', 'b.json', '--format', 'pdf', '--out', 'r.pdf'], { 'a.json': '{}', 'b.json': '{}' }).status,
    ).toBe(2);
    expect(runCliInMemory(['size', 'a.json', '--out', 'r.pdf'], { 'a.json': '{}' }).stderr).toContain('--out is for --format pdf');
  });
});

describe('the CLI started from elsewhere', () => {
  it('reads and writes file names relative to where npm was started (npm run --prefix)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'msk-cli-cwd-'));
    writeFileSync(join(dir, 'orders.json'), JSON.stringify({ name: 'From elsewhere' }));
    const out = execFileSync(
      'npm',
      ['run', '--silent', '--prefix', process.cwd(), 'cli', '--', 'size', 'orders.json', '--format', 'markdown'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(out.startsWith('# MSK sizing: From elsewhere')).toBe(true);
  }, 60_000);

  it('stops quietly when the reader of its output stops early (| head)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'msk-cli-pipe-'));
    writeFileSync(join(dir, 'a.json'), '{}');
    const out = execFileSync(
      'bash',
      [
        '-c',
        `node_modules/.bin/tsx src/cli/main.ts size ${join(dir, 'a.json')} --format json 2>&1 | head -c 1; echo " status \${PIPESTATUS[0]}"`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(out).toBe('{ status 0\n');
  }, 60_000);
});
