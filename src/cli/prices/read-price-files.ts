/**
 * Reads AWS price files as streams (an EC2 region file is about 450 MB): @streamparser/json emits
 * only the values SPEC §14 needs (header fields, each product, each on-demand term, each
 * pricing-page location), so memory holds one product at a time plus the products that map.
 */
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { JSONParser } from '@streamparser/json';
import type { PriceCollector } from '../../data/refresh/price-collector';
import { PriceFile, type PriceFileValue } from '../../data/refresh/price-file';

const PATHS = [
  '$.formatVersion',
  '$.offerCode',
  '$.publicationDate',
  '$.version',
  '$.manifest',
  '$.products.*',
  '$.terms.OnDemand.*',
  '$.regions.*',
];

/** Every `.json` file under a directory, sorted, at any depth. */
export async function jsonFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

interface StackEntry {
  readonly key?: string | number | undefined;
}

function placeOf(key: string | number | undefined, stack: readonly StackEntry[], value: unknown): PriceFileValue | null {
  const keys = stack.slice(1).map((s) => String(s.key));
  const name = String(key);
  if (keys.length === 0) return { at: 'top', key: name, value };
  if (keys.length === 1 && keys[0] === 'products') return { at: 'product', sku: name, value };
  if (keys.length === 1 && keys[0] === 'regions') return { at: 'location', location: name, value };
  if (keys.length === 2 && keys[0] === 'terms' && keys[1] === 'OnDemand') return { at: 'term', sku: name, value };
  return null;
}

/** Reads one file into the collector; returns a note for files that are not price files, or null. */
export async function readPriceFile(path: string, shownAs: string, collector: PriceCollector): Promise<string | null> {
  const file = new PriceFile(collector, shownAs);
  const parser = new JSONParser({ paths: PATHS, keepStack: false });
  let parseError: Error | null = null;
  parser.onValue = ({ value, key, stack }) => {
    const place = placeOf(key, stack, value);
    if (place) file.take(place);
  };
  parser.onError = (error) => {
    parseError ??= error;
  };
  const stream = createReadStream(path);
  for await (const chunk of stream) {
    if (parseError || file.stopped) break;
    parser.write(chunk as Buffer);
  }
  stream.destroy();
  if (!parseError && !file.stopped && !parser.isEnded) parser.end();
  const error = parseError as Error | null;
  if (error && !file.stopped) {
    if (file.kind === 'unknown') return `unknown ${shownAs}: not an AWS price file (not JSON: ${error.message}); skipped`;
    // The parser ends mid-value ("Parser ended in mid-parsing") or mid-token ("Tokenizer ended in the middle of a token").
    const truncated = /ended in mid-parsing|ended in the middle of a token|Unexpected end/i.test(error.message);
    const detail = error.message.replace(/\.+$/, '');
    collector.fail(
      truncated ? 'looks-truncated' : 'unreadable',
      `${shownAs}: ${truncated ? 'the file ends before its JSON closes; it looks truncated' : `not valid JSON: ${detail}`}.`,
    );
    return null;
  }
  return file.finish().note;
}

/** Reads every `.json` under a directory; returns the notes on files that were skipped. */
export async function readPriceDirectory(dir: string, collector: PriceCollector): Promise<string[]> {
  const notes: string[] = [];
  for (const path of await jsonFilesUnder(dir)) {
    const note = await readPriceFile(path, relative(dir, path) || path, collector);
    if (note) notes.push(note);
  }
  return notes;
}
