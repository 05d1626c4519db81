/**
 * Schema v8 keeps how many highlights and clippings carry each tag (lib/db/tag-counts.ts),
 * in the writes' own transactions: whatever Dexie API writes, in whatever order and however
 * many at once, the table equals what the `tags` indexes count; an aborted write leaves no
 * trace; the v8 upgrade counts the rows stored before; and the tags view lists from it.
 */
import fc from 'fast-check';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDbAtVersion } from '../../../lib/backup/upgrade';
import type { Clipping, Highlight } from '../../../lib/bulletin/model';
import type { ClipperDb } from '../../../lib/db/database';
import { deleteTag, listTags, mergeTags, renameTag, undoTagEdit } from '../../../lib/library/tags';
import { sampleClipping, sampleHighlight } from '../backup/library';
import { freshDbs } from './fresh-db';

const freshDb = freshDbs('tag-counts');

/** What the `tags` indexes count, as the table keeps it: tags in use only, by name. */
async function countedByIndex(db: ClipperDb): Promise<Record<string, { highlights: number; clippings: number }>> {
  const out: Record<string, { highlights: number; clippings: number }> = {};
  for (const field of ['highlights', 'clippings'] as const) {
    for (const tag of (await db.table(field).orderBy('tags').keys()) as string[]) {
      out[tag] ??= { highlights: 0, clippings: 0 };
      out[tag][field]++;
    }
  }
  return out;
}

/** The table, in the same shape. */
async function kept(db: ClipperDb): Promise<Record<string, { highlights: number; clippings: number }>> {
  return Object.fromEntries((await db.tagCounts.toArray()).map((r) => [r.name, { highlights: r.highlights, clippings: r.clippings }]));
}

const TAGS = ['四个意识', '两个维护', '基层治理', '乡村振兴'];
const tagList = fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 });
const hid = fc.integer({ min: 1, max: 6 }).map((n) => `h${n}`);
const cid = fc.integer({ min: 1, max: 3 }).map((n) => `c${n}`);

function highlight(id: string, tags: string[]): Highlight {
  return { ...sampleHighlight(sampleClipping(1), Number(id.slice(1))), id, tags };
}
function clipping(id: string, tags: string[]): Clipping {
  return { ...sampleClipping(Number(id.slice(1))), id, tags };
}

/** One write, by one of the ways the app (or a future caller) may make it. */
const write = fc.oneof(
  fc.record({ op: fc.constant('put' as const), id: hid, tags: tagList }),
  fc.record({ op: fc.constant('bulkPut' as const), rows: fc.array(fc.tuple(hid, tagList), { maxLength: 4 }) }),
  fc.record({ op: fc.constant('add' as const), id: hid, tags: tagList }),
  fc.record({ op: fc.constant('bulkAddClash' as const), rows: fc.array(fc.tuple(hid, tagList), { minLength: 1, maxLength: 3 }) }),
  fc.record({ op: fc.constant('update' as const), id: hid, tags: tagList }),
  fc.record({ op: fc.constant('modify' as const), tag: fc.constantFrom(...TAGS), to: tagList }),
  fc.record({ op: fc.constant('delete' as const), ids: fc.array(hid, { maxLength: 3 }) }),
  fc.record({ op: fc.constant('deleteWhere' as const), tag: fc.constantFrom(...TAGS) }),
  fc.record({ op: fc.constant('deleteRange' as const), from: hid }),
  fc.record({ op: fc.constant('clear' as const) }),
  fc.record({ op: fc.constant('clipping' as const), id: cid, tags: tagList }),
  fc.record({ op: fc.constant('clippingDelete' as const), id: cid }),
  fc.record({ op: fc.constant('parallel' as const), rows: fc.array(fc.tuple(hid, tagList), { minLength: 2, maxLength: 4 }) }),
  fc.record({ op: fc.constant('aborted' as const), id: hid, tags: tagList }),
);
type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;

async function apply(db: ClipperDb, w: Write): Promise<void> {
  switch (w.op) {
    case 'put':
      return void (await db.highlights.put(highlight(w.id, w.tags)));
    case 'bulkPut':
      return void (await db.highlights.bulkPut(w.rows.map(([id, tags]) => highlight(id, tags))));
    case 'add':
      await db.highlights.add(highlight(w.id, w.tags)).catch(() => undefined);
      return;
    case 'bulkAddClash':
      // Rows whose key exists fail one by one; the others are written.
      await db.highlights.bulkAdd(w.rows.map(([id, tags]) => highlight(id, tags))).catch(() => undefined);
      return;
    case 'update':
      return void (await db.highlights.update(w.id, { tags: w.tags }));
    case 'modify':
      return void (await db.highlights.where('tags').equals(w.tag).modify({ tags: w.to }));
    case 'delete':
      return db.highlights.bulkDelete(w.ids);
    case 'deleteWhere':
      return void (await db.highlights.where('tags').equals(w.tag).delete());
    case 'deleteRange':
      return void (await db.highlights.where(':id').aboveOrEqual(w.from).delete());
    case 'clear':
      return db.highlights.clear();
    case 'clipping':
      return void (await db.clippings.put(clipping(w.id, w.tags)));
    case 'clippingDelete':
      return db.clippings.delete(w.id);
    case 'parallel':
      // Several writes in flight at once in one transaction.
      return db.transaction('rw', db.highlights, async () => {
        await Promise.all(w.rows.map(([id, tags]) => db.highlights.put(highlight(id, tags))));
      });
    case 'aborted':
      await db
        .transaction('rw', db.highlights, async () => {
          await db.highlights.put(highlight(w.id, w.tags));
          throw new Error('abort');
        })
        .catch(() => undefined);
      return;
  }
}

describe('tag counts (schema v8)', () => {
  it('equal what the tags indexes count after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 12 }), async (writes) => {
        const db = freshDb();
        try {
          for (const w of writes) {
            await apply(db, w);
            expect(await kept(db)).toEqual(await countedByIndex(db));
          }
        } finally {
          await db.delete();
        }
      }),
      // A bulkDelete naming a key twice once counted its row gone twice (found at 60 runs).
      { numRuns: 200, examples: [[[{ op: 'bulkPut', rows: [['h1', ['基层治理']]] }, { op: 'put', id: 'h4', tags: ['基层治理'] }, { op: 'delete', ids: ['h4', 'h4'] }]]] },
    );
  });

  it('follow tag edits (rename, merge, delete) and their undo', async () => {
    const db = freshDb();
    await db.highlights.bulkPut([highlight('h1', ['四个意识', '两个维护']), highlight('h2', ['四个意识']), highlight('h3', ['基层治理'])]);
    await db.clippings.bulkPut([clipping('c1', ['四个意识']), clipping('c2', ['基层治理', '两个维护'])]);
    const same = async () => expect(await kept(db)).toEqual(await countedByIndex(db));
    const renamed = await renameTag(db, '四个意识', '两个维护');
    await same();
    expect(await kept(db)).toMatchObject({ 两个维护: { highlights: 2, clippings: 2 } });
    const merged = await mergeTags(db, ['两个维护', '基层治理'], '乡村振兴');
    await same();
    expect(await kept(db)).toEqual({ 乡村振兴: { highlights: 3, clippings: 2 } });
    const deleted = await deleteTag(db, '乡村振兴');
    await same();
    expect(await kept(db)).toEqual({});
    for (const edit of [deleted, merged, renamed]) {
      if (!edit.ok) throw new Error('edit failed');
      await undoTagEdit(db, edit.value.undo);
      await same();
    }
    expect(await kept(db)).toEqual({ 四个意识: { highlights: 2, clippings: 1 }, 两个维护: { highlights: 1, clippings: 1 }, 基层治理: { highlights: 1, clippings: 1 } });
  });

  it('are written in the row’s transaction: an abort takes both back', async () => {
    const db = freshDb();
    await db.highlights.put(highlight('h1', ['四个意识']));
    await expect(
      db.transaction('rw', db.highlights, async () => {
        await db.highlights.put(highlight('h1', ['两个维护']));
        await db.highlights.add(highlight('h2', ['两个维护']));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await kept(db)).toEqual({ 四个意识: { highlights: 1, clippings: 0 } });
  });

  it('are counted by the v8 upgrade for rows stored before', async () => {
    const name = `tag-counts-v7-${Math.random().toString(36).slice(2)}`;
    const old = createDbAtVersion(name, 7, { indexedDB, IDBKeyRange });
    await old.open();
    await old.table('highlights').bulkAdd(Array.from({ length: 300 }, (_, i) => highlight(`h${i + 1}`, [TAGS[i % 4]!, ...(i % 3 ? [] : [TAGS[(i + 1) % 4]!])])));
    await old.table('clippings').bulkAdd([clipping('c1', ['四个意识']), clipping('c2', [])]);
    old.close();
    const db = freshDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(8);
    const counts = await kept(db);
    expect(counts).toEqual(await countedByIndex(db));
    expect(counts['四个意识']).toEqual({ highlights: 75 + 25, clippings: 1 });
  });

  it('are what the tags view lists, with the tags defined but not in use', async () => {
    const db = freshDb();
    await db.highlights.bulkPut([highlight('h1', ['两个维护', '四个意识']), highlight('h2', ['两个维护'])]);
    await db.clippings.put(clipping('c1', ['四个意识']));
    await db.tags.put({ name: '未用', color: '#c00', createdAt: 1 });
    expect((await listTags(db)).map((t) => [t.name, t.highlightCount, t.clippingCount])).toEqual([
      ['两个维护', 2, 0],
      ['四个意识', 1, 1],
      ['未用', 0, 0],
    ]);
  });
});
