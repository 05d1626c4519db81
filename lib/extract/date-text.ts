/**
 * Finding publish timestamps in page text and metas (`2021-03-22 16:05`, `2005/7/31`,
 * `2021年03月22日 16:05`, ISO 8601). This is page-template work: the bulletin's own document
 * date (成文日期, including 二〇二一年三月二十二日) is lib/bulletin's job.
 */

/** Year-month-day with -, /, . or 年月日, optionally followed by a clock time. */
const DATE_TIME = /((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?(?:T|\s*)(?:(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?)?/;

/** Normalises the first date(-time) in `s` to YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS]; null if none or invalid. */
export function normalizeDateTime(s: string): string | null {
  const m = DATE_TIME.exec(s);
  if (!m) return normalizeCompactDate(s);
  return formatMatch(m);
}

/** US-style `7/5/2005 9:23:57 PM` (old ASP CMSes): month first unless the first number is > 12. */
const US_DATE_TIME = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?/g;

/** Finds every date(-time) in a line, in order of position, normalised as normalizeDateTime does. */
export function findDateTimes(s: string): string[] {
  const found: Array<[number, string]> = [];
  const re = new RegExp(DATE_TIME.source, 'g');
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const d = formatMatch(m);
    if (d) found.push([m.index, d]);
  }
  for (const m of s.matchAll(US_DATE_TIME)) {
    const d = formatUsMatch(m);
    if (d) found.push([m.index ?? 0, d]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, d]) => d);
}

/** Formats a US-style match (M/D/YYYY, or D/M/YYYY when the first number cannot be a month). */
function formatUsMatch(m: RegExpMatchArray): string | null {
  const a = +m[1]!;
  const b = +m[2]!;
  const [mo, d] = a > 12 ? [b, a] : [a, b];
  const day = validDay(+m[3]!, mo, d);
  if (!day || m[4] === undefined || m[5] === undefined) return day;
  let h = +m[4];
  if (m[7] && /p/i.test(m[7]) && h < 12) h += 12;
  if (m[7] && /a/i.test(m[7]) && h === 12) h = 0;
  if (h > 23 || +m[5] > 59) return day;
  return `${day} ${String(h).padStart(2, '0')}:${m[5]}${m[6] ? `:${m[6]}` : ''}`;
}

/** A date in a URL path: /2021-03/22/, /20210322/, t20210322_123.html, /2021/0322/. */
export function findUrlDate(url: string): string | null {
  const m =
    /(?:^|[/_t-])((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|\d{0,8}[/_.])/.exec(url);
  if (!m) return null;
  return validDay(+m[1]!, +m[2]!, +m[3]!);
}

/** `20210322`, `20210322160500` (compact metas); ISO handled by the main pattern. */
function normalizeCompactDate(s: string): string | null {
  const m = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?\s*$/.exec(s);
  if (!m) return null;
  const day = validDay(+m[1]!, +m[2]!, +m[3]!);
  if (!day || !m[4]) return day;
  return `${day} ${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}`;
}

/** Formats one regex match, rejecting impossible dates and times. */
function formatMatch(m: RegExpExecArray): string | null {
  const day = validDay(+m[1]!, +m[2]!, +m[3]!);
  if (!day) return null;
  if (m[4] === undefined || m[5] === undefined) return day;
  const h = +m[4];
  const min = +m[5];
  if (h > 23 || min > 59) return day;
  const sec = m[6] !== undefined && +m[6] < 60 ? `:${m[6]}` : '';
  return `${day} ${String(h).padStart(2, '0')}:${m[5]}${sec}`;
}

/** YYYY-MM-DD for a real calendar day, else null. */
function validDay(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
