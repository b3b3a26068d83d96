/**
 * Parses imported files off the main thread (SPEC §13.3: the page stays responsive with large files),
 * behind comlink like the ranges worker.
 */
import { expose } from 'comlink';
import type { ImportFile, ImportResult } from '../domain';
import { importWorkload } from '../domain/import/import-workload';

export interface ImportWorkerApi {
  readonly importWorkload: (files: readonly ImportFile[]) => ImportResult;
}

const api: ImportWorkerApi = { importWorkload: (files) => importWorkload(files) };
expose(api);
