/**
 * Study notes in the library: highlight and tag a passage in the reader, export that tag as
 * 学习笔记 from '#/notes', read the downloaded file from disk and parse it back with real
 * YAML and Markdown parsers: front matter, the passage, the note, the GB/T 7714 citation.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { marked, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { saveFixtureBulletin, selectText } from './support/bulletin';
import { expect, test, waitForDownload } from './support/extension';

const PASSAGE = '深入学习习近平总书记在党史学习教育动员大会上的重要讲话精神';
const NOTE = '学习要点：原原本本学';
const TAG = '动员部署';

test('export a tag as study notes and read the file back', async ({ ext, server }) => {
  test.setTimeout(120_000);
  mkdirSync('test-results/screens', { recursive: true });
  const { context, sw, extensionId } = ext;
  await saveFixtureBulletin(context, sw, extensionId, `${server.origin}/pages/gov-bulletin.html`);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.locator('.card-title').click();

  await selectText(library, '.reader-body', PASSAGE);
  await library.locator('.hl-quick').getByRole('button', { name: '重点' }).click();
  const editor = library.locator('.hl-editor');
  await editor.getByLabel('批注').fill(NOTE);
  const tagInput = editor.getByRole('combobox');
  await tagInput.fill(TAG);
  await tagInput.press('Enter');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(library.locator('.hl-item')).toContainText(NOTE);

  await library.goto(`chrome-extension://${extensionId}/library.html#/notes`);
  await library.getByRole('radio', { name: '按标签（主题）' }).check();
  await library.locator('.notes-scope select').selectOption(TAG);
  const preview = library.locator('.notes-preview pre');
  await expect(preview).toContainText(PASSAGE);
  await expect(preview).toContainText(NOTE);
  await library.screenshot({ path: 'test-results/screens/notes-tag.png', fullPage: true });

  // The requested file name is what safeFileName made of the title.
  await library.evaluate(() => {
    const original = chrome.downloads.download.bind(chrome.downloads);
    (chrome.downloads as { download: typeof original }).download = (options) => {
      document.documentElement.dataset.requestedDownload = options.filename ?? '';
      return original(options);
    };
  });
  await library.getByRole('button', { name: '下载 .md' }).click();
  await expect(library.locator('.notes-actions .status')).toHaveText('已开始下载。');
  await expect(library.locator('html')).toHaveAttribute('data-requested-download', `学习笔记：${TAG}.md`);
  const download = await waitForDownload(sw);
  const md = await readFile(download.filename, 'utf8');

  const fm = /^---\n([\s\S]*?)\n---\n/.exec(md);
  expect(fm).not.toBeNull();
  const front = parseYaml(fm![1]!) as Record<string, unknown>;
  expect(front.title).toBe(`学习笔记：${TAG}`);
  expect(front.type).toBe('学习笔记');
  expect(front.highlights).toBe(1);
  expect(front.sources).toBe(1);
  expect(front.tags).toEqual([TAG]);

  const tokens = marked.lexer(md.slice(fm![0].length));
  const h1 = tokens.find((x): x is Tokens.Heading => x.type === 'heading' && x.depth === 1);
  expect(h1?.text).toBe(`学习笔记：${TAG}`);
  const h2 = tokens.find((x): x is Tokens.Heading => x.type === 'heading' && x.depth === 2);
  expect(h2?.text).toBe('河南省科协召开党史学习教育动员大会');
  const quote = tokens.find((x): x is Tokens.Blockquote => x.type === 'blockquote');
  expect(quote?.text).toBe(PASSAGE);
  const paragraphs = tokens.filter((x): x is Tokens.Paragraph => x.type === 'paragraph').map((p) => p.text);
  expect(paragraphs).toContain(`**批注**：${NOTE}`);
  const citation = paragraphs.find((p) => p.startsWith('来源：'));
  expect(citation).toBeDefined();
  expect(citation).toMatch(/^来源：党史学习教育领导小组办公室\. 河南省科协召开党史学习教育动员大会\[EB\/OL\]\. \(2021-03-22\)\[\d{4}-\d{2}-\d{2}\]\. /);
  // GB/T 7714: 责任者. 题名[EB/OL]. (更新日期)[引用日期]. 访问路径.
  expect(citation).toMatch(/\. <http:\/\/127\.0\.0\.1:\d+\/pages\/gov-bulletin\.html>\.$/);
});

test('an empty tag says so, and a broken template points at its line', async ({ ext, server }) => {
  test.setTimeout(120_000);
  mkdirSync('test-results/screens', { recursive: true });
  const { context, sw, extensionId } = ext;
  await saveFixtureBulletin(context, sw, extensionId, `${server.origin}/pages/gov-bulletin.html`);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html#/notes`);
  await library.getByRole('radio', { name: '按标签（主题）' }).check();
  await expect(library.getByText('还没有标签')).toBeVisible();
  await library.getByRole('radio', { name: '单篇剪藏' }).check();
  await expect(library.locator('.notes-preview pre')).toContainText('# 河南省科协召开党史学习教育动员大会');

  await library.goto(`chrome-extension://${extensionId}/library.html#/notes/templates`);
  await library.getByRole('button', { name: '新建模板' }).click();
  const source = library.getByLabel('模板内容');
  await source.fill('# {{ title }}\n\n{% for h in highlights %}\n{{ h.text | shout }}\n{% endfor %}\n');
  await expect(library.locator('.template-error')).toContainText('第 4 行');
  await expect(library.locator('.template-error-line')).toContainText('{{ h.text | shout }}');
  await library.screenshot({ path: 'test-results/screens/notes-template-error.png', fullPage: true });
  await library.getByRole('button', { name: '恢复默认' }).click();
  await expect(library.locator('.template-error')).toHaveCount(0);
  await expect(library.locator('.notes-preview pre')).toContainText('## 摘录');
  await library.getByRole('button', { name: '保存', exact: true }).click();
  await expect(library.getByText('模板已保存。')).toBeVisible();
  // The saved template is offered on the export page.
  await library.goto(`chrome-extension://${extensionId}/library.html#/notes`);
  await library.getByRole('radio', { name: '单篇剪藏' }).check();
  await expect(library.getByLabel('模板')).toContainText('学习笔记（我的）');
});
