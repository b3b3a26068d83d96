/** `npm run cli`: the command-line entry. Same engine and prices as the app, no React. */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BUNDLED_PRICE_BOOK } from '../data/bundled-prices';
import { readBundledFont } from './node-fonts';
import { runCli } from './run-cli';

// `npm run --prefix /path/to/msk-sizer cli -- size orders.json` runs here but was asked from INIT_CWD:
// file names are the caller's, so they resolve against the directory npm was started in.
const from = (path: string) => resolve(process.env['INIT_CWD'] ?? process.cwd(), path);

// A reader that stops early (`| head`) is no error: what is left to print is dropped.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const status = await runCli(process.argv.slice(2), BUNDLED_PRICE_BOOK, {
  readText: (path) => readFileSync(path === '-' ? 0 : from(path), 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: new Date().toISOString().slice(0, 10),
  writeBytes: (path, bytes) => writeFile(from(path), bytes),
  loadFont: readBundledFont,
});
process.exitCode = status;
