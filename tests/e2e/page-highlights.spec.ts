/**
 * Highlights on the live page (issue 4): select text, highlight from the toolbar in its shadow
 * root, add a note and a tag; the highlight is drawn again on every revisit without a click;
 * the reader view shows it; a highlight made in the reader shows on the page; the popup lists
 * them in page order.
 */
import type { Page } from '@playwright/test';
import { expect, openPopupFor, test } from './support/extension';
import { selectText } from './support/bulletin';

const PAGE = '/pages/gov-bulletin.html';

/** Size of each of our CSS Custom Highlight API registries, e.g. { 'bc-red': 1 }. */
async function drawnHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    registry?.forEach((h, name) => {
      if (name.startsWith('bc-') && h.size) out[name] = h.size;
    });
    return out;
  });
}

test('highlight on the page, see it again after a reload, in the reader, and back', async ({ ext, server }) => {
  const { context, sw, extensionId } = ext;
  const page = await context.newPage();
  await page.goto(server.origin + PAGE);

  // The user invokes the extension once on this page (the popup injects our script).
  const popup = await openPopupFor(context, sw, extensionId, page);
  await expect(popup.locator('.preview-title')).toBeVisible();
  await popup.close();

  // Select a passage: the toolbar appears beside it, in a shadow root.
  await page.bringToFront();
  await selectText(page, 'body', '不断提高政治判断力、政治领悟力、政治执行力');
  const toolbar = page.locator('#bulletin-clipper-toolbar');
  await expect(toolbar.getByRole('dialog')).toBeVisible();
  await toolbar.getByRole('button', { name: '金句' }).click();
  await toolbar.getByRole('textbox', { name: '批注' }).fill('三个“政治”能力');
  const tags = toolbar.getByRole('combobox', { name: '标签' });
  await tags.fill('政治能力');
  await tags.press('Enter');
  await page.screenshot({ path: 'test-results/screens/page-toolbar.png' });
  await toolbar.getByRole('button', { name: '保存' }).click();
  await expect(toolbar.getByRole('dialog')).toBeHidden();
  await expect.poll(() => drawnHighlights(page)).toEqual({ 'bc-red': 1 });
  // The page's own DOM text is untouched (the Custom Highlight API draws without changing it).
  expect(await page.locator('mark').count()).toBe(0);

  // The page was not saved yet: highlighting clipped it silently, with the highlight.
  const stored = await sw.evaluate(async () => {
    const req = indexedDB.open('bulletin-clipper');
    const db: IDBDatabase = await new Promise((res) => (req.onsuccess = () => res(req.result)));
    const get = (store: string) =>
      new Promise<unknown[]>((res) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => res(r.result);
      });
    const out = { clippings: (await get('clippings')).length, highlights: (await get('highlights')) as { exact: string; note: string; tags: string[] }[] };
    db.close();
    return out;
  });
  expect(stored.clippings).toBe(1);
  expect(stored.highlights.map((h) => [h.exact, h.note, h.tags])).toEqual([['不断提高政治判断力、政治领悟力、政治执行力', '三个“政治”能力', ['政治能力']]]);

  // Revisit with tracking parameters and a fragment: drawn again without any click.
  await page.goto(`${server.origin}${PAGE}?utm_source=share#p3`);
  await expect.poll(() => drawnHighlights(page), { timeout: 15_000 }).toEqual({ 'bc-red': 1 });
  await page.screenshot({ path: 'test-results/screens/page-highlight-restored.png' });

  // The reader view shows the same highlight.
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/library.html`);
  await reader.locator('.card-title').click();
  await expect(reader.locator('.reader-body mark.hl-red')).toHaveText('不断提高政治判断力、政治领悟力、政治执行力');

  // A highlight made in the reader view shows on the live page.
  await selectText(reader, '.reader-body', '我为群众办实事');
  await reader.locator('.hl-quick').getByRole('button', { name: '数据' }).click();
  await reader.locator('.hl-editor').getByRole('button', { name: '保存' }).click();
  await expect(reader.locator('.reader-body mark')).toHaveCount(2);
  await page.bringToFront();
  await page.reload();
  await expect.poll(() => drawnHighlights(page), { timeout: 15_000 }).toEqual({ 'bc-red': 1, 'bc-green': 1 });

  // The popup lists both in page order and can jump to one.
  const list = await openPopupFor(context, sw, extensionId, page);
  await expect(list.locator('.page-highlights .hl-item')).toHaveCount(2);
  // Page order: the fourth paragraph's passage comes before the fifth's, whatever the creation order.
  await expect(list.locator('.page-highlights .hl-item').first()).toContainText('不断提高政治判断力');
  await expect(list.locator('.page-highlights .hl-item').nth(1)).toContainText('我为群众办实事');
  await list.locator('.page-highlights .hl-item').nth(1).getByRole('button', { name: '定位' }).click();
  await list.screenshot({ path: 'test-results/screens/popup-highlights.png' });
});
