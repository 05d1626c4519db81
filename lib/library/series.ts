/**
 * Series of bulletins: the clippings sharing an issuer and bulletin name, ordered by issue
 * number (then date), with previous/next for the reader and the gaps between saved issues
 * (第11期 and 第13期 saved: 第12期 missing).
 */
import type { Clipping } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { parseIssueNumber, type ParsedIssue } from './issue-number';

export { parseChineseNumber, parseIssueNumber, type ParsedIssue } from './issue-number';

/** One bulletin of a series. */
export interface SeriesEntry {
  id: string;
  title: string;
  date: string | null;
  issueNumber: string | null;
  issue: ParsedIssue | null;
  createdAt: number;
}

/** Issues missing between two saved ones. */
export interface SeriesGap {
  /** 'total' when counted in 总第N期 numbers, else 'number' within `year`. */
  kind: 'number' | 'total';
  year: number | null;
  /** The saved entries either side of the gap. */
  afterId: string;
  beforeId: string;
  /** The missing numbers (the first 50 when more). */
  missing: number[];
  missingCount: number;
}

/** A series, oldest first. */
export interface Series {
  issuer: string | null;
  bulletinName: string | null;
  entries: SeriesEntry[];
  gaps: SeriesGap[];
}

function toEntry(c: Clipping): SeriesEntry {
  return { id: c.id, title: c.title, date: c.date, issueNumber: c.issueNumber, issue: parseIssueNumber(c.issueNumber), createdAt: c.createdAt };
}

/** The year an issue's number counts in: the printed year, else the bulletin date's. */
function groupYear(e: SeriesEntry): number | null {
  return e.issue?.year ?? (e.date ? Number(e.date.slice(0, 4)) : null);
}

/** Orders entries oldest first: year, cumulative number, number, date, then save time. */
export function orderSeries(entries: readonly SeriesEntry[]): SeriesEntry[] {
  const key = (e: SeriesEntry) => [groupYear(e) ?? 0, e.issue?.total ?? -1, e.issue?.number ?? -1, e.date ?? '', e.createdAt, e.id] as const;
  return [...entries].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}

function gapsIn(list: Array<{ n: number; id: string }>, kind: SeriesGap['kind'], year: number | null): SeriesGap[] {
  const sorted = [...list].sort((a, b) => a.n - b.n);
  const gaps: SeriesGap[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (b.n - a.n <= 1) continue;
    const missingCount = b.n - a.n - 1;
    const missing = Array.from({ length: Math.min(50, missingCount) }, (_, k) => a.n + 1 + k);
    gaps.push({ kind, year, afterId: a.id, beforeId: b.id, missing, missingCount });
  }
  return gaps;
}

/**
 * Gaps between saved issues. Cumulative numbers (总第N期) are used when every numbered
 * entry has one; otherwise numbers are compared within their year, so series that restart
 * at 第1期 each January do not show false gaps across years.
 */
export function findSeriesGaps(entries: readonly SeriesEntry[]): SeriesGap[] {
  const numbered = entries.filter((e) => e.issue);
  if (numbered.length >= 2 && numbered.every((e) => e.issue!.total !== null)) {
    return gapsIn(numbered.map((e) => ({ n: e.issue!.total!, id: e.id })), 'total', null);
  }
  const byYear = new Map<number | null, Array<{ n: number; id: string }>>();
  for (const e of numbered) {
    if (e.issue!.number === null) continue;
    const y = groupYear(e);
    const list = byYear.get(y) ?? [];
    list.push({ n: e.issue!.number, id: e.id });
    byYear.set(y, list);
  }
  return [...byYear].sort(([a], [b]) => (a ?? 0) - (b ?? 0)).flatMap(([y, list]) => gapsIn(list, 'number', y));
}

/** True when `c` belongs to the series of `issuer` / `bulletinName`. */
function sameSeries(c: Clipping, issuer: string | null, bulletinName: string | null): boolean {
  return c.issuer === issuer && c.bulletinName === bulletinName;
}

/**
 * The series of a clipping: same issuer and same bulletin name. Looked up through the
 * issuer index; a clipping without issuer needs a scan of all clippings (no index on
 * bulletinName in the shared schema).
 */
export async function loadSeries(db: ClipperDb, clipping: Clipping): Promise<Series> {
  const { issuer, bulletinName } = clipping;
  let members: Clipping[];
  if (issuer !== null) members = await db.clippings.where('issuer').equals(issuer).toArray();
  else if (bulletinName !== null) members = await db.clippings.filter((c) => c.issuer === null && c.bulletinName === bulletinName).toArray();
  else members = [clipping];
  const entries = orderSeries(members.filter((c) => sameSeries(c, issuer, bulletinName)).map(toEntry));
  return { issuer, bulletinName, entries, gaps: findSeriesGaps(entries) };
}

/** Previous and next bulletin of a clipping's series, with the series itself. */
export async function findNeighbours(
  db: ClipperDb,
  clippingId: string,
): Promise<{ previous: SeriesEntry | null; next: SeriesEntry | null; series: Series } | null> {
  const clipping = await db.clippings.get(clippingId);
  if (!clipping) return null;
  const series = await loadSeries(db, clipping);
  const at = series.entries.findIndex((e) => e.id === clippingId);
  return { previous: series.entries[at - 1] ?? null, next: series.entries[at + 1] ?? null, series };
}
