import { afterEach, describe, expect, it } from 'vitest';
import type { ClipperDb } from '../../../lib/db/database';
import { computeDashboard, startOfLocalWeek } from '../../../lib/library/stats';
import { freshDb, makeClipping, makeHighlight } from '../search/helpers';

const DAY = 86_400_000;
const wednesday = new Date(2024, 4, 8, 15).getTime(); // Wed 2024-05-08, local

let db: ClipperDb;
afterEach(async () => {
  await db?.delete();
});

describe('dashboard', () => {
  it('starts weeks on Monday', () => {
    expect(startOfLocalWeek(wednesday)).toBe(new Date(2024, 4, 6).getTime());
    expect(startOfLocalWeek(new Date(2024, 4, 12, 23).getTime())).toBe(new Date(2024, 4, 6).getTime()); // Sunday
  });

  it('counts clippings per issuer and month, top tags, and this week’s highlights', async () => {
    db = freshDb();
    await db.clippings.bulkPut([
      makeClipping('a', { issuer: '省委办公厅', date: '2024-05-02', tags: ['学习'] }),
      makeClipping('b', { issuer: '省委办公厅', date: '2024-05-20' }),
      makeClipping('c', { issuer: '省委办公厅', date: '2024-04-11' }),
      makeClipping('d', { issuer: '市委办公室', date: '2024-05-01' }),
      makeClipping('e', { issuer: null, date: null, createdAt: new Date(2024, 3, 3).getTime() }),
      makeClipping('old', { issuer: '市委办公室', date: '2021-01-01' }),
    ]);
    await db.highlights.bulkPut([
      makeHighlight('h1', 'a', { tags: ['四个意识', '学习'], createdAt: wednesday - 1 * DAY }), // Tuesday
      makeHighlight('h2', 'a', { tags: ['四个意识'], createdAt: new Date(2024, 4, 6, 0, 0, 1).getTime() }), // Monday 00:00:01
      makeHighlight('h3', 'b', { tags: ['四个意识'], createdAt: new Date(2024, 4, 5, 23, 59).getTime() }), // Sunday before
      makeHighlight('h4', 'b', { createdAt: wednesday - 30 * DAY }),
    ]);
    const d = await computeDashboard(db, wednesday, { months: 3 });
    expect(d.totals).toEqual({ clippings: 6, highlights: 4, tags: 2 });
    expect(d.perIssuerMonth).toEqual([
      { issuer: '省委办公厅', month: '2024-05', count: 2 },
      { issuer: '市委办公室', month: '2024-05', count: 1 },
      { issuer: '省委办公厅', month: '2024-04', count: 1 },
      { issuer: null, month: '2024-04', count: 1 },
    ]);
    expect(d.perIssuer).toEqual([
      { issuer: '省委办公厅', count: 3 },
      { issuer: '市委办公室', count: 2 },
      { issuer: null, count: 1 },
    ]);
    expect(d.topTags.map((t) => [t.name, t.highlightCount + t.clippingCount])).toEqual([
      ['四个意识', 3],
      ['学习', 2],
    ]);
    expect(d.highlightsThisWeek).toBe(2);
    expect(d.highlightsPerDay).toEqual([
      { day: '2024-05-02', count: 0 },
      { day: '2024-05-03', count: 0 },
      { day: '2024-05-04', count: 0 },
      { day: '2024-05-05', count: 1 },
      { day: '2024-05-06', count: 1 },
      { day: '2024-05-07', count: 1 },
      { day: '2024-05-08', count: 0 },
    ]);
    expect((await computeDashboard(db, wednesday, { months: null })).perIssuerMonth.at(-1)).toEqual({ issuer: '市委办公室', month: '2021-01', count: 1 });
  });
});
