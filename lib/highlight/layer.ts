/**
 * The set of highlights drawn on a page: anchors their selectors in document.body's text
 * (chunked with anchorMany so the page never blocks), paints them through a Painter, repairs
 * them after the page changed, and reports orphan state changes. Operations run one at a
 * time; a new `setAll` aborts whatever anchoring is under way.
 */
import { anchorMany, type AnchorMatch } from '../anchor/anchor';
import { textPositionToRange } from '../anchor/dom';
import type { HighlightColor, Selector } from '../bulletin/model';
import type { Painter } from './painter';
import { spansToRanges } from './positions';
import { createSlicer, type SliceOptions } from './slicer';

/** A highlight as the layer draws it. */
export interface LayerItem {
  id: string;
  color: HighlightColor;
  note?: string;
  pageTarget: Selector[];
  /** The stored orphan flag, when known (orphan changes are reported against it). */
  orphan?: boolean;
}

/** Options of createLayer. */
export interface LayerOptions extends SliceOptions {
  /** Called when a highlight's orphan state differs from what was last known. */
  onOrphanChange?: (id: string, orphan: boolean) => void;
  /** Called after the layer changed the page (the watcher forgets our own mutations). */
  onPainted?: () => void;
}

/** What is anchored now: ids in page order, and the orphans. */
export interface LayerState {
  order: string[];
  orphans: string[];
}

/** The drawn highlights of one page. */
export interface HighlightLayer {
  readonly painter: Painter;
  /** Replaces the set: unchanged, intact drawings stay; the rest is (re-)anchored. */
  setAll(items: LayerItem[]): Promise<{ anchored: string[]; orphans: string[] }>;
  /** Draws a new highlight over a range already known (a fresh selection). */
  add(item: LayerItem, range: Range): void;
  update(id: string, patch: { color?: HighlightColor; note?: string }): void;
  remove(id: string): void;
  /** Re-anchors what the page broke or what was orphaned (when the text changed). */
  repair(): Promise<void>;
  state(): LayerState;
  get(id: string): LayerItem | undefined;
  clear(): void;
}

const sameTarget = (a: LayerItem, b: LayerItem) => JSON.stringify(a.pageTarget) === JSON.stringify(b.pageTarget);

/** Creates the layer for a document (root: document.body, what TextPositionSelectors count). */
export function createLayer(doc: Document, painter: Painter, options: LayerOptions = {}): HighlightLayer {
  const items = new Map<string, LayerItem>();
  const orphanState = new Map<string, boolean>();
  let lastText: string | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  let abort = new AbortController();

  const rootOf = () => doc.body;
  function painted(): void {
    doc.documentElement.dataset.bcHighlights = String(painter.ids().length);
    options.onPainted?.();
  }
  function record(id: string, orphan: boolean): void {
    const before = orphanState.get(id) ?? items.get(id)?.orphan ?? false;
    orphanState.set(id, orphan);
    if (before !== orphan) options.onOrphanChange?.(id, orphan);
  }
  function queue<T>(op: () => Promise<T>): Promise<T> {
    const run = chain.then(op, op);
    chain = run.catch(() => undefined);
    return run;
  }

  /** Anchors `ids` in the current text and paints them; returns whether the text held still. */
  async function anchorIds(ids: string[], signal: AbortSignal): Promise<boolean> {
    const root = rootOf();
    const text = root.textContent ?? '';
    const list = ids.map((id) => items.get(id)).filter((i): i is LayerItem => !!i);
    const { sliceMs, now, yieldToLoop } = options;
    const matches = await anchorMany(text, list.map((i) => i.pageTarget), { sliceMs, now, yieldToLoop, signal });
    if ((root.textContent ?? '') !== text) return false; // changed while we yielded: positions are stale
    const found = list.map((item, k) => ({ item, m: matches[k] })).filter((f): f is { item: LayerItem; m: AnchorMatch } => !!f.m);
    // CSS ranges are independent: map them in one walk. Marks split nodes, so each mark range
    // is made just before it is painted (textContent, hence the offsets, stays the same).
    const ranges = painter.kind === 'css' ? spansToRanges(root, found.map((f) => f.m)) : null;
    const slicer = createSlicer(options);
    for (let k = 0; k < found.length; k++) {
      if (await slicer.maybeYield()) {
        signal.throwIfAborted();
        if ((root.textContent ?? '') !== text) return false;
      }
      const { item, m } = found[k]!;
      painter.paint(item.id, item.color, ranges?.[k] ?? textPositionToRange(root, m.start, m.end));
      // Forget our own mutations before the next await delivers them to the watcher.
      options.onPainted?.();
    }
    painted();
    list.forEach((item, k) => record(item.id, !matches[k]));
    lastText = text;
    return true;
  }

  /**
   * Anchors with retries while the page keeps changing under us. Being aborted (a newer
   * setAll, or stop) is not an error: the newer operation owns the page now.
   */
  async function anchorSettled(ids: string[], signal: AbortSignal): Promise<void> {
    try {
      for (let attempt = 0; attempt < 3; attempt++) if (await anchorIds(ids, signal)) return;
    } catch (e) {
      if (!signal.aborted) throw e;
    }
  }

  function state(): LayerState {
    const drawn = painter.ids().map((id) => ({ id, r: painter.rangeOf(id) })).filter((d): d is { id: string; r: Range } => !!d.r);
    drawn.sort((a, b) => a.r.compareBoundaryPoints(0 /* START_TO_START */, b.r));
    const anchored = new Set(drawn.map((d) => d.id));
    return { order: drawn.map((d) => d.id), orphans: [...items.keys()].filter((id) => !anchored.has(id)) };
  }

  const layer: HighlightLayer = {
    painter,
    setAll(next) {
      abort.abort();
      const ctl = (abort = new AbortController());
      return queue(async () => {
        const keep = new Set<string>();
        for (const item of next) {
          const old = items.get(item.id);
          if (old && sameTarget(old, item) && painter.isIntact(item.id)) {
            keep.add(item.id);
            if (old.color !== item.color) painter.recolor(item.id, item.color);
          }
        }
        for (const id of painter.ids()) if (!keep.has(id)) painter.erase(id);
        painted();
        items.clear();
        for (const item of next) items.set(item.id, { ...item, orphan: orphanState.get(item.id) ?? item.orphan });
        for (const id of [...orphanState.keys()]) if (!items.has(id)) orphanState.delete(id);
        await anchorSettled(next.map((i) => i.id).filter((id) => !keep.has(id)), ctl.signal);
        painted();
        const s = state();
        return { anchored: s.order, orphans: s.orphans };
      });
    },
    add(item, range) {
      items.set(item.id, item);
      painter.paint(item.id, item.color, range);
      orphanState.set(item.id, false);
      painted();
    },
    update(id, patch) {
      const item = items.get(id);
      if (!item) return;
      if (patch.color && patch.color !== item.color) painter.recolor(id, patch.color);
      items.set(id, { ...item, ...patch });
    },
    remove(id) {
      painter.erase(id);
      items.delete(id);
      orphanState.delete(id);
      painted();
    },
    repair() {
      const signal = abort.signal;
      return queue(async () => {
        const root = rootOf();
        const swept = painter.sweep(root);
        const broken = painter.ids().filter((id) => !painter.isIntact(id));
        for (const id of broken) painter.erase(id);
        if (swept || broken.length) painted();
        const text = root.textContent ?? '';
        if (!broken.length && text === lastText) return; // nothing moved: orphans stay orphans
        const drawn = new Set(painter.ids());
        const todo = [...items.keys()].filter((id) => !drawn.has(id));
        if (todo.length) await anchorSettled(todo, signal);
        else lastText = text;
      });
    },
    state,
    get: (id) => items.get(id),
    clear() {
      abort.abort();
      painter.clear();
      items.clear();
      orphanState.clear();
      lastText = null;
      delete doc.documentElement.dataset.bcHighlights;
    },
  };
  return layer;
}
