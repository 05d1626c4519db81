/**
 * Keeps the search index in step with the clippings and highlights tables without the
 * repositories having to remember it: a Dexie DBCore middleware notes which ids every
 * write transaction touched and, once that transaction has committed, re-indexes them in a
 * transaction of its own (batched, unchanged texts skipped by hash). The index is thus
 * eventually consistent, a few milliseconds behind; liveQuery subscribers of searches see
 * the update when it lands. Call installSearchIndexing right after openDb, before use.
 */
import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';
import type { Clipping, Highlight } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { applySourceUpdates, type SourceUpdate } from './indexer';
import { rebuildIndex } from './rebuild';
import { clippingRef, fieldsOfClipping, fieldsOfHighlight, highlightRef } from './sources';

/** Handle on the automatic indexing of a database. */
export interface SearchIndexing {
  /** Resolves once every committed write so far is in the index. */
  flush(): Promise<void>;
}

interface Pending {
  clippings: Set<string>;
  highlights: Set<string>;
  /** A range delete (clear) happened: rebuild rather than track ids. */
  rebuild: boolean;
  /**
   * The transaction wrote the index itself (searchMeta): a build in the same transaction as
   * its writes, as a restore does (lib/backup/backup.ts). Nothing is left to do; rebuilding
   * again cost a restore of 100,000 highlights another half minute.
   */
  indexed: boolean;
}

const BATCH = 2000;

async function applyPending(db: ClipperDb, p: Pending): Promise<void> {
  if (p.indexed) return;
  if (p.rebuild) {
    await rebuildIndex(db);
    return;
  }
  const cIds = [...p.clippings];
  const hIds = [...p.highlights];
  for (let i = 0; i < cIds.length; i += BATCH) {
    const ids = cIds.slice(i, i + BATCH);
    const records = await db.clippings.bulkGet(ids);
    await applySourceUpdates(
      db,
      ids.map((id, k): SourceUpdate => {
        const c: Clipping | undefined = records[k];
        return { ref: clippingRef(id), clippingId: id, fields: c ? fieldsOfClipping(c) : null };
      }),
    );
  }
  for (let i = 0; i < hIds.length; i += BATCH) {
    const ids = hIds.slice(i, i + BATCH);
    const records = await db.highlights.bulkGet(ids);
    await applySourceUpdates(
      db,
      ids.map((id, k): SourceUpdate => {
        const h: Highlight | undefined = records[k];
        return { ref: highlightRef(id), clippingId: h?.clippingId ?? '', fields: h ? fieldsOfHighlight(h) : null };
      }),
    );
  }
}

function touchedKeys(req: DBCoreMutateRequest, res: DBCoreMutateResponse): unknown[] {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'deleteRange') return [];
  return res.results ?? req.keys ?? req.values.map((v: { id?: unknown }) => v.id);
}

/** Installs the middleware on a database that has not been opened yet. */
export function installSearchIndexing(db: ClipperDb): SearchIndexing {
  let queue: Promise<void> = Promise.resolve();
  const open = new Set<Promise<void>>();
  const pendingOf = new WeakMap<object, Pending>();

  const note = (trans: object, table: 'clippings' | 'highlights' | 'searchMeta', req: DBCoreMutateRequest, res: DBCoreMutateResponse) => {
    let p = pendingOf.get(trans);
    if (!p) {
      const fresh: Pending = { clippings: new Set(), highlights: new Set(), rebuild: false, indexed: false };
      pendingOf.set(trans, fresh);
      p = fresh;
      const idb = trans as IDBTransaction;
      const done = new Promise<void>((resolve) => {
        idb.addEventListener('complete', () => {
          queue = queue.then(() => applyPending(db, fresh)).catch((e: unknown) => console.error('search indexing failed', e));
          resolve();
        });
        idb.addEventListener('abort', () => resolve());
        idb.addEventListener('error', () => resolve());
      });
      open.add(done);
      void done.then(() => open.delete(done));
    }
    if (table === 'searchMeta') {
      p.indexed = true;
      return;
    }
    if (req.type === 'deleteRange') p.rebuild = true;
    for (const k of touchedKeys(req, res)) if (typeof k === 'string') p[table].add(k);
  };

  db.use({
    stack: 'dbcore',
    name: 'search-indexing',
    create(down) {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (name !== 'clippings' && name !== 'highlights' && name !== 'searchMeta') return table;
          return {
            ...table,
            async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
              const res = await table.mutate(req);
              // The v6 upgrade builds the index itself; its transaction is not ours to follow.
              if ((req.trans as IDBTransaction).mode !== 'versionchange') note(req.trans, name, req, res);
              return res;
            },
          };
        },
      };
    },
  });

  return {
    async flush() {
      while (open.size) await Promise.all([...open]);
      await queue;
    },
  };
}
