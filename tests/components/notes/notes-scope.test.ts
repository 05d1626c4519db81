/** Reading an export's scope from the database (components/notes/notes-scope.ts). */
// Before Dexie loads: it takes the global indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadScope, scopeFromParams } from '../../../components/notes/notes-scope';
import { makeClipping, makeHighlight, seedDb } from './seed';

const A = makeClipping(1, { tags: ['党史'] });
const B = makeClipping(2);
const C = makeClipping(5);
const hA = makeHighlight(A, '学史明理');
const hB = makeHighlight(B, '学史力行', { tags: ['党史'] });
const hB2 = makeHighlight(B, '学史增信', { tags: ['其他'] });
const hGone = makeHighlight(makeClipping(9), '学史崇德', { tags: ['党史'] });

describe('loadScope', () => {
  it('a tag: tagged passages, every passage of a tagged clipping, none of a deleted clipping', async () => {
    const db = await seedDb([A, B, C], [hA, hB, hB2, hGone]);
    const s = await loadScope(db, { kind: 'tag', tag: '党史' });
    expect(s.clippings.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(s.highlights.map((h) => h.id).sort()).toEqual([hA.id, hB.id].sort());
  });

  it.each([
    ['2021-03-11', '2021-03-12', ['c1', 'c2']],
    ['2021-03-12', '2021-03-15', ['c2', 'c5']],
    ['2021-03-13', '2021-03-14', []],
    ['2021-03-15', '2021-03-11', []],
    ['', '2021-03-15', []],
  ])('dates %s to %s (ends included)', async (from, to, ids) => {
    const db = await seedDb([A, B, C], [hA, hB]);
    expect((await loadScope(db, { kind: 'dates', from, to })).clippings.map((c) => c.id)).toEqual(ids);
  });

  it('a range over most of the library (read by one scan) leaves out undated clippings', async () => {
    const undated = makeClipping(7, { date: null });
    const db = await seedDb([A, B, C, undated], [hA, hB, hB2, makeHighlight(undated, '学史崇德')]);
    const s = await loadScope(db, { kind: 'dates', from: '0000-01-01', to: '9999-12-31' });
    expect(s.clippings.map((c) => c.id)).toEqual(['c1', 'c2', 'c5']);
    expect(s.highlights.map((h) => h.id).sort()).toEqual([hA.id, hB.id, hB2.id].sort());
  });

  it('a hand-picked set and one clipping bring all their passages', async () => {
    const db = await seedDb([A, B, C], [hA, hB, hB2]);
    const pick = await loadScope(db, { kind: 'pick', ids: ['c2', 'missing', 'c1'] });
    expect(pick.clippings.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(pick.highlights).toHaveLength(3);
    const one = await loadScope(db, { kind: 'clipping', id: 'c2' });
    expect(one.highlights.map((h) => h.exact).sort()).toEqual(['学史增信', '学史力行'].sort());
  });

  it('reads a scope from the route', () => {
    expect(scopeFromParams(new URLSearchParams('tag=党史'))).toEqual({ kind: 'tag', tag: '党史' });
    expect(scopeFromParams(new URLSearchParams('clip=c1'))).toEqual({ kind: 'clipping', id: 'c1' });
    expect(scopeFromParams(new URLSearchParams(''))).toBeNull();
  });
});
