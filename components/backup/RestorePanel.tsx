/**
 * Restore from a backup file: pick, see what is in it, merge (default) or replace after a
 * confirmation that says what will be lost; then the summary, or a translated error and the
 * reassurance that nothing changed.
 */
import { useState } from 'preact/hooks';
import { errorText, t } from '../../lib/platform/i18n';
import { ConfirmReplaceDialog } from './ConfirmReplaceDialog';
import { RestoreSummary } from './RestoreSummary';
import type { LibraryCounts } from './use-backup-state';
import { useRestore } from './use-restore';

/** The restore section of the backup view. */
export function RestorePanel({ counts }: { counts: LibraryCounts | undefined }) {
  const { state, choose, restore, reset } = useRestore();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="backup-panel restore">
      <h3>{t('restoreHeading')}</h3>
      <label class="field file">
        <span>{t('restoreChooseFile')}</span>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            setMode('merge');
            if (file) void choose(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {state.step === 'reading' && <p class="status">{t('readingFile', state.name)}</p>}
      {state.step === 'checked' && (
        <div class="restore-check">
          <p>{t('restoreFileInfo', [state.name, state.header.exportedAt.slice(0, 10), String(state.header.counts.clippings), String(state.header.counts.highlights)])}</p>
          <div class="field" role="radiogroup" aria-label={t('restoreMode')}>
            <label>
              <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              {t('restoreMerge')}
            </label>
            <label>
              <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              {t('restoreReplace')}
            </label>
          </div>
          <div class="actions">
            <button type="button" class="primary" onClick={() => (mode === 'replace' ? setConfirming(true) : void restore('merge'))}>
              {t('restoreRun')}
            </button>
            <button type="button" onClick={reset}>
              {t('cancel')}
            </button>
          </div>
          {confirming && (
            <ConfirmReplaceDialog
              counts={counts}
              incoming={state.header.counts}
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                void restore('replace');
              }}
            />
          )}
        </div>
      )}
      {state.step === 'importing' && (
        <label class="progress">
          <span>{t('restoring')}</span>
          <progress />
        </label>
      )}
      {state.step === 'done' && <RestoreSummary summary={state.summary} />}
      {state.step === 'failed' && (
        <div class="restore-failed" role="alert">
          <p class="status error">{errorText(state.error)}</p>
          {/* error_bad_backup already says the library was not changed. */}
          {state.error.code !== 'bad_backup' && <p class="status">{t('restoreUnchanged')}</p>}
          <details>
            <summary>{t('errorDetails')}</summary>
            <code>{state.error.detail}</code>
          </details>
        </div>
      )}
    </div>
  );
}
