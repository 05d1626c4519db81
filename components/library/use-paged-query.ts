/**
 * Live, paged results of a library query for a windowed list: only the pages covering the
 * rendered rows are queried (lib/library runQuery with offset/limit), and re-queried when
 * the data changes (Dexie liveQuery), so a list over 100,000 highlights loads ~100 records.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { ClipperDb } from '../../lib/db/database';
import { encodeQuery, type LibraryQuery, type PageRequest } from '../../lib/library/filters';
import type { RowWindow } from './virtual-window';

/** Rows per query page. */
export const PAGE_SIZE = 50;

/** Items of one view's query, addressed by row index. */
export interface PagedResult<T> {
  /** Number of matches; undefined until the first answer. */
  total: number | undefined;
  /** The item at a row, undefined while its page loads. */
  itemAt: (index: number) => T | undefined;
  /** Milliseconds the latest query took (shown to nobody; read by the bench). */
  queryMs: number;
}

/** A view's query engine (runClippingQuery or runHighlightQuery of lib/library). */
export type PageRunner<T> = (db: ClipperDb, q: LibraryQuery, page: PageRequest) => Promise<{ total: number; items: T[] }>;

/** Pages [first, last] covering a window of rows. */
function pagesOf(w: RowWindow): [number, number] {
  const first = Math.floor(w.start / PAGE_SIZE);
  return [first, Math.max(first, Math.floor(Math.max(w.start, w.end - 1) / PAGE_SIZE))];
}

/** Subscribes to the pages of `q` that cover `win`, answered by `run`. */
export function usePagedQuery<T>(db: ClipperDb, q: LibraryQuery, win: RowWindow, run: PageRunner<T>): PagedResult<T> {
  const key = encodeQuery(q);
  const [first, last] = pagesOf(win);
  const [state, setState] = useState<{ key: string; total: number | undefined; offset: number; items: T[]; queryMs: number }>({
    key,
    total: undefined,
    offset: 0,
    items: [],
    queryMs: 0,
  });
  useEffect(() => {
    const offset = first * PAGE_SIZE;
    const sub = liveQuery(async () => {
      const t0 = performance.now();
      const r = await run(db, q, { offset, limit: (last - first + 1) * PAGE_SIZE });
      return { r, ms: performance.now() - t0 };
    }).subscribe({
      next: ({ r, ms }) => setState({ key, total: r.total, offset, items: r.items, queryMs: ms }),
      error: (e) => console.error('library query failed', e),
    });
    return () => sub.unsubscribe();
  }, [db, key, first, last]);
  // A new query: its total is unknown until it answers (the old rows must not show).
  const current = state.key === key ? state : { ...state, total: undefined, items: [] };
  return {
    total: current.total,
    itemAt: (i) => current.items[i - current.offset],
    queryMs: current.queryMs,
  };
}
