import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../lib/content/service';
import { highlighterLabels } from '../lib/platform/highlighter-labels';

// Injected on demand (popup, context menu, shortcut, or a revisit of a page with highlights);
// never declared for all pages.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const w = window as unknown as { __bulletinClipper?: () => void };
    w.__bulletinClipper?.(); // a re-injection after an update replaces the old copy
    try {
      w.__bulletinClipper = startContentScript(document, window, { labels: highlighterLabels() });
    } catch (e) {
      // As text: an Error object from this isolated world reads as empty in the page's console.
      console.error(`[bulletin-clipper] content script failed to start: ${String(e)}\n${(e as Error)?.stack ?? ''}`);
      throw e;
    }
  },
});
