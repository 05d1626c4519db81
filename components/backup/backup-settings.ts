/**
 * The backup reminder's settings rows: how many days may pass without a backup
 * ('backupReminderDays', default 30, 0 = never remind) and when the last export finished
 * ('lastBackupAt', epoch ms). Both are plain settings rows, so they travel in backups too;
 * a restore keeps the newer 'lastBackupAt' of the library and the backup (lib/backup).
 */
import { LAST_BACKUP_SETTING } from '../../lib/backup/backup';
import type { ClipperDb } from '../../lib/db/database';

/** Settings key: the reminder interval in days. */
export const REMINDER_DAYS_KEY = 'backupReminderDays';
/** Settings key: when the last backup export finished. */
export const LAST_BACKUP_KEY = LAST_BACKUP_SETTING;
/** The interval when the user never chose one. */
export const DEFAULT_REMINDER_DAYS = 30;

const DAY = 86_400_000;

/** What the reminder needs to decide. */
export interface BackupState {
  days: number;
  lastBackupAt: number | null;
  /** When the oldest clipping was saved (null: empty library). */
  oldestClipAt: number | null;
}

/** Reads the reminder interval, the last backup time and the age of the library. */
export async function readBackupState(db: ClipperDb): Promise<BackupState> {
  const [days, last, oldest] = await Promise.all([db.settings.get(REMINDER_DAYS_KEY), db.settings.get(LAST_BACKUP_KEY), db.clippings.orderBy('createdAt').first()]);
  const n = Number(days?.value);
  return {
    days: days && Number.isFinite(n) && n >= 0 ? Math.floor(n) : DEFAULT_REMINDER_DAYS,
    lastBackupAt: typeof last?.value === 'number' ? last.value : null,
    oldestClipAt: oldest?.createdAt ?? null,
  };
}

/**
 * Whether to remind: the last backup (or, never backed up, the first clipping) is more than
 * `days` days old. An empty library or `days` 0 never reminds.
 */
export function isBackupDue(state: BackupState, now: number): boolean {
  if (state.days <= 0 || state.oldestClipAt === null) return false;
  const since = state.lastBackupAt ?? state.oldestClipAt;
  return now - since > state.days * DAY;
}

/** Whole days since the last backup, or null when there was none. */
export function daysSinceBackup(state: BackupState, now: number): number | null {
  return state.lastBackupAt === null ? null : Math.floor((now - state.lastBackupAt) / DAY);
}

/** Records that a backup export just finished. */
export async function recordBackup(db: ClipperDb, at: number): Promise<void> {
  await db.settings.put({ key: LAST_BACKUP_KEY, value: at });
}

/** Stores the reminder interval (0 turns the reminder off). */
export async function saveReminderDays(db: ClipperDb, days: number): Promise<void> {
  await db.settings.put({ key: REMINDER_DAYS_KEY, value: Math.max(0, Math.floor(days)) });
}
