/**
 * The restore flow: read the chosen file, look at its header, then import it (merge, or
 * replace once the user confirmed). Any failure leaves the library as it was: importBackup
 * validates first and writes in one transaction.
 */
import { useState } from 'preact/hooks';
import { importBackup, type BackupHeader, type ImportSummary } from '../../lib/backup/backup';
import { toAppError, type AppError } from '../../lib/bulletin/result';
import { useDb } from '../common/use-db';
import { readBackupHeader } from './backup-header';

/** Where the restore flow is. */
export type RestoreStep =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'checked'; name: string; text: string; header: BackupHeader }
  | { step: 'importing'; name: string }
  | { step: 'done'; name: string; summary: ImportSummary }
  | { step: 'failed'; name: string; error: AppError };

/** The flow's state and actions. */
export function useRestore(): { state: RestoreStep; choose: (file: File) => Promise<void>; restore: (mode: 'merge' | 'replace') => Promise<void>; reset: () => void } {
  const db = useDb();
  const [state, setState] = useState<RestoreStep>({ step: 'idle' });

  async function choose(file: File) {
    setState({ step: 'reading', name: file.name });
    try {
      const text = await file.text();
      const header = readBackupHeader(text);
      setState(header.ok ? { step: 'checked', name: file.name, text, header: header.value } : { step: 'failed', name: file.name, error: header.error });
    } catch (e) {
      setState({ step: 'failed', name: file.name, error: toAppError(e) });
    }
  }

  async function restore(mode: 'merge' | 'replace') {
    if (state.step !== 'checked') return;
    const { name, text } = state;
    setState({ step: 'importing', name });
    const res = await importBackup(db, text, { mode });
    if (!res.ok) console.warn('restore failed:', res.error.code, res.error.detail);
    setState(res.ok ? { step: 'done', name, summary: res.value } : { step: 'failed', name, error: res.error });
  }

  return { state, choose, restore, reset: () => setState({ step: 'idle' }) };
}
