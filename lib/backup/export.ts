/**
 * Writes the library as a backup file in pieces: a header, then each table page by page in
 * primary-key order (deterministic, so the same library always gives the same bytes), one
 * row per line. All reads run in one read transaction so the counts match the rows even if
 * the user keeps clipping meanwhile.
 */
import type { Table } from 'dexie';
import type { ClipperDb } from '../db/database';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupHeader } from './format';

/** Rows read per page: bounds memory per step whatever the library size. */
export const PAGE_SIZE = 1000;

/** Clippings carry their whole text (twice: paragraphs and text): smaller pages. */
const PAGE_SIZES: Record<string, number> = { clippings: 100 };

/** Options of writeBackup / exportBackup. */
export interface ExportOptions {
  /** Called after each page with rows written so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** `exportedAt` (tests freeze it so two exports compare byte for byte). */
  now?: Date;
}

async function eachPage(table: Table, visit: (rows: Record<string, unknown>[]) => void): Promise<void> {
  // Every backed-up table has an inline primary key (id, name, key): page after the last one.
  const keyPath = String(table.schema.primKey.keyPath);
  const size = PAGE_SIZES[table.name] ?? PAGE_SIZE;
  let last: unknown = undefined;
  for (;;) {
    const coll = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const rows = (await coll.limit(size).toArray()) as Record<string, unknown>[];
    if (!rows.length) return;
    visit(rows);
    if (rows.length < size) return;
    last = rows[rows.length - 1]![keyPath];
  }
}

/**
 * Streams the backup to `emit` piece by piece; the pieces concatenated are one JSON document.
 * Resolves with the header (counts per table).
 */
export async function writeBackup(db: ClipperDb, emit: (chunk: string) => void, options: ExportOptions = {}): Promise<BackupHeader> {
  const tables = BACKUP_TABLES.map((name) => db.table(name));
  return db.transaction('r', tables, async () => {
    const counts = Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (name) => [name, await db.table(name).count()]))) as BackupHeader['counts'];
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: db.verno,
      exportedAt: (options.now ?? new Date()).toISOString(),
      counts,
    };
    const total = BACKUP_TABLES.reduce((n, t) => n + counts[t], 0);
    let done = 0;
    emit(`${JSON.stringify(header).slice(0, -1)},\n"tables":{`);
    for (const [i, name] of BACKUP_TABLES.entries()) {
      emit(`${i ? ',\n' : '\n'}${JSON.stringify(name)}:[`);
      let first = true;
      await eachPage(db.table(name), (rows) => {
        emit(`${first ? '\n' : ',\n'}${rows.map((r) => JSON.stringify(r)).join(',\n')}`);
        first = false;
        done += rows.length;
        options.onProgress?.(done, total);
      });
      emit(first ? ']' : '\n]');
    }
    emit('\n}}\n');
    if (total === 0) options.onProgress?.(0, 0);
    return header;
  });
}

/**
 * Exports the whole library as backup JSON, returned as pieces: no single giant string is
 * built. All pieces are held at once, though; for a download use exportBackupBlob.
 */
export async function exportBackup(db: ClipperDb, options: ExportOptions = {}): Promise<string[]> {
  const chunks: string[] = [];
  await writeBackup(db, (c) => chunks.push(c), options);
  return chunks;
}

/**
 * Exports the whole library as one JSON Blob. Each page's text becomes a Blob part as soon as
 * it is written and is then dropped, so the page's heap holds at most one page of JSON
 * whatever the library's size: the browser keeps Blob bytes outside the JavaScript heap (and
 * on disk when they are large). The Blob goes to the downloads API as it is.
 */
export async function exportBackupBlob(db: ClipperDb, options: ExportOptions = {}): Promise<Blob> {
  const parts: Blob[] = [];
  await writeBackup(db, (c) => parts.push(new Blob([c])), options);
  return new Blob(parts, { type: 'application/json' });
}
