/**
 * The toolbar's tag field: chips for the tags chosen, a text input with an ARIA combobox
 * (listbox of suggestions, arrow keys, Enter to take one) fed by a suggest function.
 */

/** Options of createTagInput. */
export interface TagInputOptions {
  label: string;
  removeLabel: string;
  /** Suggestions for what is typed (existing tags, phrases of the bulletin). */
  suggest: (prefix: string) => Promise<string[]>;
  /** Enter on an empty input: the toolbar saves. */
  onSubmit: () => void;
}

/** A tag field. */
export interface TagInput {
  element: HTMLElement;
  input: HTMLInputElement;
  listbox: HTMLElement;
  getTags(): string[];
  setTags(tags: readonly string[]): void;
  /** Turns text typed but not yet entered into a tag. */
  commitPending(): void;
  /** Asks for suggestions now (on focus, with the current text). */
  refresh(): void;
}

const SEPARATORS = new Set([',', '，', '、', ';', '；']);
const MAX_OPTIONS = 8;

/** Builds the tag field in `doc`. */
export function createTagInput(doc: Document, options: TagInputOptions): TagInput {
  const element = doc.createElement('div');
  element.className = 'tags';
  const chips = doc.createElement('ul');
  chips.className = 'chips';
  const input = doc.createElement('input');
  input.className = 'tag-input';
  input.type = 'text';
  input.placeholder = options.label;
  input.setAttribute('aria-label', options.label);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'bc-tag-list');
  input.autocomplete = 'off';
  const listbox = doc.createElement('ul');
  listbox.id = 'bc-tag-list';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', options.label);
  listbox.hidden = true;
  element.append(chips, input, listbox);

  let tags: string[] = [];
  let suggestions: string[] = [];
  let active = -1;
  let request = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function renderChips(): void {
    chips.replaceChildren(
      ...tags.map((tag) => {
        const li = doc.createElement('li');
        li.className = 'chip';
        const name = doc.createElement('span');
        name.textContent = tag;
        const remove = doc.createElement('button');
        remove.type = 'button';
        remove.textContent = '×';
        remove.setAttribute('aria-label', `${options.removeLabel} ${tag}`);
        remove.addEventListener('click', () => {
          tags = tags.filter((t) => t !== tag);
          renderChips();
          input.focus();
        });
        li.append(name, remove);
        return li;
      }),
    );
  }
  function renderList(): void {
    const open = suggestions.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    listbox.replaceChildren(
      ...suggestions.map((s, i) => {
        const li = doc.createElement('li');
        li.id = `bc-tag-opt-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        li.textContent = s;
        li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
        li.addEventListener('click', () => addTag(s));
        return li;
      }),
    );
    if (active >= 0) input.setAttribute('aria-activedescendant', `bc-tag-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }
  function closeList(): void {
    request++;
    suggestions = [];
    active = -1;
    renderList();
  }
  function addTag(raw: string): void {
    const tag = raw.trim().replace(/^#/, '').slice(0, 60);
    if (tag && !tags.includes(tag)) tags = [...tags, tag];
    input.value = '';
    renderChips();
    closeList();
  }
  function refresh(): void {
    const mine = ++request;
    const prefix = input.value.trim();
    void options.suggest(prefix).then((list) => {
      if (mine !== request) return; // a newer keystroke owns the list
      suggestions = list.filter((s) => !tags.includes(s)).slice(0, MAX_OPTIONS);
      active = -1;
      renderList();
    }, () => undefined);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.isComposing) return; // an IME is composing Chinese: its Enter is not ours
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!suggestions.length) return;
      e.preventDefault();
      const n = suggestions.length;
      active = e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n;
      renderList();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      const chosen = active >= 0 ? suggestions[active] : undefined;
      if (chosen) addTag(chosen);
      else if (input.value.trim()) addTag(input.value);
      else options.onSubmit();
    } else if (SEPARATORS.has(e.key)) {
      e.preventDefault();
      addTag(input.value);
    } else if (e.key === 'Backspace' && !input.value && tags.length) {
      tags = tags.slice(0, -1);
      renderChips();
    } else if (e.key === 'Escape' && !listbox.hidden) {
      e.stopPropagation(); // closes the list only, not the toolbar
      closeList();
    }
  });

  return {
    element,
    input,
    listbox,
    getTags: () => [...tags],
    setTags(next) {
      tags = [...next];
      input.value = '';
      renderChips();
      closeList();
    },
    commitPending() {
      if (input.value.trim()) addTag(input.value);
    },
    refresh,
  };
}
