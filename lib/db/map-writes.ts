/**
 * A DBCore middleware that rewrites every row added to or put in one table on its way to
 * IndexedDB, whatever Dexie API wrote it (add, put, bulkPut, update, modify). The stored
 * shape of clippings (lib/db/stored-text.ts) and highlights (lib/db/tag-clips.ts) is made here;
 * each pairs it with a reading hook that gives the rest of the code the row it wrote.
 */
import type Dexie from 'dexie';
import type { DBCoreMutateRequest, DBCoreTable } from 'dexie';

/** Installs `map` on the writes of `tableName` (before the database opens). */
export function mapWrites(db: Dexie, name: string, tableName: string, map: <T>(row: T) => T): void {
  const rewrite = (req: DBCoreMutateRequest): DBCoreMutateRequest =>
    req.type === 'add' || req.type === 'put' ? ({ ...req, values: req.values.map(map) } as DBCoreMutateRequest) : req;
  db.use({
    stack: 'dbcore',
    name,
    create(down) {
      return {
        ...down,
        table(t: string): DBCoreTable {
          const table = down.table(t);
          return t === tableName ? { ...table, mutate: (req) => table.mutate(rewrite(req)) } : table;
        },
      };
    },
  });
}
