/**
 * The one database handle of an extension page. Components reach the database only
 * through hooks like this one (STYLE.md dependency rules).
 */
import type { ClipperDb } from '../../lib/db/database';
import { openAppDatabase } from '../../lib/db/app-database';

let db: ClipperDb | undefined;

/** The page's database (opened once, lazily). */
export function useDb(): ClipperDb {
  db ??= openAppDatabase();
  return db;
}
