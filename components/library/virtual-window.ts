/**
 * The arithmetic of a windowed list with fixed row height: which rows to render for a
 * scroll position, and where to scroll so a row is fully visible. Pure, so it is tested
 * without a layout engine.
 */

/** Rows [start, end) to render. */
export interface RowWindow {
  start: number;
  end: number;
}

/**
 * The rows visible in a viewport of `viewport` px scrolled to `scrollTop`, plus `overscan`
 * rows each side so a fast scroll does not show blank space before the next frame.
 */
export function computeWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 6): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const visible = Math.ceil(Math.max(viewport, rowHeight) / rowHeight);
  // A scroll offset past the end (the list just shrank) shows the last screenful, not one row.
  const first = Math.min(Math.floor(Math.max(0, scrollTop) / rowHeight), Math.max(0, count - visible));
  const last = first + visible + 1;
  return { start: Math.max(0, Math.min(count - 1, first - overscan)), end: Math.min(count, last + overscan) };
}

/**
 * The scrollTop that brings row `index` fully into view with the least movement, or null
 * when it is visible already.
 */
export function revealRow(index: number, scrollTop: number, viewport: number, rowHeight: number): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  // A row taller than the viewport is aligned by its top (its start is what is read first).
  if (rowHeight >= viewport) return top === scrollTop ? null : top;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return null;
}
