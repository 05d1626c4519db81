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
  const leave = (node: Node): void => {
    if (node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) flush();
  };
  // Sibling-pointer walk (no recursion, no per-node allocation): enter a node, descend into
  // its first child, else leave it and move to the next sibling, leaving parents on the way up.
  let node: Node = root;
  for (;;) {
    let descend = false;
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      const text = node.nodeValue ?? '';
      current += text;
      total += text.length;
    } else if (type === 1 || type === 9 || type === 11) {
      const tag = type === 1 ? (node as Element).tagName.toUpperCase() : '';
      if (tag === 'BR') flush();
      else if (!SKIP_TAGS.has(tag) && !(type === 1 && skipHidden && isHiddenElement(node as Element))) {
        if (BLOCK_TAGS.has(tag)) flush();
        descend = true;
      }
    }
    if (total >= maxChars || lines.length >= maxLines) break;
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) leave(node);
    let next: Node | null = null;
    let cur: Node = node;
    while (cur !== root) {
      if (cur.nextSibling) {
        next = cur.nextSibling;
        break;
      }
      const parent = cur.parentNode;
      if (!parent) break;
      cur = parent;
      leave(cur);
    }
    if (!next) break;
    node = next;
  }
  flush();
  return lines;
}
