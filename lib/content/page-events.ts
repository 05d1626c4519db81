/**
 * The page's events that drive the toolbar: a finished selection (mouseup/keyup, debounced)
 * opens it, a click on a drawn highlight opens that highlight, a press outside closes it,
 * Tab from the page jumps into an open toolbar (its host sits at the end of <body>, far
 * from the selection in tab order), Esc closes it. Events from inside the toolbar's shadow
 * root reach the page retargeted to its host and are ignored here.
 */
import { readSelectionRange } from '../highlight/selection';
import type { Toolbar } from '../highlight/toolbar';

/** Options of wirePageEvents. */
export interface PageEventOptions {
  toolbar: Toolbar;
  delayMs: number;
  hitTest: (x: number, y: number, target: EventTarget | null) => string | null;
  onSelection: (range: Range) => void;
  onHighlightClick: (id: string) => void;
}

/** Adds the listeners; returns a function removing them. */
export function wirePageEvents(doc: Document, o: PageEventOptions): () => void {
  const { toolbar } = o;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fromToolbar = (e: Event) => (typeof e.composedPath === 'function' ? e.composedPath().includes(toolbar.host) : e.target === toolbar.host);

  function check(byKeyboard: boolean): void {
    const range = readSelectionRange(doc, toolbar.host);
    if (range) o.onSelection(range);
    // A keyboard user who collapses the selection is done with a toolbar that was for it.
    else if (byKeyboard && toolbar.isOpen() && !toolbar.subjectId()) toolbar.close();
  }
  function schedule(byKeyboard: boolean): void {
    clearTimeout(timer);
    timer = setTimeout(() => check(byKeyboard), o.delayMs);
  }

  const onMouseDown = (e: MouseEvent) => {
    if (!fromToolbar(e) && toolbar.isOpen()) toolbar.close();
  };
  const onMouseUp = (e: MouseEvent) => {
    if (!fromToolbar(e)) schedule(false);
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (!fromToolbar(e) && e.key !== 'Tab' && e.key !== 'Escape') schedule(true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (fromToolbar(e) || !toolbar.isOpen()) return;
    if (e.key === 'Escape') toolbar.close();
    else if (e.key === 'Tab' && !e.shiftKey) {
      const first = toolbar.root.querySelector<HTMLElement>('button, textarea, input');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };
  const onClick = (e: MouseEvent) => {
    if (fromToolbar(e)) return;
    const sel = doc.getSelection();
    if (sel && !sel.isCollapsed) return; // the end of a drag-selection, not a click on a highlight
    const id = o.hitTest(e.clientX, e.clientY, e.target);
    if (id) o.onHighlightClick(id);
  };

  doc.addEventListener('mousedown', onMouseDown, true);
  doc.addEventListener('mouseup', onMouseUp, true);
  doc.addEventListener('keyup', onKeyUp, true);
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('click', onClick, true);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('mousedown', onMouseDown, true);
    doc.removeEventListener('mouseup', onMouseUp, true);
    doc.removeEventListener('keyup', onKeyUp, true);
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('click', onClick, true);
  };
}
