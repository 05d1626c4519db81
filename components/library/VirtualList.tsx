/**
 * A windowed list: fixed row height, only the rows in (and just around) the viewport are
 * in the DOM, so 100,000 items scroll like 20. Rows are absolutely placed inside a spacer
 * as tall as the whole list; the list scrolls in its own box (height from CSS).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { computeWindow, revealRow, type RowWindow } from './virtual-window';

/** Props of VirtualList. */
export interface VirtualListProps {
  count: number;
  /** Row height in px (rows are laid out at exactly this height). */
  rowHeight: number;
  /** Renders row `index`; `selected` is the keyboard selection. */
  renderRow: (index: number, selected: boolean) => ComponentChildren;
  /** Called with the rendered window whenever it changes (to load those rows' data). */
  onWindow?: (w: RowWindow) => void;
  /** Index of the selected row (-1: none); it is scrolled into view when it changes. */
  selected?: number;
  label: string;
  class?: string;
}

/** Viewport height before the first measurement (jsdom has no layout at all). */
const FALLBACK_VIEWPORT = 800;

/**
 * The viewport height a list measured last: a list mounting in another's place (a route
 * change) starts with it, so its first render already has about the right rows.
 */
let lastViewport = FALLBACK_VIEWPORT;

/** The list. */
export function VirtualList({ count, rowHeight, renderRow, onWindow, selected = -1, label, class: cls }: VirtualListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(() => lastViewport);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      lastViewport = el.clientHeight || FALLBACK_VIEWPORT;
      setViewport(lastViewport);
    };
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    // The observer reports the box after the frame's layout and before its paint: reading
    // clientHeight here, in the render, would force a layout of the whole new view first
    // (10-14 ms on a route change to a list), and the frame would lay it out again.
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const win = computeWindow(scrollTop, viewport, rowHeight, count);
  useEffect(() => onWindow?.(win), [win.start, win.end]);

  useEffect(() => {
    const el = box.current;
    if (!el || selected < 0) return;
    const to = revealRow(selected, el.scrollTop, el.clientHeight || viewport, rowHeight);
    if (to !== null) el.scrollTop = to;
  }, [selected]);

  const rows = [];
  for (let i = win.start; i < win.end; i++) {
    rows.push(
      <div
        key={i}
        role="listitem"
        aria-setsize={count}
        aria-posinset={i + 1}
        aria-current={i === selected ? 'true' : undefined}
        class={i === selected ? 'vrow selected' : 'vrow'}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {renderRow(i, i === selected)}
      </div>,
    );
  }
  return (
    <div ref={box} class={cls ? `vlist ${cls}` : 'vlist'} onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}>
      <div class="vlist-spacer" role="list" aria-label={label} style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
