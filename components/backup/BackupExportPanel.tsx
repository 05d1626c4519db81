/** "Export the whole library" with a progress bar and when the last backup was made. */
import { errorText, t } from '../../lib/platform/i18n';
import { daysSinceBackup } from './backup-settings';
import { useBackupExport } from './use-backup-export';
import { useBackupState } from './use-backup-state';

/** The export section of the backup view. */
export function BackupExportPanel() {
  const ex = useBackupExport();
  const state = useBackupState();
  const days = state ? daysSinceBackup(state, Date.now()) : null;
  return (
    <div class="backup-panel">
      <h3>{t('backupExportHeading')}</h3>
      <p class="hint">{t('backupExportHint')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={ex.busy} onClick={() => void ex.run()}>
          {t('backupExport')}
        </button>
        <span class="status last-backup">
          {state?.lastBackupAt ? t('backupLast', [new Date(state.lastBackupAt).toLocaleString(), String(days ?? 0)]) : t('backupNever')}
        </span>
      </div>
      {ex.progress && (
        <label class="progress">
          <span>{t('backupProgress', [String(ex.progress.done), String(ex.progress.total)])}</span>
          <progress max={ex.progress.total || 1} value={ex.progress.done} />
        </label>
      )}
      <p class={`status${ex.error ? ' error' : ex.savedAs ? ' ok' : ''}`} role="status">
        {ex.error ? errorText(ex.error) : ex.savedAs ? t('backupSaved', ex.savedAs) : ''}
      </p>
    </div>
  );
}
