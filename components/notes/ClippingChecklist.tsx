/** A checkbox list of clippings for a hand-picked export, with select all / none. */
import type { Clipping } from '../../lib/bulletin/model';
import { t } from '../../lib/platform/i18n';

/** Checkboxes, newest first (the order given). */
export function ClippingChecklist({ clippings, picked, onChange }: { clippings: Clipping[]; picked: string[]; onChange: (ids: string[]) => void }) {
  const set = new Set(picked);
  function toggle(id: string, on: boolean) {
    onChange(on ? [...picked, id] : picked.filter((p) => p !== id));
  }
  return (
    <div class="checklist">
      <div class="actions">
        <button type="button" onClick={() => onChange(clippings.map((c) => c.id))}>
          {t('selectAll')}
        </button>
        <button type="button" onClick={() => onChange([])}>
          {t('selectNone')}
        </button>
        <span class="status">{t('notesPickedCount', String(picked.length))}</span>
      </div>
      <ul aria-label={t('notesScope_pick')}>
        {clippings.map((c) => (
          <li key={c.id}>
            <label>
              <input type="checkbox" checked={set.has(c.id)} onChange={(e) => toggle(c.id, e.currentTarget.checked)} />
              <span class="pick-date">{c.date ?? ''}</span> {c.title || t('untitled')}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
