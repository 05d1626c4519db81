/**
 * The popup's list of this page's highlights in page order: go to one, edit its colour, note
 * and tags, delete it with undo. Highlights that can no longer be found on the page are
 * listed with their saved text — never silently dropped.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Clipping, Highlight } from '../../lib/bulletin/model';
import { errorText, t } from '../../lib/platform/i18n';
import type { PopupApi } from '../../lib/platform/popup-api';
import type { AppError } from '../../lib/bulletin/result';
import { HighlightEditor, defaultColorLabels } from '../highlights/HighlightEditor';
import { UndoToast, type PendingUndo } from '../common/UndoToast';

/** Props of PageHighlights. */
export interface PageHighlightsProps {
  api: PopupApi;
  clipping: Clipping;
}

/** The list, with the "highlight selection" action above it. */
export function PageHighlights({ api, clipping }: PageHighlightsProps) {
  const [list, setList] = useState<{ ordered: Highlight[]; orphans: Highlight[] } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingUndo | null>(null);
  const labels = defaultColorLabels();
  const [siteAccess, setSiteAccess] = useState<boolean | null>(null);
  useEffect(() => {
    if (clipping.url) void api.hasSiteAccess(clipping.url).then(setSiteAccess);
  }, [clipping.url]);

  async function refresh() {
    const res = await api.pageHighlights(clipping.normalizedUrl);
    if (res.ok) setList(res.value);
    else setError(res.error);
  }
  useEffect(() => {
    void refresh();
  }, [clipping.id]);

  async function highlight() {
    const res = await api.highlightSelection();
    setError(res.ok ? null : res.error);
    await refresh();
  }

  async function remove(h: Highlight) {
    const res = await api.deleteHighlight(h.id);
    if (!res.ok) return setError(res.error);
    await refresh();
    setPending({
      message: t('deletedHighlight'),
      undo: async () => {
        await api.restoreHighlight(res.value);
        await refresh();
      },
    });
  }

  const item = (h: Highlight, orphan: boolean) => (
    <li key={h.id} class={`hl-item${orphan ? ' orphan' : ''}`} data-id={h.id}>
      <span class={`hl-swatch hl-bg-${h.color}`} title={labels[h.color]} />
      {editing === h.id ? (
        <HighlightEditor
          idPrefix={`p-${h.id}`}
          initial={{ color: h.color, note: h.note, tags: h.tags }}
          exact={h.exact}
          labels={labels}
          suggest={(prefix) => api.suggestTags(clipping.id, prefix, h.exact)}
          onSave={(fields) =>
            void api.updateHighlight(h.id, fields).then(async (res) => {
              setError(res.ok ? null : res.error);
              setEditing(null);
              await refresh();
            })
          }
          onCancel={() => setEditing(null)}
          onDelete={() => void remove(h)}
        />
      ) : (
        <>
          <p class="hl-exact">{h.exact}</p>
          {h.note && <p class="hl-note">{h.note}</p>}
          <div class="actions">
            {!orphan && (
              <button type="button" onClick={() => void api.scrollTo(h.id)}>
                {t('jumpTo')}
              </button>
            )}
            <button type="button" onClick={() => setEditing(h.id)}>
              {t('edit')}
            </button>
            <button type="button" class="danger" onClick={() => void remove(h)}>
              {t('delete')}
            </button>
          </div>
        </>
      )}
    </li>
  );

  return (
    <section class="page-highlights" aria-label={t('highlightsHeading')}>
      <div class="actions">
        <button type="button" onClick={() => void highlight()}>
          {t('highlightSelectionAction')}
        </button>
      </div>
      {error && (
        <p class="status error" role="alert">
          {errorText(error)}
        </p>
      )}
      <h2>{t('highlightsHeading')}</h2>
      {list && list.ordered.length + list.orphans.length === 0 && <p class="status">{t('noPageHighlights')}</p>}
      {list && list.ordered.length > 0 && <ol class="hl-list">{list.ordered.map((h) => item(h, false))}</ol>}
      {list && list.orphans.length > 0 && (
        <>
          <h3>{t('orphansHeading')}</h3>
          <p class="hint">{t('orphanPopupHint')}</p>
          <ol class="hl-list">{list.orphans.map((h) => item(h, true))}</ol>
        </>
      )}
      {siteAccess === false && clipping.url && (list?.ordered.length ?? 0) + (list?.orphans.length ?? 0) > 0 && (
        <p class="site-access">
          <button type="button" onClick={() => void api.requestSiteAccess(clipping.url!).then(setSiteAccess)}>
            {t('enableAutoRestore')}
          </button>
          <span class="hint">{t('enableAutoRestoreHint')}</span>
        </p>
      )}
      <UndoToast pending={pending} onClose={() => setPending(null)} />
    </section>
  );
}
