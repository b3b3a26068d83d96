/** `npm run cli`: the command-line entry. Same engine and prices as the app, no React. */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { BUNDLED_PRICE_BOOK } from '../data/bundled-prices';
import { readBundledFont } from './node-fonts';
import { runCli } from './run-cli';

const status = await runCli(process.argv.slice(2), BUNDLED_PRICE_BOOK, {
  readText: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: new Date().toISOString().slice(0, 10),
  writeBytes: (path, bytes) => writeFile(path, bytes),
  loadFont: readBundledFont,
});
process.exitCode = status;
