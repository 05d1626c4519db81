/**
 * The on-page highlighter's words, from the extension's locales (the one source of
 * translations), for the content script to pass into lib/highlight.
 */
import type { HighlighterLabels } from '../highlight/labels';
import { t } from './i18n';

/** Translated labels for the selection toolbar. */
export function highlighterLabels(): HighlighterLabels {
  return {
    colors: { yellow: t('color_yellow'), red: t('color_red'), green: t('color_green'), blue: t('color_blue') },
    toolbar: t('highlighterToolbar'),
    note: t('note'),
    tags: t('tags'),
    save: t('save'),
    delete: t('deleteHighlight'),
    close: t('close'),
    removeTag: t('removeTagPrefix'),
    failed: t('highlightFailed'),
  };
}
