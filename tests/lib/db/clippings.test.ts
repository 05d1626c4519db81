import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyDraft, type BulletinDraft } from '../../../lib/bulletin/model';
import { openDb, SCHEMA_V1 } from '../../../lib/db/database';
import { deleteClipping, findClippingByUrl, listClippings, restoreClipping, saveClipping } from '../../../lib/db/clippings';
import { addHighlight } from '../../../lib/db/highlights';
import Dexie from 'dexie';

let n = 0;
const fresh = () => openDb({ name: `clip-test-${n++}-${Math.random()}`, indexedDB, IDBKeyRange });

function draft(title: string, url: string | null): BulletinDraft {
  return { ...emptyDraft('article'), title, url, paragraphs: [title + '正文'], text: title + '正文' };
}

describe('clipping repository', () => {
  it('saves once per page identity and returns the existing clipping after', async () => {
    const db = fresh();
    const a = await saveClipping(db, draft('一', 'https://gov.cn/a.html?utm_source=x#p1'), { now: 1 });
    expect(a.created).toBe(true);
    const b = await saveClipping(db, draft('一（再次）', 'http://gov.cn/a.html'), { now: 2 });
    expect(b.created).toBe(false);
    expect(b.clipping.id).toBe(a.clipping.id);
    expect(await db.clippings.count()).toBe(1);
    expect((await findClippingByUrl(db, 'https://gov.cn/a.html'))?.title).toBe('一');
  });

  it('never dedupes pasted text (no URL)', async () => {
    const db = fresh();
    await saveClipping(db, draft('甲', null));
    await saveClipping(db, draft('甲', null));
    expect(await db.clippings.count()).toBe(2);
  });

  it('lists newest first, deletes and undoes exactly', async () => {
    const db = fresh();
    await saveClipping(db, draft('旧', 'https://a.cn/1'), { now: 10 });
    const { clipping } = await saveClipping(db, draft('新', 'https://a.cn/2'), { now: 20 });
    expect((await listClippings(db)).map((c) => c.title)).toEqual(['新', '旧']);
    await addHighlight(db, { clippingId: clipping.id, color: 'red', note: '注', tags: [], exact: '新', pageTarget: [], textTarget: [], headingPath: [] });
    const removed = await deleteClipping(db, clipping.id);
    expect(await db.clippings.count()).toBe(1);
    expect(await db.highlights.count()).toBe(0); // its highlights go with it
    await restoreClipping(db, removed!);
    expect(await db.clippings.get(clipping.id)).toEqual(clipping);
    expect((await db.highlights.toArray()).map((h) => h.note)).toEqual(['注']);
  });

  it('opens a v1 database with data and keeps it through the current schema', async () => {
    const name = `v1-${Math.random()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    const row = { ...draft('老数据', 'https://a.cn/old'), id: 'old-1', normalizedUrl: 'https://a.cn/old', tags: ['学习'], createdAt: 5, updatedAt: 5 };
    await old.table('clippings').add(row);
    old.close();
    const db = openDb({ name, indexedDB, IDBKeyRange });
    expect(await db.clippings.get('old-1')).toEqual(row);
    expect(await db.clippings.where('tags').equals('学习').count()).toBe(1);
    expect(await db.highlights.count()).toBe(0);
  });
});
