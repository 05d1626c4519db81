/**
 * The content script's service: answers the popup's requests about the page it runs in.
 * It only reads the page; storage happens in the extension origin (ADR 001).
 */
import { createDispatcher } from '../messages/dispatch';
import { contentRequestSchemas, PROTOCOL_VERSION, type ContentResponses } from '../messages/protocol';
import { extractBulletin } from '../extract/extract';
import { pageIdentity } from '../bulletin/url';
import { ok } from '../bulletin/result';

/** Builds the request handlers for a page. `doc` is passed in so tests can use any DOM. */
export function createContentDispatcher(doc: Document) {
  return createDispatcher<typeof contentRequestSchemas, ContentResponses>(contentRequestSchemas, {
    ping: async () => ok({ version: PROTOCOL_VERSION }),
    extract: async ({ mode }) => {
      const url = doc.location?.href ?? doc.URL;
      const result = extractBulletin(doc, { url, mode });
      if (!result.ok) return result;
      const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.getAttribute('href');
      const identity = pageIdentity(url, canonical);
      return ok({ draft: result.value, identity, charCount: [...result.value.text.replace(/\s+/g, '')].length });
    },
  });
}
