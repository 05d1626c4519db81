/**
 * Between DOM ranges and offsets in `root.textContent` (what TextPositionSelectors count), and
 * the anchoring chain over a DOM: range hint (verified against the quote) -> position -> quote
 * -> fuzzy. Works with any DOM implementation given as parameters (browser, jsdom; linkedom
 * for everything except creating Range objects, which it lacks).
 */
import type { RangeSelector, Selector } from '../bulletin/model';
import { anchorSteps, findQuote, indexText, verifyAt, type AnchorMatch } from './anchor';
import { runToEnd } from './steps';
import { elementFromXPath } from './xpath';

const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** True for the nodes textContent concatenates. */
function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE;
}

/** The node after `node` in document order within `root` (pre-order), optionally skipping its subtree. */
function nextNode(node: Node, root: Node, skipChildren = false): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** Every text node under `root`, in document order. */
export function* textNodesOf(root: Node): Generator<Text> {
  for (let n = nextNode(root, root); n; n = nextNode(n, root)) if (isText(n)) yield n;
}

/** Length of the text under `root` that comes before `target` (not counting target's own text); null if outside. */
export function textBefore(root: Node, target: Node): number | null {
  let count = 0;
  for (let n: Node | null = root; n; n = nextNode(n, root)) {
    if (n === target) return count;
    if (isText(n)) count += n.data.length;
  }
  return null;
}

/** Offset in root.textContent of a DOM boundary point (container, offset). */
function boundaryToOffset(root: Element, container: Node, offset: number): number {
  const total = root.textContent?.length ?? 0;
  if (container !== root && !root.contains(container)) {
    // A boundary outside root clamps to root's nearer end.
    return root.compareDocumentPosition(container) & 2 /* PRECEDING */ ? 0 : total;
  }
  if (isText(container)) return (textBefore(root, container) ?? 0) + Math.min(offset, container.data.length);
  const child = container.childNodes[offset];
  if (child) return textBefore(root, child) ?? 0;
  return (textBefore(root, container) ?? 0) + (container.textContent?.length ?? 0);
}

/** The text offsets in root.textContent that `range` covers. */
export function rangeToTextPosition(root: Element, range: Range): { start: number; end: number } {
  return {
    start: boundaryToOffset(root, range.startContainer, range.startOffset),
    end: boundaryToOffset(root, range.endContainer, range.endOffset),
  };
}

/**
 * A Range over root.textContent[start, end). A start on a node boundary goes into the next
 * text node and an end into the previous one, so the range hugs the text (no empty nodes).
 */
export function textPositionToRange(root: Element, start: number, end: number): Range {
  const doc = root.ownerDocument;
  const range = doc.createRange();
  range.selectNodeContents(root);
  const s = Math.max(0, Math.min(start, end));
  const e = Math.max(s, end);
  let offset = 0;
  let startSet = false;
  let last: Text | null = null;
  for (const t of textNodesOf(root)) {
    const len = t.data.length;
    if (!startSet && s < offset + len) {
      range.setStart(t, s - offset);
      startSet = true;
    }
    if (startSet && e <= offset + len) {
      range.setEnd(t, e - offset);
      return range;
    }
    offset += len;
    last = t;
  }
  // Past the end (or a collapsed range at the very end): clamp to the end of the last text.
  if (last) {
    if (!startSet) range.setStart(last, last.data.length);
    range.setEnd(last, last.data.length);
  }
  return range;
}

/** Offsets in root.textContent of a RangeSelector (XPath + char offsets in those elements), or null. */
export function rangeSelectorToTextPosition(root: Element, sel: RangeSelector): { start: number; end: number } | null {
  const startEl = elementFromXPath(sel.startContainer, root);
  const endEl = elementFromXPath(sel.endContainer, root);
  if (!startEl || !endEl) return null;
  if (sel.startOffset > (startEl.textContent?.length ?? 0) || sel.endOffset > (endEl.textContent?.length ?? 0)) return null;
  const start = (textBefore(root, startEl) ?? 0) + sel.startOffset;
  const end = (textBefore(root, endEl) ?? 0) + sel.endOffset;
  return start <= end ? { start, end } : null;
}

/**
 * Anchors selectors in root.textContent without creating a Range (the CLI runs this over
 * linkedom): range hint verified against the quote, then the text chain of anchorInText.
 */
export function anchorInRoot(root: Element, selectors: Selector[], text = root.textContent ?? ''): AnchorMatch | null {
  const rangeSel = selectors.find((s): s is RangeSelector => s.type === 'RangeSelector');
  const quote = findQuote(selectors);
  const hinted = rangeSel ? rangeSelectorToTextPosition(root, rangeSel) : null;
  if (hinted) {
    if (!quote) return { ...hinted, score: 0.5, method: 'range' };
    const score = verifyAt(text, hinted.start, quote);
    if (score !== null && hinted.end - hinted.start === quote.exact.length) {
      return { ...hinted, score, method: 'range' };
    }
  }
  return runToEnd(anchorSteps(indexText(text), selectors));
}

/** Anchors selectors in the DOM under `root`: the Range to draw and how it was found, or null. */
export function anchorInDom(root: Element, selectors: Selector[]): { range: Range; match: AnchorMatch } | null {
  const match = anchorInRoot(root, selectors);
  return match ? { range: textPositionToRange(root, match.start, match.end), match } : null;
}
