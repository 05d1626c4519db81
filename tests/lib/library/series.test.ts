import { afterEach, describe, expect, it } from 'vitest';
import type { ClipperDb } from '../../../lib/db/database';
import { findNeighbours, findSeriesGaps, orderSeries, parseChineseNumber, parseIssueNumber, type SeriesEntry } from '../../../lib/library/series';
import { freshDb, makeClipping } from '../search/helpers';

describe('parseIssueNumber', () => {
  it.each([
    ['第12期', { year: null, number: 12, total: null }],
    ['第 12 期', { year: null, number: 12, total: null }],
    ['第十二期', { year: null, number: 12, total: null }],
    ['第一百零三期', { year: null, number: 103, total: null }],
    ['第１２期', { year: null, number: 12, total: null }],
    ['总第345期', { year: null, number: null, total: 345 }],
    ['第12期（总第345期）', { year: null, number: 12, total: 345 }],
    ['〔2021〕3号', { year: 2021, number: 3, total: null }],
    ['[2021]第3号', { year: 2021, number: 3, total: null }],
    ['（2020）15号', { year: 2020, number: 15, total: null }],
    ['2021年第3期', { year: 2021, number: 3, total: null }],
    ['2021年第3期（总第58期）', { year: 2021, number: 3, total: 58 }],
    ['12期', { year: null, number: 12, total: null }],
  ])('%s', (raw, expected) => {
    expect(parseIssueNumber(raw)).toEqual(expected);
  });

  it.each([[null], [''], ['特刊'], ['增刊'], ['2021年']])('%s is not a number', (raw) => {
    expect(parseIssueNumber(raw)).toBeNull();
  });

  it('reads Chinese numerals', () => {
    expect([parseChineseNumber('十'), parseChineseNumber('二十'), parseChineseNumber('两百'), parseChineseNumber('二〇二一'), parseChineseNumber('x')]).toEqual([10, 20, 200, 2021, null]);
  });
});

function entry(id: string, issueNumber: string | null, date: string | null, createdAt = 0): SeriesEntry {
  return { id, title: id, issueNumber, date, issue: parseIssueNumber(issueNumber), createdAt };
}

describe('series gaps and order', () => {
  it('finds 第12期 missing between 第11期 and 第13期', () => {
    const gaps = findSeriesGaps(orderSeries([entry('a', '第11期', '2021-03-01'), entry('b', '第13期', '2021-03-20'), entry('c', '第14期', '2021-03-29')]));
    expect(gaps).toEqual([{ kind: 'number', year: 2021, afterId: 'a', beforeId: 'b', missing: [12], missingCount: 1 }]);
  });

  it('does not report a gap when numbering restarts each year', () => {
    const entries = orderSeries([entry('d', '第1期', '2022-01-10'), entry('a', '第19期', '2021-11-01'), entry('b', '第20期', '2021-12-01'), entry('e', '第3期', '2022-02-01')]);
    expect(entries.map((e) => e.id)).toEqual(['a', 'b', 'd', 'e']);
    expect(findSeriesGaps(entries)).toEqual([{ kind: 'number', year: 2022, afterId: 'd', beforeId: 'e', missing: [2], missingCount: 1 }]);
  });

  it('uses cumulative numbers across years when every entry has one', () => {
    const entries = orderSeries([entry('a', '第20期（总第99期）', '2021-12-20'), entry('b', '第2期（总第101期）', '2022-01-15')]);
    expect(findSeriesGaps(entries)).toEqual([{ kind: 'total', year: null, afterId: 'a', beforeId: 'b', missing: [100], missingCount: 1 }]);
  });

  it('orders by 〔year〕number and caps long gap lists', () => {
    const entries = orderSeries([entry('b', '〔2021〕90号', null), entry('a', '〔2021〕3号', null), entry('z', '〔2020〕7号', null)]);
    expect(entries.map((e) => e.id)).toEqual(['z', 'a', 'b']);
    const [gap] = findSeriesGaps(entries);
    expect([gap?.missingCount, gap?.missing.length, gap?.missing[0]]).toEqual([86, 50, 4]);
  });
});

describe('findNeighbours', () => {
  let db: ClipperDb;
  afterEach(async () => {
    await db?.delete();
  });

  it('steps through the same issuer and bulletin name only', async () => {
    db = freshDb();
    const s = { issuer: '省委办公厅', bulletinName: '工作简报' };
    await db.clippings.bulkPut([
      makeClipping('p11', { ...s, issueNumber: '第11期', date: '2021-03-01' }),
      makeClipping('p13', { ...s, issueNumber: '第13期', date: '2021-03-22' }),
      makeClipping('p14', { ...s, issueNumber: '第14期', date: '2021-04-02' }),
      makeClipping('other', { issuer: '省委办公厅', bulletinName: '信息专报', issueNumber: '第12期', date: '2021-03-10' }),
      makeClipping('x', { issuer: '市委办公室', bulletinName: '工作简报', issueNumber: '第12期', date: '2021-03-10' }),
    ]);
    const n = await findNeighbours(db, 'p13');
    expect([n?.previous?.id, n?.next?.id]).toEqual(['p11', 'p14']);
    expect(n?.series.entries.map((e) => e.id)).toEqual(['p11', 'p13', 'p14']);
    expect(n?.series.gaps.map((g) => g.missing)).toEqual([[12]]);
    const first = await findNeighbours(db, 'p11');
    expect([first?.previous, first?.next?.id]).toEqual([null, 'p13']);
    expect(await findNeighbours(db, 'missing')).toBeNull();
  });

  it('finds a series without issuer by bulletin name', async () => {
    db = freshDb();
    await db.clippings.bulkPut([
      makeClipping('a', { issuer: null, bulletinName: '党史学习教育简报', issueNumber: '第1期' }),
      makeClipping('b', { issuer: null, bulletinName: '党史学习教育简报', issueNumber: '第2期' }),
      makeClipping('c', { issuer: null, bulletinName: null, issueNumber: '第3期' }),
    ]);
    expect((await findNeighbours(db, 'b'))?.previous?.id).toBe('a');
    expect((await findNeighbours(db, 'c'))?.series.entries.map((e) => e.id)).toEqual(['c']);
  });
});
