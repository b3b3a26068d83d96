/** `npm run prices:refresh`: rebuilds the price data from AWS's Price List (SPEC §14). */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { downloadPriceFiles } from './download-prices';
import { readPriceDirectory } from './read-price-files';
import { runPricesRefresh } from './refresh-command';

const today = new Date().toISOString().slice(0, 10);

const status = await runPricesRefresh(process.argv.slice(2), {
  readText: (path) => readFile(path, 'utf8'),
  writeAtomically: async (path, text) => {
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, text);
    await rename(temporary, path);
  },
  readDirectory: readPriceDirectory,
  download: (regions, log) => downloadPriceFiles({ fetch: (url) => fetch(url), root: 'price-list', today, regions, log }),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today,
});
process.exitCode = status;
