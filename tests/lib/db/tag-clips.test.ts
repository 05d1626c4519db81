/**
 * Schema v5 indexes every highlight by [tag, clippingId] pairs (lib/db/tag-clips.ts): the rows
 * in IndexedDB carry them, no read shows them, every way of changing tags keeps them true, and
 * rows stored before v5 get them from a resumable backfill, the queries waiting for it.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDbAtVersion } from '../../../lib/backup/upgrade';
import type { Highlight } from '../../../lib/bulletin/model';
import type { ClipperDb } from '../../../lib/db/database';
import { rawRows } from './raw-rows';
import { updateHighlight } from '../../../lib/db/highlights';
import { backfillTagClips, TAG_CLIPS, tagClipsReady } from '../../../lib/db/tag-clips';
import { makeQuery } from '../../../lib/library/filters';
import { planHighlightQuery } from '../../../lib/library/highlight-plan';
import { pageHighlightQuery } from '../../../lib/library/highlight-query';
import { mergeTags, renameTag } from '../../../lib/library/tags';
import { sampleClipping, sampleHighlight } from '../backup/library';
import { freshDbs } from './fresh-db';

const freshDb = freshDbs('tag-clips');

/** Ids of the highlights the index has under a pair. */
async function idsUnder(db: ClipperDb, tag: string, clippingId: string): Promise<string[]> {
  return (await db.highlights.where(TAG_CLIPS).equals([tag, clippingId]).primaryKeys()).sort();
}

const a = sampleClipping(1);
const b = sampleClipping(2);
const one = sampleHighlight(a, 1, { tags: ['重点', '金句', '重点'] });
const two = sampleHighlight(a, 2, { tags: ['金句'] });
const three = sampleHighlight(b, 1, { tags: [] });

describe('[tag, clippingId] pairs of highlights (schema v5)', () => {
  it('are stored with each row, once per tag, and never read back', async () => {
    const db = freshDb();
    await db.highlights.bulkAdd([one, two, three]);
    expect(one).not.toHaveProperty(TAG_CLIPS);
    const raw = await rawRows(db, 'highlights');
    expect(raw.map((r) => r[TAG_CLIPS])).toEqual([
      [['重点', a.id], ['金句', a.id]],
      [['金句', a.id]],
      [],
    ]);
    expect(await db.highlights.toArray()).toEqual([one, two, three]);
    expect(await db.highlights.get(one.id)).toEqual(one);
    expect(await db.highlights.where(TAG_CLIPS).equals(['金句', a.id]).toArray()).toEqual([one, two]);
    expect(await idsUnder(db, '重点', b.id)).toEqual([]);
  });

  it('follow every change of tags: an edit, a rename, a merge', async () => {
    const db = freshDb();
    await db.clippings.bulkAdd([a, b]);
    await db.highlights.bulkAdd([one, two, three]);
    await updateHighlight(db, three.id, { tags: ['重点'] });
    expect(await idsUnder(db, '重点', b.id)).toEqual([three.id]);

    expect((await renameTag(db, '金句', '名言')).ok).toBe(true);
    expect(await idsUnder(db, '金句', a.id)).toEqual([]);
    expect(await idsUnder(db, '名言', a.id)).toEqual([one.id, two.id]);

    expect((await mergeTags(db, ['重点'], '名言')).ok).toBe(true);
    expect(await idsUnder(db, '重点', a.id)).toEqual([]);
    expect(await idsUnder(db, '名言', b.id)).toEqual([three.id]);
    // Each row's pairs are exactly its tags, whatever path rewrote it.
    for (const row of await rawRows(db, 'highlights')) {
      const h = row as unknown as Highlight & { tagClips: Array<[string, string]> };
      expect(h.tagClips).toEqual([...new Set(h.tags)].map((t) => [t, h.clippingId]));
    }
  });

  it('a database created at v5 needs no backfill', async () => {
    const db = freshDb();
    await db.open();
    expect(await tagClipsReady(db)).toBe(true);
    expect(await backfillTagClips(db)).toBe(true);
  });

  it('rows from v4 get them from the backfill, batch by batch, without losing an edit made between batches', async () => {
    const name = `tag-clips-v4-${Math.random().toString(36).slice(2)}`;
    const old = createDbAtVersion(name, 4, { indexedDB, IDBKeyRange });
    await old.open();
    const rows = Array.from({ length: 7 }, (_, i) => sampleHighlight(a, i + 1, { tags: [`主题${i}`] }));
    await old.table('clippings').add(a);
    await old.table('highlights').bulkAdd(rows);
    old.close();

    const db = freshDb(name);
    await db.open();
    // The upgrade itself rewrites nothing: the index is there, the rows have no pairs yet.
    expect((await rawRows(db, 'highlights')).some((r) => TAG_CLIPS in r)).toBe(false);
    expect(await tagClipsReady(db)).toBe(false);
    const q = makeQuery({ view: 'highlights', tags: ['主题6'] });
    expect((await planHighlightQuery(db, q)).walkTags).toBeNull();
    // A walk before the backfill (reading whole clippings) finds the same as one after it.
    const before = await pageHighlightQuery(db, q, { offset: 0, limit: 5 }, { probeCap: 0 });
    expect(before.items.map((i) => i.highlight.id)).toEqual([rows[6]!.id]);

    // Batches of 3: 3 + 3 + 1. Between the first two, the user retags the last highlight.
    let batches = 0;
    const ready = await backfillTagClips(db, {
      batch: 3,
      between: async () => {
        if (++batches === 1) await updateHighlight(db, rows[6]!.id, { tags: ['主题6', '新增'] });
      },
    });
    expect(ready).toBe(true);
    expect(batches).toBe(2);
    expect(await tagClipsReady(db)).toBe(true);
    const raw = await rawRows(db, 'highlights');
    expect(raw.map((r) => (r[TAG_CLIPS] as unknown[]).length)).toEqual([1, 1, 1, 1, 1, 1, 2]);
    expect((await db.highlights.get(rows[6]!.id))?.tags).toEqual(['主题6', '新增']);
    expect((await planHighlightQuery(db, q)).walkTags).toEqual(['主题6']);
    const after = await pageHighlightQuery(db, q, { offset: 0, limit: 5 }, { probeCap: 0 });
    expect(after.items.map((i) => i.highlight.id)).toEqual([rows[6]!.id]);
  });

  it('a stopped backfill resumes where it left off', async () => {
    const name = `tag-clips-resume-${Math.random().toString(36).slice(2)}`;
    const old = createDbAtVersion(name, 4, { indexedDB, IDBKeyRange });
    await old.open();
    const rows = Array.from({ length: 5 }, (_, i) => sampleHighlight(a, i + 1, { tags: ['重点'] }));
    await old.table('highlights').bulkAdd(rows);
    old.close();
    const db = freshDb(name);
    const stop = new AbortController();
    expect(await backfillTagClips(db, { batch: 2, between: async () => stop.abort(), signal: stop.signal })).toBe(false);
    expect((await rawRows(db, 'highlights')).map((r) => TAG_CLIPS in r)).toEqual([true, true, false, false, false]);
    expect(await backfillTagClips(db, { batch: 2 })).toBe(true);
    expect((await rawRows(db, 'highlights')).every((r) => TAG_CLIPS in r)).toBe(true);
  });
});
