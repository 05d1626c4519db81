/**
 * The content script's service: answers requests about the page it runs in (extract it,
 * highlight, draw, scroll to and list highlights). It only reads and draws on the page;
 * storage happens in the extension origin (ADR 001), reached through the background.
 */
import { createDispatcher } from '../messages/dispatch';
import { contentRequestSchemas, PROTOCOL_VERSION, type ContentResponses } from '../messages/protocol';
import { listen, sendToBackground } from '../messages/send';
import { requireExtractor } from './extractor-slot';
import { ok } from '../bulletin/result';
import { startHighlighter, type Highlighter, type HighlighterDeps } from './highlighter';
import { readPageIdentity, readPageUrl } from './page';

/** Options of createContentDispatcher. */
export interface ContentServiceOptions {
  /**
   * The page's highlighter. When absent, one is started on the first highlight request
   * (sending with sendToBackground), so a bare dispatcher still answers every request.
   */
  highlighter?: Highlighter;
}

/** Builds the request handlers for a page. `doc` is passed in so tests can use any DOM. */
export function createContentDispatcher(doc: Document, options: ContentServiceOptions = {}) {
  let highlighter = options.highlighter;
  const hl = (): Highlighter => {
    if (!highlighter) {
      const win = doc.defaultView;
      if (!win) throw new Error('the document has no window');
      highlighter = startHighlighter(doc, win, { send: sendToBackground });
    }
    return highlighter;
  };
  return createDispatcher<typeof contentRequestSchemas, ContentResponses>(contentRequestSchemas, {
    ping: async () => ok({ version: PROTOCOL_VERSION }),
    extract: async ({ mode }) => {
      const url = readPageUrl(doc);
      const extract = await requireExtractor(() => sendToBackground('loadExtractor', {}));
      if (!extract.ok) return extract;
      const result = extract.value(doc, { url, mode });
      if (!result.ok) return result;
      const identity = readPageIdentity(doc);
      return ok({ draft: result.value, identity, charCount: [...result.value.text.replace(/\s+/g, '')].length });
    },
    highlightSelection: async ({ color }) => hl().highlightSelection(color),
    drawHighlights: async ({ highlights }) => ok(await hl().draw(highlights)),
    scrollToHighlight: async ({ id }) => {
      const h = hl();
      await h.ready; // asked right after injection: the saved highlights may still be drawing
      return ok(h.scrollTo(id)); // false: not drawn (an orphan, or unknown here)
    },
    anchoredHighlights: async () => {
      const h = hl();
      await h.ready;
      return ok(h.state());
    },
  });
}

/**
 * Everything the content script does at start-up: the highlighter (draws this page's saved
 * highlights, runs the selection toolbar) and the message listener. Returns a stop function
 * for the entrypoint to call before a re-injected copy takes over.
 */
export function startContentScript(doc: Document, win: Window, deps: Omit<HighlighterDeps, 'send'> = {}): () => void {
  const highlighter = startHighlighter(doc, win, { ...deps, send: sendToBackground });
  const unlisten = listen(createContentDispatcher(doc, { highlighter }));
  return () => {
    unlisten();
    highlighter.stop();
  };
}
