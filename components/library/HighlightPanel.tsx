/**
 * The reader's side panel: highlight the current selection, list the clipping's highlights in
 * text order (go to, edit, delete with undo), and the orphans (re-attach to a new selection,
 * or delete) — never silently dropped.
 */
import { useState } from 'preact/hooks';
import { describeTextRange } from '../../lib/anchor/text-quote';
import { headingPath, paragraphIndexAt, type Clipping, type Highlight, type HighlightColor, HIGHLIGHT_COLORS } from '../../lib/bulletin/model';
import { addHighlight, removeHighlight, restoreHighlight, updateHighlight } from '../../lib/db/highlights';
import { t } from '../../lib/platform/i18n';
import { suggestTagsFor } from '../../lib/tags/suggest-for';
import { useDb } from '../common/use-db';
import { UndoToast, type PendingUndo } from '../common/UndoToast';
import { HighlightEditor, defaultColorLabels } from '../highlights/HighlightEditor';
import type { PlacedHighlights } from './use-placed-highlights';
import { flashHighlight } from './flash-highlight';

/** Props of HighlightPanel. */
export interface HighlightPanelProps {
  clipping: Clipping;
  placed: PlacedHighlights;
  selection: { start: number; end: number } | null;
  clearSelection: () => void;
  openId: string | null;
  setOpenId: (id: string | null) => void;
}

/** Where a span of the clipping's text is, as stored selectors. */
function targetsFor(c: Clipping, start: number, end: number) {
  const textTarget = describeTextRange(c.text, start, end);
  // On the live page only the quote (with its context) can find it: positions differ there.
  return { exact: c.text.slice(start, end), textTarget, pageTarget: [textTarget[0]], headingPath: headingPath(c.headings, paragraphIndexAt(c.paragraphs, start)) };
}

/** The panel. */
export function HighlightPanel({ clipping: c, placed, selection, clearSelection, openId, setOpenId }: HighlightPanelProps) {
  const db = useDb();
  const labels = defaultColorLabels();
  const [pending, setPending] = useState<PendingUndo | null>(null);
  const open = openId ? placed.byId.get(openId) : undefined;

  async function create(color: HighlightColor) {
    if (!selection) return;
    const h = await addHighlight(db, { clippingId: c.id, color, note: '', tags: [], ...targetsFor(c, selection.start, selection.end) });
    window.getSelection()?.removeAllRanges();
    clearSelection();
    setOpenId(h.id);
  }

  async function reattach(h: Highlight) {
    if (!selection) return;
    await updateHighlight(db, h.id, { ...targetsFor(c, selection.start, selection.end), orphan: false });
    window.getSelection()?.removeAllRanges();
    clearSelection();
  }

  async function remove(h: Highlight) {
    const old = await removeHighlight(db, h.id);
    setOpenId(null);
    if (old) setPending({ message: t('deletedHighlight'), undo: () => restoreHighlight(db, old) });
  }

  return (
    <aside class="hl-panel" aria-label={t('highlightsHeading')}>
      {selection && (
        <div class="hl-quick" role="group" aria-label={t('highlightSelectionAction')}>
          <span>{t('highlightSelectionAction')}</span>
          {HIGHLIGHT_COLORS.map((color) => (
            <button key={color} type="button" class={`hl-color hl-bg-${color}`} onClick={() => void create(color)}>
              {labels[color]}
            </button>
          ))}
        </div>
      )}
      {open && (
        <HighlightEditor
          key={open.id}
          idPrefix={`hl-${open.id}`}
          initial={{ color: open.color, note: open.note, tags: open.tags }}
          exact={open.exact}
          labels={labels}
          suggest={(prefix) => suggestTagsFor(db, c, prefix, open.exact)}
          onSave={(fields) => void updateHighlight(db, open.id, fields).then(() => setOpenId(null))}
          onCancel={() => setOpenId(null)}
          onDelete={() => void remove(open)}
        />
      )}
      <h2>{t('highlightsHeading')}</h2>
      {placed.loaded && placed.placed.length === 0 && placed.orphans.length === 0 && <p class="status">{t('noHighlightsYet')}</p>}
      <ol class="hl-list">
        {placed.placed.map(({ highlight: h }) => (
          <li key={h.id} class="hl-item" data-id={h.id}>
            <span class={`hl-swatch hl-bg-${h.color}`} title={labels[h.color]} />
            <p class="hl-exact">{h.exact}</p>
            {h.note && <p class="hl-note">{h.note}</p>}
            {h.tags.length > 0 && (
              <p class="hl-tags">
                {h.tags.map((tag) => (
                  <span class="tag" key={tag}>
                    {tag}
                  </span>
                ))}
              </p>
            )}
            <div class="actions">
              <button type="button" onClick={() => flashHighlight(h.id)}>
                {t('jumpTo')}
              </button>
              <button type="button" onClick={() => setOpenId(h.id)}>
                {t('edit')}
              </button>
              <button type="button" class="danger" onClick={() => void remove(h)}>
                {t('delete')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {placed.orphans.length > 0 && (
        <section class="orphans">
          <h3>{t('orphansHeading')}</h3>
          <p class="hint">{t('orphanHint')}</p>
          <ol class="hl-list">
            {placed.orphans.map((h) => (
              <li key={h.id} class="hl-item orphan" data-id={h.id}>
                <p class="hl-exact">{h.exact}</p>
                {h.note && <p class="hl-note">{h.note}</p>}
                <div class="actions">
                  <button type="button" disabled={!selection} onClick={() => void reattach(h)}>
                    {t('reattach')}
                  </button>
                  <button type="button" class="danger" onClick={() => void remove(h)}>
                    {t('delete')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}
      <UndoToast pending={pending} onClose={() => setPending(null)} />
    </aside>
  );
}
