/**
 * Library filtering: one entry point over both views. The query type and its URL form live
 * in ./library-query.ts, the views' engines in ./highlight-query.ts and ./clipping-query.ts.
 */
import type { ClipperDb } from '../db/database';
import { runClippingQuery, type ClippingItem } from './clipping-query';
import { runHighlightQuery, type HighlightItem, type PageRequest, type QueryTuning } from './highlight-query';
import type { LibraryQuery } from './library-query';

export { DEFAULT_QUERY, decodeQuery, encodeQuery, makeQuery } from './library-query';
export type { LibraryQuery, LibrarySort, LibraryView } from './library-query';
export type { ClippingItem } from './clipping-query';
export type { ClippingSummary, HighlightItem, PageRequest, QueryTuning } from './highlight-query';

/** A page of results: `items` are ClippingItems or HighlightItems depending on the view. */
export type QueryResult =
  | { view: 'clippings'; total: number; items: ClippingItem[] }
  | { view: 'highlights'; total: number; items: HighlightItem[] };

/** Runs a library query: the number of matches and the requested page, in sort order. */
export async function runQuery(db: ClipperDb, q: LibraryQuery, page: PageRequest, tuning: QueryTuning = {}): Promise<QueryResult> {
  // One read transaction: a query issues many small requests (counts, key ranges).
  return db.transaction('r', [db.clippings, db.highlights, db.searchMeta, db.searchRows, db.searchRefs], async (): Promise<QueryResult> => {
    if (q.view === 'highlights') return { view: 'highlights', ...(await runHighlightQuery(db, q, page, tuning)) };
    return { view: 'clippings', ...(await runClippingQuery(db, q, page)) };
  });
}
