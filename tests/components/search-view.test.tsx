// @vitest-environment jsdom
/**
 * The search view with results the router prepared on the way (prepared-page.ts): its first
 * render shows them, with their clippings' titles; another query's first render does not. The
 * view's own query asks for as many, and more only as the list scrolls near their end.
 */
// First: fake IndexedDB must be in place before Dexie loads.
import { installMessages, waitFor } from './notes/dom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIT_ROW_HEIGHT, prepareSearchView, SearchView } from '../../components/library/SearchView';
import { useDb } from '../../components/common/use-db';
import { rebuildIndex } from '../../lib/search/rebuild';
import { makeClipping, makeHighlight } from '../lib/search/helpers';

// The real search, with its calls noted (how many times the view searched).
const searches = vi.hoisted(() => ({ calls: [] as string[] }));
vi.mock('../../lib/search/query', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/search/query')>();
  return {
    ...real,
    searchPage: (...args: Parameters<typeof real.searchPage>) => {
      searches.calls.push(args[1]);
      return real.searchPage(...args);
    },
  };
});

beforeEach(installMessages);

let host: HTMLElement;
afterEach(async () => {
  if (!host) return;
  await act(() => render(null, host));
  host.remove();
});

/** Scrolls the results list past its first 20 rows. */
function scrollToEnd(el: HTMLElement): void {
  const box = el.querySelector('.vlist') as HTMLElement;
  act(() => {
    box.scrollTop = 20 * HIT_ROW_HEIGHT;
    box.dispatchEvent(new Event('scroll'));
  });
}

describe('the search view', () => {
  it('renders prepared results in its first render, and only for their query', async () => {
    const db = useDb(); // the page's database, as the view reaches it
    await db.clippings.bulkPut([
      makeClipping('c1', { title: '第一期工作简报', text: '全体党员要增强四个意识。', updatedAt: 1 }),
      makeClipping('c2', { title: '第二期工作简报', text: '乡村振兴工作。', updatedAt: 2 }),
    ]);
    await db.highlights.put(makeHighlight('h1', 'c2', { exact: '四个意识的要求', updatedAt: 3 }));
    await rebuildIndex(db);
    await prepareSearchView(db, new URLSearchParams('q=四个意识'));

    host = document.createElement('div');
    document.body.append(host);
    // No act(): what the DOM holds right after render() is the first render, before any query.
    render(<SearchView route="/search" params={new URLSearchParams('q=四个意识')} />, host);
    const rows = [...host.querySelectorAll('[role="listitem"]')].map((r) => r.textContent ?? '');
    expect(rows).toHaveLength(2);
    // The highlight ranks first; each row names its clipping (read with the search).
    expect(rows[0]).toContain('四个意识的要求');
    expect(rows[0]).toContain('第二期工作简报');
    expect(rows[1]).toContain('第一期工作简报');
    await act(() => render(null, host));

    render(<SearchView route="/search" params={new URLSearchParams('q=乡村振兴')} />, host);
    expect(host.querySelectorAll('[role="listitem"]')).toHaveLength(0);
    expect(host.textContent).toContain('正在搜索');
    // Its own query then answers.
    await waitFor(() => expect(host.querySelector('[role="listitem"]')?.textContent).toContain('第二期工作简报'));
  });

  it('shows the first results prepared, says more are coming, then shows them all', async () => {
    const db = useDb();
    await db.clippings.bulkPut(Array.from({ length: 25 }, (_, i) => makeClipping(`m${i}`, { title: `第${i}期`, text: `坚持两个维护，第${i}段。`, updatedAt: 100 + i })));
    await rebuildIndex(db);
    await prepareSearchView(db, new URLSearchParams('q=两个维护'));
    host = document.createElement('div');
    document.body.append(host);
    render(<SearchView route="/search" params={new URLSearchParams('q=两个维护')} />, host);
    // The head start: the first 20 (newest first), and the status says more follow.
    expect(host.querySelector('.status')?.textContent).toBe('已显示 20 条结果，向下滚动加载更多');
    expect(host.querySelector('[role="listitem"]')?.textContent).toContain('第24期');
    // Scrolled to the end at once, before the view's own query (the same 20) has answered:
    // once it has, the list reads a step more and finds all 25.
    scrollToEnd(host);
    await waitFor(() => expect(host.querySelector('.status')?.textContent).toBe('找到 25 条结果'));
  });

  it('searches no second time for the results prepared, and again after a write to the data', async () => {
    const db = useDb();
    await db.clippings.bulkPut([makeClipping('p1', { title: '第一期', text: '巩固拓展脱贫攻坚成果。', updatedAt: 1 })]);
    await rebuildIndex(db);
    searches.calls.length = 0;
    await prepareSearchView(db, new URLSearchParams('q=脱贫攻坚'));
    host = document.createElement('div');
    document.body.append(host);
    await act(() => render(<SearchView route="/search" params={new URLSearchParams('q=脱贫攻坚')} />, host));
    await new Promise((r) => setTimeout(r, 100));
    expect(host.querySelector('.status')?.textContent).toBe('找到 1 条结果');
    expect(searches.calls).toEqual(['脱贫攻坚']);
    // A new bulletin (the index follows it in the same write): the view searches again.
    await db.clippings.put(makeClipping('p2', { title: '第二期', text: '脱贫攻坚与乡村振兴有效衔接。', updatedAt: 2 }));
    await waitFor(() => expect(host.querySelector('.status')?.textContent).toBe('找到 2 条结果'));
    expect(searches.calls.length).toBeGreaterThan(1);
  });

  it('searches again when the data changed after the results were prepared', async () => {
    const db = useDb();
    await db.clippings.bulkPut([makeClipping('q1', { title: '第一期', text: '推进营商环境优化。', updatedAt: 1 })]);
    await rebuildIndex(db);
    await prepareSearchView(db, new URLSearchParams('q=营商环境'));
    await db.clippings.put(makeClipping('q2', { title: '第二期', text: '营商环境再升级。', updatedAt: 2 }));
    host = document.createElement('div');
    document.body.append(host);
    render(<SearchView route="/search" params={new URLSearchParams('q=营商环境')} />, host);
    // The prepared (older) results show first; the view's own search brings the new one.
    expect(host.querySelector('.status')?.textContent).toBe('找到 1 条结果');
    await waitFor(() => expect(host.querySelector('.status')?.textContent).toBe('找到 2 条结果'));
  });

  it('reads no more than the first results until the list is scrolled near their end', async () => {
    const db = useDb();
    await db.clippings.bulkPut(Array.from({ length: 25 }, (_, i) => makeClipping(`n${i}`, { title: `第${i}期`, text: `坚定四个自信，第${i}段。`, updatedAt: 100 + i })));
    await rebuildIndex(db);
    host = document.createElement('div');
    document.body.append(host);
    render(<SearchView route="/search" params={new URLSearchParams('q=四个自信')} />, host);
    await waitFor(() => expect(host.querySelector('.status')?.textContent).toBe('已显示 20 条结果，向下滚动加载更多'));
    await new Promise((r) => setTimeout(r, 100));
    expect(host.querySelector('.status')?.textContent).toBe('已显示 20 条结果，向下滚动加载更多');
    scrollToEnd(host);
    await waitFor(() => expect(host.querySelector('.status')?.textContent).toBe('找到 25 条结果'));
  });
});
