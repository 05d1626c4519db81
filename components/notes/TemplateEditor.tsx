/**
 * Route '/notes/templates': write a template, see it rendered live against a chosen
 * clipping, and see a broken template's error at its line instead of broken output.
 * Built-ins are read-only starting points; the user's templates live in settings
 * ('templates'), so backups carry them.
 */
import { useMemo, useState } from 'preact/hooks';
import { listClippings } from '../../lib/db/clippings';
import { listHighlights } from '../../lib/db/highlights';
import { buildStudyNotes } from '../../lib/export/study-notes';
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';
import { NotesPreview } from './NotesPreview';
import { renderClipping } from './notes-render';
import { deleteUserTemplate, findBuiltinSource, kindOf, saveUserTemplate, type UserTemplate } from './user-templates';
import { useUserTemplates } from './use-user-templates';

const PREVIEW_OPTIONS = { title: '', template: '', marks: true, noteStyle: 'plain', groupBy: 'clipping', output: 'md' } as const;

/** Route '/notes/templates'. */
export function TemplateEditor() {
  const db = useDb();
  const { choices, user } = useUserTemplates();
  const clippings = useLiveQuery(() => listClippings(db), [db]);
  const [draft, setDraft] = useState<UserTemplate | null>(null);
  const [base, setBase] = useState('study-notes');
  const [clipId, setClipId] = useState<string>('');
  const [saved, setSaved] = useState(false);
  const clipping = clippings?.find((c) => c.id === clipId) ?? clippings?.[0];
  const highlights = useLiveQuery(() => (clipping ? listHighlights(db, clipping.id) : []), [db, clipping?.id]);

  const preview = useMemo(() => {
    if (!draft || !clipping || !highlights) return null;
    const now = new Date();
    // A study-notes template is previewed as 学习笔记 over this one clipping's passages.
    if (kindOf(draft.base) === 'study') return buildStudyNotes({ clippings: [clipping], highlights, groupBy: 'clipping', title: clipping.title, template: draft.source, now });
    return renderClipping(clipping, highlights, { ...PREVIEW_OPTIONS, template: draft.source }, now);
  }, [draft?.source, draft?.base, clipping, highlights]);

  function edit(next: Partial<UserTemplate>) {
    setSaved(false);
    setDraft((d) => (d ? { ...d, ...next } : d));
  }
  function startNew() {
    const from = choices.find((c) => c.id === base) ?? choices[0]!;
    setSaved(false);
    setDraft({ id: `user-${crypto.randomUUID()}`, name: t('templateCopyName', from.name), source: from.source, base: from.base, updatedAt: Date.now() });
  }
  async function save() {
    if (!draft) return;
    await saveUserTemplate(db, { ...draft, name: draft.name.trim() || t('untitled'), updatedAt: Date.now() });
    setSaved(true);
  }
  async function remove() {
    if (!draft) return;
    await deleteUserTemplate(db, draft.id);
    setDraft(null);
  }

  return (
    <section class="template-editor">
      <p>
        <a href="#/notes">{t('backToNotes')}</a>
      </p>
      <h2>{t('templatesHeading')}</h2>
      <div class="actions">
        <label class="field">
          <span>{t('templateStartFrom')}</span>
          <select value={base} onChange={(e) => setBase(e.currentTarget.value)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={startNew}>
          {t('templateNew')}
        </button>
        {!!user?.length && (
          <label class="field">
            <span>{t('templateMine')}</span>
            <select value={draft && user.some((u) => u.id === draft.id) ? draft.id : ''} onChange={(e) => setDraft(user.find((u) => u.id === e.currentTarget.value) ?? null)}>
              <option value="">—</option>
              {user.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {draft ? (
        <div class="template-layout">
          <div class="template-form">
            <label class="field">
              <span>{t('templateName')}</span>
              <input type="text" value={draft.name} onInput={(e) => edit({ name: e.currentTarget.value })} />
            </label>
            <label class="field block">
              <span>{t('templateSource')}</span>
              <textarea class="template-source" rows={22} spellcheck={false} value={draft.source} onInput={(e) => edit({ source: e.currentTarget.value })} />
            </label>
            <p class="hint">{t('templateHelp')}</p>
            <div class="actions">
              <button type="button" class="primary" onClick={() => void save()}>
                {t('save')}
              </button>
              <button type="button" onClick={() => edit({ source: findBuiltinSource(draft.base) })}>
                {t('templateReset')}
              </button>
              <button type="button" onClick={() => void remove()}>
                {t('delete')}
              </button>
              <span class="status ok" role="status">
                {saved ? t('templateSaved') : ''}
              </span>
            </div>
          </div>
          <div class="template-preview">
            {clippings && clippings.length > 0 ? (
              <label class="field">
                <span>{t('templatePreviewWith')}</span>
                <select value={clipping?.id ?? ''} onChange={(e) => setClipId(e.currentTarget.value)}>
                  {clippings.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title || t('untitled')}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <p class="status">{t('templateNoClipping')}</p>
            )}
            {preview && <NotesPreview result={preview} source={draft.source} />}
          </div>
        </div>
      ) : (
        <p class="status">{t('templateNoneChosen')}</p>
      )}
    </section>
  );
}
