/**
 * Playwright fixtures: headless Debian Chromium with the e2e build of the extension loaded
 * unpacked, a fixture server, and helpers to open the popup for a given tab.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from './server';

// BC_E2E_BUILD lets parallel work use its own build (`wxt build --mode e2e-NAME`).
export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '..', process.env.BC_E2E_BUILD ?? '.output/chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');

/** Launches a persistent context with the extension; reuse `profile` to simulate a browser restart. */
export async function launchWithExtension(profile: string): Promise<{ context: BrowserContext; sw: Worker; extensionId: string }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no e2e build at ${EXTENSION_DIR}: run npm run build:e2e`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: 'zh-CN',
    // chrome.i18n follows the browser UI language, which on Linux comes from these variables.
    // LANG must name an installed locale (C.UTF-8) or Chinese file names are refused.
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--disable-gpu', '--lang=zh-CN'],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  return { context, sw, extensionId };
}

/** The id of the tab showing `page` (asked of the background, which sees all tabs). */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

/** Opens the popup as a tab, aimed at the tab of `target`. */
export async function openPopupFor(context: BrowserContext, sw: Worker, extensionId: string, target: Page): Promise<Page> {
  const tabId = await tabIdOf(sw, target);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * The newest finished download made through the downloads API (those are not page downloads,
 * so Playwright's 'download' event does not see them): its path on disk.
 */
export async function waitForDownload(sw: Worker, timeoutMs = 15_000): Promise<{ filename: string; mime: string }> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const item = await sw.evaluate(async () => {
      const [d] = await chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 });
      return d ? { state: d.state, filename: d.filename, mime: d.mime, error: d.error } : null;
    });
    if (item?.state === 'complete') return { filename: item.filename, mime: item.mime };
    if (item?.state === 'interrupted') throw new Error(`download interrupted: ${item.error}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no finished download');
}

interface Fixtures {
  profile: string;
  ext: { context: BrowserContext; sw: Worker; extensionId: string };
}

/** `server` is shared by a worker; `ext` is a fresh browser profile per test. */
export const test = base.extend<Fixtures, { server: FixtureServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  profile: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'bc-profile-')));
  },
  ext: async ({ profile }, use) => {
    const ext = await launchWithExtension(profile);
    await use(ext);
    await ext.context.close().catch(() => undefined);
  },
});

export { expect } from '@playwright/test';
