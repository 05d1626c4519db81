/**
 * Finding a quote in a (folded) text: every exact occurrence scored by context and position,
 * else a fuzzy search (approx-string-match, Myers' bit-parallel algorithm) in a window around
 * the position hint that widens only when nothing trustworthy is found.
 *
 * Written as a generator that yields between expensive units (each fuzzy chunk) so a caller
 * can spread the work over event-loop turns; `runToEnd` (steps.ts) drives it synchronously.
 */
import approxSearch from 'approx-string-match';
import { scoreContext } from './context';
import { foldString, toFoldedOffset, toRawSpan, type FoldedText } from './fold';
import type { Steps } from './steps';
import { MAX_ERROR_RATE, acceptExact, acceptFuzzy, pickBest, scoreContent, type Evidence } from './score';

/** What is known about a saved quote. */
export interface QuoteQuery {
  exact: string;
  prefix: string;
  suffix: string;
  /** Expected raw start offset, or null. */
  hint: number | null;
}

/** A place found for a quote, in raw offsets. */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  method: 'quote' | 'fuzzy';
}

/** Neutral pseudo-chars of context (see scoreContext): little context is little evidence. */
const CONTEXT_PRIOR = 8;

/** Exact occurrences scored at most (nearest the hint kept): a 1-char quote can occur 10^4 times. */
const MAX_OCCURRENCES = 400;

/** First fuzzy window: this many chars (plus twice the quote) each side of the hint. */
const FIRST_WINDOW = 512;

/** Each widening multiplies the window by this. */
const WIDEN_FACTOR = 8;

/**
 * Fuzzy search runs over chunks of this many chars, yielding in between: Myers' algorithm does
 * a few million chars a second here, so a chunk stays well under the 50 ms a page may block.
 */
const CHUNK_CHARS = 1 << 14;

/** Every exact occurrence of `needle` (capped, the ones nearest `hint` kept). */
function findOccurrences(text: string, needle: string, hint: number | null): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  if (found.length <= MAX_OCCURRENCES) return found;
  const h = hint ?? 0;
  return found.sort((a, b) => Math.abs(a - h) - Math.abs(b - h)).slice(0, MAX_OCCURRENCES).sort((a, b) => a - b);
}

/** Builds the evidence for a candidate at folded [start, end). */
function gather(
  ft: FoldedText, start: number, end: number, quote: number, q: FoldedQuery,
): Evidence {
  const context = scoreContext(ft.folded, start, end, q.prefix, q.suffix, CONTEXT_PRIOR);
  const distance = q.hint === null ? null : Math.abs(start - q.hint);
  return { start, end, quote, context, distance };
}

/** The query in folded form. */
interface FoldedQuery {
  exact: string;
  prefix: string;
  suffix: string;
  hint: number | null;
}

/** Converts an accepted folded candidate to a raw match. */
function toMatch(ft: FoldedText, e: Evidence, method: QuoteMatch['method']): QuoteMatch {
  const { start, end } = toRawSpan(ft, e.start, e.end);
  return { start, end, score: Math.round(scoreContent(e) * 1000) / 1000, method };
}

/** Fuzzy candidates in folded [from, to), searched chunk by chunk (yields between chunks). */
function* searchFuzzy(
  ft: FoldedText, q: FoldedQuery, from: number, to: number, maxErrors: number, out: Evidence[],
): Steps<void> {
  const overlap = q.exact.length + maxErrors;
  for (let a = from; a < to; a += CHUNK_CHARS) {
    const b = Math.min(to, a + CHUNK_CHARS + overlap);
    for (const m of approxSearch(ft.folded.slice(a, b), q.exact, maxErrors)) {
      const start = a + m.start;
      if (out.some((e) => e.start === start && e.end === a + m.end)) continue;
      out.push(gather(ft, start, a + m.end, 1 - m.errors / q.exact.length, q));
    }
    yield;
  }
}

/**
 * Finds `query` in the folded text `ft`: exact occurrences first, then fuzzy, widening windows.
 * Returns null when nothing carries enough evidence.
 */
export function* matchQuoteSteps(ft: FoldedText, query: QuoteQuery): Steps<QuoteMatch | null> {
  const exact = foldString(query.exact);
  if (!exact) return null;
  const q: FoldedQuery = {
    exact,
    prefix: foldString(query.prefix),
    suffix: foldString(query.suffix),
    hint: query.hint === null ? null : toFoldedOffset(ft, query.hint),
  };
  const L = exact.length;
  const occurrences = findOccurrences(ft.folded, exact, q.hint);
  if (occurrences.length > 0) {
    const cands = occurrences.map((s) => gather(ft, s, s + L, 1, q));
    const best = pickBest(cands);
    // An exact occurrence with bad context is not repaired by fuzzy search: the fuzzy search
    // would only return the same zero-error places again.
    return best && acceptExact(best, L, occurrences.length) ? toMatch(ft, best, 'quote') : null;
  }
  const maxErrors = Math.floor(L * MAX_ERROR_RATE);
  if (maxErrors < 1) return null;
  const n = ft.folded.length;
  const center = q.hint ?? 0;
  let radius = q.hint === null ? n : FIRST_WINDOW + 2 * L;
  for (;;) {
    const from = Math.max(0, center - radius);
    const to = Math.min(n, center + L + radius);
    const cands: Evidence[] = [];
    yield* searchFuzzy(ft, q, from, to, maxErrors, cands);
    const best = pickBest(cands);
    if (best && acceptFuzzy(best, L)) return toMatch(ft, best, 'fuzzy');
    if (from === 0 && to === n) return null;
    radius *= WIDEN_FACTOR;
  }
}
