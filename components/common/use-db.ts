/**
 * The one database handle of an extension page. Components reach the database only
 * through hooks like this one (STYLE.md dependency rules).
 */
import { openDb, type ClipperDb } from '../../lib/db/database';

let db: ClipperDb | undefined;

/** The page's database (opened once, lazily). */
export function useDb(): ClipperDb {
  db ??= openDb();
  return db;
}
