/**
 * Runs in the page (passed to page.evaluate by Playwright and by the puppeteer Firefox run):
 * selects the `occurrence`-th match of `text` inside `scope` and fires mouseup where a
 * user's drag would end. Self-contained: no imports, no helpers from outside the function.
 */
export function selectInPage({ scope, text, occurrence }: { scope: string; text: string; occurrence: number }): void {
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
}
