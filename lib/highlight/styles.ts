/**
 * The one style sheet the highlighter adds to the page: ::highlight() rules for the CSS
 * Custom Highlight API and the equivalent rules for the <mark> fallback. It goes into <head>
 * (never <body>), so document.body.textContent — what selectors count — is unchanged.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../bulletin/model';

/** id of our <style> element (one per page, replaced on re-injection). */
export const STYLE_ID = 'bulletin-clipper-style';

/** Registry name of a colour's highlight (CSS path) and class of its marks (fallback). */
export function colorKey(color: HighlightColor): string {
  return `bc-${color}`;
}

/** Registry name of the brief flash after scrolling to a highlight. */
export const FLASH_KEY = 'bc-flash';

const BACKGROUNDS: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 214, 0, 0.45)',
  red: 'rgba(255, 92, 92, 0.38)',
  green: 'rgba(72, 199, 116, 0.38)',
  blue: 'rgba(72, 150, 255, 0.36)',
};
const FLASH = 'rgba(255, 140, 0, 0.75)';

/** The style sheet text. `color: inherit` keeps the page's text colour readable on every tint. */
export function buildHighlightCss(): string {
  const rules = HIGHLIGHT_COLORS.map((c) => {
    const k = colorKey(c);
    return `::highlight(${k}){background-color:${BACKGROUNDS[c]}}\nmark.bc-hl.${k}{background-color:${BACKGROUNDS[c]};color:inherit;padding:0;margin:0;border-radius:0}`;
  });
  rules.push(`::highlight(${FLASH_KEY}){background-color:${FLASH}}`);
  rules.push(`mark.bc-hl.${FLASH_KEY}{background-color:${FLASH}}`);
  rules.push('mark.bc-hl{cursor:pointer}');
  return rules.join('\n');
}

/** Adds (or refreshes) our style sheet; idempotent across re-injections. */
export function injectHighlightStyle(doc: Document): HTMLStyleElement {
  let style = doc.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  style.textContent = buildHighlightCss();
  return style;
}

/** Removes our style sheet. */
export function removeHighlightStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}
