/**
 * Back up, wipe, restore: export the whole library from '#/backup', read the file from disk,
 * delete every clipping and highlight, restore the file (merge), and see the same library
 * (titles, highlights, notes, tags). Replacing asks first, and a foreign file changes nothing.
 */
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveFixtureBulletin, selectText } from './support/bulletin';
import { expect, test, waitForDownload } from './support/extension';

const TITLE = '河南省科协召开党史学习教育动员大会';

test('back up, wipe, restore and see the same library', async ({ ext, server }) => {
  test.setTimeout(150_000);
  mkdirSync('test-results/screens', { recursive: true });
  const { context, sw, extensionId } = ext;
  await saveFixtureBulletin(context, sw, extensionId, `${server.origin}/pages/gov-bulletin.html`);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.locator('.card-title').click();
  await selectText(library, '.reader-body', '对在全省科协系统党员中开展党史学习教育进行动员部署');
  await library.locator('.hl-quick').getByRole('button', { name: '金句' }).click();
  const editor = library.locator('.hl-editor');
  await editor.getByLabel('批注').fill('备份前的批注');
  const tagInput = editor.getByRole('combobox');
  await tagInput.fill('备份测试');
  await tagInput.press('Enter');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(library.locator('.hl-item')).toContainText('备份前的批注');

  await library.goto(`chrome-extension://${extensionId}/library.html#/backup`);
  await expect(library.locator('.library-counts')).toHaveText('文库现有 1 篇剪藏、1 处划线、1 个标签。');
  await library.getByRole('button', { name: '导出备份' }).click();
  await expect(library.locator('.backup-panel').first().locator('.status.ok')).toContainText('已开始下载');
  const download = await waitForDownload(sw);
  expect(download.mime).toBe('application/json');
  const text = await readFile(download.filename, 'utf8');
  const doc = JSON.parse(text);
  expect(doc.format).toBe('bulletin-clipper-backup');
  expect(doc.counts).toMatchObject({ clippings: 1, highlights: 1 });
  await expect(library.locator('.last-backup')).toContainText('上次备份');
  await library.screenshot({ path: 'test-results/screens/backup-exported.png', fullPage: true });

  // Wipe: the user deletes the clipping; the highlights go too (cleared here through the page's own database).
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.getByRole('button', { name: `删除《${TITLE}》` }).click();
  await expect(library.locator('.card-title')).toHaveCount(0);
  await library.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bulletin-clipper');
        open.onsuccess = () => {
          const tx = open.result.transaction(['highlights', 'tags'], 'readwrite');
          tx.objectStore('highlights').clear();
          tx.objectStore('tags').clear();
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );

  await library.goto(`chrome-extension://${extensionId}/library.html#/backup`);
  await expect(library.locator('.library-counts')).toHaveText('文库现有 0 篇剪藏、0 处划线、0 个标签。');

  // A foreign file is refused and changes nothing.
  const foreign = join(tmpdir(), `not-a-backup-${Date.now()}.json`);
  await writeFile(foreign, '{"hello":"world"}');
  await library.locator('input[type="file"]').setInputFiles(foreign);
  await expect(library.locator('.restore-failed')).toContainText('这不是有效的简报剪藏备份文件');
  await expect(library.locator('.restore-failed')).toContainText('文库未做任何改动');
  await library.screenshot({ path: 'test-results/screens/backup-foreign.png', fullPage: true });

  // Replace asks first and says what would be lost; cancel it, then merge.
  await library.locator('input[type="file"]').setInputFiles(download.filename);
  await expect(library.locator('.restore-check')).toContainText('含 1 篇剪藏、1 处划线');
  await library.getByRole('radio', { name: /^替换/ }).check();
  await library.getByRole('button', { name: '开始恢复' }).click();
  const dialog = library.getByRole('alertdialog');
  await expect(dialog).toContainText('将被删除');
  await library.screenshot({ path: 'test-results/screens/backup-confirm-replace.png', fullPage: true });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toHaveCount(0);
  await library.getByRole('radio', { name: /^合并/ }).check();
  await library.getByRole('button', { name: '开始恢复' }).click();
  await expect(library.locator('.restore-summary')).toContainText('已合并备份。');
  await expect(library.locator('tr[data-table="clippings"] td[data-col="added"]')).toHaveText('1');
  await expect(library.locator('tr[data-table="highlights"] td[data-col="added"]')).toHaveText('1');
  await expect(library.locator('.library-counts')).toHaveText('文库现有 1 篇剪藏、1 处划线、1 个标签。');
  await library.screenshot({ path: 'test-results/screens/backup-restored.png', fullPage: true });

  // The same library: the clipping, its highlight with note and tag, in the reader.
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.card-title')).toHaveText(TITLE);
  await library.locator('.card-title').click();
  await expect(library.locator('.reader-body mark.hl-red')).toHaveText('对在全省科协系统党员中开展党史学习教育进行动员部署');
  await expect(library.locator('.hl-item')).toContainText('备份前的批注');
  await expect(library.locator('.hl-item .hl-tags')).toContainText('备份测试');

  // Search follows the restore: the index was rebuilt after the wipe and the merge.
  const searchFor = async (q: string) => {
    await library.goto(`chrome-extension://${extensionId}/library.html#/search?q=${encodeURIComponent(q)}`);
    await expect(library.locator('.search-hit').first()).toBeVisible();
    for (const m of await library.locator('.search-hit mark').allTextContents()) expect(m).toBe(q);
  };
  await searchFor('动员部署');

  // Replacing, once confirmed, leaves the same library, still searchable.
  await library.goto(`chrome-extension://${extensionId}/library.html#/backup`);
  await library.locator('input[type="file"]').setInputFiles(download.filename);
  await library.getByRole('radio', { name: /^替换/ }).check();
  await library.getByRole('button', { name: '开始恢复' }).click();
  await library.getByRole('alertdialog').getByRole('button', { name: '删除现有内容并替换' }).click();
  await expect(library.locator('.restore-summary')).toContainText('已用备份替换文库。');
  await expect(library.locator('.library-counts')).toHaveText('文库现有 1 篇剪藏、1 处划线、1 个标签。');
  await searchFor('动员部署');
});

test('a due backup is announced above the list, and its link opens the backup page', async ({ ext, server }) => {
  const { context, sw, extensionId } = ext;
  await saveFixtureBulletin(context, sw, extensionId, `${server.origin}/pages/gov-bulletin.html`);
  const library = await context.newPage();
  await library.setViewportSize({ width: 1200, height: 800 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.vlist .card')).toHaveCount(1);
  await expect(library.locator('.backup-reminder')).toHaveCount(0); // a fresh library is not due
  // The last backup was 40 days ago (the settings row the backup page writes).
  await library.evaluate(async (at) => {
    const req = indexedDB.open('bulletin-clipper');
    const db: IDBDatabase = await new Promise((res) => (req.onsuccess = () => res(req.result)));
    await new Promise((res) => {
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: 'lastBackupAt', value: at });
      tx.oncomplete = res;
    });
    db.close();
  }, Date.now() - 40 * 86_400_000);
  await library.reload();
  const reminder = library.locator('.backup-reminder');
  await expect(reminder).toContainText('上次备份已是 40 天前');
  // Above the list, not beside it: the list keeps the page's width.
  const r = (await reminder.boundingBox())!;
  const list = (await library.locator('.list-view').boundingBox())!;
  expect(r.y + r.height).toBeLessThanOrEqual(list.y);
  expect(list.width).toBeGreaterThan(r.width * 0.9);
  await library.screenshot({ path: 'test-results/screens/library-backup-reminder.png' });
  await reminder.getByRole('link').click();
  await expect(library).toHaveURL(/#\/backup$/);
});
