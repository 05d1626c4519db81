/**
 * Page furniture of printed documents copied as text: page numbers (`- 2 -`, `第2页`, `2/5`)
 * and running headers repeated at every page top. Neither belongs to the bulletin's text.
 */

const DASHED_NUMBER = /^[-—–－~～ ]+\d{1,4}[-—–－~～ ]+$/;
const PAGE_OF = /^第 ?\d{1,4} ?页(?: ?[,，/]? ?共 ?\d{1,4} ?页)?$|^\d{1,4} ?\/ ?\d{1,4}$|^(?:page|p\.) ?\d{1,4}$/i;
const BARE_NUMBER = /^\d{1,3}$/;
const HEADER_WORDS = /简报|快报|专报|动态|通讯|通报|信息|第 ?\d+ ?期|页|内部资料|文件|办公室|委员会|政府/;

/**
 * Finds lone numbers that count pages: 2, 3, 4 … each at least `minPeriod` lines after the
 * previous one, at least two in a row. Returns their line indexes (a table cell `7` is not a
 * page number).
 */
export function findBarePageNumbers(lines: readonly string[], minPeriod = 15): Set<number> {
  let chain: number[] = [];
  let lastValue = 0;
  lines.forEach((line, i) => {
    if (line.length > 8) return;
    const t = line.trim();
    if (!BARE_NUMBER.test(t)) return;
    const value = Number(t);
    const last = chain[chain.length - 1];
    if (last !== undefined && value === lastValue + 1 && i - last >= minPeriod) chain.push(i);
    else if ((last === undefined || chain.length < 2) && value <= 3 && i >= minPeriod) chain = [i];
    else return;
    lastValue = value;
  });
  // One lone number proves nothing; two or more counting up are pages.
  return new Set(chain.length >= 2 ? chain : []);
}

/**
 * Tests whether a trimmed line is a page number in a form that cannot be text: `- 2 -`,
 * `第2页 共5页`, `2/5`. Lone numbers need context: see findBarePageNumbers.
 */
export function isPageNumberLine(s: string): boolean {
  if (s.length > 40) return false;
  const t = s.trim();
  if (t.length > 24) return false;
  return DASHED_NUMBER.test(t) || PAGE_OF.test(t);
}

/**
 * Finds running headers/footers: identical short lines (at most `maxLength` characters) that
 * recur at least three times at a page-like period (at least `minPeriod` lines apart, gaps
 * within a factor of 1.6 of each other) and read like a header (a bulletin or document name,
 * an issue, a page). Agendas and captions repeat too, so both conditions are needed.
 * Returns the set of their texts.
 */
export function findRunningHeaders(lines: readonly string[], maxLength = 40, minPeriod = 15): Set<string> {
  const positions = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.length > maxLength + 8) return;
    const t = line.trim();
    if (!t || t.length > maxLength) return;
    const list = positions.get(t);
    if (list) list.push(i);
    else positions.set(t, [i]);
  });
  const out = new Set<string>();
  for (const [t, at] of positions) {
    if (at.length < 3 || !HEADER_WORDS.test(t)) continue;
    const gaps = at.slice(1).map((p, k) => p - at[k]!);
    const min = Math.min(...gaps);
    const max = Math.max(...gaps);
    if (min >= minPeriod && max <= 1.6 * min) out.add(t);
  }
  return out;
}
