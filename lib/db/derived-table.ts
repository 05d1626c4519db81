/**
 * A table derived from others and kept in the writes' own transactions (clippings' summaries,
 * lib/db/clipping-summaries.ts; tag counts, lib/db/tag-counts.ts): a DBCore middleware adds
 * the derived table to the scope of every read-write transaction that names one of its
 * sources, and hands each write to a source to the derived table's keeper, whatever Dexie API
 * made it. A write that aborts takes the derived rows with it. An upgrade's writes pass
 * untouched: the derived table may not exist yet, and its own upgrade step fills it.
 */
import type Dexie from 'dexie';
import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';

/** Makes a write to `source` and keeps `derived` in step with it (same transaction). */
export type KeepDerived = (source: DBCoreTable, req: DBCoreMutateRequest, derived: DBCoreTable) => Promise<DBCoreMutateResponse>;

/** Installs the middleware `name` on a database that has not been opened yet (openDb does this). */
export function keepInWrites(db: Dexie, name: string, sources: readonly string[], derived: string, keep: KeepDerived): void {
  db.use({
    stack: 'dbcore',
    name,
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const widen = mode === 'readwrite' && stores.some((s) => sources.includes(s)) && !stores.includes(derived);
          return down.transaction(widen ? [...stores, derived] : stores, mode, options);
        },
        table(tableName: string): DBCoreTable {
          const table = down.table(tableName);
          if (!sources.includes(tableName)) return table;
          return {
            ...table,
            mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
              if ((req.trans as IDBTransaction).mode === 'versionchange') return table.mutate(req);
              return keep(table, req, down.table(derived));
            },
          };
        },
      };
    },
  });
}
