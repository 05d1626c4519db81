/**
 * The toolbar popup: shows what will be saved, saves it with one click (or Enter), and says
 * so when the page is already in the library.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../../lib/bulletin/model';
import type { AppError } from '../../lib/bulletin/result';
import type { ExtractMode, ExtractOutcome } from '../../lib/messages/protocol';
import { errorText, t } from '../../lib/platform/i18n';
import type { PopupApi } from '../../lib/platform/popup-api';
import { DraftPreview } from './DraftPreview';
import { ExportButtons } from '../common/ExportButtons';
import { PageHighlights } from './PageHighlights';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; error: AppError }
  | { kind: 'noArticle'; error: AppError }
  | { kind: 'preview'; outcome: ExtractOutcome }
  | { kind: 'saving'; outcome: ExtractOutcome }
  | { kind: 'saved'; clipping: Clipping; created: boolean };

/** The popup's root component. */
export function Popup({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const saveRef = useRef<HTMLButtonElement>(null);

  async function load(mode: ExtractMode) {
    setState({ kind: 'loading' });
    const res = await api.extract(mode);
    if (!res.ok) {
      const recoverable = res.error.code === 'no_article' || res.error.code === 'empty_selection';
      setState(recoverable ? { kind: 'noArticle', error: res.error } : { kind: 'error', error: res.error });
      return;
    }
    const existing = await api.findExisting(res.value.identity);
    setState(existing ? { kind: 'saved', clipping: existing, created: false } : { kind: 'preview', outcome: res.value });
  }

  async function save() {
    if (state.kind !== 'preview') return;
    setState({ kind: 'saving', outcome: state.outcome });
    const res = await api.save(state.outcome.draft, state.outcome.identity);
    setState(res.ok ? { kind: 'saved', clipping: res.value.clipping, created: res.value.created } : { kind: 'error', error: res.error });
  }

  useEffect(() => {
    void load('article');
  }, []);
  useEffect(() => {
    if (state.kind === 'preview') saveRef.current?.focus();
  }, [state.kind]);

  return (
    <main class="popup" aria-live="polite" aria-busy={state.kind === 'loading' || state.kind === 'saving'}>
      <header class="popup-head">
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={() => void api.openLibrary()}>
          {t('openLibrary')}
        </button>
      </header>
      {state.kind === 'loading' && <p class="status">{t('extracting')}</p>}
      {state.kind === 'error' && (
        <p class="status error" role="alert">
          {errorText(state.error)}
        </p>
      )}
      {state.kind === 'noArticle' && (
        <section class="no-article">
          <p class="status error" role="alert">
            {errorText(state.error)}
          </p>
          <div class="actions">
            <button type="button" onClick={() => void load('selection')}>
              {t('clipSelection')}
            </button>
            <button type="button" onClick={() => void load('page')}>
              {t('clipWholePage')}
            </button>
          </div>
        </section>
      )}
      {(state.kind === 'preview' || state.kind === 'saving') && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DraftPreview outcome={state.outcome} />
          <div class="actions">
            <button ref={saveRef} type="submit" class="primary" disabled={state.kind === 'saving'}>
              {state.kind === 'saving' ? t('saving') : t('save')}
            </button>
          </div>
        </form>
      )}
      {state.kind === 'saved' && (
        <section class="saved">
          <p class="status ok" role="status">
            {state.created ? t('savedNow') : t('alreadySaved', new Date(state.clipping.createdAt).toLocaleString())}
          </p>
          <p class="saved-title">{state.clipping.title}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void api.openLibrary(state.clipping.id)}>
              {t('openInLibrary')}
            </button>
            <ExportButtons
              onDownload={() => api.downloadMarkdown(state.clipping)}
              onCopy={() => api.copyMarkdown(state.clipping)}
            />
          </div>
          {state.clipping.normalizedUrl && <PageHighlights api={api} clipping={state.clipping} />}
        </section>
      )}
    </main>
  );
}
