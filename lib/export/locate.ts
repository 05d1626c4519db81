/**
 * Finds where a highlight sits in a clipping's saved text, to order passages and to put
 * ==marks== into the full-text export. The position selector is a hint that must agree with
 * the quoted text; otherwise the quote is searched (with its prefix/suffix when it occurs
 * more than once). Anchoring proper (fuzzy) lives in lib/anchor; an export only needs the
 * exact cases and reports the rest as unplaced.
 */
import type { Highlight, Selector, TextPositionSelector, TextQuoteSelector } from '../bulletin/model';

/** A half-open span of UTF-16 offsets in the text. */
export interface Span {
  start: number;
  end: number;
}

function findSelector<T extends Selector['type']>(selectors: readonly Selector[], type: T): Extract<Selector, { type: T }> | undefined {
  return selectors.find((s): s is Extract<Selector, { type: T }> => s.type === type);
}

function searchQuote(text: string, q: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): Span | null {
  if (!q.exact) return null;
  let best: Span | null = null;
  let bestScore = -1;
  for (let at = text.indexOf(q.exact); at !== -1; at = text.indexOf(q.exact, at + 1)) {
    const end = at + q.exact.length;
    const score =
      (q.prefix && text.slice(Math.max(0, at - q.prefix.length), at) === q.prefix ? 1 : 0) +
      (q.suffix && text.slice(end, end + q.suffix.length) === q.suffix ? 1 : 0);
    if (score > bestScore) {
      best = { start: at, end };
      bestScore = score;
      if (score === 2) break;
    }
  }
  return best;
}

/** Locates a highlight in `text`; null when its quote is not in the text. */
export function locateHighlight(text: string, h: Pick<Highlight, 'exact' | 'textTarget'>): Span | null {
  const pos: TextPositionSelector | undefined = findSelector(h.textTarget, 'TextPositionSelector');
  if (pos && pos.end > pos.start && text.slice(pos.start, pos.end) === h.exact) return { start: pos.start, end: pos.end };
  const quote = findSelector(h.textTarget, 'TextQuoteSelector');
  return searchQuote(text, quote ?? { exact: h.exact, prefix: '', suffix: '' });
}

/** Where each paragraph starts in the text that joins them with blank lines. */
export function paragraphStarts(paragraphs: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 2;
  }
  return starts;
}

/**
 * Splits spans of the joined text into per-paragraph spans (a highlight across two
 * paragraphs is marked in both), merged where they overlap so marks never nest.
 */
export function spansByParagraph(paragraphs: readonly string[], spans: readonly Span[]): Span[][] {
  const starts = paragraphStarts(paragraphs);
  const out: Span[][] = paragraphs.map(() => []);
  for (const s of spans) {
    paragraphs.forEach((p, i) => {
      const from = Math.max(s.start - starts[i]!, 0);
      const to = Math.min(s.end - starts[i]!, p.length);
      if (to > from) out[i]!.push({ start: from, end: to });
    });
  }
  return out.map((list) => {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const s of sorted) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ ...s });
    }
    return merged;
  });
}
