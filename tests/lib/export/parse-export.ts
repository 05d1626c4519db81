/**
 * Test helper: reads an exported note back with real parsers (yaml for the front matter,
 * marked's lexer for the body) and flattens Markdown tokens to the text a reader sees, so
 * tests can assert both structure (token types) and content (plain text) survive.
 */
import { marked, type Token, type Tokens } from 'marked';
import { parseDocument } from 'yaml';

/** A parsed export: front-matter data and the body's top-level tokens. */
export interface ParsedExport {
  data: Record<string, unknown>;
  body: string;
  tokens: Token[];
}

/** Splits and parses a note; throws when the front matter is missing or not valid YAML. */
export function parseExport(md: string): ParsedExport {
  if (!md.startsWith('---\n')) throw new Error('no front matter');
  const end = md.indexOf('\n---\n', 3);
  if (end < 0) throw new Error('front matter not closed');
  const doc = parseDocument(md.slice(4, end + 1), { strict: true, uniqueKeys: true });
  if (doc.errors.length) throw new Error(`YAML: ${doc.errors[0]!.message}`);
  const data = doc.toJS() as Record<string, unknown>;
  const body = md.slice(end + 5);
  return { data, body, tokens: lexBody(body) };
}

/** Top-level block tokens of a Markdown body, blank-line tokens dropped. */
export function lexBody(body: string): Token[] {
  return marked.lexer(body, { gfm: true }).filter((t) => t.type !== 'space');
}

/** The text a reader sees in inline tokens: escapes resolved, hard breaks as newlines. */
export function inlineText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      switch (t.type) {
        case 'escape':
        case 'text':
          return 'tokens' in t && t.tokens ? inlineText(t.tokens) : (t as Tokens.Text).text;
        case 'br':
          return '\n';
        case 'link':
          // Only GFM autolinks of URLs in the text can appear: their text is the URL.
          return inlineText((t as Tokens.Link).tokens);
        case 'strong':
        case 'em':
          return `<${t.type}>${inlineText((t as Tokens.Strong).tokens)}</${t.type}>`;
        default:
          return `<${t.type}:${t.raw}>`;
      }
    })
    .join('');
}

/** The visible text of a block token (paragraph, heading, blockquote). */
export function blockText(t: Token): string {
  if (t.type === 'blockquote') return (t as Tokens.Blockquote).tokens.filter((x) => x.type !== 'space').map(blockText).join('\n\n');
  return inlineText((t as Tokens.Paragraph).tokens);
}

/**
 * What escaping must preserve: the text with ASCII spaces/tabs trimmed per line, CRLF as LF,
 * whitespace-only lines dropped (Markdown cannot keep them inside a paragraph).
 */
export function visibleLines(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .filter((l) => /\S/.test(l))
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n');
}
