/**
 * The clipping's highlights (live) and where each sits in its saved text: anchored spans for
 * drawing, and the orphans that could not be placed (listed, never dropped).
 */
import { useMemo } from 'preact/hooks';
import { anchorInText } from '../../lib/anchor/anchor';
import type { Clipping, Highlight } from '../../lib/bulletin/model';
import { listHighlights } from '../../lib/db/highlights';
import type { PlacedSpan } from '../../lib/reader/segments';
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';

/** Highlights in text order with their places, plus orphans. */
export interface PlacedHighlights {
  loaded: boolean;
  byId: Map<string, Highlight>;
  placed: (PlacedSpan & { highlight: Highlight })[];
  orphans: Highlight[];
}

/** Loads and places the highlights of `clipping`. */
export function usePlacedHighlights(clipping: Clipping): PlacedHighlights {
  const db = useDb();
  const highlights = useLiveQuery(() => listHighlights(db, clipping.id), [db, clipping.id]);
  return useMemo(() => {
    const byId = new Map((highlights ?? []).map((h) => [h.id, h]));
    const placed: PlacedHighlights['placed'] = [];
    const orphans: Highlight[] = [];
    for (const h of highlights ?? []) {
      const m = anchorInText(clipping.text, h.textTarget);
      if (m) placed.push({ id: h.id, start: m.start, end: m.end, color: h.color, highlight: h });
      else orphans.push(h);
    }
    placed.sort((a, b) => a.start - b.start);
    return { loaded: highlights !== undefined, byId, placed, orphans };
  }, [highlights, clipping.text]);
}
