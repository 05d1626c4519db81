/**
 * DOM subtree -> text lines in reading order: every block element and every <br> ends a line,
 * headings stay lines of their own. This is the shape lib/bulletin/parse.ts wants, and it is
 * the same whether the page has one <p> per paragraph or one <br> per printed PDF line.
 *
 * The walk is iterative (a 5,000-deep page must not blow the stack) and bounded by a character
 * budget so a 10 MB page costs a bounded amount of work.
 */

/** Elements that start and end a line. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'HTML', 'TITLE',
]);

/** Elements whose content is never reading text. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'SELECT', 'OPTION', 'TEXTAREA',
  'BUTTON', 'INPUT', 'HEAD', 'MAP', 'AUDIO', 'VIDEO',
]);

/** Options of collectLines. */
export interface CollectOptions {
  /** Stop after this many characters of text (default 2,000,000). */
  maxChars?: number;
  /** Stop after this many lines (default unlimited). */
  maxLines?: number;
  /** Skip elements hidden with the hidden attribute or an inline display:none/visibility:hidden. */
  skipHidden?: boolean;
}

/** True for an element hidden by markup alone (no layout is available in Node). */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Collects the text lines of `root` in document order; blank lines are dropped, inner whitespace collapsed. */
export function collectLines(root: Node, options: CollectOptions = {}): string[] {
  const maxChars = options.maxChars ?? 2_000_000;
  const skipHidden = options.skipHidden ?? true;
  const maxLines = options.maxLines ?? Infinity;
  const lines: string[] = [];
  let current = '';
  let total = 0;
  const flush = (): void => {
    const line = current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  // Explicit stack of [node, leaving]: entering pushes the exit marker then the children reversed.
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length && total < maxChars && lines.length < maxLines) {
    const [node, leaving] = stack.pop()!;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const text = node.nodeValue ?? '';
      current += text;
      total += text.length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (leaving) {
      if (BLOCK_TAGS.has(tag)) flush();
      continue;
    }
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (node.nodeType === 1 && skipHidden && isHiddenElement(node as Element)) continue;
    if (BLOCK_TAGS.has(tag)) flush();
    stack.push([node, true]);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false]);
  }
  flush();
  return lines;
}
