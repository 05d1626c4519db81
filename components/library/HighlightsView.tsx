/**
 * Route '/highlights': every highlight, filtered and sorted by the URL's query, windowed,
 * live. Each row links to its place in the reader ('#/clip/ID?hl=HID').
 */
import { useCallback, useState } from 'preact/hooks';
import { pageHighlights } from '../../lib/library/filters';
import { countHighlightQuery } from '../../lib/library/highlight-query';
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { navigate } from '../common/use-hash-route';
import { useLiveQuery } from '../common/use-live-query';
import { FilterBar, hasFilters } from './FilterBar';
import { HighlightRow, highlightHref } from './HighlightRow';
import { useFilterOptions } from './use-filter-options';
import { readLibraryQuery, useLibraryQuery } from './use-library-query';
import { prepareFirstPage } from './prepared-page';
import type { ClipperDb } from '../../lib/db/database';
import { useListKeys } from './use-list-keys';
import { usePagedQuery } from './use-paged-query';
import { useTagColors } from './use-tag-colors';
import { ListBody } from './ListBody';
import type { RowWindow } from './virtual-window';

/** Reads the view's first page before it shows (see prepared-page.ts). */
export function prepareHighlightsView(db: ClipperDb, params: URLSearchParams): Promise<void> {
  return prepareFirstPage(db, readLibraryQuery('highlights', params), pageHighlights);
}

/** Height of one highlight row in px. */
export const HIGHLIGHT_ROW_HEIGHT = 112;

/** Route '/highlights'. */
export function HighlightsView({ params }: { route: string; params: URLSearchParams }) {
  const db = useDb();
  const [query, setQuery] = useLibraryQuery('highlights', params);
  const [win, setWin] = useState<RowWindow>({ start: 0, end: 30 });
  const tagColors = useTagColors(db);
  const anyHighlight = useLiveQuery(async () => (await db.highlights.limit(1).primaryKeys()).length > 0, [db]);
  const page = usePagedQuery(db, query, win, pageHighlights, (d, q) => countHighlightQuery(d, q));
  const total = page.total ?? 0;
  const options = useFilterOptions(db, page.rows !== undefined);
  const openRow = useCallback((i: number) => {
    const item = page.itemAt(i);
    if (item) navigate(highlightHref(item.highlight.clippingId, item.highlight.id).slice(1));
  }, [page]);
  const [selected, setSelected] = useListKeys(page.rows ?? 0, openRow);

  const body = (
    <ListBody
      anyItem={anyHighlight}
      total={page.rows}
      filtered={hasFilters(query)}
      empty={{ title: t('emptyHighlightsTitle'), hint: t('emptyHighlightsHint') }}
      clearRoute={'/highlights'}
      rowHeight={HIGHLIGHT_ROW_HEIGHT}
      label={t('highlightsListLabel')}
      placeholderClass="hl-row"
      onWindow={setWin}
      selected={selected}
      setSelected={setSelected}
      itemAt={(i) => page.itemAt(i)}
      renderItem={(item) => <HighlightRow item={item} tagColors={tagColors} />}
    />
  );

  return (
    <section class="list-view" aria-label={t('navHighlights')}>
      <FilterBar query={query} options={options} onChange={setQuery} />
      {page.total !== undefined && total > 0 && (
        <p class="status" role="status">
          {t('highlightTotal', String(total))}
        </p>
      )}
      {body}
    </section>
  );
}
