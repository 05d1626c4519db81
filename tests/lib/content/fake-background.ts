/**
 * An in-memory background for page-side tests: answers the requests the content script
 * sends, like lib/background/service.ts does over the database, and records them.
 */
import type { Highlight } from '../../../lib/bulletin/model';
import { fail, ok } from '../../../lib/bulletin/result';
import type { BackgroundRequest, BackgroundRequestType } from '../../../lib/messages/protocol';
import type { SendToBackground } from '../../../lib/content/send-type';
import { provideExtractor } from '../../../lib/content/extractor-slot';
import { extractBulletin } from '../../../lib/extract/extract';

/** A recorded request. */
export interface Sent {
  type: BackgroundRequestType;
  payload: BackgroundRequest<BackgroundRequestType>;
}

/** Creates the fake; `saved` are the highlights the page already has. */
export function createFakeBackground(saved: Highlight[] = []) {
  const highlights = new Map(saved.map((h) => [h.id, { ...h }]));
  const sent: Sent[] = [];
  let next = 1;
  const handle = async (type: BackgroundRequestType, payload: never): Promise<unknown> => {
    switch (type) {
      case 'pageHighlights':
        return ok({ clippingId: highlights.size ? 'clip-1' : null, highlights: [...highlights.values()] });
      case 'createHighlight': {
        const p = payload as BackgroundRequest<'createHighlight'>;
        const h: Highlight = {
          id: `h${next++}`, clippingId: 'clip-1', color: p.color, note: p.note ?? '', tags: p.tags ?? [], exact: p.exact,
          pageTarget: p.pageTarget as Highlight['pageTarget'], textTarget: [], headingPath: [], createdAt: 0, updatedAt: 0,
          reviewedAt: null, reviewCount: 0, orphan: false,
        };
        highlights.set(h.id, h);
        return ok(h);
      }
      case 'updateHighlight': {
        const { id, ...patch } = payload as BackgroundRequest<'updateHighlight'>;
        const h = highlights.get(id);
        if (!h) return fail('not_found', id);
        Object.assign(h, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
        return ok({ ...h });
      }
      case 'deleteHighlight': {
        const { id } = payload as BackgroundRequest<'deleteHighlight'>;
        const h = highlights.get(id);
        highlights.delete(id);
        return h ? ok(h) : fail('not_found', id);
      }
      case 'loadExtractor':
        // What the real background does by injecting the extractor script into the tab.
        provideExtractor(extractBulletin);
        return ok(true);
      case 'suggestTags':
        return ok(['四个意识', '我为群众办实事'].filter((t) => t.includes((payload as BackgroundRequest<'suggestTags'>).prefix)));
      default:
        return ok({ version: 2 });
    }
  };
  const send = ((type: BackgroundRequestType, payload: never) => {
    sent.push({ type, payload });
    return handle(type, payload);
  }) as SendToBackground;
  return { send, sent, highlights, ofType: (t: BackgroundRequestType) => sent.filter((s) => s.type === t).map((s) => s.payload) };
}
