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
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(viewport, rowHeight)) / rowHeight);
  return { start: Math.max(0, Math.min(count - 1, first - overscan)), end: Math.min(count, last + overscan) };
}

/**
 * The scrollTop that brings row `index` fully into view with the least movement, or null
 * when it is visible already.
 */
export function revealRow(index: number, scrollTop: number, viewport: number, rowHeight: number): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return null;
}
