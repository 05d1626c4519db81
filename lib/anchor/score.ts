/**
 * The scoring and acceptance rules that keep anchoring "never wrong": ranking candidates is
 * easy, refusing the best candidate when the evidence is thin is what matters. Bulletins repeat
 * stock phrases (党史学习教育, 会议强调 …) dozens of times, so a short quote is only trusted
 * with agreeing context, and two equally good candidates make an orphan, not a guess.
 */

/** Candidates whose content score is this close to the best one are rivals. */
export const RIVAL_MARGIN = 0.1;

/** Content scores closer than this are equal. */
const EQUAL_CONTENT = 0.01;

/**
 * Position only settles a rivalry when the nearest candidate is DECISIVE_RATIO times nearer
 * than any rival plus DECISIVE_SLACK chars: an inserted ad or a reflowed header easily moves a
 * passage by a hundred chars, so "19 chars away" beats "100 chars away" by nothing.
 */
const DECISIVE_RATIO = 4;
const DECISIVE_SLACK = 200;

/** A candidate exactly at the hint wins over rivals at least this far away. */
const AT_HINT_MIN_GAP = 16;

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

/**
 * What the text itself says about a candidate: quote similarity and context agreement. The
 * position is deliberately not part of it: any insertion above a passage moves it, so position
 * only breaks ties, and only decisively (see pickBest).
 */
export function scoreContent(e: Evidence): number {
  return 0.55 * e.quote + 0.45 * (e.context ?? 0.5);
}

/**
 * Whether the best exact occurrence (of `count` occurrences) carries enough evidence.
 * A distinctive quote that occurs once needs only a little agreeing context; anything shorter
 * or repeated needs its saved context to agree.
 */
export function acceptExact(e: Evidence, quoteLength: number, count: number): boolean {
  if (e.context === null) return count === 1;
  // Unique now does not mean the same passage (it may have been cut and a copy remain
  // elsewhere): even a distinctive quote needs some agreeing context.
  if (count === 1 && quoteLength >= DISTINCTIVE_LENGTH && e.context >= 0.3) return true;
  return e.context >= (quoteLength < 4 ? 0.75 : 0.5);
}

/** Whether the best fuzzy candidate is trustworthy (the quote itself has changed). */
export function acceptFuzzy(e: Evidence, quoteLength: number): boolean {
  if (e.quote < 1 - MAX_ERROR_RATE) return false;
  if (e.context === null) return e.quote >= 0.85 && quoteLength >= SHORT_FUZZY_LENGTH;
  if (quoteLength < SHORT_FUZZY_LENGTH) return e.context >= 0.8;
  return e.context >= (e.quote >= 0.9 && quoteLength >= 2 * DISTINCTIVE_LENGTH ? 0.3 : 0.4);
}

/**
 * Picks the candidate the evidence points to, or null when it does not point to one place.
 *
 * The best candidate by content wins outright unless rivals elsewhere score almost as well
 * (RIVAL_MARGIN): the page repeats the passage with near-identical context (duplicated blocks,
 * lists of similar items, a twin paragraph). Then the position hint may settle it, but only if
 * the nearest candidate is also (one of) the best by content and DECISIVE_RATIO times nearer
 * than any rival; otherwise the result is an orphan, because a wrong anchor is worse. Without a
 * hint the first of the best wins (W3C TextQuoteSelector semantics). Candidates overlapping the
 * best are the same place seen twice (fuzzy matches ending a char apart), not rivals.
 */
export function pickBest(cands: readonly Evidence[]): Evidence | null {
  let best: Evidence | null = null;
  let bestContent = -1;
  for (const c of cands) {
    const v = scoreContent(c);
    if (v > bestContent) {
      bestContent = v;
      best = c;
    }
  }
  if (!best || best.distance === null) return best;
  const b = best;
  // Position and context disagree: the quote sits exactly at the hint with fair context, but
  // better context is found elsewhere (a duplicated block, while edits touched the context
  // here). Either could be the passage; an orphan is safer than a coin toss.
  const conflict = cands.some(
    (c) => c.distance === 0 && b.distance! > 0 && (c.context ?? 0) >= 0.5 && !(c.start < b.end && b.start < c.end),
  );
  if (conflict) return null;
  const contenders = cands.filter(
    (c) => c === b || (scoreContent(c) >= bestContent - RIVAL_MARGIN && !(c.start < b.end && b.start < c.end)),
  );
  if (contenders.length === 1) return best;
  const byDistance = [...contenders].sort((x, y) => x.distance! - y.distance!);
  const near = byDistance[0]!;
  const next = byDistance[1]!;
  if (scoreContent(near) < bestContent - EQUAL_CONTENT) return null;
  // Exactly at the hint: nothing moved (a shift by exactly one period of a repeating list is
  // the exception, and then the unedited true item has the better context and wins above).
  if (near.distance === 0) return next.distance! >= AT_HINT_MIN_GAP ? near : null;
  return near.distance! * DECISIVE_RATIO + DECISIVE_SLACK <= next.distance! ? near : null;
}
