import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Highlight } from '../../../lib/bulletin/model';
import { startHighlighter, type HighlighterDeps } from '../../../lib/content/highlighter';
import { TOOLBAR_HOST_ID } from '../../../lib/highlight/toolbar';
import { BULLETIN, fakeHighlightApi, makePage, selectText } from '../highlight/page';
import { createFakeBackground } from './fake-background';

const slice = { yieldToLoop: () => Promise.resolve() };

/** Starts a highlighter on a fresh page (mark fallback unless an API is given). */
async function start(saved: Highlight[] = [], deps: Partial<HighlighterDeps> = {}, body = BULLETIN) {
  const page = makePage(body);
  const bg = createFakeBackground(saved);
  const hl = startHighlighter(page.doc, page.win, { send: bg.send, slice, ...deps });
  await hl.ready;
  return { ...page, bg, hl };
}
const textOf = (doc: Document) => doc.body.textContent;

afterEach(() => vi.useRealTimers());

describe('highlighter: selection -> create -> draw', () => {
  it('describes the selection, sends the highlight with a draft, and draws it as marks leaving the text unchanged', async () => {
    const { doc, bg, hl } = await start();
    const text = textOf(doc);
    const p2 = doc.getElementById('p2')!;
    selectText(doc, p2.firstChild!, 7, 2, p2.lastChild!); // “我为群众办实事”…1200余件
    const res = await hl.highlightSelection('red');
    expect(res.ok).toBe(true);
    const [created] = bg.ofType('createHighlight') as { identity: string; exact: string; color: string; draft: { title: string }; pageTarget: { type: string }[] }[];
    expect(created!.identity).toBe('https://www.example.gov.cn/jb/2021/t20210601_1.html');
    expect(created!.exact).toBe('“我为群众办实事”实践活动，共办结民生实事1200余件');
    expect(created!.color).toBe('red');
    expect(created!.pageTarget.map((s) => s.type)).toEqual(['RangeSelector', 'TextPositionSelector', 'TextQuoteSelector']);
    expect(created!.draft.title).toBeTruthy();
    expect([...doc.querySelectorAll('mark.bc-hl')].map((m) => m.textContent).join('')).toBe(created!.exact);
    expect(textOf(doc)).toBe(text);
    expect(doc.documentElement.dataset.bcHighlights).toBe('1');
    expect(doc.getSelection()!.isCollapsed).toBe(true);
    // The shortcut/context-menu path opens the new highlight for a note, focus inside.
    const host = doc.getElementById(TOOLBAR_HOST_ID)!;
    expect(host.shadowRoot!.querySelector('.bar')!.hasAttribute('hidden')).toBe(false);
    expect(host.shadowRoot!.activeElement?.getAttribute('aria-label')).toBe('重点');
  });

  it('refuses an empty selection', async () => {
    const { doc, hl, bg } = await start();
    expect(doc.documentElement.dataset.bcHighlights).toBe('0'); // start-up is done, nothing saved
    const res = await hl.highlightSelection();
    expect(res.ok === false && res.error.code).toBe('empty_selection');
    expect(bg.ofType('createHighlight')).toEqual([]);
  });

  it('on start draws the page’s saved highlights, and removal restores the DOM exactly', async () => {
    const before = makePage(BULLETIN).doc.body.innerHTML; // the page as it was served
    const { doc: d0, bg: bg0, hl: h0 } = await start();
    selectText(d0, d0.getElementById('p3')!.firstChild!, 4, 12);
    await h0.highlightSelection('blue');
    const saved = [...bg0.highlights.values()];
    h0.stop();
    expect(d0.body.innerHTML).toBe(before);

    const { doc, bg, hl } = await start(saved); // a revisit: a fresh page, same saved highlight
    expect(bg.sent[0]!.type).toBe('pageHighlights');
    expect(hl.state()).toEqual({ order: [saved[0]!.id], orphans: [] });
    expect(doc.querySelector('mark.bc-blue')!.textContent).toBe('将继续深化党史学');
    hl.stop();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.getElementById(TOOLBAR_HOST_ID)).toBeNull();
    expect(doc.getElementById('bulletin-clipper-style')).toBeNull();
  });
});

describe('highlighter: dynamic pages', () => {
  it('redraws a highlight after its paragraph is re-rendered (debounced)', async () => {
    vi.useFakeTimers();
    const { doc, hl, bg } = await start();
    const p1 = doc.getElementById('p1')!;
    selectText(doc, p1.firstChild!, 0, 5);
    await hl.highlightSelection('yellow');
    const html = '各级党组织把党史学习教育作为重要政治任务，增强“四个意识”、坚定“四个自信”、做到“两个维护”。';
    const fresh = doc.createElement('p');
    fresh.id = 'p1';
    fresh.textContent = html;
    p1.replaceWith(fresh);
    await vi.advanceTimersByTimeAsync(200);
    expect(fresh.querySelector('mark')).toBeNull(); // still waiting for the page to settle
    await vi.advanceTimersByTimeAsync(100);
    expect(fresh.querySelector('mark.bc-yellow')!.textContent).toBe('各级党组织');
    expect(doc.querySelectorAll('mark')).toHaveLength(1);
    expect(bg.ofType('updateHighlight')).toEqual([]); // never orphaned, nothing to report
  });

  it('reports an orphan once, and its return once, as the page changes', async () => {
    vi.useFakeTimers();
    const { doc, hl, bg } = await start();
    const target = [{ type: 'TextQuoteSelector' as const, exact: '各支部召开专题组织生活会', prefix: '新增段落：', suffix: '。' }];
    const res = await hl.draw([{ id: 'x', color: 'green', pageTarget: target }]);
    expect(res).toEqual({ anchored: [], orphans: ['x'] });
    expect(bg.ofType('updateHighlight')).toEqual([{ id: 'x', orphan: true }]);
    doc.getElementById('p3')!.append('（无关的改动）');
    await vi.advanceTimersByTimeAsync(300);
    expect(bg.ofType('updateHighlight')).toHaveLength(1);
    const p = doc.createElement('p');
    p.textContent = '新增段落：各支部召开专题组织生活会。';
    doc.body.append(p);
    await vi.advanceTimersByTimeAsync(300);
    expect(bg.ofType('updateHighlight')).toEqual([{ id: 'x', orphan: true }, { id: 'x', orphan: false }]);
    expect(hl.state()).toEqual({ order: ['x'], orphans: [] });
  });
});

describe('highlighter: the toolbar on the page', () => {
  it('appears after a mouse selection, a colour click saves, a note is added with Enter', async () => {
    vi.useFakeTimers();
    const { win, doc, bg, hl } = await start();
    const host = doc.getElementById(TOOLBAR_HOST_ID)!;
    const root = host.shadowRoot!;
    const p1 = doc.getElementById('p1')!.firstChild as Text;
    selectText(doc, p1, p1.data.indexOf('“四个意识”'), p1.data.indexOf('“四个意识”') + 6);
    doc.getElementById('p1')!.dispatchEvent(new win.MouseEvent('mouseup', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(200);
    expect(root.querySelector('.bar')!.hasAttribute('hidden')).toBe(false);
    root.querySelector<HTMLButtonElement>('button[aria-label="金句"]')!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.ofType('createHighlight')).toMatchObject([{ color: 'red', exact: '“四个意识”' }]);
    const note = root.querySelector<HTMLTextAreaElement>('textarea')!;
    note.value = '两个维护的前提';
    note.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.ofType('updateHighlight')).toEqual([{ id: 'h1', color: 'red', note: '两个维护的前提', tags: [] }]);
    expect(root.querySelector('.bar')!.hasAttribute('hidden')).toBe(true);
    expect(hl.state().order).toEqual(['h1']);
  });

  it('a click on a drawn highlight opens it for editing; deleting erases it', async () => {
    vi.useFakeTimers();
    const { win, doc, bg, hl } = await start();
    selectText(doc, doc.getElementById('p3')!.firstChild!, 0, 3);
    await hl.highlightSelection('green');
    const root = doc.getElementById(TOOLBAR_HOST_ID)!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button[aria-label="关闭"]')!.click();
    const mark = doc.querySelector('mark.bc-hl')!;
    mark.dispatchEvent(new win.MouseEvent('mousedown', { bubbles: true }));
    mark.dispatchEvent(new win.MouseEvent('click', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(0);
    expect(root.querySelector('.bar')!.hasAttribute('hidden')).toBe(false);
    expect(root.querySelector('[aria-pressed="true"]')!.getAttribute('data-color')).toBe('green');
    root.querySelector<HTMLButtonElement>('button[aria-label="删除划线"]')!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.ofType('deleteHighlight')).toEqual([{ id: 'h1' }]);
    expect(doc.querySelector('mark')).toBeNull();
    expect(doc.documentElement.dataset.bcHighlights).toBe('0');
  });

  it('Tab from the page moves into an open toolbar', async () => {
    vi.useFakeTimers();
    const { win, doc } = await start();
    selectText(doc, doc.getElementById('p1')!.firstChild!, 0, 5);
    doc.body.dispatchEvent(new win.KeyboardEvent('keyup', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
    await vi.advanceTimersByTimeAsync(200);
    doc.body.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    const root = doc.getElementById(TOOLBAR_HOST_ID)!.shadowRoot!;
    expect(root.activeElement?.getAttribute('aria-label')).toBe('重点');
  });
});

describe('highlighter: start-up and the CSS Custom Highlight API', () => {
  it('is idempotent: a second start takes over without doubling anything', async () => {
    const { doc: d0, bg: bg0, hl: h0 } = await start();
    selectText(d0, d0.getElementById('p1')!.firstChild!, 0, 5);
    await h0.highlightSelection();
    const saved = [...bg0.highlights.values()];
    const page = makePage(BULLETIN);
    const bg = createFakeBackground(saved);
    const first = startHighlighter(page.doc, page.win, { send: bg.send, slice });
    await first.ready;
    const second = startHighlighter(page.doc, page.win, { send: bg.send, slice });
    await second.ready;
    expect(page.doc.querySelectorAll(`#${TOOLBAR_HOST_ID}`)).toHaveLength(1);
    expect(page.doc.querySelectorAll('mark')).toHaveLength(1);
    expect(page.doc.querySelectorAll('#bulletin-clipper-style')).toHaveLength(1);
    expect(second.state().order).toEqual([saved[0]!.id]);
  });

  it('draws through the registry without changing the page, and scrolls to a highlight with a flash', async () => {
    vi.useFakeTimers();
    const fake = fakeHighlightApi();
    const { doc: d0, bg: bg0, hl: h0 } = await start();
    selectText(d0, d0.getElementById('p2')!.firstChild!, 0, 5);
    await h0.highlightSelection('blue');
    const saved = [...bg0.highlights.values()];
    const page = makePage(BULLETIN);
    const before = page.doc.body.innerHTML;
    const bg = createFakeBackground(saved);
    const hl = startHighlighter(page.doc, page.win, { send: bg.send, slice, highlightApi: fake.api, flashMs: 1000 });
    await hl.ready;
    expect(page.doc.body.innerHTML).toBe(before.replace(/$/, page.doc.getElementById(TOOLBAR_HOST_ID)!.outerHTML));
    const [range] = [...fake.registry.get('bc-blue')!] as Range[];
    expect(range!.toString()).toBe('市委组织部');
    expect(page.doc.head.querySelector('style')!.textContent).toContain('::highlight(bc-blue)');
    expect(hl.scrollTo(saved[0]!.id)).toBe(true);
    expect(fake.registry.get('bc-flash')!.size).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fake.registry.has('bc-flash')).toBe(false);
    expect(hl.scrollTo('unknown')).toBe(false);
  });
});
