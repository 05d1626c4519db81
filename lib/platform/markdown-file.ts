/**
 * Exporting one clipping as a Markdown study note: to a downloaded file or the clipboard.
 * Shared by the popup and the library page. The Markdown/YAML code loads on first use so
 * the popup stays within its size budget.
 */
import type { Clipping, Highlight } from '../bulletin/model';
import { ok, toAppError, type Result } from '../bulletin/result';
import { copyText, downloadFile } from './downloads';

/** Downloads the clipping as `<title>.md`. */
export async function downloadClippingMarkdown(clipping: Clipping, highlights: Highlight[] = []): Promise<Result<true>> {
  try {
    const [{ toMarkdown }, { safeFileName }] = await Promise.all([import('../export/markdown'), import('../export/filename')]);
    await downloadFile(safeFileName(clipping.title || 'bulletin', undefined, '.md'), toMarkdown(clipping, { highlights }), 'text/markdown;charset=utf-8');
    return ok(true);
  } catch (e) {
    return { ok: false, error: toAppError(e) };
  }
}

/** Copies the clipping's Markdown to the clipboard. */
export async function copyClippingMarkdown(clipping: Clipping, highlights: Highlight[] = []): Promise<Result<true>> {
  try {
    const { toMarkdown } = await import('../export/markdown');
    await copyText(toMarkdown(clipping, { highlights }));
    return ok(true);
  } catch (e) {
    return { ok: false, error: toAppError(e) };
  }
}
