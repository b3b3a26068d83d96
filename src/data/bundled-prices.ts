/** The price book built from the prices bundled with the app (works offline). */
import type { PriceBook } from '../domain';
import rawPrices from './aws-prices.json';
import { loadPriceBook } from './price-book-from-data';

export const BUNDLED_PRICE_BOOK: PriceBook = loadPriceBook(rawPrices);
