/** Runs the CLI with in-memory files and captured output (no process). */
import { runCli } from '../../src/cli/run-cli';
import { BUNDLED_PRICE_BOOK } from './factories';

export function runCliInMemory(argv: string[], files: Record<string, string> = {}, today = '2026-11-22') {
  let stdout = '';
  let stderr = '';
  const status = runCli(argv, BUNDLED_PRICE_BOOK, {
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    today,
  });
  return { status, stdout, stderr };
}
