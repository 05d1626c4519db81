/**
 * Dates as Chinese bulletins print them, normalised to ISO: 2021年3月22日, 2021 年 3 月 22 日,
 * 2021-03-22, 2021.03.22, 2021/3/22, 二〇二一年三月二十二日 (full-width digits too).
 */

const CN_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

// One scan finds the first date of any form; each alternative has its own groups.
const DATE_RE = new RegExp(
  [
    '(?<![0-9])(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?[日号]?',
    '(?<![0-9])(\\d{4})([-./])(\\d{1,2})\\5(\\d{1,2})(?![0-9])',
    '([〇零○Ｏ一二三四五六七八九]{4}) ?年 ?([一二三四五六七八九十]{1,3}) ?月 ?([一二三四五六七八九十]{1,4}) ?[日号]',
  ].join('|'),
  'g',
);
const FULL_DIGIT = /[０-９]/;
const FULL_DIGITS = /[０-９]/g;
const MAYBE_DATE = /\d{4}|[０-９]{4}|年/;
const TIME_RE = /^ ?(?:日|号)? ?(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?/;

/** A date found in a string: where it is and what it says. */
export interface DateMatch {
  /** YYYY-MM-DD. */
  date: string;
  index: number;
  length: number;
}

/** Turns full-width digits into ASCII (same length, so indices stay valid). */
export function toAsciiDigits(s: string): string {
  return FULL_DIGIT.test(s) ? s.replace(FULL_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : s;
}

/** Reads a Chinese-numeral number up to 99 (十二, 二十二, 三十一, 十). */
function readCnNumber(s: string): number {
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (CN_DIGIT[s] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (CN_DIGIT[s.slice(0, ten)] ?? NaN);
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? (CN_DIGIT[rest] ?? NaN) : NaN;
  return tens * 10 + ones;
}

/** Formats y-m-d as ISO when it is a real calendar date (1900-2099), else null. */
export function formatIsoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2099 || !(m >= 1 && m <= 12) || !(d >= 1)) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Finds the first valid date in s, with its position (invalid ones such as 2月30日 are skipped). */
export function findDate(s: string): DateMatch | null {
  // Every date form has four digits in a row or a 年: most lines have neither.
  if (!MAYBE_DATE.test(s)) return null;
  const text = toAsciiDigits(s);
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    let iso: string | null = null;
    if (m[1] !== undefined) iso = formatIsoDate(+m[1], +m[2]!, +m[3]!);
    else if (m[4] !== undefined) iso = formatIsoDate(+m[4], +m[6]!, +m[7]!);
    else if (m[8] !== undefined) {
      const year = [...m[8]].reduce((acc, ch) => acc * 10 + (CN_DIGIT[ch] ?? NaN), 0);
      iso = formatIsoDate(year, readCnNumber(m[9]!), readCnNumber(m[10]!));
    }
    if (iso) return { date: iso, index: m.index, length: m[0].length };
  }
  return null;
}

/** The first date in s as 'YYYY-MM-DD', or null when s holds no valid date. */
export function parseChineseDate(s: string): string | null {
  return findDate(s)?.date ?? null;
}

/**
 * The first date in s with the time that follows it, if any: 'YYYY-MM-DD HH:MM[:SS]' or
 * 'YYYY-MM-DD' (for 发布时间 lines).
 */
export function parseDateTime(s: string): string | null {
  const found = findDate(s);
  if (!found) return null;
  const after = toAsciiDigits(s.slice(found.index + found.length, found.index + found.length + 16));
  const t = TIME_RE.exec(after);
  if (!t) return found.date;
  const hh = +t[1]!;
  const mm = +t[2]!;
  const ss = t[3] === undefined ? null : +t[3];
  if (hh > 23 || mm > 59 || (ss !== null && ss > 59)) return found.date;
  const time = `${String(hh).padStart(2, '0')}:${t[2]}${ss === null ? '' : `:${t[3]}`}`;
  return `${found.date} ${time}`;
}
