/**
 * Live, paged results of a library query for a windowed list: only the pages covering the
 * rendered rows are queried (lib/library runQueryPage with offset/limit), and re-queried when
 * the data changes (Dexie liveQuery), so a list over 100,000 highlights loads ~100 records.
 * The total is counted apart, only when the page did not bring it, and kept while the tables
 * it reads are unchanged (lib/db/table-changes.ts).
 */
import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ClipperDb } from '../../lib/db/database';
import { onTablesChanged, tablesStamp } from '../../lib/db/table-changes';
import { encodeQuery, QUERY_TABLES, type LibraryQuery, type PageRequest } from '../../lib/library/filters';
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
  const id = `${db.name}\n${key}`;
  const stamp = tablesStamp(db, QUERY_TABLES);
  const kept = keptCount(db, key);
  if (kept !== undefined) return kept;
  const total = await count(db, q);
  counts.delete(id);
  counts.set(id, { stamp, total });
  if (counts.size > COUNTS_KEPT) counts.delete(counts.keys().next().value!);
  return total;
}

/** The total counted before for `key`, if no table a query reads has changed since. */
function keptCount(db: ClipperDb, key: string): number | undefined {
  const kept = counts.get(`${db.name}\n${key}`);
  return kept && kept.stamp === tablesStamp(db, QUERY_TABLES) ? kept.total : undefined;
}

/**
 * Subscribes to the pages of `q` that cover `win`, answered by `run`, and, when a page comes
 * without its total, counts it with `count`: the first rows paint without waiting for a count
 * that reads every matching index entry. The count runs again after each write to the tables
 * a query reads, one count at a time.
 */
export function usePagedQuery<T>(db: ClipperDb, q: LibraryQuery, win: RowWindow, run: PageRunner<T>, count: CountRunner): PagedResult<T> {
  const key = encodeQuery(q);
  const [first, last] = pagesOf(win);
  const request = { offset: first * PAGE_SIZE, limit: (last - first + 1) * PAGE_SIZE };
  const [state, setState] = useState<PageState<T>>(() => seedState<T>(key, request) ?? { key, total: undefined, offset: 0, items: [], queryMs: 0, loaded: false });
  const [counted, setCounted] = useState<{ key: string; total: number } | null>(null);
  // Stamp of the tables when the page on show was read (lib/db/table-changes.ts).
  const pageStamp = useRef(Number.POSITIVE_INFINITY);
  // Bumped to read the page again: Dexie 4.4's liveQuery missed a clipping added above a
  // reversed, limited index page, so a count that answers after a write the page's read did
  // not see has the page read again too (tests/lib/library/live-page.test.ts).
  const [reread, setReread] = useState(0);
  // A layout effect, as in useLiveQuery: the page query starts without waiting for a frame.
  useLayoutEffect(() => {
    const { offset } = request;
    pageStamp.current = Number.POSITIVE_INFINITY;
    const sub = liveQuery(async () => {
      const t0 = performance.now();
      const stamp = tablesStamp(db, QUERY_TABLES);
      const r = await run(db, q, request);
      return { r, stamp, ms: performance.now() - t0 };
    }).subscribe({
      next: ({ r, stamp, ms }) => {
        forgetPrepared(key);
        pageStamp.current = stamp;
        setState({ key, total: r.total, offset, items: r.items, queryMs: ms, loaded: true });
      },
      error: (e) => console.error('library query failed', e),
    });
    return () => sub.unsubscribe();
  }, [db, key, first, last, reread]);
  // A new query: nothing is known until it answers (the old rows must not show), unless the
  // router prepared its page on the way here (prepared-page.ts).
  const current = state.key === key ? state : seedState<T>(key, request) ?? { ...state, total: undefined, items: [], loaded: false };
  const needCount = current.loaded && current.total === undefined;
  useEffect(() => {
    if (!needCount) return;
    let live = true;
    let running = false;
    let again = false;
    // One count at a time: writes that land while it runs ask for one more, after it.
    const recount = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const total = await countOnce(db, key, q, count);
          if (!live) break;
          setCounted({ key, total });
          if (tablesStamp(db, QUERY_TABLES) > pageStamp.current) setReread((n) => n + 1);
        } while (again && live);
      } catch (e) {
        console.error('library count failed', e);
      } finally {
        running = false;
      }
    };
    void recount();
    const stop = onTablesChanged(db, QUERY_TABLES, () => void recount());
    return () => {
      live = false;
      stop();
    };
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

/** The state a prepared page gives a query that has not answered yet. */
function seedState<T>(key: string, request: PageRequest): PageState<T> | undefined {
  const answer = preparedPage<T>(key, request);
  return answer && { key, total: answer.total, offset: request.offset, items: answer.items, queryMs: 0, loaded: true };
}
