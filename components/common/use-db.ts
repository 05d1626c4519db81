/**
 * The one database handle of an extension page. Components reach the database only
 * through hooks like this one (STYLE.md dependency rules).
 */
import type { ClipperDb } from '../../lib/db/database';
import { openAppDatabase } from '../../lib/db/app-database';

let db: ClipperDb | undefined;

/** The page's database (created once, on first use). */
function pageDb(): ClipperDb {
  db ??= openAppDatabase();
  return db;
}

/** The page's database (opened once, lazily). */
export function useDb(): ClipperDb {
  return pageDb();
}

/**
 * Starts opening the database now, before the first render: the views' queries run in effects
 * after the first frame, and would otherwise only then start the open. A failure is left to
 * those queries, which report it where the user looks.
 */
export function openDbEarly(): void {
  pageDb()
    .open()
    .catch(() => undefined);
}
