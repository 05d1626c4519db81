/**
 * Simple XPaths (/div[3]/p[2]) between an element and a root, as Hypothesis writes them in
 * RangeSelectors. Only this simple form is read: no document.evaluate, which linkedom lacks
 * and which would make a stored selector a script-like input.
 */

const ELEMENT_NODE = 1;

/** The /tag[n]/tag[n] path from `root` down to `el` (lower-case tags, 1-based indexes); '' for root. */
export function xpathFromElement(el: Element, root: Element): string {
  const segments: string[] = [];
  let node: Element | null = el;
  while (node && node !== root) {
    const name = node.nodeName.toLowerCase();
    let index = 1;
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.nodeName.toLowerCase() === name) index++;
    }
    segments.push(`${name}[${index}]`);
    node = node.parentElement;
  }
  if (node !== root) throw new Error('element is not inside root');
  return segments.length ? '/' + segments.reverse().join('/') : '';
}

const SIMPLE_XPATH = /^(\/[A-Za-z0-9_:-]+(\[[0-9]+\])?)*$/;

/** Resolves a simple XPath relative to `root`; null when it does not resolve or is not simple. */
export function elementFromXPath(xpath: string, root: Element): Element | null {
  if (!SIMPLE_XPATH.test(xpath)) return null;
  let el: Element = root;
  for (const segment of xpath.split('/').slice(1)) {
    const open = segment.indexOf('[');
    const name = (open < 0 ? segment : segment.slice(0, open)).toLowerCase();
    let wanted = open < 0 ? 1 : Number(segment.slice(open + 1, -1));
    let next: Element | null = null;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE && c.nodeName.toLowerCase() === name && --wanted === 0) {
        next = c as Element;
        break;
      }
    }
    if (!next) return null;
    el = next;
  }
  return el;
}
