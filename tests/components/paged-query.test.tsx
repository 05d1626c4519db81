// @vitest-environment jsdom
/**
 * A list's page and total (components/library/use-paged-query.ts): the total counted apart
 * when the page does not bring it and kept while no table a query reads has changed; both read
 * again after a write to such a table, one read at a time.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePagedQuery, type CountRunner, type PageRunner } from '../../components/library/use-paged-query';
import { openDb, type ClipperDb } from '../../lib/db/database';
import { makeQuery, type LibraryQuery } from '../../lib/library/filters';
import { makeClipping, makeHighlight } from '../lib/search/helpers';

// Preact's after-paint timer fallback must fire before jsdom's teardown (see notes/dom.ts).
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));

let db: ClipperDb;
let host: HTMLElement;
beforeEach(async () => {
  db = openDb({ name: `paged-${Math.random()}` });
  await db.clippings.add(makeClipping('c1'));
  await db.highlights.bulkAdd([makeHighlight('h1', 'c1'), makeHighlight('h2', 'c1')]);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(async () => {
  await act(() => render(null, host));
  host.remove();
  await db.delete();
});

const sleep = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

/** Waits (up to a second) until test() holds. */
async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !test(); i++) await sleep(10);
  expect(test()).toBe(true);
}

/** A page that reads the highlights (so its live query follows them) and leaves the total to the count. */
let pageReads = 0;
const readingPage: PageRunner<string> = async (d) => {
  pageReads++;
  return { items: await d.highlights.orderBy('id').limit(1).primaryKeys(), total: undefined };
};

/** Counts the highlights, noting each call. */
let counts = 0;
const countHighlights: CountRunner = async (d) => {
  counts++;
  return d.highlights.count();
};

/** Renders whose page had answered while its total was still unknown. */
let rowsWithoutTotal = 0;

function List({ query, run = readingPage, count = countHighlights }: { query: LibraryQuery; run?: PageRunner<string>; count?: CountRunner }) {
  const page = usePagedQuery(db, query, { start: 0, end: 30 }, run, count);
  if (page.rows !== undefined && page.total === undefined) rowsWithoutTotal++;
  return <p>{page.total === undefined ? '…' : `共 ${page.total} 条`}</p>;
}

const all = makeQuery({ view: 'highlights' });
const green = makeQuery({ view: 'highlights', colors: ['green'] });

beforeEach(() => {
  pageReads = 0;
  counts = 0;
});

describe('a list’s total', () => {
  it('is counted once, and shown again at once without a count while nothing was written', async () => {
    await act(() => render(<List query={all} />, host));
    await until(() => host.textContent === '共 2 条');
    expect(counts).toBe(1);
    await act(() => render(<List query={green} />, host));
    await until(() => counts === 2);
    // A new instance (as a view mounted again): it has nothing of its own to show.
    await act(() => render(null, host));
    rowsWithoutTotal = 0;
    await act(() => render(<List query={all} />, host));
    await until(() => host.textContent === '共 2 条');
    await sleep(50);
    expect(counts).toBe(2);
    // The total kept shows with the first rows.
    expect(rowsWithoutTotal).toBe(0);
  });

  it('is counted again after a write to a table a query reads, and not after others', async () => {
    await act(() => render(<List query={all} />, host));
    await until(() => host.textContent === '共 2 条');
    await db.settings.put({ key: 'unrelated', value: 1 });
    await sleep(50);
    expect(counts).toBe(1);
    await db.highlights.add(makeHighlight('h3', 'c1'));
    await until(() => host.textContent === '共 3 条');
    expect(counts).toBe(2);
    // Shown again later: the count kept is the one after the write.
    await act(() => render(<List query={green} />, host));
    await until(() => counts === 3);
    await act(() => render(<List query={all} />, host));
    await until(() => host.textContent === '共 3 条');
    await sleep(50);
    expect(counts).toBe(3);
  });

  it('runs one count at a time: writes made during one are counted once, after it', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const slowCount: CountRunner = async (d) => {
      counts++;
      const n = await d.highlights.count();
      if (counts === 1) await held;
      return n;
    };
    await act(() => render(<List query={all} count={slowCount} />, host));
    await until(() => counts === 1);
    for (const id of ['h3', 'h4', 'h5']) await db.highlights.add(makeHighlight(id, 'c1'));
    await sleep(30);
    expect(counts).toBe(1);
    release();
    await until(() => host.textContent === '共 5 条');
    await sleep(50);
    expect(counts).toBe(2);
  });

  it('has its page read again after a write to a table a query reads, one read at a time, and not after others', async () => {
    let release: (() => void) | null = null;
    const slowPage: PageRunner<string> = async (d) => {
      pageReads++;
      const keys = await d.highlights.orderBy('id').primaryKeys();
      if (pageReads === 2) await new Promise<void>((r) => (release = r));
      return { items: keys, total: keys.length };
    };
    await act(() => render(<List query={all} run={slowPage} />, host));
    await until(() => host.textContent === '共 2 条');
    expect(pageReads).toBe(1);
    await db.settings.put({ key: 'unrelated', value: 1 });
    await sleep(30);
    expect(pageReads).toBe(1);
    // Three writes while the second read is held: one more read after it, not three.
    await db.highlights.add(makeHighlight('h3', 'c1'));
    await until(() => pageReads === 2);
    for (const id of ['h4', 'h5']) await db.highlights.add(makeHighlight(id, 'c1'));
    await sleep(30);
    expect(pageReads).toBe(2);
    release!();
    await until(() => host.textContent === '共 5 条');
    await sleep(50);
    expect(pageReads).toBe(3);
  });
});
