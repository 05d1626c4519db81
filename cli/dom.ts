/**
 * HTML string -> Document for Node (the CLI and the eval), with linkedom. linkedom builds a
 * correct tree only from a complete <html><head><body> document: fragments, pages without a
 * <body> tag, or pages wrapped in a foreign element (some datasets use <text id=URL>) come out
 * with the content outside <body>. Such input is rebuilt into a complete document first.
 */
import { parseHTML } from 'linkedom';

/** Parses an HTML page into a Document whose body holds the page's content. */
export function parseHtmlDocument(html: string): Document {
  const source = html.replace(/^\uFEFF/, '');
  if (isCompleteDocument(source)) {
    const { document } = parseHTML(source);
    if (document.documentElement?.tagName === 'HTML' && document.body) return document as unknown as Document;
  }
  return parseHTML(rebuildDocument(source)).document as unknown as Document;
}

/** True when the markup opens with <html> (after a doctype/comments) and has a <body> tag. */
function isCompleteDocument(html: string): boolean {
  const start = html.replace(/^(?:\s|<!--[\s\S]*?-->|<!doctype[^>]*>|<\?xml[^>]*>)*/i, '');
  return /^<html[\s>]/i.test(start) && /<body[\s>]/i.test(html);
}

/** Moves <head> content into a head and everything else into a body. */
function rebuildDocument(html: string): string {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const body = html
    .replace(/<head[^>]*>[\s\S]*?<\/head>/i, '')
    .replace(/<!doctype[^>]*>|<\?xml[^>]*>|<\/?html[^>]*>|<\/?body[^>]*>|<\/?text\b[^>]*>/gi, '');
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

/** Markup kept at most after slimming (characters): a 2 MB CMS page is the realistic upper end. */
export const MAX_MARKUP_CHARS = 3_000_000;

/** The result of slimming a page before parsing. */
export interface SlimHtml {
  html: string;
  /** True when the markup was cut at MAX_MARKUP_CHARS. */
  truncated: boolean;
}

/**
 * Removes what is never article text and dominates big pages (inline scripts except JSON-LD metadata, styles,
 * comments, inline SVG, base64 data: URIs), then cuts what is left at MAX_MARKUP_CHARS on a
 * tag boundary. linkedom parses span-dense markup at ~0.3 MB/s, so this bounds the CLI's time
 * on a 10 MB page. Linear regex passes only.
 */
export function slimHtml(html: string): SlimHtml {
  let out = html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (m, attrs: string) => (/ld\+json/i.test(attrs) ? m : ''))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(["'])data:[^"']{200,}\1/g, '""');
  if (out.length <= MAX_MARKUP_CHARS) return { html: out, truncated: false };
  const cut = out.lastIndexOf('<', MAX_MARKUP_CHARS);
  out = out.slice(0, cut > 0 ? cut : MAX_MARKUP_CHARS);
  return { html: out, truncated: true };
}
