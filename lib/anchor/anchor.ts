/**
 * Anchoring saved selectors back into a text: position (verified) -> exact quote -> fuzzy
 * quote. `anchorInText` does one target synchronously; `anchorMany` does a page's worth in
 * slices, yielding to the event loop so a page with hundreds of highlights never freezes
 * (the problem Hypothesis users hit), and uses the drift of already anchored neighbours as a
 * better position hint (an ad inserted above shifts everything below by the same amount).
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../bulletin/model';
import { scoreContext } from './context';
import { foldTextSteps, type FoldedText } from './fold';
import { matchQuoteSteps } from './match-quote';
import { runToEnd, type Steps } from './steps';

/** Where a target was found and how. `start`/`end` are offsets in the text searched. */
export interface AnchorMatch {
  start: number;
  end: number;
  /** Confidence 0..1 (1: position and context verified). */
  score: number;
  method: 'range' | 'position' | 'quote' | 'fuzzy';
}

/** Options of anchorInText. */
export interface AnchorOptions {
  /** Matches scoring below this are treated as orphans (default 0: the built-in rules only). */
  minScore?: number;
}

/** A text prepared for anchoring: the fold is computed once, and only if a quote needs it. */
export interface TextIndex {
  readonly text: string;
  /** The folded text, computed in steps on first use. */
  folded(): Steps<FoldedText>;
}

/** Wraps a text so repeated anchoring shares one folded copy. */
export function indexText(text: string): TextIndex {
  let ft: FoldedText | null = null;
  return {
    text,
    *folded() {
      ft ??= yield* foldTextSteps(text);
      return ft;
    },
  };
}

/** The TextQuoteSelector among `selectors`, if any. */
export function findQuote(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

/** The TextPositionSelector among `selectors`, if any. */
export function findPosition(selectors: readonly Selector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/**
 * Whether the quote sits exactly at `start` with its saved context intact: the fast path that
 * makes re-anchoring an unchanged page nearly free. Anything less than perfect context goes to
 * the full search, which weighs every occurrence: after an edit, the old offset may hold a
 * neighbour in a repetitive list (十大汉奸第四位 / 第七位) or a repeat of the phrase a few chars
 * away (粮食生产。即使粮食生产) whose context agrees almost as well.
 */
export function verifyAt(text: string, start: number, quote: TextQuoteSelector): number | null {
  const end = start + quote.exact.length;
  if (start < 0 || end > text.length || !quote.exact || !text.startsWith(quote.exact, start)) return null;
  const ctx = scoreContext(text, start, end, quote.prefix, quote.suffix);
  return ctx === null || ctx === 1 ? 1 : null;
}

/**
 * The anchoring chain as steps (see match-quote.ts): `shift` is added to the position hint
 * (drift measured on neighbours by anchorMany; 0 otherwise).
 */
export function* anchorSteps(
  index: TextIndex, selectors: readonly Selector[], shift = 0,
): Steps<AnchorMatch | null> {
  const text = index.text;
  const quote = findQuote(selectors);
  const pos = findPosition(selectors);
  if (!quote) {
    // Position alone cannot be verified; it is trusted only if it fits the text.
    if (!pos || pos.start < 0 || pos.end > text.length || pos.start >= pos.end) return null;
    return { start: pos.start, end: pos.end, score: 0.5, method: 'position' };
  }
  if (pos) {
    for (const at of shift ? [pos.start, pos.start + shift] : [pos.start]) {
      const score = verifyAt(text, at, quote);
      if (score !== null) return { start: at, end: at + quote.exact.length, score, method: 'position' };
    }
  }
  const hint = pos ? Math.max(0, Math.min(text.length, pos.start + shift)) : null;
  const ft = yield* index.folded();
  return yield* matchQuoteSteps(ft, { ...quote, hint });
}

/** The last text anchorInText prepared: callers anchor many targets in one page text in a row. */
let lastIndex: TextIndex | null = null;

/**
 * Anchors one target's selectors in `text`: position (verified against the quote) -> exact
 * quote -> fuzzy quote. Returns null (an orphan) rather than a doubtful place.
 */
export function anchorInText(text: string, selectors: Selector[], options: AnchorOptions = {}): AnchorMatch | null {
  if (lastIndex?.text !== text) lastIndex = indexText(text);
  const m = runToEnd(anchorSteps(lastIndex, selectors));
  return m && m.score >= (options.minScore ?? 0) ? m : null;
}

/** Options of anchorMany. */
export interface AnchorManyOptions {
  /** Longest stretch of synchronous work before yielding to the event loop (default 8 ms). */
  sliceMs?: number;
  signal?: AbortSignal;
  /** Injected clock and yield (tests, benches); default performance.now and a macrotask. */
  now?: () => number;
  yieldToLoop?: () => Promise<void>;
}

/** Default yield: scheduler.yield where the browser has it, else a setTimeout(0) macrotask. */
function defaultYield(): Promise<void> {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched?.yield) return sched.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Raw start hint of a target, for processing targets in page order. */
function hintOf(selectors: readonly Selector[]): number {
  return findPosition(selectors)?.start ?? -1;
}

/**
 * Anchors many targets in one text, in page order, yielding every `sliceMs` so the page stays
 * responsive. Results come back in input order. Rejects with the signal's reason if aborted.
 */
export async function anchorMany(
  text: string,
  targets: Selector[][],
  options: AnchorManyOptions = {},
): Promise<(AnchorMatch | null)[]> {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const pause = options.yieldToLoop ?? defaultYield;
  options.signal?.throwIfAborted();
  const index = indexText(text);
  const order = targets.map((t, i) => ({ i, hint: hintOf(t) })).sort((a, b) => a.hint - b.hint);
  const results: (AnchorMatch | null)[] = new Array<AnchorMatch | null>(targets.length).fill(null);
  let shift = 0;
  let sliceStart = now();
  for (const { i, hint } of order) {
    const steps = anchorSteps(index, targets[i]!, shift);
    for (;;) {
      if (now() - sliceStart >= sliceMs) {
        await pause();
        options.signal?.throwIfAborted();
        sliceStart = now();
      }
      const r = steps.next();
      if (!r.done) continue;
      results[i] = r.value;
      if (r.value && hint >= 0) shift = r.value.start - hint;
      break;
    }
  }
  return results;
}
