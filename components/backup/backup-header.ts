/**
 * A first look at a chosen file before the user decides how to restore it: is it one of our
 * backups, from when, with how many rows. importBackup validates everything again (and is
 * what guarantees nothing changes on a bad file); this only lets the dialog say what is in it.
 */
import { BACKUP_FORMAT, BACKUP_TABLES, peekEnvelope, type BackupHeader } from '../../lib/backup/backup';
import { fail, ok, type Result } from '../../lib/bulletin/result';

/**
 * Reads the header of a backup file's text, or `bad_backup`. Our own files carry it on their
 * first line, which is all that is parsed then; other files are parsed whole.
 */
export function readBackupHeader(text: string): Result<BackupHeader> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown = peekEnvelope(body);
  try {
    doc ??= JSON.parse(body);
  } catch (e) {
    return fail('bad_backup', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const h = doc as Partial<BackupHeader> | null;
  if (!h || typeof h !== 'object' || h.format !== BACKUP_FORMAT) return fail('bad_backup', 'not a Bulletin Clipper backup');
  const counts = (h.counts ?? {}) as Partial<BackupHeader['counts']>;
  if (!BACKUP_TABLES.every((t) => typeof counts[t] === 'number')) return fail('bad_backup', 'backup header has no row counts');
  return ok({ format: BACKUP_FORMAT, version: Number(h.version), schemaVersion: Number(h.schemaVersion), exportedAt: String(h.exportedAt ?? ''), counts: counts as BackupHeader['counts'] });
}

/** The backup's file name: "简报剪藏备份 YYYY-MM-DD.json" in local time (made safe by the caller). */
export function backupFileStem(prefix: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix} ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
