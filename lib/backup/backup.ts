/**
 * Library backup and restore (issue 6). exportBackup(Blob) streams the library as versioned JSON;
 * importBackup validates a file whole, upgrades old-schema rows through the database's own
 * upgrades, then writes everything in one transaction (and rebuilds the search index in the
 * same one): a broken or foreign file, or a full disk midway, changes nothing.
 */
import type { ClipperDb } from '../db/database';
import { fail, ok, toAppError, type Result } from '../bulletin/result';
import { buildIndex } from '../search/rebuild';
import { BACKUP_TABLES, DERIVED_TABLES, NEWER_WINS_SETTINGS, type ImportSummary, type TableSummary, type BackupTable } from './format';
import { keepNewerSettings, mergeRows, replaceRows } from './merge';
import { upgradeRows } from './upgrade';
import { checkKeys, PRIMARY_KEYS, readEnvelope, validateRows } from './validate';

export { BACKUP_FORMAT, BACKUP_VERSION, BACKUP_TABLES, DERIVED_TABLES, LAST_BACKUP_SETTING, NEWER_WINS_SETTINGS, type BackupHeader, type ImportSummary, type TableSummary } from './format';
export { exportBackup, exportBackupBlob, writeBackup, type ExportOptions } from './export';

/** Options of importBackup. */
export interface ImportOptions {
  /** merge: by id, newer wins; replace: the library becomes the backup (after the user confirmed). */
  mode: 'merge' | 'replace';
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text.replace(/^\ufeff/, '')) as unknown);
  } catch (e) {
    return fail('bad_backup', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Imports a backup file's text. Returns a summary per table, or `bad_backup` (not ours,
 * broken, too new: nothing changed) / `storage_full` (quota: nothing changed).
 */
export async function importBackup(db: ClipperDb, text: string, options: ImportOptions): Promise<Result<ImportSummary>> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  try {
    if (!db.isOpen()) await db.open();
    const envelope = readEnvelope(parsed.value, db.verno);
    if (!envelope.ok) return envelope;
    const keys = checkKeys(envelope.value.tables);
    if (!keys.ok) return keys;
    const rows = validateRows(await upgradeRows(db, envelope.value));
    if (!rows.ok) return rows;
    const names = new Set(db.tables.map((t) => t.name));
    const derived = DERIVED_TABLES.filter((t) => names.has(t));
    const scope = [...BACKUP_TABLES, ...derived].map((t) => db.table(t));
    const tables = await db.transaction('rw', scope, async () => {
      const out = {} as Record<BackupTable, TableSummary>;
      // The reminder's clock is this library's history: an older backup must not roll it back.
      const clocks = (await db.settings.bulkGet([...NEWER_WINS_SETTINGS])) as (Record<string, unknown> | undefined)[];
      const incoming = { ...rows.value, settings: keepNewerSettings(rows.value.settings, clocks, NEWER_WINS_SETTINGS) };
      for (const name of BACKUP_TABLES) {
        const table = db.table(name);
        out[name] =
          options.mode === 'replace'
            ? await replaceRows(table, PRIMARY_KEYS[name], incoming[name])
            : await mergeRows(table, PRIMARY_KEYS[name], incoming[name], name === 'settings');
      }
      // The search index is derived from clippings and highlights: rebuild it in the same
      // transaction so search never sees a half-restored library (not needed when a merge
      // changed neither).
      const changed = (['clippings', 'highlights'] as const).some((t) => out[t].added + out[t].updated + out[t].removed > 0);
      if (derived.length === DERIVED_TABLES.length && (changed || options.mode === 'replace')) await buildIndex(db);
      return out;
    });
    return ok({ mode: options.mode, version: envelope.value.version, schemaVersion: envelope.value.schemaVersion, tables });
  } catch (e) {
    const err = toAppError(e);
    return fail(err.code, err.detail);
  }
}
