/**
 * Fallback painter for browsers without the CSS Custom Highlight API: wraps the highlighted
 * text nodes in <mark class="bc-hl bc-COLOUR" data-bc-id>. Text nodes split at the range's
 * ends are remembered and joined again on erase, so removal restores the DOM exactly (for
 * non-overlapping highlights; overlapping ones restore the same text). textContent, which
 * selectors count, never changes.
 */
import type { HighlightColor } from '../bulletin/model';
import type { Painter } from './painter';
import { colorKey, FLASH_KEY } from './styles';

/** Class every mark of ours carries. */
export const MARK_CLASS = 'bc-hl';

interface Drawn {
  color: HighlightColor;
  marks: HTMLElement[];
  /** [head, tail] pairs made by splitText, in the order they were made. */
  splits: [Text, Text][];
  text: string;
}

/** Text nodes the range touches, with the part of each it covers. */
function coveredText(range: Range): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n: Node | null = root.nodeType === 3 ? root : walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!range.intersectsNode(t)) continue;
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.data.length;
    if (start < end) out.push({ node: t, start, end });
    if (n === root) break;
  }
  return out;
}

/** Unwraps one mark: its children take its place. */
function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
}

/** Creates the <mark> painter for a document. */
export function createMarkPainter(doc: Document): Painter {
  const drawn = new Map<string, Drawn>();

  function wrap(id: string, color: HighlightColor, node: Text): HTMLElement {
    const mark = doc.createElement('mark');
    mark.className = `${MARK_CLASS} ${colorKey(color)}`;
    mark.dataset.bcId = id;
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
    return mark;
  }

  const painter: Painter = {
    kind: 'mark',
    paint(id, color, range) {
      painter.erase(id);
      const d: Drawn = { color, marks: [], splits: [], text: '' };
      for (const { node, start, end } of coveredText(range)) {
        // Whitespace between blocks (in <tr>, <ul> …) must not get an inline wrapper.
        if (!node.data.slice(start, end).trim() || !node.parentNode) continue;
        if (end < node.data.length) d.splits.push([node, node.splitText(end)]);
        let target = node;
        if (start > 0) {
          target = node.splitText(start);
          d.splits.push([node, target]);
        }
        d.marks.push(wrap(id, color, target));
      }
      d.text = d.marks.map((m) => m.textContent).join('');
      drawn.set(id, d);
    },
    erase(id) {
      const d = drawn.get(id);
      if (!d) return;
      drawn.delete(id);
      for (const m of [...d.marks].reverse()) unwrap(m);
      for (const [head, tail] of [...d.splits].reverse()) {
        if (tail.previousSibling === head) {
          head.appendData(tail.data);
          tail.remove();
        }
      }
    },
    recolor(id, color) {
      const d = drawn.get(id);
      if (!d) return;
      for (const m of d.marks) m.classList.replace(colorKey(d.color), colorKey(color));
      d.color = color;
    },
    rangeOf(id) {
      const marks = drawn.get(id)?.marks.filter((m) => m.isConnected) ?? [];
      const first = marks[0];
      const last = marks[marks.length - 1];
      if (!first || !last) return null;
      const r = doc.createRange();
      r.setStartBefore(first);
      r.setEndAfter(last);
      return r;
    },
    isIntact(id) {
      const d = drawn.get(id);
      return !!d && d.marks.length > 0 && d.marks.every((m) => m.isConnected) && d.marks.map((m) => m.textContent).join('') === d.text;
    },
    hitTest(_x, _y, target) {
      const el = target && (target as Node).nodeType === 1 ? (target as Element) : ((target as Node | null)?.parentElement ?? null);
      const mark = el?.closest(`mark.${MARK_CLASS}`) as HTMLElement | null;
      const id = mark?.dataset.bcId;
      return id && drawn.has(id) ? id : null;
    },
    flash(id, on) {
      for (const m of drawn.get(id)?.marks ?? []) m.classList.toggle(FLASH_KEY, on);
    },
    ids: () => [...drawn.keys()],
    sweep(root) {
      // A page that re-renders by cloning its DOM copies our marks along with the text; they
      // must not stack up under fresh ones.
      const ours = new Set<Element>([...drawn.values()].flatMap((d) => d.marks));
      let removed = 0;
      // An index loop, not Array.from: Firefox content scripts cannot iterate DOM lists (Xray).
      const found = root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`);
      for (let i = 0; i < found.length; i++) {
        const m = found[i]!;
        if (ours.has(m)) continue;
        unwrap(m);
        removed++;
      }
      return removed;
    },
    clear() {
      for (const id of [...drawn.keys()]) painter.erase(id);
    },
  };
  return painter;
}
