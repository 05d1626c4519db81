// Firefox E2E (issue 2): the save flow in headless Debian firefox-esr, driven by puppeteer-core
// over WebDriver BiDi (run with tsx, which loads the shared TS fixture server), with the e2e build (.output/firefox-mv2-e2e) installed as a temporary add-on.
// Prints "N passed, N failed" and exits non-zero on failure.
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import { startFixtureServer } from '../e2e/support/server.ts';

const EXT_DIR = resolve('.output/firefox-mv2-e2e');
const EXT_ID = 'bulletin-clipper@example.org';
const UUID = '6f1c1c2e-5b0e-4a6b-9d7e-bc11b2e7e001';
const BASE = `moz-extension://${UUID}`;
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push([name, true]);
    console.log(`  ok  ${name}`);
  } catch (e) {
    results.push([name, false]);
    console.log(`  FAIL ${name}: ${e?.stack ?? e}`);
  }
}

/** page.goto on moz-extension:// never resolves in Firefox: start it, then wait for content. */
async function gotoExtension(page, path, selector) {
  await page.goto(`${BASE}${path}`, { timeout: 4000 }).catch(() => undefined);
  await page.waitForSelector(selector, { timeout: 15000 });
}

async function textOf(page, selector) {
  await page.waitForSelector(selector, { timeout: 15000 });
  return page.$eval(selector, (el) => el.textContent ?? '');
}

async function waitForText(page, selector, expected) {
  await page.waitForFunction(
    (sel, want) => [...document.querySelectorAll(sel)].some((el) => (el.textContent ?? '').includes(want)),
    { timeout: 15000 },
    selector,
    expected,
  );
}

if (!existsSync(`${EXT_DIR}/manifest.json`)) {
  console.error(`no Firefox e2e build at ${EXT_DIR}: run wxt build -b firefox --mode e2e`);
  process.exit(2);
}
mkdirSync('test-results/screens', { recursive: true });
const server = await startFixtureServer();
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  headless: true,
  args: ['--remote-allow-system-access'],
  extraPrefsFirefox: {
    'extensions.webextensions.uuids': JSON.stringify({ [EXT_ID]: UUID }),
    'intl.locale.requested': 'zh-CN',
    'intl.accept_languages': 'zh-CN',
  },
});
try {
  await browser.installExtension(EXT_DIR);
  const pageUrl = `${server.origin}/pages/gov-bulletin.html`;
  const bulletin = await browser.newPage();
  await bulletin.goto(pageUrl);

  const popup = await browser.newPage();
  await check('the library page opens (extension installed)', async () => {
    await gotoExtension(popup, '/library.html', '.library');
  });
  const tabId = await popup.evaluate(async (url) => {
    const tabs = await browser.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? -1;
  }, pageUrl);

  await check('the popup previews the bulletin', async () => {
    await gotoExtension(popup, `/popup.html?tabId=${tabId}`, '.preview-title');
    const title = await textOf(popup, '.preview-title');
    if (title !== '河南省科协召开党史学习教育动员大会') throw new Error(`title was ${title}`);
    await popup.screenshot({ path: 'test-results/screens/firefox-popup.png' });
  });

  await check('saving stores it and the library lists it', async () => {
    await popup.click('button.primary');
    await waitForText(popup, '.status.ok', '已保存到文库');
    await gotoExtension(popup, '/library.html', '.card');
    const title = await textOf(popup, '.card-title');
    if (title !== '河南省科协召开党史学习教育动员大会') throw new Error(`card title was ${title}`);
  });

  await check('clicking again on the same page says it is already saved', async () => {
    await gotoExtension(popup, `/popup.html?tabId=${tabId}`, '.status.ok');
    await waitForText(popup, '.status.ok', '本页已于');
  });
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

const failed = results.filter(([, ok]) => !ok).length;
console.log(`firefox: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
