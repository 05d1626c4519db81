/**
 * Review mode: a daily handful of past highlights to re-read. Half the handful is the
 * newest never-reviewed highlights, half the most overdue reviewed ones (interval doubling
 * with each review: 1, 2, 4 ... 128 days); either half fills up from the other. The pick
 * is a function of the day and the data: items reviewed that day stay in it (done), so
 * the handful does not reshuffle while the user works through it.
 */
import type { Highlight } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { summariesOf } from '../db/clipping-summaries';
import type { HighlightItem } from './highlight-query';
import { endOfLocalDay, startOfLocalDay } from './id-sets';

const DAY = 86_400_000;
/** How many of the oldest-reviewed highlights are weighed for being overdue. */
const DUE_WINDOW = 500;

/** One item of the day's review. */
export interface ReviewItem extends HighlightItem {
  /** Reviewed already on that day. */
  done: boolean;
}

/** Days until a highlight reviewed `reviewCount` times is due again. */
export function reviewIntervalDays(reviewCount: number): number {
  return 2 ** Math.min(7, Math.max(0, reviewCount - 1));
}

function tieHash(day: string, id: string): number {
  let h = 0x811c9dc5;
  for (const s of [day, id]) for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

async function newestNeverReviewed(db: ClipperDb, before: number, need: number): Promise<Highlight[]> {
  const reviewed = new Set(await db.highlights.orderBy('reviewedAt').primaryKeys());
  const out: Highlight[] = [];
  for (let offset = 0, size = 64; out.length < need; offset += size, size *= 2) {
    const keys = await db.highlights.where('createdAt').below(before).reverse().offset(offset).limit(size).primaryKeys();
    const fresh = keys.filter((k) => !reviewed.has(k)).slice(0, need - out.length);
    out.push(...((await db.highlights.bulkGet(fresh)).filter(Boolean) as Highlight[]));
    if (keys.length < size) break;
  }
  return out;
}

async function mostOverdue(db: ClipperDb, day: string, dayStart: number): Promise<Highlight[]> {
  const oldest = await db.highlights.where('reviewedAt').below(dayStart).limit(DUE_WINDOW).toArray();
  const overdue = (h: Highlight) => (dayStart - h.reviewedAt!) / (reviewIntervalDays(h.reviewCount) * DAY);
  return oldest.filter((h) => overdue(h) >= 1).sort((a, b) => overdue(b) - overdue(a) || tieHash(day, a.id) - tieHash(day, b.id));
}

/** The review handful of a local day (YYYY-MM-DD): pending items first, then those done. */
export async function pickDailyReview(db: ClipperDb, day: string, size = 5): Promise<ReviewItem[]> {
  return db.transaction('r', [db.highlights, db.clippings, db.clippingSummaries], () => pickInTransaction(db, day, size));
}

async function pickInTransaction(db: ClipperDb, day: string, size: number): Promise<ReviewItem[]> {
  const dayStart = startOfLocalDay(day);
  const dayEnd = endOfLocalDay(day);
  const done = (await db.highlights.where('reviewedAt').between(dayStart, dayEnd, true, false).toArray()).slice(0, size);
  // Quotas are per origin: an item first reviewed today came from the never-reviewed half.
  const half = Math.ceil(size / 2);
  const neverQuota = Math.max(0, half - done.filter((h) => h.reviewCount <= 1).length);
  const dueQuota = Math.max(0, size - half - done.filter((h) => h.reviewCount > 1).length);
  const remaining = Math.max(0, size - done.length);
  const [never, due] = await Promise.all([newestNeverReviewed(db, dayEnd, remaining), mostOverdue(db, day, dayStart)]);
  const pickNever = never.slice(0, neverQuota);
  const pickDue = due.slice(0, dueQuota);
  const fill = [...never.slice(neverQuota), ...due.slice(dueQuota)].slice(0, Math.max(0, remaining - pickNever.length - pickDue.length));
  const pending = [...pickNever, ...pickDue, ...fill].slice(0, remaining);
  const all = [...pending.map((h) => ({ h, done: false })), ...done.map((h) => ({ h, done: true }))];
  const clippings = await summariesOf(db, [...new Set(all.map((x) => x.h.clippingId))]);
  return all.map(({ h, done: isDone }) => ({ highlight: h, clipping: clippings.get(h.clippingId) ?? null, done: isDone }));
}

/**
 * Marks a highlight as re-read at `now`: reviewedAt = now, reviewCount + 1 (once per local
 * day: a second mark the same day changes nothing). Not an edit: updatedAt stays.
 */
export async function markReviewed(db: ClipperDb, id: string, now: number): Promise<Highlight | undefined> {
  return db.transaction('rw', db.highlights, async () => {
    const h = await db.highlights.get(id);
    if (!h) return undefined;
    if (h.reviewedAt !== null && new Date(h.reviewedAt).toDateString() === new Date(now).toDateString()) return h;
    const next = { ...h, reviewedAt: now, reviewCount: h.reviewCount + 1 };
    await db.highlights.put(next);
    return next;
  });
}
