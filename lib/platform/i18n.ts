/**
 * Translations through the extension i18n mechanism (public/_locales). zh_CN is the default
 * locale; English for non-Chinese browsers.
 */
import { browser } from 'wxt/browser';
import type { AppError } from '../bulletin/result';

/**
 * Messages without substitutions, once looked up. A page's messages never change, and the
 * extension API call is not free (the library's route change spent 2-3 ms in it): a list
 * row asks for several labels, and the page's header for a dozen on every render.
 */
const looked = new Map<string, string>();

/** Looks up a message; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  if (substitutions === undefined) {
    const hit = looked.get(key);
    if (hit !== undefined) return hit;
  }
  const msg = browser.i18n.getMessage(key as never, substitutions as never);
  // A missing message is not kept: the key shows, and a later lookup may find it.
  if (substitutions === undefined && msg) looked.set(key, msg);
  return msg || key;
}

/** The translated text of an error (its `error_<code>` message). */
export function errorText(error: AppError): string {
  return t(`error_${error.code}`);
}

/** The UI language tag, for number and date formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage?.() || 'zh-CN';
}

/**
 * Sets <html lang> to the UI language so fonts and screen readers pick the right one, and a
 * translated title (the HTML's own title holds the manifest's __MSG_ key for the toolbar).
 */
export function applyDocumentLanguage(doc: Document, titleKey?: string): void {
  doc.documentElement.lang = uiLanguage();
  if (titleKey) doc.title = t(titleKey);
}
