/**
 * Route '/': all clippings as cards, filtered and sorted by the URL's query (lib/library),
 * windowed (only visible cards are in the DOM), live, with delete + undo (the clipping's
 * highlights go and come back with it; the search index follows through the middleware).
 */
import { useCallback, useState } from 'preact/hooks';
import { deleteClipping, restoreClipping } from '../../lib/db/clippings';
import type { Clipping } from '../../lib/bulletin/model';
import { countClippingQuery, highlightCountsOf, pageClippingRecords } from '../../lib/library/clipping-query';
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { navigate } from '../common/use-hash-route';
import { useLiveQuery } from '../common/use-live-query';
import { UndoToast, type PendingUndo } from '../common/UndoToast';
import { ClippingCard } from './ClippingCard';
import { FilterBar, hasFilters } from './FilterBar';
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
export function prepareClippingsView(db: ClipperDb, params: URLSearchParams): Promise<void> {
  return prepareFirstPage(db, readLibraryQuery('clippings', params), pageClippingRecords);
}

/** Height of one card in px (cards clip their content to it). */
export const CARD_HEIGHT = 92;

/** Route '/'. */
export function ClippingsView({ params }: { route: string; params: URLSearchParams }) {
  const db = useDb();
  const [query, setQuery] = useLibraryQuery('clippings', params);
  const [win, setWin] = useState<RowWindow>({ start: 0, end: 30 });
  const [pending, setPending] = useState<PendingUndo | null>(null);
  const tagColors = useTagColors(db);
  const anyClipping = useLiveQuery(async () => (await db.clippings.limit(1).primaryKeys()).length > 0, [db]);
  const page = usePagedQuery(db, query, win, pageClippingRecords, countClippingQuery);
  // The cards paint first; their highlight counts follow as a live query of the rows shown.
  const shownIds: string[] = [];
  for (let i = win.start; i < win.end; i++) {
    const c = page.itemAt(i);
    if (c) shownIds.push(c.id);
  }
  const idsKey = shownIds.join('\n');
  const counts = useLiveQuery(async () => {
    const n = await highlightCountsOf(db, shownIds);
    return new Map(shownIds.map((id, i) => [id, n[i]!]));
  }, [db, idsKey]);
  const total = page.total ?? 0;
  const options = useFilterOptions(db, page.rows !== undefined);
  const openRow = useCallback((i: number) => {
    const item = page.itemAt(i);
    if (item) navigate(`/clip/${encodeURIComponent(item.id)}`);
  }, [page]);
  const [selected, setSelected] = useListKeys(page.rows ?? 0, openRow);

  async function remove(item: Clipping) {
    const removed = await deleteClipping(db, item.id);
    if (!removed) return;
    setPending({
      message: t('deletedClipping', removed.title),
      undo: () => restoreClipping(db, removed),
    });
  }

  const body = (
    <ListBody
      anyItem={anyClipping}
      total={page.rows}
      filtered={hasFilters(query)}
      empty={{ title: t('emptyLibraryTitle'), hint: t('emptyLibraryHint') }}
      clearRoute={'/'}
      rowHeight={CARD_HEIGHT}
      label={t('clippingsListLabel')}
      placeholderClass="card"
      onWindow={setWin}
      selected={selected}
      setSelected={setSelected}
      itemAt={(i) => page.itemAt(i)}
      renderItem={(item) => <ClippingCard clipping={item} highlightCount={counts?.get(item.id)} tagColors={tagColors} onDelete={() => void remove(item)} />}
    />
  );

  return (
    <section class="list-view" aria-label={t('navClippings')}>
      <FilterBar query={query} options={options} onChange={setQuery} />
      {page.total !== undefined && total > 0 && (
        <p class="status" role="status">
          {t('clippingTotal', String(total))}
        </p>
      )}
      {body}
      <UndoToast pending={pending} onClose={() => setPending(null)} />
    </section>
  );
}
