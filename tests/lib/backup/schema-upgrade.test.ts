/**
 * Every earlier schema version, read from lib/db/database.ts's SCHEMA_Vn exports: a database
 * created at that version with data in it opens with openDb and keeps everything; and a
 * backup written at that version imports through the same upgrades.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_TABLES, exportBackup, importBackup } from '../../../lib/backup/backup';
import { createDbAtVersion, listSchemaVersions } from '../../../lib/backup/upgrade';
import { openDb, type ClipperDb } from '../../../lib/db/database';
import { search } from '../../../lib/search/query';
import { openTestDb, sampleLibrary, type Library } from './library';

const versions = listSchemaVersions();
const latest = versions[versions.length - 1]!.version;
const cleanup: { delete(): Promise<void> }[] = [];
afterEach(async () => {
  for (const db of cleanup.splice(0)) await db.delete();
});

/** The primary key of a backed-up row (id, name or key). */
function keyOf(row: object): string {
  const r = row as { id?: string; name?: string; key?: string };
  return r.id ?? r.name ?? r.key ?? '';
}

/** The part of the sample library that the tables of `version` can hold. */
function libraryFor(stores: Record<string, string>): Partial<Library> {
  const lib = sampleLibrary(3, 2);
  return Object.fromEntries(BACKUP_TABLES.filter((t) => t in stores).map((t) => [t, lib[t]]));
}

describe('schema versions', () => {
  it('are numbered 1..N without gaps, and openDb opens at the newest', async () => {
    expect(versions.map((v) => v.version)).toEqual(versions.map((_, i) => i + 1));
    const db = openTestDb('schema');
    cleanup.push(db);
    await db.open();
    expect(db.verno).toBe(latest);
  });

  it.each(versions.filter((v) => v.version < latest).map((v) => [v.version, v] as const))(
    'a database created at v%d opens with openDb and keeps every row',
    async (version, schema) => {
      const name = `schema-v${version}-${Math.random().toString(36).slice(2)}`;
      const old = createDbAtVersion(name, version, { indexedDB, IDBKeyRange });
      const data = libraryFor(schema.stores);
      await old.open();
      for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
      old.close();

      const db = openDb({ name, indexedDB, IDBKeyRange });
      cleanup.push(db);
      for (const [table, rows] of Object.entries(data)) {
        const sorted = [...rows].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
        expect(await db.table(table).toArray(), table).toEqual(sorted);
      }
      // Whatever a later version introduces (the search index) is built from the kept rows.
      if (!('searchRows' in schema.stores) && versions.some((v) => v.version > version && 'searchRows' in v.stores)) {
        expect((await search(db, '学史明理', { limit: 50 })).length).toBeGreaterThan(0);
      }
    },
  );

  it.each(versions.filter((v) => v.version < latest).map((v) => [v.version, v] as const))(
    'a backup written at schema v%d imports into the current database through the same upgrades',
    async (version, schema) => {
      const data = libraryFor(schema.stores);
      const file = JSON.stringify({ format: BACKUP_FORMAT, version: 1, schemaVersion: version, exportedAt: '2021-01-01T00:00:00.000Z', tables: data });
      const db: ClipperDb = openTestDb('schema-import');
      cleanup.push(db);
      const r = await importBackup(db, file, { mode: 'replace' });
      if (!r.ok) throw new Error(r.error.detail);
      expect(r.value.schemaVersion).toBe(version);
      for (const [table, rows] of Object.entries(data)) expect(await db.table(table).count(), table).toBe(rows.length);
      expect(JSON.parse((await exportBackup(db)).join('')).tables.clippings).toEqual(data.clippings);
      expect(JSON.stringify(await indexedDB.databases())).not.toContain('-restore-');
    },
  );
});
