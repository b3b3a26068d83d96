import { createContext, useContext } from 'react';
import type { PriceBook } from '../domain';

/**
 * The price book the page works with, injected by the app's root (today the bundled prices; a
 * refreshed price file needs no change below the root). Components read it with `usePriceBook`.
 */
export const PriceBookContext = createContext<PriceBook | null>(null);

export function usePriceBook(): PriceBook {
  const priceBook = useContext(PriceBookContext);
  if (priceBook === null) throw new Error('usePriceBook needs a PriceBookContext provider above it (the App provides one).');
  return priceBook;
}
