/**
 * How well the text around a candidate agrees with a quote's saved prefix and suffix.
 *
 * The comparison is anchored at the quote boundary (the chars right next to the quote matter
 * most and must line up) and free at the far end, so an inserted or deleted char inside the
 * context costs one edit instead of shifting every char after it.
 */

/** Agreement of one side: 1 = identical, 0 = nothing in common; null when nothing was saved. */
export type SideScore = number | null;

/**
 * Edit distance between `pattern` and the best prefix of `text` (both read outward from the
 * quote boundary). Banded by the caller through the length of `text`.
 */
function anchoredDistance(pattern: string, text: string, reverse: boolean): number {
  const m = pattern.length;
  const n = text.length;
  const at = (s: string, len: number, i: number) => s.charCodeAt(reverse ? len - 1 - i : i);
  let prev = new Uint16Array(n + 1);
  let cur = new Uint16Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = at(pattern, m, i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (pc === at(text, n, j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}

/** Slack chars read beyond the saved context's length, so insertions can still align. */
function slackFor(length: number): number {
  return (length >> 2) + 2;
}

/** Agreement of the saved `prefix` with the text ending at `start`. */
export function scorePrefix(text: string, start: number, prefix: string): SideScore {
  if (!prefix) return null;
  const m = prefix.length;
  if (start >= m && text.startsWith(prefix, start - m)) return 1;
  const window = text.slice(Math.max(0, start - m - slackFor(m)), start);
  return 1 - anchoredDistance(prefix, window, true) / m;
}

/** Agreement of the saved `suffix` with the text starting at `end`. */
export function scoreSuffix(text: string, end: number, suffix: string): SideScore {
  if (!suffix) return null;
  const m = suffix.length;
  if (text.startsWith(suffix, end)) return 1;
  const window = text.slice(end, end + m + slackFor(m));
  return 1 - anchoredDistance(suffix, window, false) / m;
}

/**
 * Both sides combined, weighted by how much context each side saved; null when none was saved
 * (a quote that was the whole text): callers then decide on the quote alone.
 *
 * `prior` adds that many neutral (0.5) pseudo-chars, so agreement is weighed by how much
 * context there is: one matching char of context (a list item padded with layout spaces)
 * scores 0.56, not a perfect 1, while 64 matching chars still score 0.94 (with prior 8).
 */
export function scoreContext(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
  prior = 0,
): number | null {
  const p = scorePrefix(text, start, prefix);
  const s = scoreSuffix(text, end, suffix);
  if (p === null && s === null) return null;
  const wp = p === null ? 0 : prefix.length;
  const ws = s === null ? 0 : suffix.length;
  return ((p ?? 0) * wp + (s ?? 0) * ws + 0.5 * prior) / (wp + ws + prior);
}
