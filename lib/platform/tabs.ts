/**
 * Tabs and script injection: the content script is injected on demand (activeTab +
 * scripting), so pages the user never clips carry no code of ours (ADR 003).
 */
import { browser } from 'wxt/browser';
import { fail, ok, type Result } from '../bulletin/result';
import { sendToTab } from '../messages/send';
import { PROTOCOL_VERSION } from '../messages/protocol';

/** The path of the built content script inside the extension (highlights, messages). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** The page reader (Readability + bulletin parsing), injected only to clip. */
export const EXTRACTOR_FILE = '/content-scripts/extractor.js';

/** A tab the popup acts on. */
export interface TargetTab {
  id: number;
  url: string;
  title: string;
}

/**
 * The tab the popup is about: `?tabId=N` when given (tests and the library's "clip" links
 * open the popup as a tab), else the active tab of the current window.
 */
export async function findTargetTab(search: string): Promise<Result<TargetTab>> {
  const param = new URLSearchParams(search).get('tabId');
  const tab = param
    ? await browser.tabs.get(Number(param)).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return fail('no_tab', 'no active tab');
  return ok({ id: tab.id, url: tab.url ?? '', title: tab.title ?? '' });
}

/** Pages an extension may not script (browser pages, stores, the extension itself). */
export function isRestrictedUrl(url: string): boolean {
  if (!url) return false; // unknown without the tabs permission: try, and report failure
  return !/^(https?|file):/i.test(url) || /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)/i.test(url);
}

type InjectedFile = typeof CONTENT_SCRIPT_FILE | typeof EXTRACTOR_FILE;

/** Runs our scripts in a tab; a page the browser will not let us script becomes a Result. */
async function inject(tabId: number, files: InjectedFile[]): Promise<Result<true>> {
  if (!files.length) return ok(true);
  try {
    await browser.scripting.executeScript({ target: { tabId }, files });
    return ok(true);
  } catch (e) {
    return fail('restricted_page', e instanceof Error ? e.message : String(e));
  }
}

/**
 * Injects the content script unless an up-to-date one already answers; with `extractor`,
 * the page reader too (the popup is about to clip).
 */
export async function ensureContentScript(tabId: number, options: { extractor?: boolean } = {}): Promise<Result<true>> {
  const pong = await sendToTab(tabId, 'ping', {});
  const files: InjectedFile[] = pong.ok && pong.value.version === PROTOCOL_VERSION ? [] : [CONTENT_SCRIPT_FILE];
  if (options.extractor) files.unshift(EXTRACTOR_FILE);
  return inject(tabId, files);
}

/** Injects the page reader into a tab (a content script asked: it is about to clip). */
export function injectExtractor(tabId: number): Promise<Result<true>> {
  return inject(tabId, [EXTRACTOR_FILE]);
}

/** Opens (or focuses) the library page, optionally on one clipping. */
export async function openLibrary(clippingId?: string): Promise<void> {
  const base = browser.runtime.getURL('/library.html');
  const url = clippingId ? `${base}#/clip/${encodeURIComponent(clippingId)}` : base;
  const [existing] = await browser.tabs.query({ url: `${base}*` }).catch(() => []);
  if (existing?.id) {
    await browser.tabs.update(existing.id, { active: true, url });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true }).catch(() => undefined);
  } else {
    await browser.tabs.create({ url });
  }
}
