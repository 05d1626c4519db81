import { afterEach, describe, expect, it } from 'vitest';
import type { ClipperDb } from '../../../lib/db/database';
import { indexClipping, indexHighlight, unindexClipping, unindexHighlight } from '../../../lib/search/indexer';
import { matchSources, search } from '../../../lib/search/query';
import { freshDb, makeClipping, makeHighlight } from './helpers';

let db: ClipperDb;
afterEach(async () => {
  await db?.delete();
});

async function seed(texts: Record<string, string>): Promise<void> {
  for (const [id, text] of Object.entries(texts)) {
    const c = makeClipping(id, { title: `标题${id}`, text });
    await db.clippings.put(c);
    await indexClipping(db, c);
  }
}

describe('phrase search', () => {
  it('finds 四个意识 as a phrase, never texts with only 四 and 意', async () => {
    db = freshDb();
    await seed({
      a: '全体党员要增强“四个意识”、坚定“四个自信”。',
      b: '四个方面的意见已经收集，意识形态工作另行部署。', // 四, 个, 意, 识 all present, not the phrase
      c: '四季度意向书',
      d: '牢固树立四个意识，做到两个维护。',
    });
    const hits = await search(db, '四个意识', { limit: 10 });
    expect(hits.map((h) => h.clippingId).sort()).toEqual(['a', 'd']);
    const quoted = await search(db, '“四个意识”', { limit: 10 });
    expect(quoted.map((h) => h.clippingId).sort()).toEqual(['a', 'd']);
  });

  it('marks the match inside its passage', async () => {
    db = freshDb();
    await seed({ a: '第一段。\n\n全体党员要增强四个意识，坚定四个自信。\n\n第三段。' });
    const [hit] = await search(db, '四个意识', { limit: 1 });
    expect(hit?.snippet).toEqual({ before: '全体党员要增强', match: '四个意识', after: '，坚定四个自信。' });
  });

  it('answers one-character, Latin, digit and full-width queries', async () => {
    db = freshDb();
    await seed({ a: '全年GDP增长5.2%，比上年加快。', b: '第２季度ＧＤＰ数据', c: '没有相关内容' });
    expect((await search(db, '年', { limit: 10 })).map((h) => h.clippingId)).toEqual(['a']);
    expect((await search(db, 'gdp', { limit: 10, kinds: ['clipping'] })).map((h) => h.clippingId).sort()).toEqual(['a', 'b']);
    expect((await search(db, '5.2%', { limit: 10 })).map((h) => h.clippingId)).toEqual(['a']);
    expect((await search(db, '2季度', { limit: 10 })).map((h) => h.clippingId)).toEqual(['b']);
    const [fw] = await search(db, 'GDP数据', { limit: 1 });
    expect(fw?.snippet.match).toBe('ＧＤＰ数据');
  });

  it('requires every whitespace-separated term and returns nothing for punctuation', async () => {
    db = freshDb();
    await seed({ a: '党史学习教育 走深走实', b: '党史学习教育动员会', c: '走深走实' });
    expect((await search(db, '党史 走实', { limit: 10 })).map((h) => h.clippingId)).toEqual(['a']);
    expect(await search(db, '，。', { limit: 10 })).toEqual([]);
    expect(await search(db, '   ', { limit: 10 })).toEqual([]);
  });

  it('ranks highlights, then titles, then notes, then bodies; recency within a kind', async () => {
    db = freshDb();
    const c1 = makeClipping('c1', { title: '关于两个维护的通报', text: '正文也提到两个维护。' });
    const c2 = makeClipping('c2', { title: '简报', text: '坚决做到两个维护。' });
    await db.clippings.bulkPut([c1, c2]);
    await indexClipping(db, c1);
    await indexClipping(db, c2);
    const h1 = makeHighlight('h1', 'c2', { exact: '坚决做到两个维护', note: '' });
    const h2 = makeHighlight('h2', 'c1', { exact: '其他内容', note: '联系两个维护来学' });
    const h3 = makeHighlight('h3', 'c1', { exact: '两个维护', note: '两个维护' });
    await db.highlights.bulkPut([h1, h2, h3]);
    for (const h of [h1, h2, h3]) await indexHighlight(db, h);
    const hits = await search(db, '两个维护', { limit: 10 });
    expect(hits.map((h) => `${h.kind}:${h.highlightId ?? h.clippingId}`)).toEqual([
      'highlight:h3', // newest highlight first; its note match is not repeated
      'highlight:h1',
      'title:c1', // c1's body match is folded into its title hit
      'note:h2',
      'clipping:c2',
    ]);
    expect(hits.every((h, i) => i === 0 || hits[i - 1]!.score > h.score)).toBe(true);
    const page2 = await search(db, '两个维护', { limit: 2, offset: 2 });
    expect(page2.map((h) => h.kind)).toEqual(['title', 'note']);
    const notes = await search(db, '两个维护', { limit: 10, kinds: ['note'] });
    expect(notes.map((h) => h.highlightId)).toEqual(['h3', 'h2']);
  });
});

describe('incremental updates', () => {
  it('follows edits and deletions of highlights and clippings', async () => {
    db = freshDb();
    await seed({ a: '深入开展调查研究', b: '调查研究是谋事之基' });
    const h = makeHighlight('h', 'a', { exact: '深入开展', note: '旧笔记内容' });
    await db.highlights.put(h);
    await indexHighlight(db, h);
    expect((await search(db, '旧笔记', { limit: 5 })).map((x) => x.highlightId)).toEqual(['h']);

    const edited = { ...h, note: '新的学习体会' };
    await db.highlights.put(edited);
    await indexHighlight(db, edited);
    expect(await search(db, '旧笔记', { limit: 5 })).toEqual([]);
    expect((await search(db, '学习体会', { limit: 5 })).map((x) => x.highlightId)).toEqual(['h']);

    await db.highlights.delete('h');
    await unindexHighlight(db, 'h');
    expect(await search(db, '学习体会', { limit: 5 })).toEqual([]);

    const b2 = makeClipping('b', { title: '标题b', text: '改写后的正文：大兴调查研究之风' });
    await db.clippings.put(b2);
    await indexClipping(db, b2);
    expect((await search(db, '谋事之基', { limit: 5 }))).toEqual([]);
    expect((await search(db, '调查研究', { limit: 5, kinds: ['clipping'] })).map((x) => x.clippingId)).toEqual(['b', 'a']);

    await db.clippings.delete('a');
    await unindexClipping(db, 'a');
    expect((await search(db, '调查研究', { limit: 5 })).map((x) => x.clippingId)).toEqual(['b']);
  });

  it('does not re-index unchanged text', async () => {
    db = freshDb();
    const c = makeClipping('a', { text: '不变的正文' });
    await db.clippings.put(c);
    await indexClipping(db, c);
    const before = await db.searchMeta.get('state');
    await indexClipping(db, { ...c, tags: ['新标签'], updatedAt: c.updatedAt + 1 });
    expect(await db.searchMeta.get('state')).toEqual(before);
  });
});

describe('matchSources', () => {
  it('returns every verified match, index-only for two-character terms', async () => {
    db = freshDb();
    await seed({ a: '四个意识', b: '四个方面意识', c: '意识' });
    const h = makeHighlight('h', 'b', { exact: '增强意识' });
    await db.highlights.put(h);
    await indexHighlight(db, h);
    const phrase = await matchSources(db, '四个意识');
    expect([...phrase.clippingIds]).toEqual(['a']);
    const two = await matchSources(db, '意识');
    expect([...two.clippingIds].sort()).toEqual(['a', 'b', 'c']);
    expect([...two.highlightIds]).toEqual(['h']);
    const onlyHighlights = await matchSources(db, '意识', ['highlight']);
    expect(onlyHighlights.clippingIds.size).toBe(0);
  });
});
