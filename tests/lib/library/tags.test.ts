import { afterEach, describe, expect, it } from 'vitest';
import type { ClipperDb } from '../../../lib/db/database';
import { deleteTag, listTags, mergeTags, renameTag, setTagColor, undoTagEdit } from '../../../lib/library/tags';
import { freshDb, makeClipping, makeHighlight } from '../search/helpers';

let db: ClipperDb;
afterEach(async () => {
  await db?.delete();
});

async function seed(): Promise<void> {
  db = freshDb();
  await db.clippings.bulkPut([makeClipping('c1', { tags: ['党建', '学习'] }), makeClipping('c2', { tags: ['学习'] })]);
  await db.highlights.bulkPut([
    makeHighlight('h1', 'c1', { tags: ['四个意识', '金句'] }),
    makeHighlight('h2', 'c1', { tags: ['4个意识'] }),
    makeHighlight('h3', 'c2', { tags: ['四个意识', '4个意识'] }),
    makeHighlight('h4', 'c2', { tags: [] }),
  ]);
  await db.tags.bulkPut([
    { name: '四个意识', color: null, createdAt: 1 },
    { name: '4个意识', color: '#e53935', createdAt: 2 },
    { name: '未使用', color: null, createdAt: 3 },
  ]);
}

async function snapshot() {
  return {
    h: await db.highlights.toArray(),
    c: await db.clippings.toArray(),
    t: await db.tags.toArray(),
  };
}

describe('tags', () => {
  it('lists every tag with counts over highlights and clippings, most used first', async () => {
    await seed();
    expect(await listTags(db)).toEqual([
      { name: '4个意识', color: '#e53935', highlightCount: 2, clippingCount: 0 },
      { name: '四个意识', color: null, highlightCount: 2, clippingCount: 0 },
      { name: '学习', color: null, highlightCount: 0, clippingCount: 2 },
      { name: '党建', color: null, highlightCount: 0, clippingCount: 1 },
      { name: '金句', color: null, highlightCount: 1, clippingCount: 0 },
      { name: '未使用', color: null, highlightCount: 0, clippingCount: 0 },
    ]);
  });

  it('merges without duplicates, keeps a colour, and undoes exactly', async () => {
    await seed();
    const before = await snapshot();
    const r = await mergeTags(db, ['4个意识'], '四个意识');
    expect(r.ok && r.value.highlights).toBe(2);
    expect((await db.highlights.get('h3'))?.tags).toEqual(['四个意识']);
    expect((await db.highlights.get('h2'))?.tags).toEqual(['四个意识']);
    expect(await db.tags.get('4个意识')).toBeUndefined();
    expect(await db.tags.get('四个意识')).toEqual({ name: '四个意识', color: '#e53935', createdAt: 1 });
    expect((await listTags(db)).find((t) => t.name === '四个意识')?.highlightCount).toBe(3);
    if (r.ok) await undoTagEdit(db, r.value.undo);
    expect(await snapshot()).toEqual(before);
  });

  it('renames across highlights and clippings, onto a new name', async () => {
    await seed();
    const before = await snapshot();
    const r = await renameTag(db, ' 学习 ', '理论学习');
    expect(r.ok && [r.value.highlights, r.value.clippings]).toEqual([0, 2]);
    expect((await db.clippings.get('c1'))?.tags).toEqual(['党建', '理论学习']);
    expect(await db.tags.get('理论学习')).toMatchObject({ name: '理论学习', color: null });
    if (r.ok) await undoTagEdit(db, r.value.undo);
    expect(await snapshot()).toEqual(before);
  });

  it('deletes a tag everywhere and undoes it', async () => {
    await seed();
    const before = await snapshot();
    const r = await deleteTag(db, '四个意识');
    expect(r.ok && r.value.highlights).toBe(2);
    expect((await db.highlights.get('h1'))?.tags).toEqual(['金句']);
    expect(await db.tags.get('四个意识')).toBeUndefined();
    if (r.ok) await undoTagEdit(db, r.value.undo);
    expect(await snapshot()).toEqual(before);
  });

  it('sets colours (creating the row) and refuses empty names', async () => {
    await seed();
    const r = await setTagColor(db, '金句', '#43a047', 99);
    expect(await db.tags.get('金句')).toEqual({ name: '金句', color: '#43a047', createdAt: 99 });
    if (r.ok) await undoTagEdit(db, r.value.undo);
    expect(await db.tags.get('金句')).toBeUndefined();
    const bad = await renameTag(db, '金句', '  ');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('empty_input');
  });
});
