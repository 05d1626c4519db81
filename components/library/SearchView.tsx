/**
 * Route '/search?q=…': phrase search across bulletin text, titles, highlights and notes
 * (lib/search: bigram candidates verified against the text, so 四个意识 finds the phrase,
 * not every text with 四 and 意). Highlights and titles rank above body matches. Results
 * load in pages as the (windowed) list scrolls, and follow changes to the data.
 */
import { useCallback, useState } from 'preact/hooks';
import { summarizeClipping } from '../../lib/library/highlight-query';
import type { ClippingSummary } from '../../lib/library/filters';
import { t } from '../../lib/platform/i18n';
import { search, type SearchHit } from '../../lib/search/query';
import { useDb } from '../common/use-db';
import { navigate } from '../common/use-hash-route';
import { useLiveQuery } from '../common/use-live-query';
import { hitHref, SearchHitRow } from './SearchHitRow';
import { useListKeys } from './use-list-keys';
import { VirtualList } from './VirtualList';
import type { RowWindow } from './virtual-window';

/** Height of one result row in px. */
export const HIT_ROW_HEIGHT = 116; // kind badge line, two lines of passage, the meta line
/** Results fetched per step. */
const STEP = 50;

/** Route '/search'. */
export function SearchView({ params }: { route: string; params: URLSearchParams }) {
  const db = useDb();
  const q = params.get('q')?.trim() ?? '';
  // The page size grows as the list scrolls; a new query starts again from one step.
  const [grown, setGrown] = useState({ q, limit: STEP });
  const limit = grown.q === q ? grown.limit : STEP;
  const result = useLiveQuery(async () => {
    if (!q) return { q, hits: [] as SearchHit[], clippings: new Map<string, ClippingSummary>() };
    const hits = await search(db, q, { limit });
    const ids = [...new Set(hits.map((h) => h.clippingId))];
    const clippings = new Map<string, ClippingSummary>();
    for (const c of await db.clippings.bulkGet(ids)) if (c) clippings.set(c.id, summarizeClipping(c));
    return { q, hits, clippings };
  }, [db, q, limit]);
  const current = result?.q === q ? result : undefined;
  const hits = current?.hits ?? [];
  const openRow = useCallback((i: number) => {
    const hit = hits[i];
    if (hit) navigate(hitHref(hit).slice(1));
  }, [hits]);
  const [selected] = useListKeys(hits.length, openRow);
  const more = hits.length >= limit;
  const onWindow = (w: RowWindow) => {
    if (more && w.end >= hits.length - 10) setGrown({ q, limit: limit + STEP });
  };

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
