/**
 * The reader's body text with its highlights drawn as <mark> runs. Reports a text selection
 * inside the body as offsets in the clipping's `text` (what textTarget selectors count).
 */
import { useRef } from 'preact/hooks';
import { paragraphOffsets, type Clipping } from '../../lib/bulletin/model';
import { rangeToTextPosition } from '../../lib/anchor/dom';
import type { Segment } from '../../lib/reader/segments';

/** Props of ReaderBody. */
export interface ReaderBodyProps {
  clipping: Clipping;
  segments: Segment[][];
  onSelect: (span: { start: number; end: number; rect: DOMRect } | null) => void;
  onOpenHighlight: (id: string) => void;
}

/** Paragraphs and section headings. */
export function ReaderBody({ clipping: c, segments, onSelect, onOpenHighlight }: ReaderBodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const offsets = paragraphOffsets(c.paragraphs);
  const headingsAt = new Map<number, typeof c.headings>();
  for (const h of c.headings) headingsAt.set(h.paragraph, [...(headingsAt.get(h.paragraph) ?? []), h]);

  function report() {
    const sel = window.getSelection();
    const body = ref.current;
    if (!sel || sel.isCollapsed || !sel.rangeCount || !body) return onSelect(null);
    const range = sel.getRangeAt(0);
    const startP = paragraphOf(range.startContainer, body);
    const endP = paragraphOf(range.endContainer, body);
    if (!startP || !endP) return onSelect(null);
    const start = offsets[Number(startP.dataset.index)]! + rangeToTextPosition(startP, range).start;
    const end = offsets[Number(endP.dataset.index)]! + rangeToTextPosition(endP, range).end;
    if (end <= start || !c.text.slice(start, end).trim()) return onSelect(null);
    onSelect({ start, end, rect: range.getBoundingClientRect() });
  }

  return (
    <div class="reader-body" ref={ref} onMouseUp={report} onKeyUp={(e) => e.shiftKey && report()}>
      {c.paragraphs.map((_, i) => (
        <>
          {(headingsAt.get(i) ?? []).map((h) => (
            <h2 class={`section level-${h.level}`} key={`h${i}-${h.text}`}>
              {h.text}
            </h2>
          ))}
          <p data-index={i} key={`p${i}`}>
            {segments[i]!.map((s) =>
              s.ids.length ? (
                <mark
                  key={s.start}
                  class={`hl hl-${s.color}`}
                  data-hl={s.ids[s.ids.length - 1]}
                  tabIndex={0}
                  onClick={() => onOpenHighlight(s.ids[s.ids.length - 1]!)}
                  onKeyDown={(e) => e.key === 'Enter' && onOpenHighlight(s.ids[s.ids.length - 1]!)}
                >
                  {s.text}
                </mark>
              ) : (
                s.text
              ),
            )}
          </p>
        </>
      ))}
    </div>
  );
}

function paragraphOf(node: Node, body: HTMLElement): HTMLElement | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const p = el?.closest<HTMLElement>('p[data-index]') ?? null;
  return p && body.contains(p) ? p : null;
}
