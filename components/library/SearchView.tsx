/**
 * Route '/search?q=…': phrase search across bulletin text, titles, highlights and notes
 * (lib/search: bigram candidates verified against the text, so 四个意识 finds the phrase,
 * not every text with 四 and 意). Highlights and titles rank above body matches. Results
 * load in pages as the (windowed) list scrolls, and follow changes to the data (read again
 * after a write to the tables a search reads).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ClipperDb } from '../../lib/db/database';
import type { ClippingSummary } from '../../lib/library/filters';
import { t } from '../../lib/platform/i18n';
import { followTables, tablesStamp } from '../../lib/db/table-changes';
import { SEARCH_TABLES, searchPage, type SearchHit } from '../../lib/search/query';
import { useDb } from '../common/use-db';
import { navigate } from '../common/use-hash-route';
import { hitHref, SearchHitRow } from './SearchHitRow';
import { forgetPrepared, prepareAnswer, preparedAnswer } from './prepared-page';
import { useListKeys } from './use-list-keys';
import { VirtualList } from './VirtualList';
import type { RowWindow } from './virtual-window';

/** Height of one result row in px. */
export const HIT_ROW_HEIGHT = 116; // kind badge line, two lines of passage, the meta line
/** Results fetched per step as the list scrolls. */
const STEP = 50;
/**
 * Results of the first read: more than a screenful with the list's overscan, fewer than a
 * step (a search verifies and reads every result it returns). The router reads them before
 * the view shows (prepared-page.ts); scrolling near the end reads a step more.
 */
const FIRST_RESULTS = 20;
/** The list reads a step more when its window comes this close to the last result. */
const GROW_BEFORE_END = 4;
/** The prepared page: the first FIRST_RESULTS results. */
const FIRST = { offset: 0, limit: FIRST_RESULTS };

/** What the view shows: the hits of `q` and a summary of each hit's clipping. */
interface Results {
  q: string;
  hits: SearchHit[];
  clippings: Map<string, ClippingSummary>;
  /** Stamp of the tables a search reads when this was read (lib/db/table-changes.ts). */
  stamp: number;
}

/** The prepared-answer key of a query's first results. */
const preparedKey = (q: string) => `search\u0000${q}`;

/** The results of `q` up to `limit` hits (one read transaction). */
async function readResults(db: ClipperDb, q: string, limit: number): Promise<Results> {
  const stamp = tablesStamp(db, SEARCH_TABLES);
  if (!q) return { q, hits: [], clippings: new Map(), stamp };
  const { hits, clippings } = await searchPage(db, q, { limit });
  return { q, hits, clippings, stamp };
}

/**
 * The results of `q` up to `limit`, read again after each write to the tables a search
 * reads, one read at a time. The first results the router prepared stand for the first
 * read while no such table has changed since: reading them again at once (a whole search)
 * only competed with the user's next search.
 */
function useSearchResults(db: ClipperDb, q: string, limit: number): Results | undefined {
  const [result, setResult] = useState<Results | undefined>(undefined);
  useEffect(() => {
    const prepared = limit === FIRST_RESULTS ? preparedAnswer<Results>(preparedKey(q), FIRST) : undefined;
    const fresh = prepared !== undefined && prepared.stamp === tablesStamp(db, SEARCH_TABLES);
    if (fresh) setResult(prepared);
    return followTables(
      db,
      SEARCH_TABLES,
      async (live) => {
        const r = await readResults(db, q, limit);
        if (live()) setResult(r);
      },
      { now: !fresh, failed: 'search failed' },
    );
  }, [db, q, limit]);
  return result;
}

/** Reads the first results before the view shows them (see prepared-page.ts). */
export function prepareSearchView(db: ClipperDb, params: URLSearchParams): Promise<void> {
  const q = params.get('q')?.trim() ?? '';
  return prepareAnswer(preparedKey(q), FIRST, () => readResults(db, q, FIRST_RESULTS));
}

/** Route '/search'. */
export function SearchView({ params }: { route: string; params: URLSearchParams }) {
  const db = useDb();
  const q = params.get('q')?.trim() ?? '';
  // The page size grows as the list scrolls; a new query starts again from the first read's.
  const [grown, setGrown] = useState({ q, limit: FIRST_RESULTS });
  const limit = grown.q === q ? grown.limit : FIRST_RESULTS;
  const result = useSearchResults(db, q, limit);
  const answered = result?.q === q;
  // Until the view's own read answers, the first results the router read on the way here.
  const current = answered ? result : preparedAnswer<Results>(preparedKey(q), FIRST);
  useLayoutEffect(() => {
    if (answered) forgetPrepared(preparedKey(q));
  }, [answered, q]);
  const hits = current?.hits ?? [];
  const openRow = useCallback((i: number) => {
    const hit = hits[i];
    if (hit) navigate(hitHref(hit).slice(1));
  }, [hits]);
  const [selected] = useListKeys(hits.length, openRow);
  const more = hits.length >= (answered ? limit : FIRST_RESULTS);
  // The window's end includes its overscan (six rows): a first screen of FIRST_RESULTS does
  // not come this close, a few rows of scrolling do.
  const lastWindow = useRef<RowWindow | null>(null);
  const growIfNear = (w: RowWindow) => {
    if (answered && more && w.end >= hits.length - GROW_BEFORE_END) setGrown({ q, limit: limit + STEP });
  };
  const onWindow = (w: RowWindow) => {
    lastWindow.current = w;
    growIfNear(w);
  };
  // A scroll made while prepared results showed counts once the view's own read answers.
  useEffect(() => {
    if (lastWindow.current) growIfNear(lastWindow.current);
  }, [answered, hits.length]);

  let body;
  if (!q) body = <p class="status">{t('searchHint')}</p>;
  else if (!current) body = <p class="status">{t('searching')}</p>;
  else if (hits.length === 0) {
    body = (
      <section class="empty">
        <h2>{t('searchNoResults', q)}</h2>
        <p>{t('searchNoResultsHint')}</p>
      </section>
    );
  } else {
    body = (
      <VirtualList
        count={hits.length}
        rowHeight={HIT_ROW_HEIGHT}
        label={t('searchResultsLabel', q)}
        onWindow={onWindow}
        selected={selected}
        renderRow={(i) => <SearchHitRow hit={hits[i]!} clipping={current.clippings.get(hits[i]!.clippingId)} />}
      />
    );
  }
  return (
    <section class="list-view search-view" aria-label={t('searchLabel')}>
      {current && hits.length > 0 && (
        <p class="status" role="status">
          {more ? t('searchCountMore', String(hits.length)) : t('searchCount', String(hits.length))}
        </p>
      )}
      {body}
    </section>
  );
}
