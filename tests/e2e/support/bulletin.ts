/** Shared steps: save the fixture bulletin through the popup; select text in a page. */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openPopupFor } from './extension';

/** Opens the fixture bulletin, saves it from the popup, returns the bulletin tab. */
export async function saveFixtureBulletin(context: BrowserContext, sw: Worker, extensionId: string, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  const popup = await openPopupFor(context, sw, extensionId, page);
  await popup.getByRole('button', { name: '保存' }).click();
  await expect(popup.locator('.status.ok')).toBeVisible();
  await popup.close();
  return page;
}

/** Selects the first occurrence of `text` inside `scope` (a CSS selector) and fires mouseup there. */
export async function selectText(page: Page, scope: string, text: string, occurrence = 0): Promise<void> {
  await page.locator(scope).first().waitFor(); // a view may still be loading its code
  await page.evaluate(
    ({ scope, text, occurrence }) => {
      const root = document.querySelector(scope)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        let at = n.data.indexOf(text);
        while (at >= 0) {
          if (seen++ === occurrence) {
            const r = document.createRange();
            r.setStart(n, at);
            r.setEnd(n, at + text.length);
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(r);
            const rect = r.getBoundingClientRect();
            n.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
            return;
          }
          at = n.data.indexOf(text, at + 1);
        }
      }
      throw new Error(`text not found: ${text}`);
    },
    { scope, text, occurrence },
  );
}
