/** Choosing what to export: one clipping, a tag, a date range, or a hand-picked set. */
import type { Clipping } from '../../lib/bulletin/model';
import type { TagInfo } from '../../lib/library/tags';
import { t } from '../../lib/platform/i18n';
import { ClippingChecklist } from './ClippingChecklist';
import type { NotesScope } from './notes-scope';

/** The scope kinds, in the order offered. */
const KINDS: NotesScope['kind'][] = ['tag', 'clipping', 'dates', 'pick'];

/** A radio group per kind with the control that completes it. */
export function ScopePicker({ scope, clippings, tags, onChange }: { scope: NotesScope; clippings: Clipping[]; tags: TagInfo[]; onChange: (s: NotesScope) => void }) {
  function choose(kind: NotesScope['kind']) {
    if (kind === scope.kind) return;
    if (kind === 'clipping') onChange({ kind, id: clippings[0]?.id ?? '' });
    if (kind === 'tag') onChange({ kind, tag: tags[0]?.name ?? '' });
    if (kind === 'dates') onChange({ kind, from: '', to: '' });
    if (kind === 'pick') onChange({ kind, ids: [] });
  }
  return (
    <fieldset class="notes-scope">
      <legend>{t('notesScope')}</legend>
      <div class="scope-kinds" role="radiogroup">
        {KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="scope" value={k} checked={scope.kind === k} onChange={() => choose(k)} />
            {t(`notesScope_${k}`)}
          </label>
        ))}
      </div>
      {scope.kind === 'tag' &&
        (tags.length ? (
          <label class="field">
            <span>{t('notesChooseTag')}</span>
            <select value={scope.tag} onChange={(e) => onChange({ kind: 'tag', tag: e.currentTarget.value })}>
              {tags.map((tag) => (
                <option key={tag.name} value={tag.name}>
                  {t('notesTagOption', [tag.name, String(tag.highlightCount)])}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p class="status">{t('notesNoTags')}</p>
        ))}
      {scope.kind === 'clipping' && (
        <label class="field">
          <span>{t('notesChooseClipping')}</span>
          <select value={scope.id} onChange={(e) => onChange({ kind: 'clipping', id: e.currentTarget.value })}>
            {clippings.map((c) => (
              <option key={c.id} value={c.id}>
                {c.date ? `${c.date} ` : ''}
                {c.title || t('untitled')}
              </option>
            ))}
          </select>
        </label>
      )}
      {scope.kind === 'dates' && (
        <div class="field dates">
          <label>
            <span>{t('notesFrom')}</span>
            <input type="date" value={scope.from} onInput={(e) => onChange({ ...scope, from: e.currentTarget.value })} />
          </label>
          <label>
            <span>{t('notesTo')}</span>
            <input type="date" value={scope.to} onInput={(e) => onChange({ ...scope, to: e.currentTarget.value })} />
          </label>
        </div>
      )}
      {scope.kind === 'pick' && <ClippingChecklist clippings={clippings} picked={scope.ids} onChange={(ids) => onChange({ kind: 'pick', ids })} />}
    </fieldset>
  );
}
