/**
 * Schema v4 stores a clipping's `text` only when it is not its paragraphs joined
 * (lib/db/stored-text.ts): the rows in IndexedDB lose it, every read gets it back.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createDbAtVersion } from '../../../lib/backup/upgrade';
import { joinParagraphs, type Clipping } from '../../../lib/bulletin/model';
import { openDb, type ClipperDb } from '../../../lib/db/database';
import { rawRows } from './raw-rows';
import { renameTag } from '../../../lib/library/tags';
import { sampleClipping } from '../backup/library';

const opened: ClipperDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function freshDb(): ClipperDb {
  const db = openDb({ name: `stored-text-${Math.random().toString(36).slice(2)}`, indexedDB, IDBKeyRange });
  opened.push(db);
  return db;
}

/** A draft whose text is not its paragraphs (pasted text that found no paragraphs). */
const odd = (n: number): Clipping => ({ ...sampleClipping(n), paragraphs: [], text: '正文没有分段的剪藏' });

describe('clipping text in storage (schema v4)', () => {
  it('stores no derivable text, reads it back through every API, and leaves the caller object whole', async () => {
    const db = freshDb();
    const a = sampleClipping(1);
    await db.clippings.add(a);
    await db.clippings.bulkPut([sampleClipping(2), odd(3)]);
    expect(a.text).toBe(joinParagraphs(a.paragraphs));

    const raw = await rawRows(db, 'clippings');
    expect(raw.map((r) => 'text' in r)).toEqual([false, false, true]);
    expect(raw[2]!.text).toBe('正文没有分段的剪藏');

    expect(await db.clippings.get(a.id)).toEqual(a);
    expect((await db.clippings.bulkGet([sampleClipping(2).id]))[0]).toEqual(sampleClipping(2));
    expect(await db.clippings.toArray()).toEqual([a, sampleClipping(2), odd(3)]);
    expect(await db.clippings.where('tags').equals('学习').sortBy('id')).toEqual([a, sampleClipping(2), odd(3)]);
    const seen: Clipping[] = [];
    await db.clippings.each((c) => void seen.push(c));
    expect(seen.map((c) => c.text)).toEqual([a.text, sampleClipping(2).text, '正文没有分段的剪藏']);
  });

  it('updates that read and rewrite rows (tagging, modify) keep the text', async () => {
    const db = freshDb();
    await db.clippings.bulkAdd([sampleClipping(1), odd(2)]);
    expect((await renameTag(db, '学习', '新主题')).ok).toBe(true);
    await db.clippings.toCollection().modify((c) => void (c.title = `${c.title}！`));
    const [one, two] = await db.clippings.toArray();
    expect(one).toMatchObject({ text: sampleClipping(1).text, title: '简报第1期！' });
    expect(one!.tags).toEqual(['新主题']);
    expect(two).toMatchObject({ text: '正文没有分段的剪藏', paragraphs: [] });
    expect((await rawRows(db, 'clippings')).map((r) => 'text' in r)).toEqual([false, true]);
  });

  it('the v4 upgrade drops the stored copy from v3 rows and keeps the text that is not derivable', async () => {
    const name = `stored-text-v3-${Math.random().toString(36).slice(2)}`;
    const old = createDbAtVersion(name, 3, { indexedDB, IDBKeyRange });
    await old.open();
    const rows = [sampleClipping(1), sampleClipping(2), odd(3)];
    await old.table('clippings').bulkAdd(rows);
    old.close();

    const db = openDb({ name, indexedDB, IDBKeyRange });
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect((await rawRows(db, 'clippings')).map((r) => 'text' in r)).toEqual([false, false, true]);
    expect(await db.clippings.toArray()).toEqual(rows);
  });
});
