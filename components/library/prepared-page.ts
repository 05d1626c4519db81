/**
 * A view's first answer (a list's first page, a search's first results), asked for when the
 * route changes and before the view renders.
 *
 * Without it, a filter change first paints the new view empty, and its page query starts
 * only after that render (Dexie may even defer a live query's first run to a later task).
 * The query's round trips then wait behind the render and the paint: a rare tag's page,
 * 13-16 ms on a quiet page, took 30-50 ms. With it, the hash router holds the old view for
 * as long as the page takes (at most PREPARE_MAX_MS, see use-hash-route), the query runs on
 * an idle page, and the new view paints with its rows in its first frame. The answer carries
 * the stamp of the tables it read (lib/db/table-changes.ts): the view reads it again only if
 * one of them was written since, and after each later write.
 */
import type { ClipperDb } from '../../lib/db/database';
import type { LibraryQuery, PageAnswer, PageRequest } from '../../lib/library/filters';
import { encodeQuery, QUERY_TABLES } from '../../lib/library/filters';
import { tablesStamp } from '../../lib/db/table-changes';

/** Rows per query page of a list view. */
export const PAGE_SIZE = 50;

/** The page a list view asks for first (its first window of rows lies in it). */
export const FIRST_PAGE: PageRequest = { offset: 0, limit: PAGE_SIZE };

/** A view's page query: one page, with its total when that came for free. */
export type PageRunner<T> = (db: ClipperDb, q: LibraryQuery, page: PageRequest) => Promise<PageAnswer<T>>;

/** A prepared page is used only this soon after it was read (an older one may be stale). */
const FRESH_MS = 5_000;

interface Prepared {
  key: string;
  offset: number;
  limit: number;
  at: number;
  answer: unknown;
}

/** The latest answer prepared (one is enough: it is the route being navigated to). */
let prepared: Prepared | null = null;

/** Reads an answer for the view about to show it under `key`; resolves when it is ready. */
export async function prepareAnswer(key: string, page: PageRequest, read: () => Promise<unknown>): Promise<void> {
  const answer = await read();
  prepared = { key, offset: page.offset, limit: page.limit, at: Date.now(), answer };
}

/** The prepared answer for exactly this key and page, while fresh; undefined otherwise. */
export function preparedAnswer<T>(key: string, page: PageRequest): T | undefined {
  const p = prepared;
  if (!p || p.key !== key || p.offset !== page.offset || p.limit !== page.limit) return undefined;
  if (Date.now() - p.at > FRESH_MS) {
    prepared = null;
    return undefined;
  }
  return p.answer as T;
}

/** Drops the prepared answer of `key` (its view's live query has answered). */
export function forgetPrepared(key: string): void {
  if (prepared?.key === key) prepared = null;
}

/** A prepared page, with the stamp of the tables a query reads when it was read. */
export type PreparedPage<T> = PageAnswer<T> & { stamp: number };

/** Reads the first page of `q` for the list view about to show it. */
export function prepareFirstPage<T>(db: ClipperDb, q: LibraryQuery, run: PageRunner<T>): Promise<void> {
  return prepareAnswer(encodeQuery(q), FIRST_PAGE, async (): Promise<PreparedPage<T>> => {
    const stamp = tablesStamp(db, QUERY_TABLES);
    return { ...(await run(db, q, FIRST_PAGE)), stamp };
  });
}

/** The prepared page of exactly this query (its encodeQuery key) and page, while fresh. */
export function preparedPage<T>(key: string, page: PageRequest): PreparedPage<T> | undefined {
  return preparedAnswer<PreparedPage<T>>(key, page);
}
