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

/** The elements isHiddenElement looks at more closely: one native match rules out the rest. */
const MAY_HIDE = '[hidden], [aria-hidden="true"], [style]';

/** True for an element hidden by markup alone (no layout is available in Node). */
export function isHiddenElement(el: Element): boolean {
  // Most elements of a page carry no attribute at all, and most others (links, classes) none
  // that hides: one call each rules them out (measured: a page top's lines 15% faster).
  if (!el.hasAttributes() || !el.matches(MAY_HIDE)) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Upper-cased tag names by tagName as the DOM spells it (upper in HTML, any case in XML documents). */
const UPPER = new Map<string, string>();
/** An element's tag name in upper case, without a new string per call. */
function upperTag(el: Element): string {
  const raw = el.tagName;
  let up = UPPER.get(raw);
  if (up === undefined) {
    up = raw.toUpperCase();
    if (UPPER.size < 1000) UPPER.set(raw, up);
  }
  return up;
}

/** Whitespace a line collapses: runs of ASCII space, tab and line breaks. */
const SPACE_RUN = /[ \t\n\r\f]+/g;
/** True when a line needs collapsing (a run of two, or any whitespace but a single space). */
const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;

/** Collects the text lines of `root` in document order; blank lines are dropped, inner whitespace collapsed. */
export function collectLines(root: Node, options: CollectOptions = {}): string[] {
  const reader = new LineReader(root, options);
  reader.read(options.maxLines ?? Infinity);
  return reader.finish();
}

/**
 * collectLines in steps: `read(n)` walks on until n lines are complete (or the page or the
 * character budget ends) and can be called again with a larger n, so a caller that may need
 * only the top of a page pays for the top only. `finish()` returns exactly what collectLines
 * with `maxLines` set to the last n would.
 */
export class LineReader {
  /** The complete lines read so far (the final, unterminated one is added by finish). */
  readonly lines: string[] = [];
  private current = '';
  private total = 0;
  /** The node to enter next, or the node entered last when `pending` is set; null at the end. */
  private node: Node | null;
  /** The walk stopped after entering `node`, before moving past it: how it was entered. */
  private pending: { descend: boolean; block: boolean } | null = null;
  private readonly root: Node;
  private readonly maxChars: number;
  private readonly skipHidden: boolean;

  constructor(root: Node, options: CollectOptions = {}) {
    this.root = root;
    this.node = root;
    this.maxChars = options.maxChars ?? 2_000_000;
    this.skipHidden = options.skipHidden ?? true;
  }

  /** True when the walk has reached the end of the subtree or the character budget. */
  get done(): boolean {
    return this.node === null;
  }

  /** Walks on until `maxLines` lines are complete or the walk is done; returns the lines so far. */
  read(maxLines: number): readonly string[] {
    if (this.pending && this.node) {
      if (this.lines.length >= maxLines) return this.lines;
      const { descend, block } = this.pending;
      this.pending = null;
      this.node = this.advance(this.node, descend, block);
    }
    // Sibling-pointer walk (no recursion, no per-node allocation): enter a node, descend into
    // its first child, else leave it and move to the next sibling, leaving parents on the way up.
    let node = this.node;
    while (node) {
      let descend = false;
      let block = false;
      const type = node.nodeType;
      if (type === 3 || type === 4) {
        const text = node.nodeValue ?? '';
        this.current += text;
        this.total += text.length;
      } else if (type === 1) {
        const tag = upperTag(node as Element);
        if (tag === 'BR') this.flush();
        else if (!SKIP_TAGS.has(tag) && !(this.skipHidden && isHiddenElement(node as Element))) {
          block = BLOCK_TAGS.has(tag);
          if (block) this.flush();
          descend = true;
        }
      } else if (type === 9 || type === 11) {
        descend = true;
      }
      if (this.total >= this.maxChars) {
        node = null;
        break;
      }
      if (this.lines.length >= maxLines) {
        this.pending = { descend, block };
        break;
      }
      node = this.advance(node, descend, block);
    }
    this.node = node;
    return this.lines;
  }

  /** Ends the walk: the line being read is complete as it is. Returns all lines. */
  finish(): string[] {
    this.flush();
    this.node = null;
    this.pending = null;
    return this.lines;
  }

  /** The node after `node` in document order (its first child when entered), leaving blocks on the way up. */
  private advance(node: Node, descend: boolean, block: boolean): Node | null {
    if (descend) {
      const first = node.firstChild;
      if (first) return first;
      if (block) this.flush();
    }
    const root = this.root;
    let cur: Node = node;
    while (cur !== root) {
      const next = cur.nextSibling;
      if (next) return next;
      const parent: Node | null = cur.parentNode;
      if (!parent) return null;
      cur = parent;
      if (cur.nodeType === 1 && BLOCK_TAGS.has(upperTag(cur as Element))) this.flush();
    }
    return null;
  }

  private flush(): void {
    const current = this.current;
    if (!current) return;
    const line = (NEEDS_COLLAPSE.test(current) ? current.replace(SPACE_RUN, ' ') : current).trim();
    if (line) this.lines.push(line);
    this.current = '';
  }
}
