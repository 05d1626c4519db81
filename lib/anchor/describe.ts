/**
 * Describing a DOM Range as the three selectors we store: a RangeSelector hint (simple XPaths
 * relative to root, char offsets inside those elements, as Hypothesis writes them), and the
 * TextPosition + TextQuote selectors over root.textContent that anchoring really relies on.
 */
import type { RangeSelector, Selector } from '../bulletin/model';
import { rangeToTextPosition, textBefore } from './dom';
import { describeTextRange } from './text-quote';
import { xpathFromElement } from './xpath';

/** The element holding a boundary and the boundary's char offset inside that element's text. */
function elementBoundary(root: Element, container: Node, textOffset: number): { xpath: string; offset: number } {
  let el: Element = container.nodeType === 1 ? (container as Element) : (container.parentElement ?? root);
  if (el !== root && !root.contains(el)) el = root;
  const before = textBefore(root, el) ?? 0;
  return { xpath: xpathFromElement(el, root), offset: textOffset - before };
}

/** Describes `range` (inside `root`) as [RangeSelector, TextPositionSelector, TextQuoteSelector]. */
export function describeRange(root: Element, range: Range): Selector[] {
  const { start, end } = rangeToTextPosition(root, range);
  const text = root.textContent ?? '';
  const [quote, position] = describeTextRange(text, start, end);
  const s = elementBoundary(root, range.startContainer, position.start);
  const e = elementBoundary(root, range.endContainer, position.end);
  const rangeSel: RangeSelector = {
    type: 'RangeSelector',
    startContainer: s.xpath,
    startOffset: s.offset,
    endContainer: e.xpath,
    endOffset: e.offset,
  };
  return [rangeSel, position, quote];
}
