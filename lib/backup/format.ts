/**
 * The backup file format (issue 6): one JSON document,
 *   {"format":"bulletin-clipper-backup","version":1,"schemaVersion":N,"exportedAt":"…",
 *    "counts":{…},"tables":{"clippings":[…],"highlights":[…],"tags":[…],"settings":[…]}}
 * with one row per line so the file streams out page by page, is read back row by row
 * (source.ts: an import never holds all parsed rows at once), and diffs readably.
 * `version` is the envelope's version; `schemaVersion` is the database schema the rows have
 * (lib/db/database.ts), so an old backup's rows go through the database's own upgrades.
 *
 * Strings: JSON.stringify writes lone surrogates as \udXXX escapes (well-formed
 * JSON.stringify, ES2019), so the file is valid UTF-8 and they come back exactly; control
 * characters and NUL are escaped the same way. Setting values must be JSON values: a Date
 * or typed array in a setting would come back as a string or object (none are stored today).
 */

/** The `format` marker: anything else is not our backup. */
export const BACKUP_FORMAT = 'bulletin-clipper-backup';

/** Version of the envelope. Bump with an upgrade step in lib/backup/envelope-upgrade when it changes. */
export const BACKUP_VERSION = 1;

/** The tables a backup carries, in file order: the user's data. */
export const BACKUP_TABLES = ['clippings', 'highlights', 'tags', 'settings'] as const;

/** A table a backup carries. */
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * Tables deliberately left out: derived data rebuilt after an import (the search index) or
 * written with each imported row (clippings' summaries, lib/db/clipping-summaries.ts; tag
 * counts, lib/db/tag-counts.ts), and the database's own bookkeeping (dbMeta: how far rows
 * stored before schema v5 have been given their index pairs; imported rows get theirs as
 * they are written).
 * A test fails when the database gains a table that is in neither list.
 */
export const DERIVED_TABLES = ['searchSeqs', 'searchSources', 'searchRows', 'searchMeta', 'dbMeta', 'clippingSummaries', 'tagCounts'] as const;

/** Settings key: when this browser last finished a backup export (epoch ms; the reminder's clock). */
export const LAST_BACKUP_SETTING = 'lastBackupAt';

/**
 * Settings that are bookkeeping of time rather than user choices: a restore (merge or
 * replace) keeps the newer of the library's and the backup's value, and keeps the library's
 * when the backup has none, so restoring an old backup cannot turn the reminder's clock back.
 */
export const NEWER_WINS_SETTINGS: readonly string[] = [LAST_BACKUP_SETTING];

/** The first keys of a backup file, before the rows. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion: number;
  exportedAt: string;
  counts: Record<BackupTable, number>;
}

/** What happened to one table during an import. */
export interface TableSummary {
  /** Rows that were not in the library. */
  added: number;
  /** Rows replaced by the backup's version (newer, or untimed rows that differed). */
  updated: number;
  /** Rows identical in the library and the backup. */
  skipped: number;
  /** Rows where the library's version is newer and was kept (merge). */
  kept: number;
  /** Rows deleted because the backup does not have them (replace). */
  removed: number;
}

/** The result of an import, for the "what changed" message. */
export interface ImportSummary {
  mode: 'merge' | 'replace';
  /** The backup's envelope and schema versions. */
  version: number;
  schemaVersion: number;
  tables: Record<BackupTable, TableSummary>;
}

/** A zeroed table summary. */
export function emptyTableSummary(): TableSummary {
  return { added: 0, updated: 0, skipped: 0, kept: 0, removed: 0 };
}
