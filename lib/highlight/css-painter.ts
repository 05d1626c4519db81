/**
 * Painter over the CSS Custom Highlight API: one registry entry per colour (`bc-yellow` …)
 * holding live Ranges, styled by ::highlight() rules. The page's DOM is never touched. The
 * API is passed in (detectHighlightApi) so tests can use a small fake registry.
 */
import type { HighlightColor } from '../bulletin/model';
import { rectsOf, type Painter } from './painter';
import { colorKey, FLASH_KEY } from './styles';

/** What we use of a Highlight object: a set of ranges. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  readonly size: number;
}

/** What we use of CSS.highlights (a HighlightRegistry). */
export interface HighlightRegistryLike {
  set(name: string, highlight: never): unknown;
  delete(name: string): unknown;
}

/** The CSS Custom Highlight API as the painter needs it. */
export interface HighlightApi {
  registry: HighlightRegistryLike;
  /** `new Highlight()`, with a priority so the flash paints over the colours. */
  create(priority: number): HighlightLike;
}

/** The browser's API, or null where it is missing (jsdom, older Firefox). */
export function detectHighlightApi(win: Window): HighlightApi | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: new () => HighlightLike & { priority: number } };
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return {
    registry,
    create: (priority) => {
      const h = new Ctor();
      h.priority = priority;
      return h;
    },
  };
}

interface Drawn {
  color: HighlightColor;
  range: Range;
  text: string;
}

/** Creates a painter over the given Highlight API. */
export function createCssPainter(api: HighlightApi): Painter {
  const drawn = new Map<string, Drawn>();
  const byColor = new Map<string, HighlightLike>();

  function groupOf(key: string, priority = 0): HighlightLike {
    let h = byColor.get(key);
    if (!h) {
      h = api.create(priority);
      byColor.set(key, h);
      api.registry.set(key, h as never);
    }
    return h;
  }
  function release(key: string, range: Range): void {
    const h = byColor.get(key);
    if (!h) return;
    h.delete(range);
    // An empty entry would still be iterated by the browser on every paint: drop it.
    if (h.size === 0) {
      api.registry.delete(key);
      byColor.delete(key);
    }
  }

  const painter: Painter = {
    kind: 'css',
    paint(id, color, range) {
      painter.erase(id);
      drawn.set(id, { color, range, text: range.toString() });
      groupOf(colorKey(color)).add(range);
    },
    erase(id) {
      const d = drawn.get(id);
      if (!d) return;
      release(colorKey(d.color), d.range);
      release(FLASH_KEY, d.range);
      drawn.delete(id);
    },
    recolor(id, color) {
      const d = drawn.get(id);
      if (!d || d.color === color) return;
      release(colorKey(d.color), d.range);
      d.color = color;
      groupOf(colorKey(color)).add(d.range);
    },
    rangeOf: (id) => drawn.get(id)?.range ?? null,
    isIntact(id) {
      const d = drawn.get(id);
      if (!d) return false;
      const r = d.range;
      // A re-render detaches the old nodes: the live range collapses onto their parent.
      return !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected && r.toString() === d.text;
    },
    hitTest(x, y) {
      let hit: string | null = null;
      for (const [id, d] of drawn) {
        if (rectsOf(d.range).some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)) hit = id;
      }
      return hit;
    },
    flash(id, on) {
      const d = drawn.get(id);
      if (!d) return;
      if (on) groupOf(FLASH_KEY, 1).add(d.range);
      else release(FLASH_KEY, d.range);
    },
    ids: () => [...drawn.keys()],
    sweep: () => 0,
    clear() {
      for (const key of byColor.keys()) api.registry.delete(key);
      byColor.clear();
      drawn.clear();
    },
  };
  return painter;
}
