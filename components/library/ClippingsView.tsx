/** The list of clippings, newest first, with delete + undo. */
import { useState } from 'preact/hooks';
import { deleteClipping, listClippings, restoreClipping } from '../../lib/db/clippings';
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';
import { UndoToast, type PendingUndo } from '../common/UndoToast';
import { ClippingCard } from './ClippingCard';

/** Route '/'. */
export function ClippingsView() {
  const db = useDb();
  const [pending, setPending] = useState<PendingUndo | null>(null);
  const clippings = useLiveQuery(() => listClippings(db), [db]);
  const counts = useLiveQuery(async () => {
    const map = new Map<string, number>();
    await db.highlights.orderBy('clippingId').eachKey((k) => map.set(String(k), (map.get(String(k)) ?? 0) + 1));
    return map;
  }, [db]);

  async function remove(id: string) {
    const removed = await deleteClipping(db, id);
    if (removed) setPending({ message: t('deletedClipping', removed.title), undo: () => restoreClipping(db, removed) });
  }

  return (
    <>
      {clippings === undefined ? (
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
      <UndoToast pending={pending} onClose={() => setPending(null)} />
    </>
  );
}
