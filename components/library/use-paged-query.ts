/**
 * Live, paged results of a library query for a windowed list: only the pages covering the
 * rendered rows are queried (lib/library runQueryPage with offset/limit), and re-queried when
 * the data changes (Dexie liveQuery), so a list over 100,000 highlights loads ~100 records.
 * The total is a separate live query, only when the page did not bring it.
 */
import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { ClipperDb } from '../../lib/db/database';
import { encodeQuery, type LibraryQuery, type PageRequest } from '../../lib/library/filters';
import { forgetPrepared, PAGE_SIZE, preparedPage, type PageRunner } from './prepared-page';
import type { RowWindow } from './virtual-window';

export { PAGE_SIZE, type PageRunner } from './prepared-page';

/** Items of one view's query, addressed by row index. */
export interface PagedResult<T> {
  /** Number of matches; undefined until known (a large set is counted after its first page shows). */
  total: number | undefined;
  /** Rows the list can show now: the total, or the rows loaded while it is being counted. */
  rows: number | undefined;
  /** The item at a row, undefined while its page loads. */
  itemAt: (index: number) => T | undefined;
  /** Milliseconds the latest page query took (shown to nobody; read by the bench). */
  queryMs: number;
}

/** A view's count query (slow on large sets: run only when the page had no total). */
export type CountRunner = (db: ClipperDb, q: LibraryQuery) => Promise<number>;

/** Pages [first, last] covering a window of rows. */
function pagesOf(w: RowWindow): [number, number] {
  const first = Math.floor(w.start / PAGE_SIZE);
  return [first, Math.max(first, Math.floor(Math.max(w.start, w.end - 1) / PAGE_SIZE))];
}

interface PageState<T> {
  key: string;
  total: number | undefined;
  offset: number;
  items: T[];
  queryMs: number;
  /** False until the first answer for `key`. */
  loaded: boolean;
}

/**
 * Subscribes to the pages of `q` that cover `win`, answered by `run`, and, when a page comes
 * without its total, to `count` as a second live query: the first rows paint without waiting
 * for a count that reads every matching index entry.
 */
export function usePagedQuery<T>(db: ClipperDb, q: LibraryQuery, win: RowWindow, run: PageRunner<T>, count: CountRunner): PagedResult<T> {
  const key = encodeQuery(q);
  const [first, last] = pagesOf(win);
  const request = { offset: first * PAGE_SIZE, limit: (last - first + 1) * PAGE_SIZE };
  const [state, setState] = useState<PageState<T>>(() => seedState<T>(key, request) ?? { key, total: undefined, offset: 0, items: [], queryMs: 0, loaded: false });
  const [counted, setCounted] = useState<{ key: string; total: number } | null>(null);
  // Bumped when a page subscription answers again (the data changed, not the window): the
  // count re-runs then too, as its own live query can miss reads made after several awaits.
  const [changes, setChanges] = useState(0);
  // The page is re-queried when the live count changes: Dexie 4.4's liveQuery missed a
  // clipping added above a reversed, limited index page (tests/lib/library/live-page.test.ts).
  const countedNow = counted?.key === key ? counted.total : undefined;
  // A layout effect, as in useLiveQuery: the page query starts without waiting for a frame.
  useLayoutEffect(() => {
    const { offset } = request;
    let answers = 0;
    const sub = liveQuery(async () => {
      const t0 = performance.now();
      const r = await run(db, q, request);
      return { r, ms: performance.now() - t0 };
    }).subscribe({
      next: ({ r, ms }) => {
        if (++answers > 1) setChanges((n) => n + 1);
        forgetPrepared(key);
        setState({ key, total: r.total, offset, items: r.items, queryMs: ms, loaded: true });
      },
      error: (e) => console.error('library query failed', e),
    });
    return () => sub.unsubscribe();
  }, [db, key, first, last, countedNow]);
  // A new query: nothing is known until it answers (the old rows must not show), unless the
  // router prepared its page on the way here (prepared-page.ts).
  const current = state.key === key ? state : seedState<T>(key, request) ?? { ...state, total: undefined, items: [], loaded: false };
  const needCount = current.loaded && current.total === undefined;
  useEffect(() => {
    if (!needCount) return;
    const sub = liveQuery(() => count(db, q)).subscribe({
      next: (total) => setCounted({ key, total }),
      error: (e) => console.error('library count failed', e),
    });
    return () => sub.unsubscribe();
  }, [db, key, needCount, changes]);
  const total = current.total ?? countedNow;
  return {
    total,
    rows: total ?? (current.loaded ? current.offset + current.items.length : undefined),
    itemAt: (i) => current.items[i - current.offset],
    queryMs: current.queryMs,
  };
}

/** The state a prepared page gives a query that has not answered yet. */
function seedState<T>(key: string, request: PageRequest): PageState<T> | undefined {
  const answer = preparedPage<T>(key, request);
  return answer && { key, total: answer.total, offset: request.offset, items: answer.items, queryMs: 0, loaded: true };
}
