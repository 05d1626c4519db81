/**
 * The background service: owns the database for content scripts (whose own IndexedDB would
 * be the page's), answers their requests, and redraws highlights on revisits. Kept in lib so
 * the entrypoint stays a line of wiring (STYLE.md habit 1).
 */
import { describeTextRange } from '../anchor/text-quote';
import { anchorInText } from '../anchor/anchor';
import { headingPath, paragraphIndexAt, type Clipping, type Highlight, type Selector, type TextQuoteSelector } from '../bulletin/model';
import { fail, ok } from '../bulletin/result';
import { normalizeUrl } from '../bulletin/url';
import { findClippingByUrl, saveClipping } from '../db/clippings';
import { openDb, type ClipperDb } from '../db/database';
import { openAppDatabase } from '../db/app-database';
import { addHighlight, listHighlights, removeHighlight, restoreHighlight, updateHighlight } from '../db/highlights';
import { createDispatcher } from '../messages/dispatch';
import { backgroundRequestSchemas, PROTOCOL_VERSION, toDrawable, type BackgroundResponses } from '../messages/protocol';
import { listen, sendToTab } from '../messages/send';
import { registerBackgroundEvents } from '../platform/background-events';
import { ensureContentScript, injectExtractor } from '../platform/tabs';
import { suggestTagsFor } from '../tags/suggest-for';
import { cleanDraft } from './draft';

/** Where a page-made highlight sits in the saved text, and the headings above it. */
export function locateInClipping(clipping: Clipping, pageTarget: Selector[], exact: string): { textTarget: Selector[]; headingPath: string[] } {
  const quote = pageTarget.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector') ?? { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' };
  const m = anchorInText(clipping.text, [quote]);
  if (!m) return { textTarget: [quote], headingPath: [] };
  return { textTarget: describeTextRange(clipping.text, m.start, m.end), headingPath: headingPath(clipping.headings, paragraphIndexAt(clipping.paragraphs, m.start)) };
}

/** Builds the background's request handlers over a database. */
export function createBackgroundDispatcher(db: ClipperDb = openDb()) {
  return createDispatcher<typeof backgroundRequestSchemas, BackgroundResponses>(backgroundRequestSchemas, {
    ping: async () => ok({ version: PROTOCOL_VERSION }),
    loadExtractor: async (_p, sender) => {
      const tabId = (sender as { tab?: { id?: number } } | undefined)?.tab?.id;
      return tabId === undefined ? fail('no_tab', 'loadExtractor needs a tab') : injectExtractor(tabId);
    },
    findClipping: async ({ identity }) => ok((await findClippingByUrl(db, identity)) ?? null),
    saveClipping: async ({ identity, draft }) => ok(await saveClipping(db, cleanDraft(draft), { identity })),
    pageHighlights: async ({ identity }) => {
      const clipping = await findClippingByUrl(db, identity);
      return ok({ clippingId: clipping?.id ?? null, highlights: clipping ? await listHighlights(db, clipping.id) : [] });
    },
    createHighlight: async (p) => {
      let clipping = await findClippingByUrl(db, p.identity);
      if (!clipping && !p.draft) return fail('not_found', 'the page is not clipped and no draft came with the highlight');
      if (!clipping) clipping = (await saveClipping(db, cleanDraft(p.draft!), { identity: p.identity })).clipping;
      const where = locateInClipping(clipping, p.pageTarget as Selector[], p.exact);
      return ok(
        await addHighlight(db, {
          clippingId: clipping.id,
          color: p.color,
          note: p.note ?? '',
          tags: p.tags ?? [],
          exact: p.exact,
          pageTarget: p.pageTarget as Selector[],
          ...where,
        }),
      );
    },
    updateHighlight: async ({ id, exact, pageTarget, ...patch }) => {
      let reattach = {};
      if (exact !== undefined && pageTarget) {
        const old = await db.highlights.get(id);
        const clipping = old && (await db.clippings.get(old.clippingId));
        if (!clipping) return fail('not_found', id);
        reattach = { exact, pageTarget: pageTarget as Selector[], ...locateInClipping(clipping, pageTarget as Selector[], exact), orphan: false };
      }
      const h = await updateHighlight(db, id, { ...patch, ...reattach });
      return h ? ok(h) : fail('not_found', id);
    },
    restoreHighlight: async ({ highlight }) => {
      await restoreHighlight(db, highlight as Highlight);
      return ok(true as const);
    },
    deleteHighlight: async ({ id }) => {
      const h = await removeHighlight(db, id);
      return h ? ok(h) : fail('not_found', id);
    },
    suggestTags: async ({ clippingId, prefix, passage }) =>
      ok(await suggestTagsFor(db, clippingId ? await db.clippings.get(clippingId) : undefined, prefix, passage)),
  });
}

/** Redraws saved highlights in a tab that finished loading a page that has some. */
export async function restoreHighlightsInTab(db: ClipperDb, tabId: number, url: string): Promise<void> {
  // Only the address is known here (no page script yet): check the database first, so pages
  // without highlights get no script at all.
  const clipping = await findClippingByUrl(db, normalizeUrl(url));
  if (!clipping) return;
  const highlights = await listHighlights(db, clipping.id);
  if (!highlights.length) return;
  const injected = await ensureContentScript(tabId);
  if (injected.ok) await sendToTab(tabId, 'drawHighlights', { highlights: highlights.map(toDrawable) });
}

/** Entry point of the background script. */
export function startBackground(): void {
  const db = openAppDatabase();
  listen(createBackgroundDispatcher(db));
  registerBackgroundEvents({
    onHighlightRequest: (tabId) => {
      void ensureContentScript(tabId).then((r) => (r.ok ? sendToTab(tabId, 'highlightSelection', {}) : undefined));
    },
    onPageLoaded: (tabId, url) => void restoreHighlightsInTab(db, tabId, url).catch((e) => console.warn('restore failed', e)),
  });
}
