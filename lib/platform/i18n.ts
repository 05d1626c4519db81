/**
 * Translations through the extension i18n mechanism (public/_locales). zh_CN is the default
 * locale; English for non-Chinese browsers.
 */
import { browser } from 'wxt/browser';
import type { AppError } from '../bulletin/result';

/** Looks up a message; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  const msg = browser.i18n.getMessage(key as never, substitutions as never);
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
