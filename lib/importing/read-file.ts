/**
 * Bytes of a file (or pasted text) -> a bulletin draft, for every way a bulletin arrives:
 * .html/.htm (declared charset honoured, GBK too) through extractBulletin, .txt through
 * parseTextBulletin, .pdf through pdf.js. Portable: the caller supplies the HTML parser
 * (DOMParser in the library page, linkedom in the CLI), so the same code serves both.
 */
import { emptyDraft, joinParagraphs, type BulletinDraft } from '../bulletin/model';
import { AppFailure } from '../bulletin/result';
import { parseBulletin, parseTextBulletin } from '../bulletin/parse';
import { decodeHtml } from '../extract/decode';
import { extractBulletin } from '../extract/extract';
import { extractPdfText } from '../extract/pdf';

/** What kind of document some bytes are. */
export type InputKind = 'html' | 'txt' | 'pdf';

/** What reading a file needs from its environment. */
export interface ReadDeps {
  /** Parses HTML (of the file `name`) into a Document. */
  parseHtml(html: string, name: string): Document;
}

/** Largest input read (a bulletin is kilobytes; this bounds time and memory). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
const SNIFF = 8192;

/** Decides the kind from the name and the bytes; throws AppFailure for empty, binary or unsupported input. */
export function classifyInput(name: string, bytes: Uint8Array): InputKind {
  if (bytes.length > MAX_INPUT_BYTES) throw new AppFailure('too_large', `${name} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  if (bytes.length === 0 || isBlank(bytes)) throw new AppFailure('empty_input', `${name} is empty`);
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  const ext = extensionOf(name);
  if (ext === '.pdf') throw new AppFailure('unsupported_input', `${baseName(name)} is not a PDF (no %PDF- header)`);
  if (looksBinary(bytes)) throw new AppFailure('binary_input', `${name} looks like a binary file, not HTML, text or PDF`);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml') return 'html';
  if (ext === '.txt' || ext === '.text' || name === '-' || ext === '') return sniffMarkup(bytes) ? 'html' : 'txt';
  throw new AppFailure('unsupported_input', `unsupported file type ${ext} (expected .html, .htm, .txt or .pdf)`);
}

/** Reads a draft out of input bytes; throws AppFailure with a one-line reason. */
export async function readDraft(name: string, bytes: Uint8Array, url: string | null, deps: ReadDeps): Promise<BulletinDraft> {
  const kind = classifyInput(name, bytes);
  if (kind === 'pdf') {
    const noText = () => new AppFailure('pdf_no_text', `no text layer in ${baseName(name)} (scanned PDF?) - try OCR first`);
    const lines = await extractPdfText(bytes).catch((e: unknown) => {
      throw e instanceof AppFailure && e.code === 'pdf_no_text' ? noText() : e;
    });
    const parsed = parseBulletin({ lines });
    if (!parsed.paragraphs.length) throw noText();
    return { ...emptyDraft('pdf'), ...parsed, text: joinParagraphs(parsed.paragraphs) };
  }
  const text = decodeHtml(bytes);
  if (kind === 'txt') return readText(text, name === '-' ? 'text' : 'txt', name);
  const result = extractBulletin(deps.parseHtml(text, name), { url, mode: 'article' });
  if (!result.ok) throw new AppFailure(result.error.code, `no article found in ${baseName(name)}`);
  return { ...result.value, origin: 'html' };
}

/** Pasted or file text -> draft; throws AppFailure('empty_input') when nothing is left. */
export function readText(text: string, origin: 'text' | 'txt' = 'text', name = 'text'): BulletinDraft {
  const draft = parseTextBulletin(text, origin);
  if (!draft.paragraphs.length) throw new AppFailure('empty_input', `${name} has no text`);
  return draft;
}

function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** True when the bytes contain NULs or many control characters (images, archives, executables). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.02;
}

/** True when only whitespace (ASCII or a BOM) is present. */
function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x20 || (b >= 9 && b <= 13)) continue;
    if (i < 3 && (b === 0xef || b === 0xbb || b === 0xbf)) continue;
    return false;
  }
  return true;
}

/** Extension-less input that is really a page. */
function sniffMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}
