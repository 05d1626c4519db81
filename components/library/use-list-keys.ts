/**
 * Keyboard moves in a list: j/k (and arrow keys) move the selection, Enter opens the
 * selected row, Esc clears it. Keys typed into a form field are left alone.
 */
import { useEffect, useState } from 'preact/hooks';

/** True when the key event belongs to a text field, select or editable element. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return Boolean(el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

/** The selected index and its setter; `open(i)` is called on Enter. */
export function useListKeys(count: number, open: (index: number) => void): [number, (i: number) => void] {
  const [selected, setSelected] = useState(-1);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      if (e.key === 'j' || e.key === 'ArrowDown') {
        e.preventDefault();
        setSelected((s) => Math.min(count - 1, s + 1));
      } else if (e.key === 'k' || e.key === 'ArrowUp') {
        e.preventDefault();
        setSelected((s) => Math.max(0, s - 1));
      } else if (e.key === 'Enter' && selected >= 0 && !(e.target as HTMLElement | null)?.closest?.('a, button')) {
        e.preventDefault();
        open(selected);
      } else if (e.key === 'Escape' && selected >= 0) {
        setSelected(-1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, selected, open]);
  // Keep the selection inside the list when it shrinks.
  const clamped = selected >= count ? count - 1 : selected;
  return [clamped, setSelected];
}
