/**
 * The clipping spine in a real browser: popup preview, save, dedupe, library, reader,
 * export, persistence across a browser restart, and pages without an article.
 */
import { readFile } from 'node:fs/promises';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { expect, launchWithExtension, openPopupFor, test, waitForDownload } from './support/extension';

const PAGE = '/pages/gov-bulletin.html';

test('save a bulletin from the popup, see it in the library, survive a restart, export it', async ({ ext, server, profile }) => {
  const { context, sw, extensionId } = ext;
  const page = await context.newPage();
  await page.goto(server.origin + PAGE);

  const popup = await openPopupFor(context, sw, extensionId, page);
  await expect(popup.locator('.preview-title')).toHaveText('河南省科协召开党史学习教育动员大会');
  await expect(popup.locator('.meta')).toContainText('2021-03-22');
  await expect(popup.locator('.first-lines')).toContainText('3月18日，河南省科协召开党史学习教育动员大会');
  const chars = Number((await popup.locator('.char-count').innerText()).replace(/\D/g, ''));
  expect(chars).toBeGreaterThan(2000);
  await popup.screenshot({ path: 'test-results/screens/popup-preview.png' });

  // Enter saves: the Save button has focus.
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.status.ok')).toHaveText('已保存到文库。');

  // The database in the extension origin holds it, with the structure understood.
  const stored = await sw.evaluate(async () => {
    const req = indexedDB.open('bulletin-clipper');
    const db: IDBDatabase = await new Promise((res, rej) => {
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    const all: unknown[] = await new Promise((res) => {
      const r = db.transaction('clippings').objectStore('clippings').getAll();
      r.onsuccess = () => res(r.result);
    });
    db.close();
    return all as { title: string; paragraphs: string[]; distribution: { label: string }[]; normalizedUrl: string }[];
  });
  expect(stored).toHaveLength(1);
  expect(stored[0]!.paragraphs).toHaveLength(9);
  expect(stored[0]!.distribution.map((d) => d.label)).toEqual(['报', '送']);

  // Clicking again on the same page, reached with a fragment and utm_ parameters: no duplicate.
  await page.goto(`${server.origin}${PAGE}?utm_source=wechat&utm_medium=share#top`);
  const again = await openPopupFor(context, sw, extensionId, page);
  await expect(again.locator('.status.ok')).toContainText('本页已于');
  await expect(again.getByRole('button', { name: '在文库中打开' })).toBeVisible();
  await again.screenshot({ path: 'test-results/screens/popup-already-saved.png' });

  // The library lists it and opens the reader.
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.card')).toHaveCount(1);
  await library.locator('.card-title').click();
  await expect(library.locator('.reader-title')).toHaveText('河南省科协召开党史学习教育动员大会');
  await expect(library.locator('.reader-body p')).toHaveCount(9);
  await expect(library.locator('.distribution')).toContainText('报：河南省委党史学习教育领导小组办公室');
  await library.screenshot({ path: 'test-results/screens/library-reader.png', fullPage: false });

  // Export: the downloaded Markdown parses back with real YAML and Markdown parsers.
  // Playwright stores downloads under random names: note the name the extension asked for.
  await library.evaluate(() => {
    const original = chrome.downloads.download.bind(chrome.downloads);
    (chrome.downloads as { download: typeof original }).download = (options) => {
      document.documentElement.dataset.requestedDownload = options.filename ?? '';
      return original(options);
    };
  });
  await library.getByRole('button', { name: '导出 Markdown' }).click();
  await expect(library.locator('.export-status')).toHaveText('已开始下载。');
  await expect(library.locator('html')).toHaveAttribute('data-requested-download', '河南省科协召开党史学习教育动员大会.md');
  const download = await waitForDownload(sw);
  expect(download.mime).toBe('text/markdown');
  const md = await readFile(download.filename, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(md);
  expect(fm).not.toBeNull();
  const front = parseYaml(fm![1]!) as Record<string, unknown>;
  expect(front.title).toBe('河南省科协召开党史学习教育动员大会');
  expect(front.tags).toEqual([]);
  expect(String(front.url)).toContain('/pages/gov-bulletin.html');
  const paragraphs = marked.lexer(md.slice(fm![0].length)).filter((tok) => tok.type === 'paragraph');
  expect(paragraphs.some((p) => (p as { text: string }).text.startsWith('3月18日，河南省科协召开'))).toBe(true);

  // Restart the browser on the same profile: the clipping is still there.
  await context.close();
  const restarted = await launchWithExtension(profile);
  const lib2 = await restarted.context.newPage();
  await lib2.goto(`chrome-extension://${restarted.extensionId}/library.html`);
  await expect(lib2.locator('.card-title')).toHaveText('河南省科协召开党史学习教育动员大会');
  await restarted.context.close();
});

test('delete from the library, then undo', async ({ ext, server }) => {
  const { context, sw, extensionId } = ext;
  const page = await context.newPage();
  await page.goto(server.origin + PAGE);
  const popup = await openPopupFor(context, sw, extensionId, page);
  await popup.getByRole('button', { name: '保存' }).click();
  await expect(popup.locator('.status.ok')).toBeVisible();

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.card')).toHaveCount(1);
  await library.locator('.card .delete').click();
  await expect(library.locator('.card')).toHaveCount(0);
  await expect(library.locator('.toast')).toContainText('已删除');
  await library.screenshot({ path: 'test-results/screens/library-undo.png' });
  await library.getByRole('button', { name: '撤销' }).click();
  await expect(library.locator('.card')).toHaveCount(1);
});

test('a page without an article offers the selection or the whole page', async ({ ext, server }) => {
  const { context, sw, extensionId } = ext;
  server.routes.set('/nav-only.html', `<!doctype html><html><head><meta charset="utf-8"><title>导航</title></head><body>
    <ul><li><a href="/a">首页</a></li><li><a href="/b">机构</a></li><li><a href="/c">公开</a></li></ul>
    <div id="short">会议通知：请各单位于周五前报送材料。</div></body></html>`);
  const page = await context.newPage();
  await page.goto(server.origin + '/nav-only.html');
  const popup = await openPopupFor(context, sw, extensionId, page);
  await expect(popup.locator('.status.error')).toContainText('没有识别出正文');
  await popup.screenshot({ path: 'test-results/screens/popup-no-article.png' });

  // Nothing selected yet: a clear message, nothing saved.
  await popup.getByRole('button', { name: '剪藏选中文字' }).click();
  await expect(popup.locator('.status.error')).toContainText('没有选中文字');

  // Select the notice on the page, then clip the selection.
  await page.evaluate(() => {
    const r = document.createRange();
    r.selectNodeContents(document.getElementById('short')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  });
  await popup.getByRole('button', { name: '剪藏选中文字' }).click();
  await expect(popup.locator('.first-lines')).toContainText('会议通知：请各单位于周五前报送材料。');

  // Or the whole page's visible text.
  await popup.reload();
  await popup.getByRole('button', { name: '剪藏整页文字' }).click();
  await expect(popup.locator('.first-lines')).toContainText('首页');
});
