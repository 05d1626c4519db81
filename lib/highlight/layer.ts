/**
 * The set of highlights drawn on a page: anchors their selectors in document.body's text
 * (chunked with anchorMany so the page never blocks), paints them through a Painter, repairs
 * them after the page changed, and reports orphan state changes. Operations run one at a
 * time; a new `setAll` aborts whatever anchoring is under way.
 */
import { anchorMany, findPosition, type AnchorMatch } from '../anchor/anchor';
import { rangeToTextPosition } from '../anchor/dom';
import type { HighlightColor, Selector } from '../bulletin/model';
import type { Painter } from './painter';
import { pointsToRange, readTextSliced, spansToPoints, spansToRanges } from './positions';
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
  /** A counter that grows when the page changes (PageWatcher.version). */
  pageVersion?: () => number;
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
  /** Where each drawn highlight starts in the body text: page order without comparing Ranges. */
  const starts = new Map<string, number>();
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

  /** Anchors `ids` in the current text and paints them; returns whether the page held still. */
  async function anchorIds(ids: string[], signal: AbortSignal): Promise<boolean> {
    const root = rootOf();
    const slicer = createSlicer(options);
    const v0 = options.pageVersion?.();
    const text = await readTextSliced(root, slicer);
    // The watcher's counter when there is one; re-reading the text (a long block on big
    // pages) only without it (tests of the layer alone).
    const changed = () => (options.pageVersion ? options.pageVersion() !== v0 : (root.textContent ?? '') !== text);
    if (changed()) return false;
    const list = ids.map((id) => items.get(id)).filter((i): i is LayerItem => !!i);
    const { sliceMs, now, yieldToLoop } = options;
    const matches = await anchorMany(text, list.map((i) => i.pageTarget), { sliceMs, now, yieldToLoop, signal });
    if (changed()) return false; // changed while we yielded: positions are stale
    const found = list.map((item, k) => ({ item, m: matches[k] })).filter((f): f is { item: LayerItem; m: AnchorMatch } => !!f.m);
    const points = await spansToPoints(root, found.map((f) => f.m), slicer);
    signal.throwIfAborted();
    if (changed()) return false;
    // Marks split text nodes: painting from the end of the page backwards leaves the points
    // of the spans still to paint (all earlier in the text) where they were.
    const order = found.map((_, k) => k);
    if (painter.kind === 'mark') order.sort((a, b) => found[b]!.m.start - found[a]!.m.start);
    let lowest = Infinity;
    for (const k of order) {
      if (await slicer.maybeYield()) {
        signal.throwIfAborted();
        if (changed()) return false;
      }
      const { item, m } = found[k]!;
      // A mark span overlapping one painted already: its points may now sit inside our marks.
      const range = painter.kind === 'mark' && m.end > lowest ? (await spansToRanges(root, [m], slicer))[0]! : pointsToRange(doc, points[k]!, root);
      lowest = Math.min(lowest, m.start);
      painter.paint(item.id, item.color, range);
      starts.set(item.id, m.start);
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
    // Offsets, not Range comparisons: Chromium's compareBoundaryPoints scans siblings, which
    // on a long page makes sorting 1,000 highlights take seconds.
    const order = painter.ids().sort((a, b) => (starts.get(a) ?? 0) - (starts.get(b) ?? 0));
    const anchored = new Set(order);
    return { order, orphans: [...items.keys()].filter((id) => !anchored.has(id)) };
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
      // The fresh selector's position is where it starts: no walk over the page needed.
      starts.set(item.id, findPosition(item.pageTarget)?.start ?? rangeToTextPosition(rootOf(), range).start);
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
      starts.delete(id);
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
        const drawn = new Set(painter.ids());
        const todo = [...items.keys()].filter((id) => !drawn.has(id));
        if (!todo.length) return;
        if (!broken.length && (await readTextSliced(root, createSlicer(options))) === lastText) return; // orphans stay orphans
        await anchorSettled(todo, signal);
      });
    },
    state,
    get: (id) => items.get(id),
    clear() {
      abort.abort();
      painter.clear();
      items.clear();
      orphanState.clear();
      starts.clear();
      lastText = null;
      delete doc.documentElement.dataset.bcHighlights;
    },
  };
  return layer;
}
