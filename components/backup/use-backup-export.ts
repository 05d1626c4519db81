/**
 * Exporting the whole library: exportBackupBlob turns page after page into Blob parts (no
 * giant string, no copy of the file in the page's heap) and the Blob goes to the downloads
 * API as it is; the finish time is recorded for the reminder.
 */
import { useState } from 'preact/hooks';
import { exportBackupBlob } from '../../lib/backup/backup';
import { toAppError, type AppError } from '../../lib/bulletin/result';
import { safeFileName } from '../../lib/export/filename';
import { downloadFile } from '../../lib/platform/downloads';
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { backupFileStem } from './backup-header';
import { recordBackup } from './backup-settings';

/** State of the backup export. */
export interface BackupExportState {
  busy: boolean;
  progress: { done: number; total: number } | null;
  /** The file name of the finished export. */
  savedAs: string | null;
  error: AppError | null;
}

/** The export action and its state. */
export function useBackupExport(): BackupExportState & { run: () => Promise<void> } {
  const db = useDb();
  const [state, setState] = useState<BackupExportState>({ busy: false, progress: null, savedAs: null, error: null });
  async function run() {
    setState({ busy: true, progress: { done: 0, total: 0 }, savedAs: null, error: null });
    try {
      const now = new Date();
      const blob = await exportBackupBlob(db, { now, onProgress: (done, total) => setState((s) => ({ ...s, progress: { done, total } })) });
      const name = safeFileName(backupFileStem(t('backupFilePrefix'), now), undefined, 'json');
      await downloadFile(name, blob, 'application/json');
      await recordBackup(db, Date.now());
      setState({ busy: false, progress: null, savedAs: name, error: null });
    } catch (e) {
      console.warn('backup export failed', e);
      setState({ busy: false, progress: null, savedAs: null, error: toAppError(e) });
    }
  }
  return { ...state, run };
}
