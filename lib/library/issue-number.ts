/**
 * Parsing of printed issue numbers: 第12期, 第十二期, 2021年第3期, 〔2021〕3号, 总第345期 and
 * combinations such as 第12期（总第345期）. Pure; used to order series and find gaps.
 */

/** An issue number as numbers. */
export interface ParsedIssue {
  /** The year the numbering belongs to (〔2021〕3号, 2021年第3期), if printed. */
  year: number | null;
  /** The issue within its year or series (第12期 -> 12). */
  number: number | null;
  /** The cumulative number (总第345期 -> 345). */
  total: number | null;
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const NUM = '[0-9０-９〇零一二三四五六七八九十百千两]+';

/** Reads 12, １２, 十二, 一百零三 or 二〇二一 as a number (null when it is none of these). */
export function parseChineseNumber(s: string): number | null {
  const ascii = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[〇零一二三四五六七八九十百千两]+$/.test(s)) return null;
  // Digit-by-digit form (二〇二一): no unit characters.
  if (!/[十百千]/.test(s)) return Number([...s].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c in DIGITS) digit = DIGITS[c]!;
    else {
      total += (digit || 1) * UNITS[c]!; // 十二: a bare 十 means 1 x 10
      digit = 0;
    }
  }
  return total + digit;
}

/** Parses a printed issue number; null when nothing numeric is recognised. */
export function parseIssueNumber(raw: string | null | undefined): ParsedIssue | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/g, '');
  let total: number | null = null;
  const t = new RegExp(`总第?(${NUM})[期号]`).exec(s);
  if (t) {
    total = parseChineseNumber(t[1]!);
    s = s.replace(t[0], '');
  }
  let year: number | null = null;
  let number: number | null = null;
  const bracket = new RegExp(`[〔\\[［（(【]((?:19|20)\\d{2})[〕\\]］）)】]第?(${NUM})[号期]`).exec(s);
  const withYear = new RegExp(`((?:19|20)\\d{2})年?第(${NUM})[期号]`).exec(s) ?? new RegExp(`((?:19|20)\\d{2})年(${NUM})[期号]`).exec(s);
  const plain = new RegExp(`第(${NUM})[期号]`).exec(s) ?? new RegExp(`^(${NUM})[期号]$`).exec(s);
  if (bracket ?? withYear) {
    const m = (bracket ?? withYear)!;
    year = Number(m[1]);
    number = parseChineseNumber(m[2]!);
  } else if (plain) {
    number = parseChineseNumber(plain[1]!);
  }
  if (number === null && total === null) return null;
  return { year, number, total };
}
