import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractBulletin } from '../lib/extract/extract';
import { provideExtractor } from '../lib/content/extractor-slot';

// The page reader, injected only when a page is clipped (see lib/content/extractor-slot.ts).
export default defineContentScript({
  registration: 'runtime',
  main() {
    provideExtractor(extractBulletin);
  },
});
