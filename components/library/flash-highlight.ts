/** Drawing attention to one highlight in the reader view. */

/** Scrolls a drawn highlight into view and flashes it. */
export function flashHighlight(id: string): void {
  const mark = document.querySelector<HTMLElement>(`mark[data-hl="${CSS.escape(id)}"]`);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.classList.add('flash');
  setTimeout(() => mark.classList.remove('flash'), 1200);
  mark.focus({ preventScroll: true });
}
