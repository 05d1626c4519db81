/**
 * Bytes -> HTML string with the page's declared charset honoured (GBK/GB2312/GB18030 included).
 * Used by the CLI and the eval (the extension gets an already decoded DOM from the browser).
 *
 * Order of evidence: a byte-order mark; then bytes that are valid UTF-8 with non-ASCII in them
 * (saved pages are often re-encoded to UTF-8 without their <meta charset> being updated, and
 * legacy CJK bytes are almost never valid UTF-8 by chance); then the declared charset from
 * <meta charset> or http-equiv Content-Type; then GB18030 for undeclared legacy bytes, since
 * the pages this tool reads are Chinese.
 */

/** How many leading bytes to scan for a charset declaration (the HTML spec prescans 1024; CMS heads are longer). */
const PRESCAN_BYTES = 8192;

/** Labels that all mean "the Chinese national encoding"; GB18030 is a superset of each. */
const GB_LABELS = new Set(['gbk', 'gb2312', 'gb_2312', 'gb_2312-80', 'x-gbk', 'gb18030', 'cp936', 'windows-936', 'csgb2312', 'euc-cn', 'hz-gb-2312']);

/** Decodes an HTML document's bytes to a string, honouring BOM and declared charset. */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = detectBom(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  const utf8 = tryDecodeUtf8(bytes);
  if (utf8 !== null && hasNonAscii(bytes)) return utf8;
  const declared = findDeclaredCharset(bytes);
  if (declared) {
    const decoder = makeDecoder(declared);
    if (decoder) return decoder.decode(bytes);
  }
  if (utf8 !== null) return utf8;
  return new TextDecoder('gb18030').decode(bytes);
}

/** Finds the charset label declared in the first bytes of an HTML document, lower-cased, or null. */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one char, so ASCII markup is readable whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const meta of metas) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (m?.[1]) return m[1].toLowerCase();
  }
  const xml = /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml?.[1] ? xml[1].toLowerCase() : null;
}

/** Returns a decoder for a declared label, mapping the GB family to GB18030; null if unknown. */
function makeDecoder(label: string): TextDecoder | null {
  const name = GB_LABELS.has(label) ? 'gb18030' : label;
  try {
    return new TextDecoder(name);
  } catch {
    return null;
  }
}

/** Recognises a UTF-8 / UTF-16 byte-order mark. */
function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Strict UTF-8 decode, or null when the bytes are not valid UTF-8. */
function tryDecodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** True when any byte is outside ASCII (pure ASCII decodes the same in every candidate). */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}
