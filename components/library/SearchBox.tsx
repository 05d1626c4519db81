/**
 * The header's search box. Typing shows results at '/search?q=…' (replacing the history
 * entry while typing, so Back leaves the search in one step); Enter searches at once;
 * '/' anywhere focuses it (LibraryApp), Esc clears it. IME composition is waited out, so
 * a Chinese phrase is searched when it is committed, not pinyin letter by letter.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/platform/i18n';

/** The hash route of a search. */
export function searchHash(q: string): string {
  return q.trim() ? `/search?q=${encodeURIComponent(q.trim())}` : '/search';
}

/** Props of SearchBox. */
export interface SearchBoxProps {
  /** The query in the URL (when the search view is showing). */
  current: string;
  onSearch: (q: string, replace: boolean) => void;
  onClear: () => void;
  inputRef?: { current: HTMLInputElement | null };
}

/** The box. */
export function SearchBox({ current, onSearch, onClear, inputRef }: SearchBoxProps) {
  const [text, setText] = useState(current);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const composing = useRef(false);
  useEffect(() => setText(current), [current]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const schedule = (v: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(v, true), 120);
  };
  return (
    <form
      class="search-box"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        clearTimeout(timer.current);
        onSearch(text, false);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        name="q"
        value={text}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        aria-keyshortcuts="/"
        onInput={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value;
          setText(v);
          if (!composing.current) schedule(v);
        }}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={(e) => {
          composing.current = false;
          schedule((e.currentTarget as HTMLInputElement).value);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          clearTimeout(timer.current);
          setText('');
          (e.currentTarget as HTMLInputElement).blur();
          onClear();
        }}
      />
    </form>
  );
}
