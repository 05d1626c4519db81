// @vitest-environment jsdom
/**
 * Changing view in the library: the hash router holds the current view while the next one
 * reads its first page (prepared-page.ts), and the next view paints with those rows at once.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { navigate, PREPARE_MAX_MS, useHashRoute, type PrepareRoute } from '../../components/common/use-hash-route';
import { FIRST_PAGE, prepareFirstPage } from '../../components/library/prepared-page';
import { usePagedQuery, type PagedResult } from '../../components/library/use-paged-query';
import { openDb, type ClipperDb } from '../../lib/db/database';
import { makeQuery, type LibraryQuery, type PageAnswer, type PageRequest } from '../../lib/library/filters';

// Preact's after-paint timer fallback must fire before jsdom's teardown (see notes/dom.ts).
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));

const hosts: HTMLElement[] = [];
async function mount(node: preact.ComponentChild): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  await act(() => render(node, host));
  return host;
}
afterEach(async () => {
  for (const host of hosts.splice(0)) {
    await act(() => render(null, host));
    host.remove();
  }
  location.hash = '';
});

const sleep = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

/** A promise with its resolve function outside. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function Route({ prepare, onPending }: { prepare?: PrepareRoute; onPending?: (pending: boolean) => void }) {
  return <p>{useHashRoute(prepare, onPending)}</p>;
}

/** Sets the hash and lets jsdom fire hashchange. */
async function go(hash: string): Promise<void> {
  location.hash = hash;
  await sleep(5);
}

describe('the hash router with a route to prepare', () => {
  it('shows a route at once when there is nothing to prepare', async () => {
    const host = await mount(<Route prepare={() => null} />);
    await go('/highlights');
    expect(host.textContent).toBe('/highlights');
  });

  it('keeps the current route until the next one is ready, and says it is waiting', async () => {
    const ready = deferred();
    const asked: string[] = [];
    const pending: boolean[] = [];
    const host = await mount(<Route prepare={(h) => (asked.push(h), ready.promise)} onPending={(p) => pending.push(p)} />);
    const before = host.textContent;
    await go('/highlights?tag=a');
    expect(asked).toContain('/highlights?tag=a');
    expect(host.textContent).toBe(before);
    expect(pending.at(-1)).toBe(true);
    await act(async () => ready.resolve());
    await sleep(1);
    expect(host.textContent).toBe('/highlights?tag=a');
    expect(pending.at(-1)).toBe(false);
  });

  it(`shows the route anyway after ${PREPARE_MAX_MS} ms, and when preparing fails`, async () => {
    let prepare: PrepareRoute = () => new Promise(() => undefined);
    const host = await mount(<Route prepare={(h) => prepare(h)} />);
    await go('/slow');
    expect(host.textContent).not.toBe('/slow');
    await sleep(PREPARE_MAX_MS + 30);
    expect(host.textContent).toBe('/slow');
    prepare = () => Promise.reject(new Error('no database'));
    await go('/failed');
    await sleep(1);
    expect(host.textContent).toBe('/failed');
    prepare = () => {
      throw new Error('bad route');
    };
    await go('/thrown');
    expect(host.textContent).toBe('/thrown');
  });

  it('lets a later navigation overtake a pending one', async () => {
    const first = deferred();
    const second = deferred();
    const pending: boolean[] = [];
    const host = await mount(<Route prepare={(h) => (h === '/one' ? first.promise : second.promise)} onPending={(p) => pending.push(p)} />);
    await go('/one');
    await go('/two');
    await act(async () => second.resolve());
    await sleep(1);
    expect(host.textContent).toBe('/two');
    expect(pending.slice(-3)).toEqual([true, true, false]);
    const heard = pending.length;
    // The first one getting ready later does not take the page back, nor says a thing.
    await act(async () => first.resolve());
    await sleep(1);
    expect(host.textContent).toBe('/two');
    expect(pending).toHaveLength(heard);
  });
});

describe('navigate() with the router mounted', () => {
  it('shows the route once it is ready, then sets the URL, and its hashchange prepares nothing again', async () => {
    const ready = deferred();
    const asked: string[] = [];
    const host = await mount(<Route prepare={(h) => (asked.push(h), ready.promise)} />);
    await sleep(5); // the last test's hash reset has fired
    const before = location.hash;
    navigate('/search?q=%E5%9B%9B%E4%B8%AA%E6%84%8F%E8%AF%86');
    await sleep(5);
    // Still the old view, and the old URL: the next view is reading.
    expect(location.hash).toBe(before);
    expect(host.textContent).not.toBe('/search?q=%E5%9B%9B%E4%B8%AA%E6%84%8F%E8%AF%86');
    await act(async () => ready.resolve());
    await sleep(1);
    expect(host.textContent).toBe('/search?q=%E5%9B%9B%E4%B8%AA%E6%84%8F%E8%AF%86');
    // The URL follows after the frame, and the hashchange it fires changes nothing.
    await sleep(60);
    expect(location.hash).toBe('#/search?q=%E5%9B%9B%E4%B8%AA%E6%84%8F%E8%AF%86');
    expect(asked.filter((h) => h.startsWith('/search'))).toHaveLength(1);
    // A link followed afterwards is prepared as ever.
    await go('/highlights');
    expect(asked.at(-1)).toBe('/highlights');
  });

  it('leaves the URL to a link followed before it caught up', async () => {
    const host = await mount(<Route prepare={() => Promise.resolve()} />);
    await sleep(5);
    navigate('/one');
    // The view shows at once (ready), the URL would follow after the frame: a link first.
    await act(async () => {
      await Promise.resolve();
      location.hash = '/two';
    });
    await sleep(60);
    expect(location.hash).toBe('#/two');
    expect(host.textContent).toBe('/two');
  });

  it('is what a plain click on an in-page link does; a click with a modifier key, another button or on another link is the browser’s', async () => {
    const ready = deferred();
    const host = await mount(<Route prepare={(h) => (h === '/tags' ? ready.promise : null)} />);
    const links = await mount(
      <nav>
        <a href="#/tags">标签</a>
        <a href="#/tags" target="_blank">新窗口</a>
        <a href="https://example.org/#/tags">外部</a>
        <a href="#/tags" onClick={(e) => e.preventDefault()}>自理</a>
      </nav>,
    );
    await sleep(5);
    const before = location.hash;
    const [plain, blank, outside, handled] = [...links.querySelectorAll('a')];
    const click = (a: Element, init: MouseEventInit = {}) => a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
    // Not ours: the router leaves the default action alone. (A listener after the router's
    // notes that, then stops jsdom following the link.)
    const prevented: boolean[] = [];
    const note = (e: Event) => {
      prevented.push(e.defaultPrevented);
      e.preventDefault();
    };
    window.addEventListener('click', note);
    click(plain!, { ctrlKey: true });
    click(plain!, { shiftKey: true });
    click(plain!, { button: 1 });
    click(blank!);
    click(outside!);
    click(handled!);
    window.removeEventListener('click', note);
    expect(prevented).toEqual([false, false, false, false, false, true]);
    await sleep(5);
    expect(location.hash).toBe(before);
    // Ours: the URL stays while the route reads, the view shows, then the URL follows.
    expect(click(plain!)).toBe(false);
    await sleep(5);
    expect(location.hash).toBe(before);
    await act(async () => ready.resolve());
    await sleep(1);
    expect(host.textContent).toBe('/tags');
    await sleep(60);
    expect(location.hash).toBe('#/tags');
  });

  it('takes the current history entry’s place with replace', async () => {
    const host = await mount(<Route prepare={() => Promise.resolve()} />);
    await sleep(5);
    navigate('/search?q=a');
    await sleep(60);
    const entries = history.length;
    navigate('/search?q=ab', { replace: true });
    await sleep(60);
    expect(host.textContent).toBe('/search?q=ab');
    expect(location.hash).toBe('#/search?q=ab');
    expect(history.length).toBe(entries);
  });
});

describe('a prepared first page', () => {
  let db: ClipperDb;
  const q: LibraryQuery = makeQuery({ view: 'highlights', tags: ['甲'] });
  const answer: PageAnswer<string> = { items: ['第一行', '第二行'], total: 2 };
  const runs: PageRequest[] = [];
  const run = async (_db: ClipperDb, _q: LibraryQuery, page: PageRequest) => (runs.push(page), answer);
  const count = async () => 2;
  let seen: Array<PagedResult<string>> = [];
  function List({ query }: { query: LibraryQuery }) {
    const page = usePagedQuery(db, query, { start: 0, end: 30 }, run, count);
    seen.push(page);
    return <p>{page.rows === undefined ? '…' : Array.from({ length: page.rows }, (_, i) => page.itemAt(i)).join('|')}</p>;
  }

  it('is what the view renders first, for that query only', async () => {
    db = openDb({ name: `prepared-${Math.random()}` });
    await prepareFirstPage(db, q, run);
    expect(runs).toEqual([FIRST_PAGE]);
    seen = [];
    const host = await mount(<List query={q} />);
    // The very first render has the rows: the view's own query has not answered yet.
    expect(seen[0]!.rows).toBe(2);
    expect(seen[0]!.itemAt(1)).toBe('第二行');
    expect(host.textContent).toBe('第一行|第二行');
    // Nothing was written since it was read: the view does not read it again.
    await sleep(50);
    expect(runs).toEqual([FIRST_PAGE]);
    // Another query is not answered from it.
    seen = [];
    await mount(<List query={makeQuery({ view: 'highlights', tags: ['乙'] })} />);
    expect(seen[0]!.rows).toBeUndefined();
    db.close();
  });
});

