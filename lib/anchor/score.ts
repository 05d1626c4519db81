/**
 * The scoring and acceptance rules that keep anchoring "never wrong": ranking candidates is
 * easy, refusing the best candidate when the evidence is thin is what matters. Bulletins repeat
 * stock phrases (党史学习教育, 会议强调 …) dozens of times, so a short quote is only trusted
 * with agreeing context, and two equally good candidates make an orphan, not a guess.
 */

/** Distance (chars) at which position evidence has halved: edits usually shift text a little. */
const POSITION_SCALE = 500;

/** Ranks closer than this are a tie: the match is ambiguous. */
export const TIE_MARGIN = 0.02;

/** Quotes at least this long are distinctive on their own when they occur exactly once. */
export const DISTINCTIVE_LENGTH = 10;

/** Fuzzy matching never allows more errors than this share of the quote. */
export const MAX_ERROR_RATE = 0.25;

/** Quotes shorter than this are never fuzzy-matched without near-perfect context. */
const SHORT_FUZZY_LENGTH = 8;

/** A candidate place for a quote in the folded text, with the evidence for it. */
export interface Evidence {
  /** Folded offsets. */
  start: number;
  end: number;
  /** 1 - errors / quote length. */
  quote: number;
  /** Context agreement 0..1, or null when the quote was saved without context. */
  context: number | null;
  /** Distance to the position hint in folded chars, or null without a hint. */
  distance: number | null;
}

/** Closeness to the hint, 1 at the hint, 0.5 at POSITION_SCALE chars, neutral 0.5 without one. */
function scorePosition(distance: number | null): number {
  return distance === null ? 0.5 : 1 / (1 + distance / POSITION_SCALE);
}

/** Ranking value of a candidate: context first, quote similarity, position as a tie-breaker. */
export function rankEvidence(e: Evidence): number {
  const ctx = e.context ?? 0.5;
  return 0.45 * e.quote + 0.4 * ctx + 0.15 * scorePosition(e.distance);
}

/**
 * Whether the best exact occurrence (of `count` occurrences) carries enough evidence.
 * A distinctive quote that occurs once needs nothing more; anything shorter or repeated needs
 * its saved context to agree.
 */
export function acceptExact(e: Evidence, quoteLength: number, count: number): boolean {
  if (e.context === null) return count === 1;
  if (count === 1 && quoteLength >= DISTINCTIVE_LENGTH) return true;
  return e.context >= (quoteLength < 4 ? 0.75 : 0.5);
}

/** Whether the best fuzzy candidate is trustworthy (the quote itself has changed). */
export function acceptFuzzy(e: Evidence, quoteLength: number): boolean {
  if (e.quote < 1 - MAX_ERROR_RATE) return false;
  if (e.context === null) return e.quote >= 0.85 && quoteLength >= SHORT_FUZZY_LENGTH;
  if (quoteLength < SHORT_FUZZY_LENGTH) return e.context >= 0.8;
  return e.context >= 0.4 || (e.quote >= 0.9 && quoteLength >= 2 * DISTINCTIVE_LENGTH);
}

/**
 * Picks the best candidate, or null when a rival elsewhere is as good (an orphan beats a coin
 * toss). Rivals overlapping the best are the same place seen twice (fuzzy matches ending one
 * char apart), not rivals. Without a position hint a tie goes to the first occurrence (W3C
 * TextQuoteSelector semantics).
 */
export function pickBest(cands: readonly Evidence[]): Evidence | null {
  let best: Evidence | null = null;
  let bestRank = -1;
  for (const c of cands) {
    const r = rankEvidence(c);
    if (r > bestRank) {
      bestRank = r;
      best = c;
    }
  }
  if (!best || best.distance === null) return best;
  for (const c of cands) {
    if (c === best || (c.start < best.end && best.start < c.end)) continue;
    if (bestRank - rankEvidence(c) < TIE_MARGIN) return null;
  }
  return best;
}
