/**
 * Saving files through the downloads API, and the clipboard. Blob URLs are revoked once
 * the download has started.
 */
import { browser } from 'wxt/browser';

/** Downloads text, bytes or a Blob as a file; `filename` must already be safe. */
export async function downloadFile(filename: string, content: string | Uint8Array | Blob, mime: string): Promise<number> {
  const blob = content instanceof Blob ? content : new Blob([content as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  try {
    return await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Copies text to the clipboard from an extension page. */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
