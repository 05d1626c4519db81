/** Shared steps: save the fixture bulletin through the popup; select text in a page. */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openPopupFor } from './extension';
import { selectInPage } from './select-in-page';

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
  await page.evaluate(selectInPage, { scope, text, occurrence });
}
