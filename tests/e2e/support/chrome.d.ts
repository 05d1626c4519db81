// The `chrome` global as seen inside sw.evaluate(...) callbacks (they run in the extension).
declare const chrome: typeof import('wxt/browser').browser;
