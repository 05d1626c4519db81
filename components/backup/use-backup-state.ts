/** The reminder state and the library's row counts, live. */
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';
import { readBackupState, type BackupState } from './backup-settings';

/** Rows per backed-up table, as the library has them now. */
export interface LibraryCounts {
  clippings: number;
  highlights: number;
  tags: number;
  settings: number;
}

/** Reminder interval, last backup time, age of the library; undefined while loading. */
export function useBackupState(): BackupState | undefined {
  const db = useDb();
  return useLiveQuery(() => readBackupState(db), [db]);
}

/** The library's row counts; undefined while loading. */
export function useLibraryCounts(): LibraryCounts | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [clippings, highlights, tags, settings] = await Promise.all([db.clippings.count(), db.highlights.count(), db.tags.count(), db.settings.count()]);
    return { clippings, highlights, tags, settings };
  }, [db]);
}
