/**
 * Classifies CLI input bytes and turns them into a draft: .html/.htm through extractBulletin,
 * .txt/stdin through parseTextBulletin, .pdf through extractPdfText. Refuses empty and binary
 * input with an AppFailure whose message is the CLI's one-line explanation.
 */
import { extname, basename } from 'node:path';
import type { BulletinDraft } from '../lib/bulletin/model';
import { AppFailure } from '../lib/bulletin/result';
import { parseBulletin, parseTextBulletin } from '../lib/bulletin/parse';
import { joinParagraphs, emptyDraft } from '../lib/bulletin/model';
import { decodeHtml } from '../lib/extract/decode';
import { extractBulletin } from '../lib/extract/extract';
import { extractPdfText } from '../lib/extract/pdf';
import { parseHtmlDocument, slimHtml } from './dom';

/** What kind of document some bytes are. */
export type InputKind = 'html' | 'txt' | 'pdf';

/** Bytes examined when sniffing for binary content. */
const SNIFF = 8192;

/** Decides the kind from the name and the bytes; throws AppFailure for empty, binary or unsupported input. */
export function classifyInput(name: string, bytes: Uint8Array): InputKind {
  if (bytes.length === 0 || isBlank(bytes)) throw new AppFailure('empty_input', `${name} is empty`);
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  const ext = extname(name).toLowerCase();
  if (ext === '.pdf') throw new AppFailure('unsupported_input', `${basename(name)} is not a PDF (no %PDF- header)`);
  if (looksBinary(bytes)) throw new AppFailure('binary_input', `${name} looks like a binary file, not HTML, text or PDF`);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml') return 'html';
  if (ext === '.txt' || ext === '.text' || name === '-' || ext === '') return sniffMarkup(bytes) ? 'html' : 'txt';
  throw new AppFailure('unsupported_input', `unsupported file type ${ext} (expected .html, .htm, .txt or .pdf)`);
}

/** Reads a draft out of input bytes. */
export async function readDraft(
  name: string,
  bytes: Uint8Array,
  url: string | null,
  warn: (message: string) => void = () => {},
): Promise<BulletinDraft> {
  const kind = classifyInput(name, bytes);
  if (kind === 'pdf') {
    const lines = await extractPdfText(bytes).catch((e: unknown) => {
      if (e instanceof AppFailure && e.code === 'pdf_no_text') {
        throw new AppFailure('pdf_no_text', `no text layer in ${basename(name)} (scanned PDF?) - try OCR first`);
      }
      throw e;
    });
    const parsed = parseBulletin({ lines });
    if (!parsed.paragraphs.length) throw new AppFailure('pdf_no_text', `no text layer in ${basename(name)} (scanned PDF?) - try OCR first`);
    return { ...emptyDraft('pdf'), ...parsed, text: joinParagraphs(parsed.paragraphs) };
  }
  const text = decodeHtml(bytes);
  if (kind === 'txt') {
    const draft = parseTextBulletin(text, name === '-' ? 'text' : 'txt');
    if (!draft.paragraphs.length) throw new AppFailure('empty_input', `${name} has no text`);
    return draft;
  }
  const slim = slimHtml(text);
  if (slim.truncated) warn(`${basename(name)} is very large: only its first ${Math.round(slim.html.length / 1e6)} MB of markup were read`);
  const doc = parseHtmlDocument(slim.html);
  const result = extractBulletin(doc, { url, mode: 'article' });
  if (!result.ok) throw new AppFailure(result.error.code, `no article found in ${basename(name)}`);
  return { ...result.value, origin: 'html' };
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

/** Stdin or extension-less input that is really a page. */
function sniffMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}
