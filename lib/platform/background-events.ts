/**
 * The background's browser events: the context menu, the keyboard command, and redrawing
 * highlights when a page the user has highlights on finishes loading (only on sites the
 * user allowed, see ADR 003).
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';

export const MENU_HIGHLIGHT = 'bc-highlight-selection';
export const MENU_CLIP_SELECTION = 'bc-clip-selection';
export const COMMAND_HIGHLIGHT = 'highlight-selection';

/** Handlers the background service supplies. */
export interface BackgroundEventHandlers {
  /** The user asked to highlight the selection in tab `tabId` (menu or shortcut). */
  onHighlightRequest(tabId: number): void;
  /** A tab finished loading `url` (visible only for sites we may read). */
  onPageLoaded(tabId: number, url: string): void;
}

/** Registers the menus (on install) and the listeners (every service worker start). */
export function registerBackgroundEvents(h: BackgroundEventHandlers): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_HIGHLIGHT, title: t('menuHighlight'), contexts: ['selection'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_HIGHLIGHT && tab?.id !== undefined) h.onHighlightRequest(tab.id);
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === COMMAND_HIGHLIGHT && tab?.id !== undefined) h.onHighlightRequest(tab.id);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url && /^https?:/.test(tab.url)) h.onPageLoaded(tabId, tab.url);
  });
}
