import { defineContentScript } from 'wxt/utils/define-content-script';
import { createContentDispatcher } from '../lib/content/service';
import { listen } from '../lib/messages/send';

// Injected on demand by the popup (registration: runtime), never declared for all pages.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const w = window as unknown as { __bulletinClipper?: () => void };
    w.__bulletinClipper?.(); // a re-injection after an update replaces the old listener
    w.__bulletinClipper = listen(createContentDispatcher(document));
  },
});
