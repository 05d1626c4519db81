/**
 * Offsets in root.textContent -> DOM Ranges for many spans in one walk over the text nodes
 * (lib/anchor's textPositionToRange walks once per span: quadratic on a page with hundreds
 * of highlights). Same boundary rule: a start goes into the next text node, an end into the
 * previous one, so ranges hug their text.
 */
import { textNodesOf } from '../anchor/dom';

/** A span of root.textContent. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One Range per span (input order), over root.textContent offsets. */
export function spansToRanges(root: Element, spans: readonly TextSpan[]): Range[] {
  const doc = root.ownerDocument;
  const ranges = spans.map(() => {
    const r = doc.createRange();
    r.selectNodeContents(root);
    return r;
  });
  const starts = spans.map((s, i) => ({ at: s.start, i })).sort((a, b) => a.at - b.at);
  const ends = spans.map((s, i) => ({ at: Math.max(s.start, s.end), i })).sort((a, b) => a.at - b.at);
  let si = 0;
  let ei = 0;
  let offset = 0;
  let last: Text | null = null;
  for (const t of textNodesOf(root)) {
    const len = t.data.length;
    for (; si < starts.length && starts[si]!.at < offset + len; si++) ranges[starts[si]!.i]!.setStart(t, Math.max(0, starts[si]!.at - offset));
    for (; ei < ends.length && ends[ei]!.at <= offset + len; ei++) ranges[ends[ei]!.i]!.setEnd(t, Math.max(0, ends[ei]!.at - offset));
    offset += len;
    last = t;
    if (si === starts.length && ei === ends.length) break;
  }
  // Past the end of the text: clamp to the end of the last text node.
  if (last) {
    for (; si < starts.length; si++) ranges[starts[si]!.i]!.setStart(last, last.data.length);
    for (; ei < ends.length; ei++) ranges[ends[ei]!.i]!.setEnd(last, last.data.length);
  }
  return ranges;
}
