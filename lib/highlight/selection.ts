/**
 * Reading the user's selection as something worth highlighting: non-empty text inside
 * <body>, outside our own toolbar and outside editable fields (marks or ranges in an editor
 * would fight the editor's own model).
 */

/** The selection's first range if it can be highlighted, else null. */
export function readSelectionRange(doc: Document, exclude?: Node): Range | null {
  const sel = doc.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const common = range.commonAncestorContainer;
  if (!doc.body?.contains(common)) return null;
  if (exclude && (exclude === common || exclude.contains(common))) return null;
  const el = common.nodeType === 1 ? (common as HTMLElement) : common.parentElement;
  if (el?.closest('input, textarea, [contenteditable=""], [contenteditable="true"]')) return null;
  return range.toString().trim() ? range : null;
}

/** A client rect to place the toolbar by (jsdom has no layout: the origin). */
export function rectOfRange(range: Range): { left: number; top: number; bottom: number } {
  if (typeof range.getBoundingClientRect !== 'function') return { left: 0, top: 0, bottom: 0 };
  const r = range.getBoundingClientRect();
  return { left: r.left, top: r.top, bottom: r.bottom };
}
