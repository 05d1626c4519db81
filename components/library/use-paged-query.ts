/**
 * Live, paged results of a library query for a windowed list: only the pages covering the
 * rendered rows are queried (lib/library runQueryPage with offset/limit), so a list over
 * 100,000 highlights loads ~100 records. The total is counted apart, only when the page did
 * not bring it. Both are read again after each write to a table a query reads, and a total is
 * kept while none has been written (lib/db/table-changes.ts: the same news Dexie's liveQuery
 * re-runs on, without its ranges).
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { ClipperDb } from '../../lib/db/database';
import { followTables, tablesStamp } from '../../lib/db/table-changes';
import { encodeQuery, QUERY_TABLES, type LibraryQuery, type PageAnswer, type PageRequest } from '../../lib/library/filters';
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
 * Totals counted, by database and query, with the stamp of the tables they read (see
 * countOnce): a view shown again, or one the user comes back to, shows its total at once
 * and leaves IndexedDB free for the next query instead of counting the same rows again.
 */
const counts = new Map<string, { stamp: number; total: number }>();
/** Totals kept (the views of a session: the oldest goes first). */
const COUNTS_KEPT = 64;

/**
 * The total of `q`: the one counted before if no table a query reads has changed since, or a
 * count of the rows now.
 */
async function countOnce(db: ClipperDb, key: string, q: LibraryQuery, count: CountRunner): Promise<number> {
  const kept = keptCount(db, key);
  if (kept !== undefined) return kept;
  const stamp = tablesStamp(db, QUERY_TABLES);
  const total = await count(db, q);
  const id = countId(db, key);
  counts.delete(id);
  counts.set(id, { stamp, total });
  if (counts.size > COUNTS_KEPT) counts.delete(counts.keys().next().value!);
  return total;
}

/** A total's key in `counts`. */
function countId(db: ClipperDb, key: string): string {
  return `${db.name}\n${key}`;
}

/** The total counted before for `key`, if no table a query reads has changed since. */
function keptCount(db: ClipperDb, key: string): number | undefined {
  const kept = counts.get(countId(db, key));
  return kept && kept.stamp === tablesStamp(db, QUERY_TABLES) ? kept.total : undefined;
}

/**
 * The pages of `q` that cover `win`, answered by `run`, and, when a page comes without its
 * total, the count by `count`: the first rows paint without waiting for a count that reads
 * every matching index entry. Both are read again after each write to the tables a query
 * reads, one read at a time.
 */
export function usePagedQuery<T>(db: ClipperDb, q: LibraryQuery, win: RowWindow, run: PageRunner<T>, count: CountRunner): PagedResult<T> {
  const key = encodeQuery(q);
  const [first, last] = pagesOf(win);
  const request = { offset: first * PAGE_SIZE, limit: (last - first + 1) * PAGE_SIZE };
  const [state, setState] = useState<PageState<T>>(() => seedState<T>(key, request) ?? { key, total: undefined, offset: 0, items: [], queryMs: 0, loaded: false });
  const [counted, setCounted] = useState<{ key: string; total: number } | null>(null);
  // A layout effect, as in useLiveQuery: the page query starts without waiting for a frame.
  // The page is read again after each write to a table a query reads, one read at a time;
  // a page the router prepared stands for the first read while none has been written since.
  useLayoutEffect(() => {
    const { offset } = request;
    const prepared = preparedPage<T>(key, request);
    const fresh = prepared !== undefined && prepared.stamp === tablesStamp(db, QUERY_TABLES);
    if (fresh) {
      forgetPrepared(key);
      setState(answeredState(key, offset, prepared, 0));
    }
    return followTables(
      db,
      QUERY_TABLES,
      async (live) => {
        const t0 = performance.now();
        const r = await run(db, q, request);
        if (!live()) return;
        forgetPrepared(key);
        setState(answeredState(key, offset, r, performance.now() - t0));
      },
      { now: !fresh, failed: 'library query failed' },
    );
  }, [db, key, first, last]);
  // A new query: nothing is known until it answers (the old rows must not show), unless the
  // router prepared its page on the way here (prepared-page.ts).
  const current = state.key === key ? state : seedState<T>(key, request) ?? { ...state, total: undefined, items: [], loaded: false };
  const needCount = current.loaded && current.total === undefined;
  useEffect(() => {
    if (!needCount) return;
    return followTables(
      db,
      QUERY_TABLES,
      async (live) => {
        const total = await countOnce(db, key, q, count);
        if (live()) setCounted({ key, total });
      },
      { failed: 'library count failed' },
    );
  }, [db, key, needCount]);
  // A total kept from before (still good) shows with the first rows, not a frame after them.
  const total = current.total ?? (current.loaded ? keptCount(db, key) : undefined) ?? (counted?.key === key ? counted.total : undefined);
  return {
    total,
    rows: total ?? (current.loaded ? current.offset + current.items.length : undefined),
    itemAt: (i) => current.items[i - current.offset],
    queryMs: current.queryMs,
  };
}

/** The state of a page answered (by the view's read or the router's prepared one). */
function answeredState<T>(key: string, offset: number, answer: PageAnswer<T>, queryMs: number): PageState<T> {
  return { key, total: answer.total, offset, items: answer.items, queryMs, loaded: true };
}

/** The state a prepared page gives a query that has not answered yet. */
function seedState<T>(key: string, request: PageRequest): PageState<T> | undefined {
  const answer = preparedPage<T>(key, request);
  return answer && answeredState(key, request.offset, answer, 0);
}
