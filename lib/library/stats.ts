/**
 * The dashboard's figures, computed from index keys and counts (no record of 3 KB text is
 * read): clippings per issuer and month, most used tags, highlights this week.
 */
import type { ClipperDb } from '../db/database';
import { listTags, type TagInfo } from './tags';

/** Clippings of one issuer in one month (YYYY-MM, the bulletin's date, else clipped date). */
export interface IssuerMonthCount {
  issuer: string | null;
  month: string;
  count: number;
}

/** Everything the dashboard shows. */
export interface Dashboard {
  totals: { clippings: number; highlights: number; tags: number };
  /** Newest month first, then most clippings first. */
  perIssuerMonth: IssuerMonthCount[];
  /** Issuers by clippings, most first. */
  perIssuer: Array<{ issuer: string | null; count: number }>;
  topTags: TagInfo[];
  /** Highlights made since Monday 00:00 (local) of the week of `now`. */
  highlightsThisWeek: number;
  /** Highlights per local day for the 7 days ending with today, oldest first. */
  highlightsPerDay: Array<{ day: string; count: number }>;
}

function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight starting the Monday of the week containing `now`. */
export function startOfLocalWeek(now: number): number {
  const d = new Date(now);
  const sinceMonday = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - sinceMonday).getTime();
}

async function monthsByClipping(db: ClipperDb): Promise<Map<string, string>> {
  const [dates, dateIds, created, createdIds] = await Promise.all([
    db.clippings.orderBy('date').keys(),
    db.clippings.orderBy('date').primaryKeys(),
    db.clippings.orderBy('createdAt').keys(),
    db.clippings.orderBy('createdAt').primaryKeys(),
  ]);
  const months = new Map<string, string>();
  createdIds.forEach((id, i) => months.set(id, localDay(Number(created[i])).slice(0, 7)));
  dateIds.forEach((id, i) => months.set(id, String(dates[i]).slice(0, 7)));
  return months;
}

/**
 * Computes the dashboard as of `now`. `months` limits perIssuerMonth to the last N months
 * (default 12, null for all); `topTags` is how many tags to list (default 10).
 */
export async function computeDashboard(db: ClipperDb, now: number, options: { months?: number | null; topTags?: number } = {}): Promise<Dashboard> {
  return db.transaction('r', [db.tags, db.highlights, db.clippings], () => dashboardInTransaction(db, now, options));
}

async function dashboardInTransaction(db: ClipperDb, now: number, options: { months?: number | null; topTags?: number }): Promise<Dashboard> {
  const months = options.months === undefined ? 12 : options.months;
  const [monthOf, issuers, issuerIds, totalClippings, totalHighlights, tags] = await Promise.all([
    monthsByClipping(db),
    db.clippings.orderBy('issuer').keys(),
    db.clippings.orderBy('issuer').primaryKeys(),
    db.clippings.count(),
    db.highlights.count(),
    listTags(db),
  ]);
  const issuerOf = new Map<string, string>();
  issuerIds.forEach((id, i) => issuerOf.set(id, String(issuers[i])));
  const today = new Date(now);
  const oldest = months === null ? '' : localDay(new Date(today.getFullYear(), today.getMonth() - months + 1, 1).getTime()).slice(0, 7);
  const cells = new Map<string, IssuerMonthCount>();
  const perIssuer = new Map<string | null, number>();
  for (const [id, month] of monthOf) {
    const issuer = issuerOf.get(id) ?? null;
    perIssuer.set(issuer, (perIssuer.get(issuer) ?? 0) + 1);
    if (month < oldest) continue;
    const key = `${issuer ?? ''}\u0000${month}`;
    const cell = cells.get(key);
    if (cell) cell.count++;
    else cells.set(key, { issuer, month, count: 1 });
  }
  const dayStarts = Array.from({ length: 8 }, (_, i) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6 + i).getTime());
  const [thisWeek, ...perDay] = await Promise.all([
    db.highlights.where('createdAt').aboveOrEqual(startOfLocalWeek(now)).count(),
    ...dayStarts.slice(0, 7).map((s, i) => db.highlights.where('createdAt').between(s, dayStarts[i + 1]!, true, false).count()),
  ]);
  return {
    totals: { clippings: totalClippings, highlights: totalHighlights, tags: tags.length },
    perIssuerMonth: [...cells.values()].sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : b.count - a.count)),
    perIssuer: [...perIssuer].map(([issuer, count]) => ({ issuer, count })).sort((a, b) => b.count - a.count || String(a.issuer).localeCompare(String(b.issuer))),
    topTags: tags.slice(0, options.topTags ?? 10),
    highlightsThisWeek: thisWeek!,
    highlightsPerDay: dayStarts.slice(0, 7).map((s, i) => ({ day: localDay(s), count: perDay[i]! })),
  };
}
