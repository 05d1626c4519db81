/**
 * A clipping's `text` is, but for rare drafts, its paragraphs joined (joinParagraphs). From
 * schema v4 the stored row leaves it out whenever it is exactly that, and it is put back on
 * every read, so nothing outside lib/db sees a difference. Reading a library is what costs in
 * IndexedDB (Chromium's reads scale with bytes; measured: 1,000 clippings read in 300 ms with
 * the text and 180 ms without), and the text doubled every clipping's size.
 *
 * Writes go through a DBCore middleware (every add and put, whatever API made it); reads
 * through Dexie's reading hook (get, bulkGet, every collection and liveQuery).
 */
import type Dexie from 'dexie';
import { joinParagraphs } from '../bulletin/model';
import { mapWrites } from './map-writes';

type Row = Record<string, unknown>;

/** True when a row's text is its paragraphs joined, so storing it again is redundant. */
function derivable(row: Row): boolean {
  return typeof row.text === 'string' && Array.isArray(row.paragraphs) && row.paragraphs.every((p) => typeof p === 'string') && row.text === joinParagraphs(row.paragraphs as string[]);
}

/** The row as stored: without `text` when it is derivable (a copy; the caller's object stays whole). */
export function toStoredClipping<T>(row: T): T {
  if (!row || typeof row !== 'object' || !derivable(row as Row)) return row;
  const { text: _text, ...rest } = row as Row;
  return rest as T;
}

/** Removes a stored row's `text` in place when it is derivable (the v4 upgrade's rewrite). */
export function dropDerivedText(row: Row): void {
  if (derivable(row)) delete row.text;
}

/** The row as read: `text` rebuilt from the paragraphs when the stored row left it out. */
export function fromStoredClipping<T>(row: T): T {
  if (!row || typeof row !== 'object' || 'text' in row) return row;
  const paragraphs = (row as Row).paragraphs;
  if (!Array.isArray(paragraphs)) return row;
  return { ...row, text: joinParagraphs(paragraphs as string[]) };
}

/** Installs both halves on a database that has not been opened yet (openDb does this). */
export function installStoredText(db: Dexie): void {
  mapWrites(db, 'clipping-stored-text', 'clippings', toStoredClipping);
  db.table('clippings').hook('reading', fromStoredClipping);
}
