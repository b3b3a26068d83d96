/**
 * Importing what a user runs (SPEC §13.3) from the page: files read as text (a file over the limit
 * is refused unread), parsed by the domain's `importWorkload` (in a worker above 1 MiB, so the page
 * stays responsive), and previewed against the scenario before anything changes.
 */
import { wrap } from 'comlink';
import { importWorkload, MAX_IMPORT_FILE_CHARS, MAX_IMPORT_FILES } from '../domain/import/import-workload';
import {
  currentNeedsCluster,
  mergeImport,
  type ImportFile,
  type ImportIssue,
  type ImportResult,
  type ParseResult,
  type Scenario,
  type ScenarioContext,
} from '../domain';
import type { ImportWorkerApi } from './import-worker';

/** Above this many characters in all, the files are parsed in a worker (the issue's 1 MB). */
export const WORKER_THRESHOLD_CHARS = 1_048_576;

/** What a chosen file is to the reader: its name, size and text (the browser's File, or a test's stand-in). */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  readonly text: () => Promise<string>;
}

/** Reads the chosen files; a file over the size limit, or past the tenth, is refused unread with an error. */
export async function readImportFiles(chosen: readonly ChosenFile[]): Promise<{ files: ImportFile[]; refused: ImportIssue[] }> {
  const refused: ImportIssue[] = [];
  const files: ImportFile[] = [];
  for (const [i, file] of chosen.entries()) {
    if (i >= MAX_IMPORT_FILES) {
      refused.push({
        code: 'too-many-files',
        file: file.name,
        message: `${file.name}: at most ${MAX_IMPORT_FILES} files are imported at once.`,
      });
    } else if (file.size > MAX_IMPORT_FILE_CHARS) {
      refused.push({ code: 'file-too-large', file: file.name, message: `${file.name} is larger than 20 MB, so it was not read.` });
    } else {
      files.push({ name: file.name, text: await file.text() });
    }
  }
  return { files, refused };
}

/** Runs `importWorkload` on the main thread (tests, small files) or in a worker from `worker` when one is given. */
export async function runImport(files: readonly ImportFile[], worker: (() => Worker) | null): Promise<ImportResult> {
  const chars = files.reduce((sum, f) => sum + f.text.length, 0);
  if (worker === null || chars <= WORKER_THRESHOLD_CHARS) return importWorkload(files);
  const w = worker();
  try {
    return await wrap<ImportWorkerApi>(w).importWorkload(files);
  } finally {
    w.terminate();
  }
}

export interface ImportPreview {
  readonly result: ImportResult;
  /** The scenario after the import (errors when it does not validate); null when the import itself has errors. */
  readonly merged: ParseResult<Scenario> | null;
  /** "orders.json", or "cloudwatch.json and 2 more files". */
  readonly source: string;
}

export function sourceOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'the files';
  return `${names[0] ?? ''} and ${names.length - 1} more ${names.length === 2 ? 'file' : 'files'}`;
}

/** The import's result with the scenario it would give, so the page shows both before Apply. */
export function previewImport(
  result: ImportResult,
  refused: readonly ImportIssue[],
  scenario: Scenario,
  ctx: ScenarioContext,
  names: readonly string[],
): ImportPreview {
  const base = refused.length === 0 ? result : { ...result, scenarioPatch: {}, errors: [...refused, ...result.errors] };
  const source = sourceOf(names);
  const all: ImportResult = currentNeedsCluster(scenario, base.scenarioPatch)
    ? {
        ...base,
        // The preview lists only what Apply sets: the metrics of a cluster that is not there are in the warning.
        derivations: base.derivations.filter((d) => !d.field.startsWith('current.')),
        warnings: [
          ...base.warnings,
          {
            code: 'current-needs-cluster',
            file: source,
            field: 'current',
            message:
              'The metrics of the cluster today (CPU, disk, partition replicas) are not applied: enter the cluster under Current cluster settings first, or import its describe-cluster-v2 output with them.',
          },
        ],
      }
    : base;
  const merged =
    all.errors.length > 0 || Object.keys(all.scenarioPatch).length === 0 ? null : mergeImport(scenario, all.scenarioPatch, ctx, source);
  return { result: all, merged, source };
}
