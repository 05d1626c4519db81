/**
 * The CLI's input reading: lib/importing/read-file.ts with linkedom as the DOM, and the
 * markup slimmed first (linkedom parses element-dense markup slowly; see cli/dom.ts).
 */
import { basename } from 'node:path';
import type { BulletinDraft } from '../lib/bulletin/model';
import { readDraft as readFileDraft } from '../lib/importing/read-file';
import { parseHtmlDocument, slimHtml } from './dom';

export { classifyInput, type InputKind } from '../lib/importing/read-file';

/** Reads a draft out of input bytes; `warn` hears about truncated huge pages. */
export function readDraft(name: string, bytes: Uint8Array, url: string | null, warn: (message: string) => void = () => {}): Promise<BulletinDraft> {
  return readFileDraft(name, bytes, url, {
    parseHtml: (html) => {
      const slim = slimHtml(html);
      if (slim.truncated) warn(`${basename(name)} is very large: only its first ${Math.round(slim.html.length / 1e6)} MB of markup were read`);
      return parseHtmlDocument(slim.html);
    },
  });
}
