/**
 * The library page: the list of clippings (newest first) and the reader view, switched by
 * the URL hash so back/forward work. Updates live when the popup saves (Dexie liveQuery).
 */
import { useState } from 'preact/hooks';
import { deleteClipping, listClippings, restoreClipping } from '../../lib/db/clippings';
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';
import { useHashRoute } from '../common/use-hash-route';
import { UndoToast, type PendingUndo } from '../common/UndoToast';
import { ClippingCard } from './ClippingCard';
import { Reader } from './Reader';

/** The page's root component. */
export function LibraryApp() {
  const db = useDb();
  const route = useHashRoute();
  const [pending, setPending] = useState<PendingUndo | null>(null);
  const clipMatch = /^\/clip\/([^?]+)/.exec(route);
  const clippingId = clipMatch ? decodeURIComponent(clipMatch[1]!) : null;

  const clippings = useLiveQuery(() => listClippings(db), [db]);
  const counts = useLiveQuery(async () => {
    const map = new Map<string, number>();
    await db.highlights.each((h) => map.set(h.clippingId, (map.get(h.clippingId) ?? 0) + 1));
    return map;
  }, [db]);
  const current = useLiveQuery(() => (clippingId ? db.clippings.get(clippingId) : undefined), [db, clippingId]);

  async function remove(id: string) {
    const removed = await deleteClipping(db, id);
    if (removed) setPending({ message: t('deletedClipping', removed.title), undo: () => restoreClipping(db, removed) });
  }

  return (
    <div class="library">
      <header class="library-head">
        <h1>
          <a href="#/">{t('libraryTitle')}</a>
        </h1>
      </header>
      <main>
        {clippingId ? (
          current ? (
            <Reader clipping={current} />
          ) : (
            <p class="status">{clippings === undefined ? t('loading') : t('clippingNotFound')}</p>
          )
        ) : clippings === undefined ? (
          <p class="status">{t('loading')}</p>
        ) : clippings.length === 0 ? (
          <section class="empty">
            <h2>{t('emptyLibraryTitle')}</h2>
            <p>{t('emptyLibraryHint')}</p>
          </section>
        ) : (
          <>
            <p class="status">{t('clippingTotal', String(clippings.length))}</p>
            <ul class="cards" aria-label={t('libraryTitle')}>
              {clippings.map((c) => (
                <ClippingCard key={c.id} clipping={c} highlightCount={counts?.get(c.id) ?? 0} onDelete={() => void remove(c.id)} />
              ))}
            </ul>
          </>
        )}
      </main>
      <UndoToast pending={pending} onClose={() => setPending(null)} />
    </div>
  );
}
