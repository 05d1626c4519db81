/**
 * Finds where a highlight sits in a clipping's saved text, to order passages and to put
 * ==marks== into the full-text export. It uses the same anchoring as the reader view
 * (lib/anchor), so an export marks exactly what the reader shows, and a passage the reader
 * cannot place is reported as unplaced rather than marked at a doubtful spot.
 */
import { anchorInText } from '../anchor/anchor';
import { paragraphOffsets, type Highlight } from '../bulletin/model';

/** A half-open span of UTF-16 offsets in the text. */
export interface Span {
  start: number;
  end: number;
}

/** Locates a highlight in `text`; null when it cannot be placed there. */
export function locateHighlight(text: string, h: Pick<Highlight, 'exact' | 'textTarget'>): Span | null {
  const selectors = h.textTarget.length ? h.textTarget : [{ type: 'TextQuoteSelector' as const, exact: h.exact, prefix: '', suffix: '' }];
  const m = anchorInText(text, selectors);
  return m ? { start: m.start, end: m.end } : null;
}

/**
 * Splits spans of the joined text into per-paragraph spans (a highlight across two
 * paragraphs is marked in both), merged where they overlap so marks never nest.
 */
export function spansByParagraph(paragraphs: readonly string[], spans: readonly Span[]): Span[][] {
  const starts = paragraphOffsets(paragraphs);
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
