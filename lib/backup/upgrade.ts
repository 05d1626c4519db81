/**
 * Brings rows of an older schema up to the current one through the database's own upgrade
 * steps (issue 6: "an older backup version imports through the same upgrades as the
 * database"): the rows are written into a scratch database created at the backup's schema
 * version, which is then opened with openDb, so Dexie runs exactly the upgrades a user's
 * database would, and the upgraded rows are read back. The scratch database is deleted after.
 */
import Dexie from 'dexie';
import * as database from '../db/database';
import type { ClipperDb } from '../db/database';
import { AppFailure } from '../bulletin/result';
import { BACKUP_TABLES } from './format';
import type { RawBackup } from './validate';

/** One schema version as declared in lib/db/database.ts (exports SCHEMA_V1, SCHEMA_V2 …). */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
}

/** The schema versions lib/db/database.ts declares, oldest first. */
export function listSchemaVersions(): SchemaVersion[] {
  return Object.entries(database)
    .flatMap(([name, value]) => {
      const m = /^SCHEMA_V(\d+)$/.exec(name);
      return m ? [{ version: Number(m[1]), stores: value as Record<string, string> }] : [];
    })
    .sort((a, b) => a.version - b.version);
}

/** Where Dexie keeps the IndexedDB factory it was given (not in its public typings). */
interface DexieDeps {
  _deps?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };
}

/** Creates an empty database at schema `version` (versions 1..version, no upgrades needed). */
export function createDbAtVersion(name: string, version: number, deps: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }): Dexie {
  const scratch = new Dexie(name, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
  for (const s of listSchemaVersions()) if (s.version <= version) scratch.version(s.version).stores(s.stores);
  return scratch;
}

/** Returns the backup's rows at the current schema version of `db`. */
export async function upgradeRows(db: ClipperDb, backup: RawBackup): Promise<RawBackup['tables']> {
  if (backup.schemaVersion === db.verno) return backup.tables;
  const deps = (db as unknown as DexieDeps)._deps ?? {};
  const name = `${db.name}-restore-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const old = createDbAtVersion(name, backup.schemaVersion, deps);
  let upgraded: ClipperDb | null = null;
  try {
    await old.open();
    const present = new Set(old.tables.map((t) => t.name));
    await old.transaction('rw', old.tables, async () => {
      for (const table of BACKUP_TABLES) {
        const rows = backup.tables[table];
        if (!rows.length) continue;
        if (!present.has(table)) throw new AppFailure('bad_backup', `schema ${backup.schemaVersion} has no table "${table}"`);
        await old.table(table).bulkAdd(rows);
      }
    });
    old.close();
    upgraded = database.openDb({ name, indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
    const out = {} as RawBackup['tables'];
    for (const table of BACKUP_TABLES) out[table] = (await upgraded.table(table).toArray()) as Record<string, unknown>[];
    return out;
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    // A row the old schema's indexes or upgrades cannot take: the file is at fault, not us.
    throw new AppFailure('bad_backup', `cannot upgrade the backup from schema ${backup.schemaVersion}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    old.close();
    await (upgraded ?? old).delete();
  }
}
