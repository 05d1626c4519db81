/**
 * TEMPORARY stand-in for lib/bulletin/parse.ts (parseBulletin), which another engineer is
 * writing: lines -> paragraphs with the title and obvious CMS chrome dropped. Deleted as soon as
 * parseBulletin lands; nothing else should import it.
 */

/** The subset of ParsedBulletin this stand-in fills. */
export interface InterimParsed {
  title: string;
  paragraphs: string[];
}

const CHROME = /^(?:【?字体[:：].*|打印本页|关闭窗口|上一篇[:：].*|下一篇[:：].*|分享到[:：]?.*|当前位置[:：].*|(?:发布时间|来源|浏览次数)[:：].*)$/;

/** Drops the title line and CMS chrome; every other line is a paragraph. */
export function parseInterim(lines: readonly string[], titleHint: string | null): InterimParsed {
  const title = titleHint ?? lines[0] ?? '';
  const paragraphs = lines.map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '')).filter((l) => l && l !== title && !CHROME.test(l));
  return { title, paragraphs };
}
