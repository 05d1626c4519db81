/**
 * Markdown escaping for text that is not meant as Markdown: bulletin paragraphs, titles,
 * highlight notes. Bulletins and notes routinely start lines with "一、", "1.", "-", "（" or
 * quote other documents with ">" and "|"; without escaping those become lists, quotes and
 * tables and the exported note's structure breaks. The rules follow CommonMark + GFM (what
 * marked, Obsidian and most tools parse): backslash-escape every ASCII punctuation character
 * that can open inline syntax, plus the few that only matter at the start of a line.
 */

/**
 * Inline syntax openers: emphasis, code, links, HTML, tables, strikethrough, Obsidian's
 * ==highlight==, $math$ and %%comments%%, and character references (&amp;). `%`, `&`, `[` and
 * `]` are escaped only where they would act, so percentages, "A&B" and the "[EB/OL]" of a
 * citation stay readable: a bracket opens nothing unless `](`, `][`, `]:` (links and
 * definitions), `[[` (wikilinks) or `[^` (footnotes) follow, and no definitions can exist
 * because line starts are escaped.
 */
const INLINE = /[\\`*_<>|~=$]|\[(?=[[^])|(?<=\[)\[|\](?=[([:])|%(?=%)|(?<=%)%|&(?=#?[A-Za-z0-9]+;)/g;

/**
 * Line starts that open an ATX heading, a bullet list, a thematic break or setext underline
 * (`-`), or an ordered list. A "#标签" (an Obsidian tag) or "1.5" opens nothing and is kept.
 * `*`, `_`, `>`, `=`, `|`, `<`, backticks and tildes are escaped everywhere already.
 */
const LINE_START = /^([#])(?=#{0,5}(?:\s|$))|^([+:-])(?=\s|$|-|:)|^(\d{1,9})([.)])(?=\s|$)/;

/**
 * Web addresses in the text. GFM turns bare URLs into links but does not resolve escapes
 * inside them (a `\\_` would show), and a bare URL followed by Chinese text swallows it. So
 * URLs of ASCII characters become explicit autolinks `<…>` and anything else that GFM would
 * autolink (`www.`, a stray `://`) is defused with an escape.
 */
const URL_RE = /\b(?:https?|ftp):\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;

/** Trailing characters GFM also leaves out of a link, and unbalanced closing parentheses. */
function trimUrl(url: string): string {
  let u = url.replace(/[.,:;!?'"*_~\]]+$/, '');
  while (u.endsWith(')') && (u.match(/\)/g)?.length ?? 0) > (u.match(/\(/g)?.length ?? 0)) u = u.slice(0, -1).replace(/[.,:;!?'"*_~\]]+$/, '');
  return u;
}

function escapePlain(text: string): string {
  return text
    .replace(INLINE, (ch) => `\\${ch}`)
    .replace(/:\/\//g, '\\://')
    .replace(/(www)\./gi, '$1\\.');
}

/**
 * Escapes inline syntax only: for a piece of a line whose start is handled by the caller
 * (text between ==marks==, say). Whitespace is kept as is.
 */
export function escapeMarkdownText(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(URL_RE)) {
    const url = trimUrl(m[0]);
    if (!/:\/\/./.test(url)) continue;
    out += escapePlain(text.slice(at, m.index)) + `<${url}>`;
    at = m.index + url.length;
  }
  return out + escapePlain(text.slice(at));
}

/** Escapes what would open a block at the start of an already inline-escaped line. */
export function escapeLineStart(line: string): string {
  return line.replace(LINE_START, (_m, hash: string | undefined, bullet: string | undefined, num: string | undefined, dot: string | undefined) =>
    num !== undefined ? `${num}\\${dot}` : `\\${hash ?? bullet}`,
  );
}

/**
 * Escapes one line of plain text so Markdown shows it literally. Leading and trailing ASCII
 * spaces/tabs are dropped: Markdown would drop or misread them (4 spaces = code block, 2
 * trailing = hard break). Full-width spaces (U+3000) are kept: they are text.
 */
export function escapeMarkdownLine(line: string): string {
  const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, '');
  return escapeLineStart(escapeMarkdownText(trimmed));
}

/** Splits text into lines on any newline convention (CR, LF, CRLF). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n?|\n/);
}

/**
 * Escapes a block of plain text as one Markdown paragraph. Inner line breaks become hard
 * breaks (a trailing backslash) so the reader sees the lines the author typed; blank lines
 * are dropped because they would end the paragraph.
 */
export function escapeMarkdownBlock(text: string): string {
  // A line of only whitespace (U+3000 included) reads as blank to some parsers (marked):
  // it would split the paragraph, so it goes.
  const lines = splitLines(text)
    .filter((l) => /\S/.test(l))
    .map(escapeMarkdownLine);
  return lines.join('\\\n');
}

/**
 * Escapes text as a block quote: every line prefixed with "> ". Blank lines inside stay in
 * the quote (as ">") so a multi-paragraph note remains one quote.
 */
export function quoteMarkdown(text: string): string {
  const lines = splitLines(text).map((l) => (/\S/.test(l) ? escapeMarkdownLine(l) : ''));
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (!lines.length) return '>';
  // Consecutive non-empty lines would merge into one line: join them with hard breaks.
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (line === '') out.push('>');
    else out.push(next !== undefined && next !== '' ? `> ${line}\\` : `> ${line}`);
  }
  return out.join('\n');
}

/**
 * Escapes a single-line value (a heading or link text): newlines become spaces. A run of "#"
 * at the end is escaped too: in a heading line it would be read as the optional closing
 * sequence and vanish ("第3期 #" would lose its "#"). Backslashes before it are counted so an
 * escaped backslash is not mistaken for an escape of the "#".
 */
export function escapeMarkdownInline(text: string): string {
  const line = escapeMarkdownLine(splitLines(text).join(' ').replace(/\s+/g, ' '));
  return line.replace(/(^|[^\\])((?:\\\\)*)(#+)$/, (_m, pre: string, slashes: string, hashes: string) => `${pre}${slashes}\\${hashes}`);
}

/**
 * Text for the inside of a link's [brackets]: like escapeMarkdownInline, with square
 * brackets shown as their full-width forms ［］. Escaping them is not enough: marked unescapes
 * link text and lexes it again, so "\[x\](y)" would become a link inside the link.
 */
export function escapeLinkText(text: string): string {
  return escapeMarkdownInline(text.replace(/\[/g, '［').replace(/\]/g, '］'));
}
