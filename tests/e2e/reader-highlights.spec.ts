/**
 * Highlights in the library's reader view: select, highlight, annotate, tag; they persist,
 * are listed in text order, and delete with undo.
 */
import { expect, test } from './support/extension';
import { saveFixtureBulletin, selectText } from './support/bulletin';

test('highlight, annotate and tag a passage in the reader view', async ({ ext, server }) => {
  const { context, sw, extensionId } = ext;
  await saveFixtureBulletin(context, sw, extensionId, `${server.origin}/pages/gov-bulletin.html`);
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/library.html`);
  await reader.locator('.card-title').click();
  await expect(reader.locator('.hl-panel')).toContainText('还没有划线');

  // A repeated stock phrase, second occurrence: the highlight must land there, not on the first.
  await selectText(reader, '.reader-body', '党史学习教育', 1);
  await reader.locator('.hl-quick').getByRole('button', { name: '金句' }).click();
  const editor = reader.locator('.hl-editor');
  await expect(editor).toBeVisible();
  await editor.getByLabel('批注').fill('动员大会的核心提法');
  const tagInput = editor.getByRole('combobox');
  await tagInput.fill('党史学习教育');
  await tagInput.press('Enter');
  await expect(editor.locator('.tag-list .tag')).toContainText('党史学习教育');
  // Phrases the bulletin quotes are suggested (“四个意识” is quoted twice in it).
  await tagInput.fill('四个');
  await expect(editor.locator('.tag-suggestions')).toContainText('四个意识');
  await editor.locator('.tag-suggestions button', { hasText: '四个意识' }).click();
  await reader.screenshot({ path: 'test-results/screens/reader-editor.png' });
  await editor.getByRole('button', { name: '保存' }).click();

  const marks = reader.locator('.reader-body mark.hl-red');
  await expect(marks).toHaveCount(1);
  await expect(marks).toHaveText('党史学习教育');
  // It is the second occurrence in the body text.
  const nth = await reader.evaluate(() => {
    const body = document.querySelector('.reader-body')!;
    const mark = body.querySelector('mark')!;
    const r = document.createRange();
    r.setStart(body, 0);
    r.setEndBefore(mark);
    return r.toString().split('党史学习教育').length - 1;
  });
  expect(nth).toBe(1);
  await expect(reader.locator('.hl-item')).toContainText('动员大会的核心提法');
  await expect(reader.locator('.hl-item .hl-tags')).toContainText('四个意识');
  await reader.screenshot({ path: 'test-results/screens/reader-highlight.png' });

  // Stored, and back after a reload.
  await reader.reload();
  await expect(reader.locator('.reader-body mark.hl-red')).toHaveText('党史学习教育');

  // A link to the highlight (search results, the highlights list, review) brings it into focus.
  const hid = await reader.locator('.reader-body mark.hl-red').getAttribute('data-hl');
  const clipUrl = reader.url().split('#')[0] + (new URL(reader.url()).hash.split('?')[0] ?? '');
  await reader.goto(`${clipUrl}?hl=${hid}`);
  await expect(reader.locator('.reader-body mark.hl-red')).toBeFocused();

  // Delete, then undo.
  await reader.locator('.hl-item').getByRole('button', { name: '删除' }).click();
  await expect(reader.locator('.reader-body mark')).toHaveCount(0);
  await reader.getByRole('button', { name: '撤销' }).click();
  await expect(reader.locator('.reader-body mark.hl-red')).toHaveCount(1);
});
