/**
 * Child process of the price-refresh bench: reads one directory of AWS price files the way
 * `npm run prices:refresh -- --from DIR --dry-run` does and prints its time and peak memory (maxRSS
 * of this process alone).
 */
import { readFileSync } from 'node:fs';
import { applyRefresh } from '../src/data/refresh/apply-refresh';
import { PriceCollector } from '../src/data/refresh/price-collector';
import { readPriceDirectory } from '../src/cli/prices/read-price-files';
import { catalogOf } from '../src/cli/prices/refresh-command';

const [dir, dataPath] = process.argv.slice(2);
if (dir === undefined || dataPath === undefined) throw new Error('usage: price-refresh-child DIR DATA');
const data = JSON.parse(readFileSync(dataPath, 'utf8')) as Record<string, unknown>;
const started = performance.now();
const collector = new PriceCollector(catalogOf(data));
await readPriceDirectory(dir, collector);
const outcome = applyRefresh(data, collector, { partial: true, allowRemovals: false, today: '2026-12-07' });
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    ms,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    changed: outcome.lines.length,
    failures: outcome.failures.map((f) => f.message),
  }),
);
