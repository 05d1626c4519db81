/**
 * pdf.js in an extension page runs its parser in a worker shipped with the extension (no
 * remote loads). Call before reading a PDF; the library is fetched lazily, on first use.
 */
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

let ready: Promise<void> | undefined;

/** Points pdf.js at the bundled worker (once). */
export function preparePdfWorker(): Promise<void> {
  ready ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  });
  return ready;
}
