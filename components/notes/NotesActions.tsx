/** Download / copy buttons, a progress bar while a long export renders, and the outcome. */
import { errorText, t } from '../../lib/platform/i18n';
import type { NotesOptions } from './notes-render';
import type { ScopeData } from './notes-scope';
import { COPY_LIMIT, useNotesExport } from './use-notes-export';

/** `markdown` is the one-note text (null for a zip); `files` the zip's file count. */
export function NotesActions({ data, options, single, markdown, files }: { data: ScopeData; options: NotesOptions; single: boolean; markdown: string | null; files: number }) {
  const ex = useNotesExport();
  const canCopy = markdown !== null && markdown.length <= COPY_LIMIT;
  return (
    <div class="notes-actions">
      <div class="actions">
        <button type="button" class="primary" disabled={ex.busy} onClick={() => void ex.download(data, options, single)}>
          {files ? t('notesDownloadZip', String(files)) : t('notesDownloadMd')}
        </button>
        <button type="button" disabled={!canCopy || ex.busy} title={markdown !== null && !canCopy ? t('notesTooLongToCopy') : undefined} onClick={() => markdown !== null && void ex.copy(markdown)}>
          {t('copyMarkdown')}
        </button>
      </div>
      {ex.progress && (
        <label class="progress">
          <span>{t('notesRendering', [String(ex.progress.done), String(ex.progress.total)])}</span>
          <progress max={ex.progress.total || 1} value={ex.progress.done} />
        </label>
      )}
      <p class={`status${ex.error ? ' error' : ex.done ? ' ok' : ''}`} role="status">
        {ex.error ? errorText(ex.error) : ex.done === 'downloaded' ? t('exportedMarkdown') : ex.done === 'copied' ? t('copiedMarkdown') : ''}
      </p>
    </div>
  );
}
