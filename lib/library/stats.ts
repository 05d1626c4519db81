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

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    out.push(month);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * Month (YYYY-MM) of every clipping from `oldest` on: the bulletin date's, else the clipped
 * date's. One key-range request per month and index: no cursor over every clipping.
 */
async function monthsByClipping(db: ClipperDb, oldest: string | null, now: number): Promise<Map<string, string>> {
  const [firstDate, lastDate, firstCreated, datedIds] = await Promise.all([
    db.clippings.orderBy('date').first(),
    db.clippings.orderBy('date').last(),
    db.clippings.orderBy('createdAt').first(),
    db.clippings.orderBy('date').primaryKeys(),
  ]);
  const earliest = [firstDate?.date?.slice(0, 7), firstCreated ? localDay(firstCreated.createdAt).slice(0, 7) : undefined].filter((x): x is string => !!x).sort()[0];
  const latest = [localDay(now).slice(0, 7), lastDate?.date?.slice(0, 7) ?? ''].sort().at(-1)!;
  const months = monthsBetween(oldest ?? earliest ?? latest, latest);
  const dated = new Set(datedIds);
  const out = new Map<string, string>();
  await Promise.all(
    months.map(async (month) => {
      const [y, m] = month.split('-').map(Number) as [number, number];
      const [byDate, byCreated] = await Promise.all([
        db.clippings.where('date').between(`${month}-01`, `${month}-\uffff`, true, true).primaryKeys(),
        db.clippings.where('createdAt').between(new Date(y, m - 1, 1).getTime(), new Date(y, m, 1).getTime(), true, false).primaryKeys(),
      ]);
      for (const id of byDate) out.set(id, month);
      for (const id of byCreated) if (!dated.has(id)) out.set(id, month);
    }),
  );
  return out;
}

async function issuersByClipping(db: ClipperDb): Promise<Map<string, string>> {
  const issuers = (await db.clippings.orderBy('issuer').uniqueKeys()).map(String);
  const ids = await Promise.all(issuers.map((i) => db.clippings.where('issuer').equals(i).primaryKeys()));
  const out = new Map<string, string>();
  issuers.forEach((issuer, k) => {
    for (const id of ids[k]!) out.set(id, issuer);
  });
  return out;
}

/**
 * Computes the dashboard as of `now`. `months` limits perIssuerMonth to the last N months
 * (default 12, null for all); `topTags` is how many tags to list (default 10).
 */
export async function computeDashboard(db: ClipperDb, now: number, options: { months?: number | null; topTags?: number } = {}): Promise<Dashboard> {
  return db.transaction('r', [db.tags, db.tagCounts, db.highlights, db.clippings], () => dashboardInTransaction(db, now, options));
}

async function dashboardInTransaction(db: ClipperDb, now: number, options: { months?: number | null; topTags?: number }): Promise<Dashboard> {
  const months = options.months === undefined ? 12 : options.months;
  const today = new Date(now);
  const oldest = months === null ? null : localDay(new Date(today.getFullYear(), today.getMonth() - months + 1, 1).getTime()).slice(0, 7);
  const [monthOf, issuerOf, allIds, totalHighlights, tags] = await Promise.all([
    monthsByClipping(db, oldest, now),
    issuersByClipping(db),
    db.clippings.toCollection().primaryKeys(),
    db.highlights.count(),
    listTags(db),
  ]);
  const totalClippings = allIds.length;
  const cells = new Map<string, IssuerMonthCount>();
  const perIssuer = new Map<string | null, number>();
  for (const id of allIds) {
    const issuer = issuerOf.get(id) ?? null;
    perIssuer.set(issuer, (perIssuer.get(issuer) ?? 0) + 1);
    const month = monthOf.get(id);
    if (month === undefined) continue; // older than the window
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
