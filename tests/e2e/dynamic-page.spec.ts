/**
 * Highlights on a page that changes after load (issue 4): the article arrives late from
 * script and is re-rendered now and then; saved highlights are anchored once the text is
 * there and stay drawn across re-renders.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openPopupFor, test } from './support/extension';
import { selectText } from './support/bulletin';

/**
 * The seed bulletin's body, rendered by script 600 ms after load; `rerender()` replaces the
 * whole article again (called by the test, so a re-render never lands mid-click).
 */
function dynamicPage(): string {
  const fixture = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', 'gov-bulletin.html'), 'utf8');
  const paras = [...fixture.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim()).filter((p) => p.length > 60);
  return `<!doctype html><html><head><meta charset="utf-8"><title>河南省科协召开党史学习教育动员大会_动态页</title></head>
<body><header><a href="/">首页</a></header><main id="app">加载中…</main>
<script>
const paras = ${JSON.stringify(paras)};
let renders = 0;
function render() {
  renders++;
  const app = document.getElementById('app');
  app.innerHTML = '<h1>河南省科协召开党史学习教育动员大会</h1>' + paras.map((p) => '<p>' + p + '</p>').join('');
  document.body.dataset.renders = String(renders);
}
window.rerender = render;
setTimeout(render, 600);
</script></body></html>`;
}

async function drawn(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.forEach((h, name) => {
      if (name.startsWith('bc-')) n += h.size;
    });
    return n;
  });
}

/** The text of every drawn, attached, non-empty highlight range. */
async function drawnText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((h, name) => {
      if (!name.startsWith('bc-')) return;
      h.forEach((r) => {
        if (!r.collapsed && document.contains(r.startContainer)) out.push(r.toString());
      });
    });
    return out;
  });
}

test('highlights survive late rendering and re-renders', async ({ ext, server }) => {
  const { context, sw, extensionId } = ext;
  server.routes.set('/dynamic.html', dynamicPage());
  const page = await context.newPage();
  await page.goto(`${server.origin}/dynamic.html`);
  await expect(page.locator('body')).toHaveAttribute('data-renders', /\d/);

  const popup = await openPopupFor(context, sw, extensionId, page);
  await popup.getByRole('button', { name: '保存' }).click();
  await expect(popup.locator('.status.ok')).toBeVisible();
  await popup.close();

  await page.bringToFront();
  await selectText(page, '#app', '学史明理、学史增信、学史崇德、学史力行');
  const toolbar = page.locator('#bulletin-clipper-toolbar');
  await toolbar.getByRole('button', { name: '重点' }).click();
  await toolbar.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => drawn(page)).toBe(1);

  // The app re-renders its whole article: after the debounce the highlight is drawn again.
  await page.evaluate('rerender()');
  await expect(page.locator('body')).toHaveAttribute('data-renders', '2');
  // (Right after a re-render the old range has collapsed; the repair follows the debounce.)
  await expect.poll(() => drawnText(page), { timeout: 5000 }).toEqual(['学史明理、学史增信、学史崇德、学史力行']);

  // A revisit: the text arrives 600 ms after load; the highlight is drawn once it is there.
  await page.reload();
  await expect.poll(() => drawnText(page), { timeout: 15_000 }).toEqual(['学史明理、学史增信、学史崇德、学史力行']);
  await page.screenshot({ path: 'test-results/screens/dynamic-page.png' });
});
