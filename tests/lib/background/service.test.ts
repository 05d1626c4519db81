import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { describeTextRange } from '../../../lib/anchor/text-quote';
import { createBackgroundDispatcher } from '../../../lib/background/service';
import { emptyDraft, joinParagraphs, type BulletinDraft, type Highlight } from '../../../lib/bulletin/model';
import type { Result } from '../../../lib/bulletin/result';
import { openDb } from '../../../lib/db/database';

const paragraphs = ['一、提高政治站位', '会议指出，要增强“四个意识”、坚定“四个自信”、做到“两个维护”。', '会议强调，要把党史学习教育激发的精神力量化为动力，增强“四个意识”。'];
const draft: BulletinDraft = {
  ...emptyDraft('article'),
  title: '测试简报',
  url: 'https://www.example.gov.cn/a.html',
  paragraphs,
  headings: [{ level: 1, text: '一、提高政治站位', paragraph: 0 }],
  text: joinParagraphs(paragraphs),
};
const identity = 'https://www.example.gov.cn/a.html';

function setup() {
  const db = openDb({ name: `bg-${Math.random()}`, indexedDB, IDBKeyRange });
  const dispatch = createBackgroundDispatcher(db);
  const call = async <T,>(type: string, payload: unknown) => (await dispatch({ bc: 1, type, payload })) as Result<T>;
  return { db, call };
}

function pageTargetFor(text: string, exact: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(exact, at + 1);
  return describeTextRange(text, at, at + exact.length);
}

describe('background service', () => {
  it('saves a clipping once per identity', async () => {
    const { db, call } = setup();
    const a = await call<{ created: boolean }>('saveClipping', { identity, draft });
    const b = await call<{ created: boolean }>('saveClipping', { identity, draft });
    expect(a.ok && a.value.created).toBe(true);
    expect(b.ok && b.value.created).toBe(false);
    expect(await db.clippings.count()).toBe(1);
    const found = await call<{ title: string } | null>('findClipping', { identity });
    expect(found.ok && found.value?.title).toBe('测试简报');
  });

  it('refuses a draft with a wrong field type and stores nothing', async () => {
    const { db, call } = setup();
    const res = await call('saveClipping', { identity, draft: { ...draft, paragraphs: 'not a list' } });
    expect(!res.ok && res.error.code).toBe('bad_message');
    expect(await db.clippings.count()).toBe(0);
  });

  it('clips silently on the first highlight and places it in the saved text', async () => {
    const { db, call } = setup();
    // The page's text differs from the saved text (navigation around it): the quote finds it.
    const pageText = `首页 机构 ${draft.text} 版权所有`;
    const [quote, pos] = pageTargetFor(pageText, '“四个意识”', 1);
    const res = await call<Highlight>('createHighlight', { identity, draft, color: 'red', exact: '“四个意识”', pageTarget: [quote, pos], tags: ['学习'] });
    expect(res.ok).toBe(true);
    const h = (res as { value: Highlight }).value;
    expect(await db.clippings.count()).toBe(1);
    const textPos = h.textTarget.find((s) => s.type === 'TextPositionSelector')!;
    expect(textPos.type === 'TextPositionSelector' && draft.text.slice(textPos.start, textPos.end)).toBe('“四个意识”');
    // The second occurrence (third paragraph), not the first.
    expect(textPos.type === 'TextPositionSelector' && textPos.start).toBe(draft.text.lastIndexOf('“四个意识”'));
    expect(h.headingPath).toEqual(['一、提高政治站位']);
    expect(await db.tags.get('学习')).toBeTruthy();
    const page = await call<{ highlights: Highlight[] }>('pageHighlights', { identity });
    expect(page.ok && page.value.highlights.map((x) => x.id)).toEqual([h.id]);
  });

  it('edits, deletes and restores a highlight exactly', async () => {
    const { call } = setup();
    const [quote] = pageTargetFor(draft.text, '坚定“四个自信”');
    const created = (await call<Highlight>('createHighlight', { identity, draft, color: 'yellow', exact: '坚定“四个自信”', pageTarget: [quote] })) as { value: Highlight };
    const edited = await call<Highlight>('updateHighlight', { id: created.value.id, note: '要点', color: 'blue', tags: ['自信'] });
    expect(edited.ok && [edited.value.note, edited.value.color, edited.value.tags]).toEqual(['要点', 'blue', ['自信']]);
    const removed = (await call<Highlight>('deleteHighlight', { id: created.value.id })) as { value: Highlight };
    expect((await call<{ highlights: Highlight[] }>('pageHighlights', { identity })).ok).toBe(true);
    await call('restoreHighlight', { highlight: removed.value });
    const after = (await call<{ highlights: Highlight[] }>('pageHighlights', { identity })) as { value: { highlights: Highlight[] } };
    expect(after.value.highlights).toEqual([removed.value]);
    expect((await call('updateHighlight', { id: 'missing', note: 'x' })).ok).toBe(false);
  });

  it('re-attaches an orphan to a new passage', async () => {
    const { call } = setup();
    const [quote] = pageTargetFor(draft.text, '做到“两个维护”');
    const created = (await call<Highlight>('createHighlight', { identity, draft, color: 'green', exact: '做到“两个维护”', pageTarget: [quote] })) as { value: Highlight };
    await call('updateHighlight', { id: created.value.id, orphan: true });
    const [q2, p2] = pageTargetFor(draft.text, '精神力量化为动力');
    const res = await call<Highlight>('updateHighlight', { id: created.value.id, exact: '精神力量化为动力', pageTarget: [q2, p2] });
    expect(res.ok && [res.value.exact, res.value.orphan]).toEqual(['精神力量化为动力', false]);
    const pos = res.ok ? res.value.textTarget.find((s) => s.type === 'TextPositionSelector') : undefined;
    expect(pos && pos.type === 'TextPositionSelector' && draft.text.slice(pos.start, pos.end)).toBe('精神力量化为动力');
  });

  it('suggests existing tags and the phrases the bulletin quotes', async () => {
    const { call } = setup();
    const [quote] = pageTargetFor(draft.text, '坚定“四个自信”');
    const created = (await call<Highlight>('createHighlight', { identity, draft, color: 'yellow', exact: '坚定“四个自信”', pageTarget: [quote], tags: ['四史学习'] })) as { value: Highlight };
    const res = await call<string[]>('suggestTags', { clippingId: created.value.clippingId, prefix: '四', passage: '坚定“四个自信”' });
    expect(res.ok).toBe(true);
    const list = (res as { value: string[] }).value;
    expect(list[0]).toBe('四史学习');
    expect(list).toContain('四个自信');
    expect(list).toContain('四个意识');
    expect(list).not.toContain('两个维护');
  });
});
