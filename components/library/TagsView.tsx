/**
 * Route '/tags': every tag with its counts; rename, merge into another tag, delete and
 * colour, each one transaction in lib/library/tags with an undo record the toast applies.
 */
import { useState } from 'preact/hooks';
import type { Result } from '../../lib/bulletin/result';
import { deleteTag, listTags, mergeTags, renameTag, setTagColor, undoTagEdit, type TagEdit } from '../../lib/library/tags';
import { errorText, t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';
import { UndoToast, type PendingUndo } from '../common/UndoToast';
import { TagRow, type TagActions } from './TagRow';

/** Route '/tags'. */
export function TagsView() {
  const db = useDb();
  const tags = useLiveQuery(() => listTags(db), [db]);
  const [pending, setPending] = useState<PendingUndo | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A rename, merge or delete rewrites every row carrying the tag: seconds for a tag on
  // tens of thousands of highlights. The view says so, and takes no other edit meanwhile.
  const [working, setWorking] = useState(false);

  async function apply(run: () => Promise<Result<TagEdit>>, message: (e: TagEdit) => string, slow = true) {
    // The last edit's undo goes: it would put back tags over what this edit writes.
    setPending(null);
    if (slow) setWorking(true);
    let r: Result<TagEdit>;
    try {
      r = await run();
    } finally {
      if (slow) setWorking(false);
    }
    if (!r.ok) {
      setError(errorText(r.error));
      return;
    }
    setError(null);
    const edit = r.value;
    setPending({ message: message(edit), undo: () => undoTagEdit(db, edit.undo) });
  }

  const actions: TagActions = {
    rename: (from, to) => void apply(() => renameTag(db, from, to), (e) => t('tagRenamed', [from, to, String(e.highlights + e.clippings)])),
    merge: (from, into) => void apply(() => mergeTags(db, [from], into), (e) => t('tagMerged', [from, into, String(e.highlights + e.clippings)])),
    remove: (name) => void apply(() => deleteTag(db, name), (e) => t('tagDeleted', [name, String(e.highlights + e.clippings)])),
    recolor: (name, color) => void apply(() => setTagColor(db, name, color), () => t('tagRecolored', name), false),
  };

  const names = tags?.map((x) => x.name) ?? [];
  return (
    <section class="tags-view" aria-label={t('navTags')}>
      <h2>{t('navTags')}</h2>
      {error && <p class="status error" role="alert">{error}</p>}
      {working && (
        <p class="status" role="status">
          {t('tagWorking')}
        </p>
      )}
      {tags === undefined ? (
        <p class="status">{t('loading')}</p>
      ) : tags.length === 0 ? (
        <section class="empty">
          <h2>{t('emptyTagsTitle')}</h2>
          <p>{t('emptyTagsHint')}</p>
        </section>
      ) : (
        <ul class="tag-list" aria-label={t('navTags')} aria-busy={working}>
          {tags.map((tag) => (
            <TagRow key={tag.name} tag={tag} others={names.filter((n) => n !== tag.name)} actions={actions} busy={working} />
          ))}
        </ul>
      )}
      <UndoToast pending={pending} onClose={() => setPending(null)} />
    </section>
  );
}
