/**
 * The page side of highlighting: on start it asks the background for this page's
 * highlights and draws them, watches the page so they survive re-renders, and runs the
 * selection toolbar. All storage happens in the background (the page's IndexedDB is not
 * ours); this module only sends requests through the injected `send`.
 */
import { describeRange } from '../anchor/describe';
import { findQuote } from '../anchor/anchor';
import type { Highlight, HighlightColor } from '../bulletin/model';
import { fail, ok, type Result } from '../bulletin/result';
import type { Drawable } from '../messages/protocol';
import { createCssPainter, detectHighlightApi, type HighlightApi } from '../highlight/css-painter';
import { resolveLabels, type HighlighterLabels } from '../highlight/labels';
import { createLayer, type LayerItem, type LayerState } from '../highlight/layer';
import { createMarkPainter } from '../highlight/mark-painter';
import { readSelectionRange, rectOfRange } from '../highlight/selection';
import type { SliceOptions } from '../highlight/slicer';
import { injectHighlightStyle, removeHighlightStyle } from '../highlight/styles';
import { createToolbar, type ToolbarActions } from '../highlight/toolbar';
import { watchPage, type PageWatcher } from '../highlight/watch';
import { readPageDraft, readPageIdentity } from './page';
import { wirePageEvents } from './page-events';
import type { SendToBackground } from './send-type';

/** What startHighlighter needs from its surroundings. */
export interface HighlighterDeps {
  send: SendToBackground;
  /** Translated strings and the user's colour meanings (zh-CN defaults for the rest). */
  labels?: Partial<HighlighterLabels>;
  /** The CSS Custom Highlight API; default: the window's; null forces the <mark> fallback. */
  highlightApi?: HighlightApi | null;
  /** Quiet time after page mutations before repairing (default 250 ms). */
  repairDelayMs?: number;
  /** Quiet time after mouseup/keyup before showing the toolbar (default 200 ms). */
  selectionDelayMs?: number;
  /** How long a scrolled-to highlight flashes (default 1200 ms). */
  flashMs?: number;
  /** Time slicing of anchoring and painting. */
  slice?: SliceOptions;
}

/** A running highlighter. */
export interface Highlighter {
  /** Settles once the page's saved highlights are drawn at start-up. */
  readonly ready: Promise<void>;
  /** Replaces what is drawn. */
  draw(highlights: Drawable[]): Promise<{ anchored: string[]; orphans: string[] }>;
  /** Highlights the current selection (context menu, shortcut, popup). */
  highlightSelection(color?: HighlightColor): Promise<Result<Highlight>>;
  /** Scrolls a drawn highlight into view and flashes it; false if it is not drawn. */
  scrollTo(id: string): boolean;
  state(): LayerState;
  stop(): void;
}

interface Info {
  note: string;
  tags: string[];
  orphan?: boolean;
}

const INSTANCE = Symbol.for('bulletin-clipper.highlighter');

/**
 * Starts the highlighter on a page. Idempotent: the content script can be injected twice,
 * and a second start stops the first (its drawing, toolbar and listeners) before taking over.
 */
export function startHighlighter(doc: Document, win: Window, deps: HighlighterDeps): Highlighter {
  const slot = win as unknown as Record<symbol, Highlighter | undefined>;
  slot[INSTANCE]?.stop();
  const { send } = deps;
  const labels = resolveLabels(deps.labels);
  const identity = readPageIdentity(doc);
  const infos = new Map<string, Info>();
  let clippingId: string | null = null;
  let passage = '';
  let captured: Range | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const style = injectHighlightStyle(doc);
  const api = deps.highlightApi === undefined ? detectHighlightApi(win) : deps.highlightApi;
  const painter = api ? createCssPainter(api) : createMarkPainter(doc);
  let watcher: PageWatcher | null = null; // created below: it must know the toolbar's host
  const layer = createLayer(doc, painter, {
    ...deps.slice,
    onPainted: () => watcher?.discard(),
    pageVersion: () => watcher?.version() ?? 0,
    onOrphanChange: (id, orphan) => {
      const info = infos.get(id);
      if (info) info.orphan = orphan;
      void send('updateHighlight', { id, orphan });
    },
  });

  /** Saves a highlight of `range` and draws it. */
  async function createFrom(range: Range, input: { color: HighlightColor; note?: string; tags?: string[] }): Promise<Result<Highlight>> {
    const pageTarget = describeRange(doc.body, range);
    const exact = findQuote(pageTarget)?.exact ?? '';
    if (!exact.trim()) return fail('empty_selection', 'nothing is selected');
    // Only a page not clipped yet needs reading (the background clips it silently first).
    let draft = null;
    if (!clippingId) {
      const read = await readPageDraft(doc, () => send('loadExtractor', {}));
      if (!read.ok) return read;
      draft = read.value;
    }
    const res = await send('createHighlight', { identity, draft, exact, pageTarget, ...input });
    if (!res.ok) return res;
    const h = res.value;
    clippingId = h.clippingId;
    infos.set(h.id, { note: h.note, tags: h.tags, orphan: false });
    layer.add({ id: h.id, color: h.color, note: h.note, pageTarget: h.pageTarget }, range.cloneRange());
    doc.getSelection()?.removeAllRanges(); // the highlight now shows what was selected
    return ok(h);
  }

  const actions: ToolbarActions = {
    async create(input) {
      if (!captured) return fail('empty_selection', 'the selection is gone');
      const r = await createFrom(captured, input);
      captured = null;
      return r.ok ? ok({ id: r.value.id }) : r;
    },
    async update(id, patch) {
      const r = await send('updateHighlight', { id, ...patch });
      if (r.ok) {
        infos.set(id, { note: r.value.note, tags: r.value.tags, orphan: r.value.orphan });
        layer.update(id, { color: r.value.color, note: r.value.note });
      }
      return r;
    },
    async remove(id) {
      const r = await send('deleteHighlight', { id });
      if (r.ok) {
        layer.remove(id);
        infos.delete(id);
      }
      return r;
    },
    async suggest(prefix) {
      const r = await send('suggestTags', { clippingId, prefix, passage: passage.slice(0, 20_000) });
      return r.ok ? r.value : [];
    },
  };
  const toolbar = createToolbar(doc, labels, actions);

  /** Opens the toolbar on a drawn highlight (click, or right after the shortcut made it). */
  async function openEditor(id: string, focus: boolean): Promise<void> {
    const item = layer.get(id);
    const range = painter.rangeOf(id);
    if (!item || !range) return;
    if (!infos.has(id)) await loadSaved(false); // drawn from a drawHighlights request: no tags yet
    const info = infos.get(id);
    passage = range.toString();
    captured = null;
    toolbar.open({ id, color: item.color, note: info?.note ?? item.note ?? '', tags: info?.tags ?? [] }, rectOfRange(range), { focus });
  }

  /** Asks the background for this page's highlights; draws them when `draw`. */
  async function loadSaved(draw: boolean): Promise<void> {
    const res = await send('pageHighlights', { identity });
    if (!res.ok) return;
    clippingId = res.value.clippingId;
    for (const h of res.value.highlights) infos.set(h.id, { note: h.note, tags: h.tags, orphan: h.orphan });
    if (!draw) return;
    // Nothing saved: leave alone whatever a drawHighlights request may have drawn meanwhile,
    // but say so (E2E tests wait on this attribute).
    if (res.value.highlights.length) await layer.setAll(res.value.highlights.map(toItem));
    else doc.documentElement.dataset.bcHighlights ??= '0';
  }
  function toItem(h: Drawable & { orphan?: boolean }): LayerItem {
    return { id: h.id, color: h.color, note: h.note, pageTarget: h.pageTarget, orphan: h.orphan ?? infos.get(h.id)?.orphan };
  }

  watcher = watchPage(doc, win, {
    isOwn: (node) => toolbar.host.contains(node) || style.contains(node) || node === style,
    onChange: () => void layer.repair().catch((e: unknown) => console.warn('bulletin-clipper: repair failed', e)),
    debounceMs: deps.repairDelayMs,
  });

  const unwire = wirePageEvents(doc, {
    toolbar,
    delayMs: deps.selectionDelayMs ?? 200,
    hitTest: (x, y, target) => painter.hitTest(x, y, target),
    onSelection(range) {
      captured = range.cloneRange();
      passage = range.toString();
      toolbar.open({ color: 'yellow', note: '', tags: [] }, rectOfRange(range));
    },
    onHighlightClick: (id) => void openEditor(id, false),
  });

  const ready = loadSaved(true).catch((e: unknown) => console.warn('bulletin-clipper: could not load highlights', e));

  const highlighter: Highlighter = {
    ready,
    draw: (highlights) => layer.setAll(highlights.map(toItem)),
    async highlightSelection(color = 'yellow') {
      // The live selection first; the one the toolbar captured if focus moved into it since.
      const range = readSelectionRange(doc, toolbar.host) ?? captured;
      if (!range || !range.toString().trim()) return fail('empty_selection', 'nothing is selected');
      captured = null;
      toolbar.close();
      const r = await createFrom(range, { color });
      // From the shortcut or context menu: open it for a note and tags, focus in the toolbar.
      if (r.ok) await openEditor(r.value.id, true);
      return r;
    },
    scrollTo(id) {
      const range = painter.rangeOf(id);
      if (!range) return false;
      const node = range.startContainer;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      painter.flash(id, true);
      const t = setTimeout(() => {
        timers.delete(t);
        painter.flash(id, false);
      }, deps.flashMs ?? 1200);
      timers.add(t);
      return true;
    },
    state: () => layer.state(),
    stop() {
      for (const t of timers) clearTimeout(t);
      unwire();
      watcher?.stop();
      layer.clear();
      toolbar.destroy();
      removeHighlightStyle(doc);
      if (slot[INSTANCE] === highlighter) slot[INSTANCE] = undefined;
    },
  };
  slot[INSTANCE] = highlighter;
  return highlighter;
}
