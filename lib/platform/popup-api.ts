/**
 * The popup's side effects: find the tab, inject and ask the content script, and ask the
 * background to read and write the database (keeping Dexie out of the popup's bundle).
 */
import type { BulletinDraft, Clipping } from '../bulletin/model';
import type { Result } from '../bulletin/result';
import type { ExtractMode, ExtractOutcome } from '../messages/protocol';
import { fail } from '../bulletin/result';
import { sendToBackground, sendToTab } from '../messages/send';
import { copyClippingMarkdown, downloadClippingMarkdown } from './markdown-file';
import { ensureContentScript, findTargetTab, isRestrictedUrl, openLibrary } from './tabs';

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
}

/** Builds the popup's API for the tab named by `search` (or the active tab). */
export function createPopupApi(search: string): PopupApi {
  return {
    async extract(mode) {
      const tab = await findTargetTab(search);
      if (!tab.ok) return tab;
      if (isRestrictedUrl(tab.value.url)) return fail('restricted_page', tab.value.url);
      const injected = await ensureContentScript(tab.value.id);
      if (!injected.ok) return injected;
      return sendToTab(tab.value.id, 'extract', { mode });
    },
    async findExisting(identity) {
      const res = await sendToBackground('findClipping', { identity });
      return res.ok ? (res.value ?? undefined) : undefined;
    },
    save: (draft, identity) => sendToBackground('saveClipping', { identity, draft }),
    openLibrary: (id) => openLibrary(id),
    downloadMarkdown: (c) => downloadClippingMarkdown(c),
    copyMarkdown: (c) => copyClippingMarkdown(c),
  };
}
