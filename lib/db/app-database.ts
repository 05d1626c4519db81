/**
 * The database as the extension's own contexts open it (background, popup, library page):
 * with the search index kept in step with every write (lib/search/auto-index.ts). Tests and
 * tools that manage the index themselves call openDb directly.
 */
import { installSearchIndexing } from '../search/auto-index';
import { openDb, type ClipperDb } from './database';

/** Opens the extension's database with automatic search indexing. */
export function openAppDatabase(): ClipperDb {
  const db = openDb();
  installSearchIndexing(db);
  return db;
}
