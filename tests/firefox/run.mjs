// Firefox E2E (issues 2 and 4): the save flow and page highlights in headless Debian firefox-esr, driven by puppeteer-core
// over WebDriver BiDi (run with tsx, which loads the shared TS fixture server), with the e2e build (.output/firefox-mv2-e2e) installed as a temporary add-on.
// Prints "N passed, N failed" and exits non-zero on failure.
/* global CSS, indexedDB -- functions passed to page.evaluate run in the page */
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import { startFixtureServer } from '../e2e/support/server.ts';
import { selectInPage } from '../e2e/support/select-in-page.ts';

const EXT_DIR = resolve('.output/firefox-mv2-e2e');
const EXT_ID = 'bulletin-clipper@example.org';
const UUID = '6f1c1c2e-5b0e-4a6b-9d7e-bc11b2e7e001';
const BASE = `moz-extension://${UUID}`;
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const results = [];
let current = null; // the page a check is looking at, for the failure report
async function check(name, fn) {
  try {
    await fn();
    results.push([name, true]);
    console.log(`  ok  ${name}`);
  } catch (e) {
    results.push([name, false]);
    const seen = current ? await current.evaluate(() => document.body?.innerText ?? '').catch(() => '?') : '';
    console.log(`  FAIL ${name}: ${e?.message ?? e}\n    page text: ${seen.replace(/\s+/g, ' ').slice(0, 300)}`);
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

/** Waits until an element shows one of `expected` (the UI follows Firefox's language: zh-CN or English). */
async function waitForText(page, selector, expected) {
  await page.waitForFunction(
    (sel, want) => [...document.querySelectorAll(sel)].some((el) => want.some((w) => (el.textContent ?? '').includes(w))),
    { timeout: 15000 },
    selector,
    expected,
  );
}

/** In the page: true when `text` is drawn, by the CSS Custom Highlight API or by a <mark> fallback. */
function drawnText(text) {
  let found = false;
  CSS.highlights?.forEach((h, name) => {
    if (name.startsWith('bc-')) h.forEach((r) => (found ||= r.toString() === text));
  });
  return found || [...document.querySelectorAll('mark')].some((m) => m.textContent === text);
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
  if (process.env.BC_DEBUG) {
    bulletin.on('console', async (m) => console.log('  [page console]', m.text(), await Promise.all(m.args().map((a) => a.evaluate((v) => (v instanceof Error ? v.stack || v.message : String(v))).catch(() => '?')))));
    bulletin.on('pageerror', (e) => console.log('  [page error]', e.message));
  }

  const popup = await browser.newPage();
  current = popup;
  await check('the library page opens (extension installed)', async () => {
    await gotoExtension(popup, '/library.html', '.library');
  });
  const tabId = await popup.evaluate(async (url) => {
    const tabs = await browser.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? -1;
  }, pageUrl);
  console.log(`  (bulletin tab id ${tabId})`);
  if (process.env.BC_DEBUG) {
    console.log(await popup.evaluate(async (tabId) => {
      const out = [];
      try { out.push(JSON.stringify(await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] }))); } catch (e) { out.push('inject: ' + e); }
      try { out.push(JSON.stringify(await browser.tabs.sendMessage(tabId, { bc: 1, type: 'ping', payload: {} }))); } catch (e) { out.push('ping: ' + e); }
      return out.join(' | ');
    }, tabId));
  }

  await check('the popup previews the bulletin', async () => {
    await gotoExtension(popup, `/popup.html?tabId=${tabId}`, '.preview-title');
    const title = await textOf(popup, '.preview-title');
    if (title !== '河南省科协召开党史学习教育动员大会') throw new Error(`title was ${title}`);
    await popup.screenshot({ path: 'test-results/screens/firefox-popup.png' });
  });

  await check('saving stores it and the library lists it', async () => {
    await popup.click('button.primary');
    await waitForText(popup, '.status.ok', ['已保存到文库', 'Saved to your library']);
    await gotoExtension(popup, '/library.html', '.card');
    const title = await textOf(popup, '.card-title');
    if (title !== '河南省科协召开党史学习教育动员大会') throw new Error(`card title was ${title}`);
  });

  await check('clicking again on the same page says it is already saved', async () => {
    await gotoExtension(popup, `/popup.html?tabId=${tabId}`, '.status.ok');
    await waitForText(popup, '.status.ok', ['本页已于', 'already saved']);
  });

  // Highlights (issue 4) on the live page: the content script is in the tab since the popup
  // opened; select a passage, pick a colour in the shadow-root toolbar, add a note.
  const PASSAGE = '不断提高政治判断力、政治领悟力、政治执行力';
  current = bulletin;
  await check('a passage highlighted from the page toolbar is drawn and stored', async () => {
    await bulletin.bringToFront();
    await bulletin.evaluate(selectInPage, { scope: 'body', text: PASSAGE, occurrence: 0 });
    await bulletin.waitForSelector('#bulletin-clipper-toolbar >>> .bar:not([hidden])', { timeout: 15000 });
    await bulletin.click('#bulletin-clipper-toolbar >>> button.color[data-color="red"]');
    await bulletin.type('#bulletin-clipper-toolbar >>> textarea.note', '三个政治能力');
    await bulletin.click('#bulletin-clipper-toolbar >>> button.save');
    await bulletin.waitForSelector('#bulletin-clipper-toolbar >>> .bar[hidden]', { timeout: 15000 });
    await bulletin.waitForFunction(drawnText, { timeout: 15000 }, PASSAGE);
    await bulletin.screenshot({ path: 'test-results/screens/firefox-page-highlight.png' });
  });

  await check('the highlight is drawn again after a reload, with no click', async () => {
    await bulletin.reload();
    await bulletin.waitForFunction(drawnText, { timeout: 15000 }, PASSAGE);
  });

  current = popup;
  await check('the reader view shows the highlight with its note', async () => {
    await gotoExtension(popup, '/library.html', '.card-title');
    await popup.click('.card-title');
    await popup.waitForSelector('.reader-body mark.hl-red', { timeout: 15000 });
    const marked = await textOf(popup, '.reader-body mark.hl-red');
    if (marked !== PASSAGE) throw new Error(`marked text was ${marked}`);
    const stored = await popup.evaluate(async () => {
      const req = indexedDB.open('bulletin-clipper');
      const db = await new Promise((res) => (req.onsuccess = () => res(req.result)));
      const rows = await new Promise((res) => {
        const r = db.transaction('highlights').objectStore('highlights').getAll();
        r.onsuccess = () => res(r.result);
      });
      db.close();
      return rows.map((h) => [h.exact, h.color, h.note]);
    });
    if (JSON.stringify(stored) !== JSON.stringify([[PASSAGE, 'red', '三个政治能力']])) throw new Error(`stored ${JSON.stringify(stored)}`);
  });

  // Schema v5 (lib/db/tag-clips.ts) indexes highlights by [tag, clippingId] arrays inside a
  // multiEntry index: Firefox's IndexedDB must take array elements as keys too.
  await check('the [tag, clipping] index answers in Firefox', async () => {
    const found = await popup.evaluate(async () => {
      const req = indexedDB.open('bulletin-clipper');
      const db = await new Promise((res) => (req.onsuccess = () => res(req.result)));
      const run = (mode, f) =>
        new Promise((res, rej) => {
          const tx = db.transaction('highlights', mode);
          const r = f(tx.objectStore('highlights'));
          tx.oncomplete = () => res(r.result);
          tx.onerror = () => rej(tx.error);
        });
      const row = { id: 'ff-probe', clippingId: 'ff-clip', color: 'red', tags: ['甲', '乙'], tagClips: [['甲', 'ff-clip'], ['乙', 'ff-clip']], createdAt: 1, updatedAt: 1, reviewedAt: null };
      await run('readwrite', (s) => s.put(row));
      const hits = await run('readonly', (s) => s.index('tagClips').getAllKeys(['乙', 'ff-clip']));
      await run('readwrite', (s) => s.delete('ff-probe'));
      db.close();
      return hits;
    });
    if (JSON.stringify(found) !== JSON.stringify(['ff-probe'])) throw new Error(`index gave ${JSON.stringify(found)}`);
  });
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

const failed = results.filter(([, ok]) => !ok).length;
console.log(`firefox: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
