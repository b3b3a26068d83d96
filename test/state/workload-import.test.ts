/**
 * Importing from the page (SPEC §13.3): chosen files read as text (too large or too many refused
 * unread), imported on the main thread without a worker, and previewed against the scenario.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioContextOf, type ImportIssue, type ImportResult } from '../../src/domain';
import {
  previewImport,
  readImportFiles,
  runImport,
  sourceOf,
  WORKER_THRESHOLD_CHARS,
  type ChosenFile,
} from '../../src/state/workload-import';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

/** SPEC §13.3: at most 20 MB a file (20 × 1,048,576 characters). */
const TWENTY_MB = 20 * 1024 * 1024;

/** A chosen file whose text is `text`; counts how often it was read. */
function chosen(name: string, text: string, size: number = text.length): ChosenFile & { reads: () => number } {
  let reads = 0;
  return {
    name,
    size,
    text: () => {
      reads += 1;
      return Promise.resolve(text);
    },
    reads: () => reads,
  };
}

/** A chosen file that must not be read: its `text` throws. */
function unreadable(name: string, size: number): ChosenFile {
  return {
    name,
    size,
    text: () => {
      throw new Error(`${name} was read`);
    },
  };
}

/** kafka-topics.sh --describe (Kafka 2.8–3.6): two topics of 6 and 4 partitions, RF 3, retention 24 h and 48 h. */
const TOPICS = [
  'Topic: orders\tTopicId: pW9dLc3EQmuZaN7vXsRtKg\tPartitionCount: 6\tReplicationFactor: 3\tConfigs: retention.ms=86400000',
  '\tTopic: orders\tPartition: 0\tLeader: 1\tReplicas: 1,2,3\tIsr: 1,2,3',
  '\tTopic: orders\tPartition: 1\tLeader: 2\tReplicas: 2,3,1\tIsr: 2,3,1',
  'Topic: clicks\tTopicId: Qx8eMd4FRnvAbO8wYtSuLh\tPartitionCount: 4\tReplicationFactor: 3\tConfigs: retention.ms=172800000',
  '\tTopic: clicks\tPartition: 0\tLeader: 3\tReplicas: 3,1,2\tIsr: 3,1,2',
].join('\n');

describe('readImportFiles', () => {
  it('reads each chosen file as text, by name', async () => {
    const { files, refused } = await readImportFiles([chosen('topics.txt', TOPICS)]);
    expect(files).toEqual([{ name: 'topics.txt', text: TOPICS }]);
    expect(refused).toEqual([]);
  });

  it('refuses a file over 20 MB without reading it, and reads the others', async () => {
    const small = chosen('topics.txt', TOPICS);
    const { files, refused } = await readImportFiles([unreadable('huge.json', TWENTY_MB + 1), small]);
    expect(files.map((f) => f.name)).toEqual(['topics.txt']);
    expect(small.reads()).toBe(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ code: 'file-too-large', file: 'huge.json' });
    expect(refused[0]?.message).toContain('huge.json');
    expect(refused[0]?.message).toContain('20 MB');
  });

  it('reads a file of exactly 20 MB (the limit is "more than")', async () => {
    const { files, refused } = await readImportFiles([chosen('edge.txt', 'Topic: a', TWENTY_MB)]);
    expect(files.map((f) => f.name)).toEqual(['edge.txt']);
    expect(refused).toEqual([]);
  });

  it('reads the first ten files and refuses every one past the tenth unread', async () => {
    const first = Array.from({ length: 10 }, (_, i) => chosen(`f${i + 1}.txt`, `text ${i + 1}`));
    const { files, refused } = await readImportFiles([...first, unreadable('f11.txt', 10), unreadable('f12.txt', 10)]);
    expect(files.map((f) => f.name)).toEqual(first.map((f) => f.name));
    expect(first.every((f) => f.reads() === 1)).toBe(true);
    expect(refused.map((r) => [r.code, r.file])).toEqual([
      ['too-many-files', 'f11.txt'],
      ['too-many-files', 'f12.txt'],
    ]);
    expect(refused[0]?.message).toContain('10 files');
  });

  it('reads no file past the tenth, however many are chosen (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 25 }), async (count) => {
        const list = Array.from({ length: count }, (_, i) => (i < 10 ? chosen(`f${i}.txt`, `t${i}`) : unreadable(`f${i}.txt`, 2)));
        const { files, refused } = await readImportFiles(list);
        expect(files).toHaveLength(Math.min(count, 10));
        expect(refused).toHaveLength(Math.max(0, count - 10));
      }),
    );
  });
});

describe('runImport without a worker', () => {
  it('imports a kafka-topics listing on the main thread: Σ PartitionCount = 6 + 4 = 10, RF 3, retention 48 h', async () => {
    const result = await runImport([{ name: 'topics.txt', text: TOPICS }], null);
    expect(result.errors).toEqual([]);
    // retention = the largest retention.ms, 172,800,000 ÷ 3,600,000 = 48 h.
    expect(result.scenarioPatch).toEqual({ partitions: 10, replicationFactor: 3, retentionHours: 48 });
  });

  it('never makes a worker for files up to the threshold of 1 MiB in all', async () => {
    expect(WORKER_THRESHOLD_CHARS).toBe(1_048_576);
    const result = await runImport([{ name: 'topics.txt', text: TOPICS }], () => {
      throw new Error('a worker was made for a small file');
    });
    expect(result.scenarioPatch).toMatchObject({ partitions: 10 });
  });

  it('imports files above the threshold on the main thread when no worker is given', async () => {
    // Partition lines pad the listing past 1 MiB; only the two summary lines count.
    const line = '\tTopic: orders\tPartition: 0\tLeader: 1\tReplicas: 1,2,3\tIsr: 1,2,3\n';
    const padding = line.repeat(Math.ceil(WORKER_THRESHOLD_CHARS / line.length) + 1);
    const big = `${TOPICS}\n${padding}`;
    expect(big.length).toBeGreaterThan(WORKER_THRESHOLD_CHARS);
    const result = await runImport([{ name: 'big.txt', text: big }], null);
    expect(result.scenarioPatch).toMatchObject({ partitions: 10, replicationFactor: 3 });
  });
});

describe('sourceOf', () => {
  it('names one file, or the first and how many more', () => {
    expect(sourceOf([])).toBe('the files');
    expect(sourceOf(['orders.json'])).toBe('orders.json');
    expect(sourceOf(['cloudwatch.json', 'topics.txt'])).toBe('cloudwatch.json and 1 more file');
    expect(sourceOf(['cloudwatch.json', 'topics.txt', 'dc.json'])).toBe('cloudwatch.json and 2 more files');
  });
});

describe('previewImport', () => {
  it('merges a kafka-topics import into the default scenario', async () => {
    const scenario = makeScenario();
    const result = await runImport([{ name: 'topics.txt', text: TOPICS }], null);
    const preview = previewImport(result, [], scenario, ctx, ['topics.txt']);
    expect(preview.source).toBe('topics.txt');
    expect(preview.merged?.ok).toBe(true);
    const merged = preview.merged?.ok ? preview.merged.value : null;
    expect(merged?.partitions).toBe(10);
    expect(merged?.replicationFactor).toBe(3);
    // Local retention equalled retention (168 h), so it follows the imported 48 h.
    expect(merged?.retentionHours).toBe(48);
    expect(merged?.localRetentionHours).toBe(48);
    // Untouched: the default ingress.
    expect(merged?.peakIngressMiBps).toBe(scenario.peakIngressMiBps);
  });

  it('warns that CloudWatch-like observed metrics need a cluster when the scenario has no current block, and leaves them out', () => {
    const result: ImportResult = {
      scenarioPatch: { peakIngressMiBps: 45, current: { observed: { cpuPeakPct: 35, diskUsedPct: 20 } } },
      derivations: [],
      warnings: [],
      errors: [],
    };
    const preview = previewImport(result, [], makeScenario(), ctx, ['cloudwatch.json', 'request.json']);
    expect(preview.result.warnings).toHaveLength(1);
    expect(preview.result.warnings[0]).toMatchObject({
      code: 'current-needs-cluster',
      file: 'cloudwatch.json and 1 more file',
      field: 'current',
    });
    expect(preview.merged?.ok).toBe(true);
    expect(preview.merged?.ok ? preview.merged.value.current : 'not merged').toBeNull();
    expect(preview.merged?.ok ? preview.merged.value.peakIngressMiBps : null).toBe(45);
    // The preview lists only what Apply sets: no current.* value without a cluster to hold it.
    expect(preview.result.derivations.some((d) => d.field.startsWith('current.'))).toBe(false);
  });

  it('applies the observed metrics without a warning when the scenario has a current block', () => {
    const scenario = makeScenario({
      current: { deployment: 'msk-standard', instanceType: 'kafka.m7g.xlarge', brokers: 9, volumeGiBPerBroker: 2000 },
    });
    const result: ImportResult = {
      scenarioPatch: { current: { observed: { cpuPeakPct: 35 } } },
      derivations: [],
      warnings: [],
      errors: [],
    };
    const preview = previewImport(result, [], scenario, ctx, ['cloudwatch.json']);
    expect(preview.result.warnings).toEqual([]);
    expect(preview.merged?.ok ? preview.merged.value.current?.observed?.cpuPeakPct : null).toBe(35);
  });

  it('merges nothing when the import has errors', async () => {
    const result = await runImport([{ name: 'notes.txt', text: 'hello\nworld' }], null);
    expect(result.errors.map((e) => e.code)).toEqual(['unknown-format']);
    expect(previewImport(result, [], makeScenario(), ctx, ['notes.txt']).merged).toBeNull();
  });

  it('merges nothing when a file was refused, and lists the refusal first among the errors', async () => {
    const result = await runImport([{ name: 'topics.txt', text: TOPICS }], null);
    const refused: ImportIssue[] = [{ code: 'file-too-large', file: 'huge.json', message: 'huge.json is larger than 20 MB' }];
    const preview = previewImport(result, refused, makeScenario(), ctx, ['huge.json', 'topics.txt']);
    expect(preview.merged).toBeNull();
    expect(preview.result.scenarioPatch).toEqual({});
    expect(preview.result.errors[0]).toEqual(refused[0]);
  });

  it('merges nothing when the import gives no value', () => {
    const empty: ImportResult = { scenarioPatch: {}, derivations: [], warnings: [], errors: [] };
    expect(previewImport(empty, [], makeScenario(), ctx, ['a.txt']).merged).toBeNull();
  });

  it('leaves merged null whenever there is any error, whatever the patch (property)', () => {
    const scenario = makeScenario();
    const issue = fc.record({ code: fc.string(), file: fc.string(), message: fc.string() });
    fc.assert(
      fc.property(
        fc.record({ partitions: fc.integer({ min: 1, max: 10_000 }), peakIngressMiBps: fc.double({ min: 20, max: 500, noNaN: true }) }),
        fc.array(issue, { minLength: 1, maxLength: 3 }),
        fc.array(issue, { maxLength: 2 }),
        (patch, errors, refused) => {
          const result: ImportResult = { scenarioPatch: patch, derivations: [], warnings: [], errors };
          expect(previewImport(result, refused, scenario, ctx, ['a.txt']).merged).toBeNull();
        },
      ),
    );
  });
});
