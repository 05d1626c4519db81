/**
 * Library backup and restore (issue 6). exportBackup(Blob) streams the library as versioned JSON;
 * importBackup reads the file's rows page by page (source.ts), upgrades old-schema rows
 * through the database's own upgrades, and checks and writes every page in one transaction
 * (rebuilding the search index in the same one): a broken or foreign file, or a full disk
 * midway, changes nothing.
 */
import type { ClipperDb } from '../db/database';
import { fail, ok, toAppError, type Result } from '../bulletin/result';
import { buildIndex } from '../search/rebuild';
import { BACKUP_TABLES, DERIVED_TABLES, NEWER_WINS_SETTINGS, type ImportSummary, type TableSummary, type BackupTable } from './format';
import { PAGE_SIZE } from './export';
import { keepNewerSettings, mergeRows, replaceRows } from './merge';
import { readAllRows, scanBackupText, sourceOfTables, type BackupSource } from './source';
import { upgradeRows } from './upgrade';
import { checkKeys, checkPage, PRIMARY_KEYS, readEnvelope } from './validate';

export { BACKUP_FORMAT, BACKUP_VERSION, BACKUP_TABLES, DERIVED_TABLES, LAST_BACKUP_SETTING, NEWER_WINS_SETTINGS, type BackupHeader, type ImportSummary, type TableSummary } from './format';
export { exportBackup, exportBackupBlob, writeBackup, type ExportOptions } from './export';
export { peekEnvelope } from './source';

/** Options of importBackup. */
export interface ImportOptions {
  /** merge: by id, newer wins; replace: the library becomes the backup (after the user confirmed). */
  mode: 'merge' | 'replace';
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return fail('bad_backup', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The file's rows as a source: scanned line by line in our layout, else parsed whole. */
function openSource(text: string, maxSchema: number): Result<{ source: BackupSource; version: number; schemaVersion: number }> {
  const scanned = scanBackupText(text);
  const parsed = scanned ? ok(scanned.envelope) : parseJson(text);
  if (!parsed.ok) return parsed;
  const envelope = readEnvelope(parsed.value, maxSchema);
  if (!envelope.ok) return envelope;
  const { version, schemaVersion, tables } = envelope.value;
  return ok({ source: scanned ?? sourceOfTables(parsed.value as Record<string, unknown>, tables), version, schemaVersion });
}

/** Rows of an older schema, upgraded: these few go through memory together (upgrade.ts). */
async function upgradeSource(db: ClipperDb, source: BackupSource, version: number, schemaVersion: number): Promise<Result<BackupSource>> {
  const keys = checkKeys(readAllRows(source));
  if (!keys.ok) return keys;
  return ok(sourceOfTables(source.envelope, await upgradeRows(db, { version, schemaVersion, tables: keys.value })));
}

/** A table's pages, each checked (row shape, unique keys) just before it is written. */
function* checkedPages(source: BackupSource, table: BackupTable): Generator<Record<string, unknown>[]> {
  const seen = new Set<string>();
  let offset = 0;
  for (const page of source.pages(table, PAGE_SIZE)) {
    checkPage(table, page, offset, seen);
    offset += page.length;
    yield page;
  }
}

/**
 * Imports a backup file's text. Returns a summary per table, or `bad_backup` (not ours,
 * broken, too new: nothing changed) / `storage_full` (quota: nothing changed).
 * Rows are parsed, validated and written a page at a time inside one transaction: a bad
 * row late in the file aborts it, so nothing of the earlier pages stays either.
 */
export async function importBackup(db: ClipperDb, text: string, options: ImportOptions): Promise<Result<ImportSummary>> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    if (!db.isOpen()) await db.open();
    const opened = openSource(body, db.verno);
    if (!opened.ok) return opened;
    const { version, schemaVersion } = opened.value;
    const source = schemaVersion === db.verno ? ok(opened.value.source) : await upgradeSource(db, opened.value.source, version, schemaVersion);
    if (!source.ok) return source;
    const names = new Set(db.tables.map((t) => t.name));
    const derived = DERIVED_TABLES.filter((t) => names.has(t));
    const scope = [...BACKUP_TABLES, ...derived].map((t) => db.table(t));
    const tables = await db.transaction('rw', scope, async () => {
      const out = {} as Record<BackupTable, TableSummary>;
      // The reminder's clock is this library's history: an older backup must not roll it back.
      const clocks = (await db.settings.bulkGet([...NEWER_WINS_SETTINGS])) as (Record<string, unknown> | undefined)[];
      for (const name of BACKUP_TABLES) {
        const table = db.table(name);
        const pages = checkedPages(source.value, name);
        // Settings are a handful of rows: adjusted together.
        const rows = name === 'settings' ? [keepNewerSettings([...pages].flat(), clocks, NEWER_WINS_SETTINGS)] : pages;
        out[name] =
          options.mode === 'replace' ? await replaceRows(table, PRIMARY_KEYS[name], rows) : await mergeRows(table, PRIMARY_KEYS[name], rows, name === 'settings');
      }
      // The search index is derived from clippings and highlights: rebuild it in the same
      // transaction so search never sees a half-restored library (not needed when a merge
      // changed neither).
      const changed = (['clippings', 'highlights'] as const).some((t) => out[t].added + out[t].updated + out[t].removed > 0);
      if (derived.length === DERIVED_TABLES.length && (changed || options.mode === 'replace')) await buildIndex(db);
      return out;
    });
    return ok({ mode: options.mode, version, schemaVersion, tables });
  } catch (e) {
    const err = toAppError(e);
    return fail(err.code, err.detail);
  }
}
