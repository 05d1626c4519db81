/**
 * The popup's side effects: find the tab, inject and ask the content script, and ask the
 * background to read and write the database (keeping Dexie out of the popup's bundle).
 */
import type { BulletinDraft, Clipping, Highlight, HighlightColor } from '../bulletin/model';
import type { Result } from '../bulletin/result';
import type { ExtractMode, ExtractOutcome } from '../messages/protocol';
import { fail, ok } from '../bulletin/result';
import { toDrawable } from '../messages/protocol';
import { sendToBackground, sendToTab } from '../messages/send';
import { copyClippingMarkdown, downloadClippingMarkdown } from './markdown-file';
import { ensureContentScript, findTargetTab, isRestrictedUrl, openLibrary } from './tabs';
import { hasSiteAccess, requestSiteAccess } from './site-access';

/** What the popup needs from the outside world, injected so the component stays free of browser.*. */
export interface PopupApi {
  /** Extracts the target tab's page in the given mode. */
  extract(mode: ExtractMode): Promise<Result<ExtractOutcome>>;
  /** The clipping already saved for this page identity, if any. */
  findExisting(identity: string | null): Promise<Clipping | undefined>;
  /** Saves the draft (or returns the existing clipping of the same identity). */
  save(draft: BulletinDraft, identity: string | null): Promise<Result<{ clipping: Clipping; created: boolean }>>;
  openLibrary(clippingId?: string): Promise<void>;
  /** Downloads the clipping as a Markdown file. */
  downloadMarkdown(clipping: Clipping): Promise<Result<true>>;
  /** Copies the clipping's Markdown to the clipboard. */
  copyMarkdown(clipping: Clipping): Promise<Result<true>>;
  /** The page's saved highlights, in page order, and which could not be placed. */
  pageHighlights(identity: string | null): Promise<Result<{ ordered: Highlight[]; orphans: Highlight[] }>>;
  /** Highlights the selection on the page (clipping the page first if needed). */
  highlightSelection(color?: HighlightColor): Promise<Result<Highlight>>;
  scrollTo(id: string): Promise<Result<boolean>>;
  updateHighlight(id: string, patch: { color?: HighlightColor; note?: string; tags?: string[] }): Promise<Result<Highlight>>;
  deleteHighlight(id: string): Promise<Result<Highlight>>;
  restoreHighlight(h: Highlight): Promise<Result<true>>;
  suggestTags(clippingId: string, prefix: string, passage: string): Promise<string[]>;
  /** Whether highlights on this site are redrawn on revisits without a click. */
  hasSiteAccess(url: string): Promise<boolean>;
  /** Asks for that (call from a click). */
  requestSiteAccess(url: string): Promise<boolean>;
}

/** Builds the popup's API for the tab named by `search` (or the active tab). */
export function createPopupApi(search: string): PopupApi {
  const tabId = async () => {
    const tab = await findTargetTab(search);
    if (!tab.ok) return tab;
    const injected = await ensureContentScript(tab.value.id);
    return injected.ok ? ok(tab.value.id) : injected;
  };
  /** After an edit elsewhere, the page redraws from the stored highlights. */
  const redraw = async (identity: string | null) => {
    const id = await tabId();
    const saved = await sendToBackground('pageHighlights', { identity });
    if (id.ok && saved.ok) await sendToTab(id.value, 'drawHighlights', { highlights: saved.value.highlights.map(toDrawable) });
  };
  let lastIdentity: string | null = null;
  return {
    async extract(mode) {
      const tab = await findTargetTab(search);
      if (!tab.ok) return tab;
      if (isRestrictedUrl(tab.value.url)) return fail('restricted_page', tab.value.url);
      const injected = await ensureContentScript(tab.value.id, { extractor: true });
      if (!injected.ok) return injected;
      return sendToTab(tab.value.id, 'extract', { mode });
    },
    async findExisting(identity) {
      const res = await sendToBackground('findClipping', { identity });
      return res.ok ? (res.value ?? undefined) : undefined;
    },
    save: (draft, identity) => sendToBackground('saveClipping', { identity, draft }),
    openLibrary: (id) => openLibrary(id),
    downloadMarkdown: async (c) => {
      const hs = await sendToBackground('pageHighlights', { identity: c.normalizedUrl });
      return downloadClippingMarkdown(c, hs.ok ? hs.value.highlights : []);
    },
    copyMarkdown: async (c) => {
      const hs = await sendToBackground('pageHighlights', { identity: c.normalizedUrl });
      return copyClippingMarkdown(c, hs.ok ? hs.value.highlights : []);
    },
    async pageHighlights(identity) {
      lastIdentity = identity;
      const saved = await sendToBackground('pageHighlights', { identity });
      if (!saved.ok) return saved;
      const id = await tabId();
      const state = id.ok ? await sendToTab(id.value, 'anchoredHighlights', {}) : id;
      const all = saved.value.highlights;
      if (!state.ok) return ok({ ordered: [], orphans: all });
      const byId = new Map(all.map((h) => [h.id, h]));
      const ordered = state.value.order.map((x) => byId.get(x)).filter((h): h is Highlight => !!h);
      const placed = new Set(ordered.map((h) => h.id));
      return ok({ ordered, orphans: all.filter((h) => !placed.has(h.id)) });
    },
    async highlightSelection(color) {
      const id = await tabId();
      return id.ok ? sendToTab(id.value, 'highlightSelection', color ? { color } : {}) : id;
    },
    async scrollTo(hid) {
      const id = await tabId();
      return id.ok ? sendToTab(id.value, 'scrollToHighlight', { id: hid }) : id;
    },
    async updateHighlight(id, patch) {
      const res = await sendToBackground('updateHighlight', { id, ...patch });
      if (res.ok) await redraw(lastIdentity);
      return res;
    },
    async deleteHighlight(id) {
      const res = await sendToBackground('deleteHighlight', { id });
      if (res.ok) await redraw(lastIdentity);
      return res;
    },
    async restoreHighlight(h) {
      const res = await sendToBackground('restoreHighlight', { highlight: h });
      if (res.ok) await redraw(lastIdentity);
      return res;
    },
    hasSiteAccess: (url) => hasSiteAccess(url).catch(() => false),
    requestSiteAccess: (url) => requestSiteAccess(url).catch(() => false),
    async suggestTags(clippingId, prefix, passage) {
      const res = await sendToBackground('suggestTags', { clippingId, prefix, passage });
      return res.ok ? res.value : [];
    },
  };
}
