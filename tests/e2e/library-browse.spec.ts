/**
 * The library's views driven in Chromium: phrase search (四个意识), a tag filter in the
 * highlights view (in the URL, Back undoes it), a tag merge with undo, and previous/next
 * through a saved series with a missing issue (第11期, 第13期 saved: 第12期 missing).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { saveFixtureBulletin, selectText } from './support/bulletin';

const SCREENS = 'test-results/screens';

/** Highlights `text` in the open reader with the colour button `color` and one tag. */
async function highlightWithTag(reader: Page, text: string, color: string, tag: string): Promise<void> {
  await selectText(reader, '.reader-body', text);
  await reader.locator('.hl-quick').getByRole('button', { name: color }).click();
  const editor = reader.locator('.hl-editor');
  await expect(editor).toBeVisible();
  const tagInput = editor.getByRole('combobox');
  await tagInput.fill(tag);
  await tagInput.press('Enter');
  await expect(editor.locator('.tag-list .tag')).toContainText(tag);
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor).toHaveCount(0);
}

test('search a phrase, filter by tag, merge tags with undo', async ({ ext, server }) => {
  test.setTimeout(120_000);
  const { context, sw, extensionId } = ext;
  await saveFixtureBulletin(context, sw, extensionId, `${server.origin}/pages/gov-bulletin.html`);
  const lib = await context.newPage();
  // A live query that fails leaves what the router prepared on screen, so it shows only here.
  const errors: string[] = [];
  lib.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await lib.setViewportSize({ width: 1200, height: 800 });
  await lib.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(lib.locator('.vlist .card')).toHaveCount(1);
  await expect(lib.locator('.card .issuer')).toContainText('党史学习教育领导小组办公室');
  // The card paints first; its highlight count follows from a live query of the rows shown.
  await expect(lib.locator('.card .count')).toHaveText('0 处划线');

  await lib.locator('.card-title').click();
  await highlightWithTag(lib, '增强“四个意识”', '重点', '四个意识');
  await highlightWithTag(lib, '做到“两个维护”', '金句', '两个维护');
  await expect(lib.locator('.hl-item')).toHaveCount(2);

  // '/' focuses the search box from anywhere; Enter searches; results live in the URL.
  await lib.locator('.reader-title').click();
  await lib.keyboard.press('/');
  const box = lib.getByRole('searchbox', { name: '搜索' });
  await expect(box).toBeFocused();
  await box.fill('四个意识');
  await box.press('Enter');
  await expect(lib).toHaveURL(/#\/search\?q=%E5%9B%9B%E4%B8%AA%E6%84%8F%E8%AF%86$/);
  const hits = lib.locator('.search-hit');
  await expect(hits.first()).toBeVisible();
  // The navigation waited for the search (busy meanwhile) and is done waiting.
  await expect(lib.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  // The highlight ranks above the body match; every marked passage is the whole phrase.
  await expect(hits.first()).toHaveClass(/kind-highlight/);
  await expect(lib.locator('.search-hit.kind-clipping')).toHaveCount(1);
  for (const m of await lib.locator('.search-hit mark').allTextContents()) expect(m).toBe('四个意识');
  await lib.screenshot({ path: `${SCREENS}/library-search.png` });
  // Phrase-correct: the same characters in another order are not a match.
  await box.fill('意识四个');
  await box.press('Enter');
  await expect(lib.locator('.search-view .empty')).toContainText('没有找到');

  // Esc clears the search and leaves it; the highlights view, filtered by one tag.
  await box.press('Escape');
  await expect(lib).toHaveURL(/#\/$/);
  await expect(lib.locator('.card .count')).toHaveText('2 处划线');
  await lib.getByRole('link', { name: '划线', exact: true }).click();
  await expect(lib.locator('.vlist .hl-row')).toHaveCount(2);
  await lib.getByRole('combobox', { name: '按标签筛选…' }).selectOption('两个维护');
  await expect(lib).toHaveURL(/#\/highlights\?tag=/);
  await expect(lib.locator('.vlist .hl-row')).toHaveCount(1);
  await expect(lib.locator('.vlist .hl-row mark')).toHaveText('做到“两个维护”');
  await lib.screenshot({ path: `${SCREENS}/library-highlights-tag.png` });
  // j selects the row, Enter opens its place in the reader.
  await lib.keyboard.press('j');
  await expect(lib.locator('.vrow.selected')).toHaveCount(1);
  await lib.goBack();
  await expect(lib.locator('.vlist .hl-row')).toHaveCount(2);

  // Merge 两个维护 into 四个意识, then undo.
  await lib.getByRole('link', { name: '标签', exact: true }).click();
  const rows = lib.locator('.tag-row');
  await expect(rows).toHaveCount(2);
  await lib.getByRole('button', { name: '把标签“两个维护”合并到…' }).click();
  await lib.getByRole('combobox', { name: '把“两个维护”合并到' }).selectOption('四个意识');
  await lib.locator('.tag-row[data-tag="两个维护"]').getByRole('button', { name: '合并' }).click();
  await expect(rows).toHaveCount(1);
  await expect(lib.locator('.tag-row[data-tag="四个意识"] .tag-counts')).toContainText('2 处划线');
  await expect(lib.locator('.toast')).toContainText('合并到“四个意识”');
  await lib.screenshot({ path: `${SCREENS}/library-tags-merged.png` });
  await lib.locator('.toast').getByRole('button', { name: '撤销' }).click();
  await expect(rows).toHaveCount(2);
  await expect(lib.locator('.tag-row[data-tag="两个维护"] .tag-counts')).toContainText('1 处划线');
  await lib.screenshot({ path: `${SCREENS}/library-tags-undone.png` });

  // Dashboard and today's review (both highlights are new: both are due).
  await lib.getByRole('link', { name: '统计', exact: true }).click();
  await expect(lib.locator('.dashboard .totals')).toContainText('共 1 篇剪藏、2 处划线');
  await lib.screenshot({ path: `${SCREENS}/library-dashboard.png` });
  await lib.getByRole('link', { name: '复习', exact: true }).click();
  await expect(lib.locator('.review-list > li')).toHaveCount(2);
  await lib.locator('.review-list > li').first().getByRole('button', { name: '已复习' }).click();
  await expect(lib.locator('.review .status')).toContainText('今天还有 1 条待复习');
  await lib.screenshot({ path: `${SCREENS}/library-review.png` });
  expect(errors).toEqual([]);
});

/** A bulletin page of a numbered series, as a CMS would serve it. */
function seriesPage(n: number, day: number): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>县委召开第${n}次理论学习中心组学习会_工作动态</title></head>
<body><div class="content"><div class="article">
<p>工作简报</p><p>第${n}期</p><p>县委办公室 2021年4月${day}日</p>
<h1>县委召开第${n}次理论学习中心组学习会</h1>
${Array.from({ length: 6 }, (_, i) => `<p>\u3000\u3000会议强调，全县各级党组织要把学习贯彻作为重要政治任务，第${n}期第${i + 1}段，增强“四个意识”、坚定“四个自信”、做到“两个维护”，推动各项工作落地见效，确保取得实实在在的成效。</p>`).join('\n')}
</div></div></body></html>`;
}

test('reader steps through a series and shows the missing issue', async ({ ext, server }) => {
  test.setTimeout(120_000);
  const { context, sw, extensionId } = ext;
  for (const [n, day] of [[11, 1], [13, 15], [14, 22]] as const) {
    server.routes.set(`/series/${n}.html`, seriesPage(n, day));
    const page = await saveFixtureBulletin(context, sw, extensionId, `${server.origin}/series/${n}.html`);
    await page.close();
  }
  const lib = await context.newPage();
  await lib.setViewportSize({ width: 1200, height: 800 });
  await lib.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(lib.locator('.vlist .card')).toHaveCount(3);
  await lib.locator('.card-title', { hasText: '第13次' }).click();
  const nav = lib.getByRole('navigation', { name: /同一系列/ });
  await expect(nav).toContainText('第 2 / 3 篇');
  await expect(nav.locator('.series-gap')).toContainText('第12期 未保存');
  await lib.screenshot({ path: `${SCREENS}/library-series-gap.png` });
  await nav.getByRole('link', { name: /下一期/ }).click();
  await expect(lib.locator('.reader-title')).toContainText('第14次');
  await expect(nav.locator('.series-gap')).toHaveCount(0);
  await nav.getByRole('link', { name: /上一期/ }).click();
  await expect(lib.locator('.reader-title')).toContainText('第13次');
  await nav.getByRole('link', { name: /上一期/ }).click();
  await expect(lib.locator('.reader-title')).toContainText('第11次');
  await expect(nav.locator('.series-gap')).toContainText('第12期 未保存');
  await expect(nav).toContainText('已是本系列第一期');
});
