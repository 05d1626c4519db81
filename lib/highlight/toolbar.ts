/**
 * The selection toolbar: colour buttons (the user's colour meanings), a note, tags with
 * autocomplete, save / delete / close. Rendered in an open shadow root on a host element
 * of ours at the end of <body> (inline `all: initial`, so page rules on div or on our id
 * cannot restyle it). Plain DOM: lib stays free of preact. Keyboard: Tab moves through the
 * controls, Enter saves (Shift+Enter is a new line in the note), Esc closes.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../bulletin/model';
import type { Result } from '../bulletin/result';
import type { HighlighterLabels } from './labels';
import { createTagInput } from './tag-input';
import { TOOLBAR_CSS } from './toolbar-style';

/** id of the toolbar's host element (E2E tests target it). */
export const TOOLBAR_HOST_ID = 'bulletin-clipper-toolbar';

/** What the toolbar edits. `id` is set once the highlight exists (edit mode). */
export interface ToolbarSubject {
  id?: string;
  color: HighlightColor;
  note: string;
  tags: string[];
}

/** What the toolbar asks its owner to do. */
export interface ToolbarActions {
  /** Saves a new highlight of the captured selection; resolves to its id. */
  create(input: { color: HighlightColor; note: string; tags: string[] }): Promise<Result<{ id: string }>>;
  update(id: string, patch: { color?: HighlightColor; note?: string; tags?: string[] }): Promise<Result<unknown>>;
  remove(id: string): Promise<Result<unknown>>;
  suggest(prefix: string): Promise<string[]>;
}

/** Where to show the toolbar: a client rect (of the selection or highlight). */
export interface AnchorRect {
  left: number;
  top: number;
  bottom: number;
}

/** The toolbar of a page. */
export interface Toolbar {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  open(subject: ToolbarSubject, at: AnchorRect, options?: { focus?: boolean }): void;
  close(): void;
  isOpen(): boolean;
  /** The highlight being edited, if any. */
  subjectId(): string | undefined;
  destroy(): void;
}

const HOST_STYLE = 'all: initial !important; position: absolute !important; z-index: 2147483647 !important; display: block !important;';

/** Builds the toolbar (hidden) and attaches its host to the end of <body>. */
export function createToolbar(doc: Document, labels: HighlighterLabels, actions: ToolbarActions): Toolbar {
  doc.getElementById(TOOLBAR_HOST_ID)?.remove(); // left by an older injection
  const host = doc.createElement('div');
  host.id = TOOLBAR_HOST_ID;
  host.setAttribute('style', `${HOST_STYLE} left: 0; top: 0;`);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = TOOLBAR_CSS;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-label', labels.toolbar);
  bar.hidden = true;
  root.append(style, bar);

  const button = (cls: string, text: string, label: string) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = text;
    b.setAttribute('aria-label', label);
    return b;
  };
  const colors = doc.createElement('div');
  colors.className = 'colors';
  colors.setAttribute('role', 'group');
  const colorButtons = HIGHLIGHT_COLORS.map((c) => {
    const b = button('color', labels.colors[c], labels.colors[c]);
    b.dataset.color = c;
    colors.append(b);
    return b;
  });
  const note = doc.createElement('textarea');
  note.className = 'note';
  note.rows = 1;
  note.placeholder = labels.note;
  note.setAttribute('aria-label', labels.note);
  const tagInput = createTagInput(doc, { label: labels.tags, removeLabel: labels.removeTag, suggest: (p) => actions.suggest(p), onSubmit: () => void save() });
  const actionsRow = doc.createElement('div');
  actionsRow.className = 'actions';
  const saveBtn = button('save', labels.save, labels.save);
  const deleteBtn = button('delete', labels.delete, labels.delete);
  const closeBtn = button('close', '×', labels.close);
  actionsRow.append(saveBtn, deleteBtn, closeBtn);
  const msg = doc.createElement('p');
  msg.className = 'msg';
  msg.setAttribute('role', 'status');
  bar.append(colors, note, tagInput.element, actionsRow, msg);
  (doc.body ?? doc.documentElement).append(host);

  let subject: ToolbarSubject | null = null;
  let pending: Promise<boolean> | null = null;
  let returnFocus: Element | null = null;

  function render(): void {
    for (const b of colorButtons) b.setAttribute('aria-pressed', String(b.dataset.color === subject?.color));
    deleteBtn.hidden = !subject?.id;
  }
  /** Runs one operation at a time; a second one while it runs is dropped (a double click). */
  function run(op: () => Promise<Result<unknown>>): Promise<boolean> {
    if (pending) return Promise.resolve(false);
    msg.textContent = '';
    const p: Promise<boolean> = Promise.resolve()
      .then(op)
      .then((r) => {
        if (!r.ok) msg.textContent = labels.failed;
        return r.ok;
      })
      .finally(() => {
        if (pending === p) pending = null;
      });
    pending = p;
    return p;
  }
  async function choose(color: HighlightColor): Promise<void> {
    if (!subject) return;
    const s = subject;
    const before = s.color;
    s.color = color;
    render();
    // A colour click on a selection saves it at once (the one-click highlight); the toolbar
    // stays open on the new highlight so a note or tags can follow.
    const done = s.id
      ? await run(() => actions.update(s.id!, { color }))
      : await run(async () => {
          tagInput.commitPending();
          const r = await actions.create({ color, note: note.value, tags: tagInput.getTags() });
          if (r.ok) s.id = r.value.id;
          return r;
        });
    if (!done) s.color = before;
    render();
  }
  async function save(): Promise<void> {
    // A colour click may still be creating this highlight: save after it, as an edit of it
    // (typing a note and pressing Enter right after picking a colour must not be dropped).
    if (pending) await pending.catch(() => false);
    if (!subject) return;
    const s = subject;
    tagInput.commitPending();
    const fields = { color: s.color, note: note.value, tags: tagInput.getTags() };
    const done = s.id ? await run(() => actions.update(s.id!, fields)) : await run(() => actions.create(fields));
    if (done) toolbar.close();
  }

  colorButtons.forEach((b) => {
    // Keep the page's selection (and its highlight-to-be) visible while clicking.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', () => void choose(b.dataset.color as HighlightColor));
  });
  saveBtn.addEventListener('click', () => void save());
  deleteBtn.addEventListener('click', () => {
    const id = subject?.id;
    if (id) void run(() => actions.remove(id)).then((done) => done && toolbar.close());
  });
  closeBtn.addEventListener('click', () => toolbar.close());
  note.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      void save();
    }
  });
  tagInput.input.addEventListener('focus', () => tagInput.refresh());
  bar.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      toolbar.close();
    }
  });

  const toolbar: Toolbar = {
    host,
    root,
    open(next, at, options = {}) {
      subject = { ...next, tags: [...next.tags] };
      note.value = next.note;
      tagInput.setTags(next.tags);
      msg.textContent = '';
      render();
      const win = doc.defaultView;
      // Keep the bar (at most 420 px wide) inside the viewport when the selection ends near its edge.
      const maxLeft = (win?.innerWidth ?? 0) > 440 ? win!.innerWidth - 440 : 0;
      const left = Math.max(0, Math.min(at.left, maxLeft || at.left) + (win?.scrollX ?? 0));
      const top = Math.max(0, at.bottom + (win?.scrollY ?? 0) + 6);
      host.setAttribute('style', `${HOST_STYLE} left: ${left}px !important; top: ${top}px !important;`);
      bar.hidden = false;
      if (options.focus) {
        returnFocus = doc.activeElement;
        colorButtons[0]?.focus({ preventScroll: true });
      }
    },
    close() {
      if (bar.hidden) return;
      bar.hidden = true;
      subject = null;
      const back = returnFocus as HTMLElement | null;
      returnFocus = null;
      if (back?.isConnected && typeof back.focus === 'function' && root.activeElement) back.focus({ preventScroll: true });
    },
    isOpen: () => !bar.hidden,
    subjectId: () => subject?.id,
    destroy() {
      host.remove();
      subject = null;
    },
  };
  return toolbar;
}
