/**
 * Page furniture of printed documents copied as text: page numbers (`- 2 -`, `第2页`, `2/5`)
 * and running headers repeated at every page top. Neither belongs to the bulletin's text.
 */

const DASHED_NUMBER = /^[-—–－~～ ]+\d{1,4}[-—–－~～ ]+$/;
const PAGE_OF = /^第 ?\d{1,4} ?页(?: ?[,，/]? ?共 ?\d{1,4} ?页)?$|^\d{1,4} ?\/ ?\d{1,4}$|^(?:page|p\.) ?\d{1,4}$/i;
const BARE_NUMBER = /^\d{1,3}$/;

/**
 * Tests whether a trimmed line is a page number. `bare` also accepts a lone number (`12`),
 * which is only safe in text known to be a printed page copy.
 */
export function isPageNumberLine(s: string, bare = false): boolean {
  const t = s.trim();
  if (t.length > 24) return false;
  return DASHED_NUMBER.test(t) || PAGE_OF.test(t) || (bare && BARE_NUMBER.test(t));
}

/**
 * Finds running headers/footers: identical short lines (at most `maxLength` characters) that
 * occur at least three times. Returns the set of their texts.
 */
export function findRunningHeaders(lines: readonly string[], maxLength = 40): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const t = line.trim();
    if (!t || t.length > maxLength) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [t, n] of counts) if (n >= 3) out.add(t);
  return out;
}
