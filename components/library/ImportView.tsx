/**
 * Route '/import': bring in a bulletin that is not a web page — text pasted from a PDF
 * viewer, or a .txt / .pdf / .html file (picker or drag-and-drop) — through the same clean-up
 * and parsing as the content script, with a preview before saving.
 */
import { useState } from 'preact/hooks';
import type { BulletinDraft } from '../../lib/bulletin/model';
import { toAppError, type AppError } from '../../lib/bulletin/result';
import { saveClipping } from '../../lib/db/clippings';
import { readDraft, readText } from '../../lib/importing/read-file';
import { errorText, t } from '../../lib/platform/i18n';
import { preparePdfWorker } from '../../lib/platform/pdf-worker';
import { useDb } from '../common/use-db';
import { navigate } from '../common/use-hash-route';

type State = { kind: 'idle' } | { kind: 'reading'; name: string } | { kind: 'preview'; draft: BulletinDraft; name: string } | { kind: 'error'; error: AppError };

/** The import page. */
export function ImportView() {
  const db = useDb();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });

  function previewText() {
    try {
      setState({ kind: 'preview', draft: readText(text), name: t('pastedText') });
    } catch (e) {
      setState({ kind: 'error', error: toAppError(e) });
    }
  }

  async function readFile(file: File) {
    setState({ kind: 'reading', name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') await preparePdfWorker();
      const draft = await readDraft(file.name, bytes, null, { parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html') });
      setState({ kind: 'preview', draft, name: file.name });
    } catch (e) {
      setState({ kind: 'error', error: toAppError(e) });
    }
  }

  async function save() {
    if (state.kind !== 'preview') return;
    try {
      const { clipping } = await saveClipping(db, state.draft, { identity: null });
      navigate(`/clip/${encodeURIComponent(clipping.id)}`);
    } catch (e) {
      setState({ kind: 'error', error: toAppError(e) });
    }
  }

  return (
    <section class="import">
      <h2>{t('importTitle')}</h2>
      <p class="hint">{t('importHint')}</p>
      <label class="visually-hidden" for="paste">
        {t('pasteLabel')}
      </label>
      <textarea id="paste" rows={10} placeholder={t('pastePlaceholder')} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div class="actions">
        <button type="button" onClick={previewText} disabled={!text.trim()}>
          {t('previewPasted')}
        </button>
        <label class={`drop${dragging ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const f = e.dataTransfer?.files[0];
            if (f) void readFile(f);
          }}
        >
          {t('chooseOrDropFile')}
          <input type="file" accept=".txt,.pdf,.html,.htm,text/plain,application/pdf,text/html" onChange={(e) => {
            const f = (e.target as HTMLInputElement).files?.[0];
            if (f) void readFile(f);
          }} />
        </label>
      </div>
      <div aria-live="polite">
        {state.kind === 'reading' && <p class="status">{t('readingFile', state.name)}</p>}
        {state.kind === 'error' && (
          <p class="status error" role="alert">
            {errorText(state.error)}
          </p>
        )}
        {state.kind === 'preview' && <ImportPreview draft={state.draft} onSave={() => void save()} />}
      </div>
    </section>
  );
}

function ImportPreview({ draft, onSave }: { draft: BulletinDraft; onSave: () => void }) {
  return (
    <article class="import-preview">
      <h3 class="preview-title">{draft.title || t('untitled')}</h3>
      <dl class="meta">
        {draft.issuer && (
          <>
            <dt>{t('fieldIssuer')}</dt>
            <dd>{draft.issuer}</dd>
          </>
        )}
        {draft.date && (
          <>
            <dt>{t('fieldDate')}</dt>
            <dd>{draft.date}</dd>
          </>
        )}
        <dt>{t('fieldParagraphs')}</dt>
        <dd class="paragraph-count">{draft.paragraphs.length}</dd>
      </dl>
      <ol class="preview-paragraphs">
        {draft.paragraphs.slice(0, 5).map((p, i) => (
          <li key={i}>{p.length > 160 ? `${p.slice(0, 160)}…` : p}</li>
        ))}
      </ol>
      {draft.distribution.map((d) => (
        <p class="preview-distribution" key={d.label}>
          {d.label}：{d.recipients}
        </p>
      ))}
      <div class="actions">
        <button type="button" class="primary" onClick={onSave}>
          {t('saveToLibrary')}
        </button>
      </div>
    </article>
  );
}
