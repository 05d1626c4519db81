/**
 * Offsets in root.textContent -> DOM boundary points and Ranges, for many spans in one walk
 * over the text nodes (lib/anchor's textPositionToRange walks once per span: quadratic on a
 * page with hundreds of highlights). Same boundary rule: a start goes into the next text
 * node, an end into the previous one, so ranges hug their text.
 *
 * Measured in Chromium on a 760 K-character page of 8,000 paragraphs: merely visiting its
 * 16,000 text nodes takes 70-140 ms, so the walk is sliced (`points`); and Ranges are built
 * from a fresh (document, 0) range, start first, because comparing against an end at
 * (body, childCount) scans body's children on every setStart/setEnd.
 */
import type { Slicer } from './slicer';

/** A span of root.textContent. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * root.textContent, read in slices: on a long page textContent itself blocks for a few
 * hundred milliseconds (measured: 190-730 ms on 760 K characters in a loaded Chromium).
 * Equal to textContent for HTML (no CDATA sections there).
 */
export async function readTextSliced(root: Element, slicer: Slicer): Promise<string> {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    parts.push((n as Text).data);
    if (parts.length % NODES_PER_CHECK === 0) await slicer.maybeYield();
  }
  return parts.join('');
}

/** A boundary point inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** Start and end points of a span (null when root has no text at all). */
export type SpanPoints = { start: TextPoint; end: TextPoint } | null;

const NODES_PER_CHECK = 256;

/**
 * The boundary points of many spans, in input order, in one walk over root's text nodes.
 * With a slicer the walk yields to the event loop between slices: the caller must check
 * that the text did not change meanwhile.
 */
export async function spansToPoints(root: Element, spans: readonly TextSpan[], slicer?: Slicer): Promise<SpanPoints[]> {
  const starts = spans.map((s, i) => ({ at: s.start, i })).sort((a, b) => a.at - b.at);
  const ends = spans.map((s, i) => ({ at: Math.max(s.start, s.end), i })).sort((a, b) => a.at - b.at);
  const startPoints: (TextPoint | undefined)[] = new Array(spans.length);
  const endPoints: (TextPoint | undefined)[] = new Array(spans.length);
  let si = 0;
  let ei = 0;
  let offset = 0;
  let last: Text | null = null;
  let visited = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && (si < starts.length || ei < ends.length); n = walker.nextNode()) {
    const t = n as Text;
    const len = t.data.length;
    for (; si < starts.length && starts[si]!.at < offset + len; si++) startPoints[starts[si]!.i] = { node: t, offset: Math.max(0, starts[si]!.at - offset) };
    for (; ei < ends.length && ends[ei]!.at <= offset + len; ei++) endPoints[ends[ei]!.i] = { node: t, offset: Math.max(0, ends[ei]!.at - offset) };
    offset += len;
    last = t;
    if (slicer && ++visited % NODES_PER_CHECK === 0) await slicer.maybeYield();
  }
  if (si < starts.length || ei < ends.length) {
    // Past the end of the text: clamp to the end of the last text node.
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
  }
  const tail = last ? { node: last, offset: last.data.length } : null;
  return spans.map((_, i) => {
    const start = startPoints[i] ?? tail;
    const end = endPoints[i] ?? tail;
    return start && end ? { start, end } : null;
  });
}

/** A Range between two points, built the cheap way (see the module comment). */
export function pointsToRange(doc: Document, points: SpanPoints, root: Element): Range {
  const range = doc.createRange();
  if (!points) {
    range.selectNodeContents(root); // no text at all: an empty range at root
    range.collapse(true);
    return range;
  }
  range.setStart(points.start.node, points.start.offset);
  range.setEnd(points.end.node, points.end.offset);
  return range;
}

/** One Range per span (input order), in one synchronous walk. */
export async function spansToRanges(root: Element, spans: readonly TextSpan[], slicer?: Slicer): Promise<Range[]> {
  const points = await spansToPoints(root, spans, slicer);
  return points.map((p) => pointsToRange(root.ownerDocument, p, root));
}
