/**
 * Exporting one clipping as a Markdown study note: to a downloaded file or the clipboard.
 * Shared by the popup and the library page.
 */
import type { Clipping, Highlight } from '../bulletin/model';
import { ok, toAppError, type Result } from '../bulletin/result';
import { toMarkdown } from '../export/markdown';
import { safeFileName } from '../export/filename';
import { copyText, downloadFile } from './downloads';

/** Downloads the clipping as `<title>.md`. */
export async function downloadClippingMarkdown(clipping: Clipping, highlights: Highlight[] = []): Promise<Result<true>> {
  try {
    await downloadFile(safeFileName(clipping.title || 'bulletin', undefined, '.md'), toMarkdown(clipping, { highlights }), 'text/markdown;charset=utf-8');
    return ok(true);
  } catch (e) {
    return { ok: false, error: toAppError(e) };
  }
}

/** Copies the clipping's Markdown to the clipboard. */
export async function copyClippingMarkdown(clipping: Clipping, highlights: Highlight[] = []): Promise<Result<true>> {
  try {
    await copyText(toMarkdown(clipping, { highlights }));
    return ok(true);
  } catch (e) {
    return { ok: false, error: toAppError(e) };
  }
}
