/**
 * Splits a clipping's paragraphs into runs of text with the highlights that cover them, for
 * the reader view. Offsets are in `joinParagraphs(paragraphs)` (what textTarget selectors
 * count); the blank-line separators belong to no paragraph.
 */
import { paragraphOffsets, type HighlightColor } from '../bulletin/model';

/** A highlight placed in the text. */
export interface PlacedSpan {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
}

/** A run of one paragraph's text; `ids` are the highlights over it (innermost last). */
export interface Segment {
  text: string;
  /** Offset of the run in the joined text. */
  start: number;
  ids: string[];
  color: HighlightColor | null;
}

/** The runs of every paragraph, cut at each highlight boundary. */
export function segmentParagraphs(paragraphs: readonly string[], spans: readonly PlacedSpan[]): Segment[][] {
  const offsets = paragraphOffsets(paragraphs);
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  return paragraphs.map((p, i) => {
    const from = offsets[i]!;
    const to = from + p.length;
    const inside = sorted.filter((s) => s.start < to && s.end > from);
    const cuts = new Set<number>([from, to]);
    for (const s of inside) {
      cuts.add(Math.max(from, s.start));
      cuts.add(Math.min(to, s.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segs: Segment[] = [];
    for (let k = 0; k < points.length - 1; k++) {
      const a = points[k]!;
      const b = points[k + 1]!;
      if (a === b) continue;
      const over = inside.filter((s) => s.start <= a && s.end >= b);
      segs.push({ text: p.slice(a - from, b - from), start: a, ids: over.map((s) => s.id), color: over.length ? over[over.length - 1]!.color : null });
    }
    return segs;
  });
}
