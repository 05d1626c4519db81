/**
 * How highlights get onto the page. Two painters share one interface: the CSS Custom
 * Highlight API (no DOM change at all) where the browser has it, <mark> wrapping elsewhere.
 */
import type { HighlightColor } from '../bulletin/model';

/** Draws and erases highlights; knows nothing of selectors or anchoring. */
export interface Painter {
  readonly kind: 'css' | 'mark';
  /** Draws `range` as highlight `id` (replacing an earlier drawing of the same id). */
  paint(id: string, color: HighlightColor, range: Range): void;
  /** Removes a highlight's drawing; the mark painter restores the text nodes it split. */
  erase(id: string): void;
  /** Changes the colour of a drawn highlight. */
  recolor(id: string, color: HighlightColor): void;
  /** A live Range over what is drawn for `id`, or null if nothing is. */
  rangeOf(id: string): Range | null;
  /** True while `id` is drawn in the document over the same text as when it was painted. */
  isIntact(id: string): boolean;
  /** The id of the highlight drawn at a client point (innermost/last drawn wins), or null. */
  hitTest(x: number, y: number, target: EventTarget | null): string | null;
  /** Turns the scroll-to flash on or off. */
  flash(id: string, on: boolean): void;
  /** Ids currently drawn. */
  ids(): string[];
  /** Removes copies of our drawing that the page made (cloned marks); returns how many. */
  sweep(root: ParentNode): number;
  /** Erases everything. */
  clear(): void;
}

/** Client rectangles of a range (jsdom has none: an empty list). */
export function rectsOf(range: Range): DOMRect[] {
  if (typeof range.getClientRects !== 'function') return [];
  // An index loop: Firefox content scripts cannot iterate DOM lists (Xray).
  const list = range.getClientRects();
  const out: DOMRect[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}
