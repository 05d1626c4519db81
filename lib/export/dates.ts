/**
 * Date helpers for exports. Bulletin dates are calendar dates without a time zone
 * ("2021-03-22"): they are read as wall-clock parts and never shifted. Instants (clipped,
 * exported, accessed) are shown in the user's local time, which is what a study note means
 * by "today".
 */

/** Wall-clock parts of a date, months 1-12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Local wall-clock parts of an instant. */
export function toLocalParts(d: Date): DateParts {
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
  };
}

/**
 * Reads a date-like value: a Date, epoch milliseconds, or a string "YYYY-MM-DD",
 * "YYYY-MM-DD HH:MM[:SS]" / ISO with T (taken as written, no zone shift), "YYYY年M月D日".
 * Returns null for anything else (the template `date` filter then prints the input).
 */
export function parseDateLike(value: unknown): DateParts | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : toLocalParts(value);
  if (typeof value === 'number') return Number.isFinite(value) ? toLocalParts(new Date(value)) : null;
  if (typeof value !== 'string') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(value.trim());
  const cn = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(value.trim());
  const m = iso ?? cn;
  if (!m) return null;
  const parts: DateParts = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) return null;
  return parts;
}

/**
 * Formats date parts with a pattern: YYYY, YY, MM, M, DD, D, HH, H, mm, ss. Anything else
 * is copied, so "YYYY年M月D日" gives 2021年3月22日.
 */
export function formatDateParts(p: DateParts, pattern: string): string {
  return pattern.replace(/YYYY|YY|MM|M|DD|D|HH|H|mm|ss/g, (tok) => {
    switch (tok) {
      case 'YYYY':
        return pad(p.year, 4);
      case 'YY':
        return pad(p.year % 100);
      case 'MM':
        return pad(p.month);
      case 'M':
        return String(p.month);
      case 'DD':
        return pad(p.day);
      case 'D':
        return String(p.day);
      case 'HH':
        return pad(p.hour);
      case 'H':
        return String(p.hour);
      case 'mm':
        return pad(p.minute);
      default:
        return pad(p.second);
    }
  });
}

/** The local calendar date of an instant as YYYY-MM-DD. */
export function formatIsoDate(d: Date): string {
  return formatDateParts(toLocalParts(d), 'YYYY-MM-DD');
}

/**
 * An instant as local ISO 8601 with its offset, e.g. 2026-11-29T20:00:00+08:00: readable,
 * unambiguous, and a date-time property for Obsidian.
 */
export function formatLocalDateTime(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${formatDateParts(toLocalParts(d), 'YYYY-MM-DDTHH:mm:ss')}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The calendar-date part (YYYY-MM-DD) of a bulletin date or publish time, or null. */
export function toCalendarDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const p = parseDateLike(value);
  return p ? formatDateParts(p, 'YYYY-MM-DD') : null;
}
