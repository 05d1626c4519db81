import { afterEach, describe, expect, it } from 'vitest';
import type { ClipperDb } from '../../../lib/db/database';
import { markReviewed, pickDailyReview, reviewIntervalDays } from '../../../lib/library/review';
import { freshDb, makeClipping, makeHighlight } from '../search/helpers';

const DAY = 86_400_000;
const noon = new Date(2024, 4, 10, 12).getTime(); // local noon of 2024-05-10

let db: ClipperDb;
afterEach(async () => {
  await db?.delete();
});

async function seed(): Promise<void> {
  db = freshDb();
  await db.clippings.put(makeClipping('c', { title: '工作简报', issuer: '办公厅' }));
  const at = (days: number) => noon - days * DAY;
  await db.highlights.bulkPut([
    ...[1, 2, 3, 4].map((d) => makeHighlight(`n${5 - d}`, 'c', { createdAt: at(d * 2), updatedAt: at(d * 2) })),
    makeHighlight('r1', 'c', { createdAt: at(30), reviewedAt: at(3), reviewCount: 1 }), // due for 3 days (interval 1)
    makeHighlight('r2', 'c', { createdAt: at(30), reviewedAt: at(5), reviewCount: 3 }), // interval 4: 1.25x due
    makeHighlight('r3', 'c', { createdAt: at(30), reviewedAt: at(2), reviewCount: 4 }), // interval 8: not due
    makeHighlight('later', 'c', { createdAt: noon + 2 * DAY }), // made after that day
  ]);
}

const ids = (items: Array<{ highlight: { id: string }; done: boolean }>) => items.map((i) => `${i.highlight.id}${i.done ? '✓' : ''}`);

describe('daily review', () => {
  it('doubles intervals', () => {
    expect([0, 1, 2, 3, 4, 8, 20].map(reviewIntervalDays)).toEqual([1, 1, 2, 4, 8, 128, 128]);
  });

  it('picks newest never-reviewed first, then the most overdue, deterministically', async () => {
    await seed();
    const first = await pickDailyReview(db, '2024-05-10', 5);
    expect(ids(first)).toEqual(['n4', 'n3', 'n2', 'r1', 'r2']);
    expect(first[0]?.clipping?.title).toBe('工作简报');
    expect(ids(await pickDailyReview(db, '2024-05-10', 5))).toEqual(ids(first));
  });

  it('keeps the day’s handful stable while it is worked through', async () => {
    await seed();
    await markReviewed(db, 'n4', noon);
    expect(ids(await pickDailyReview(db, '2024-05-10', 5))).toEqual(['n3', 'n2', 'r1', 'r2', 'n4✓']);
    await markReviewed(db, 'r1', noon + 1000);
    expect(ids(await pickDailyReview(db, '2024-05-10', 5))).toEqual(['n3', 'n2', 'r2', 'n4✓', 'r1✓']);
    // Tomorrow n4 (reviewed once, half a day ago) is not yet due; the next new ones are.
    expect(ids(await pickDailyReview(db, '2024-05-11', 5))).toEqual(['n3', 'n2', 'n1', 'r2']);
  });

  it('fills one half from the other', async () => {
    await seed();
    await db.highlights.bulkDelete(['r1', 'r2']);
    expect(ids(await pickDailyReview(db, '2024-05-10', 3))).toEqual(['n4', 'n3', 'n2']);
    await db.highlights.bulkDelete(['n1', 'n2', 'n3', 'n4']);
    expect(ids(await pickDailyReview(db, '2024-05-10', 3))).toEqual([]);
  });

  it('marks a highlight reviewed once a day without touching updatedAt', async () => {
    await seed();
    const h = await markReviewed(db, 'r2', noon);
    expect([h?.reviewedAt, h?.reviewCount, h?.updatedAt]).toEqual([noon, 4, 1_700_000_000_000]);
    expect((await markReviewed(db, 'r2', noon + 60_000))?.reviewCount).toBe(4);
    expect((await markReviewed(db, 'r2', noon + DAY))?.reviewCount).toBe(5);
    expect(await markReviewed(db, 'nope', noon)).toBeUndefined();
  });
});
