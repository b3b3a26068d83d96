/** The page's one ranges client and its worker, loaded with the first scenario that has ranges. */
import { createRangesClient } from '../../state/ranges-client';
import { PRICE_BOOK } from '../app-store';

/** Without a Worker (tests, very old browsers) the client works on this thread. */
export const rangesClient = createRangesClient(
  () =>
    typeof Worker === 'undefined'
      ? null
      : new Worker(new URL('../../state/ranges-worker.ts', import.meta.url), { type: 'module', name: 'ranges' }),
  PRICE_BOOK,
);
