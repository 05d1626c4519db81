// Opens the built extension in Chromium on the sample bulletin (served from 127.0.0.1), or,
// without a display, says where the unpacked build is and how to load it.
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../tests/e2e/support/server.ts';

const dir = resolve('.output/chrome-mv3');
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`Built the extension at ${dir}`);
  console.log('No display here. To use it: open chrome://extensions, turn on Developer mode,');
  console.log(`"Load unpacked" and choose ${dir}. Firefox: npm run build:firefox, then about:debugging.`);
  process.exit(0);
}
const server = await startFixtureServer();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bc-start-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: false,
  args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.origin}/pages/gov-bulletin.html`);
console.log(`Sample bulletin: ${server.origin}/pages/gov-bulletin.html — click the toolbar button (Alt+Shift+B).`);
console.log('Close the browser window to stop.');
context.on('close', () => server.close().then(() => process.exit(0)));
