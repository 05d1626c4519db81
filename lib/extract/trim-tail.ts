/**
 * Cuts what Readability drags in after a Chinese article: 相关新闻 lists, 责任编辑 lines,
 * copyright notices, share/like/comment bars, comment threads. Readability keeps them when they
 * share a container with the article (portal templates put them all in one column).
 *
 * Where the cut may happen is anchored by the densest text block (the fallback extractor's
 * choice, which nearly always lies inside the real article): only markers after its last line
 * count, so a 相关链接 heading inside the body is safe.
 */

/** A line that starts the page furniture after an article. */
const END_MARKER = new RegExp(
  [
    '^(?:相关|热点|热门|精彩|猜你|推荐|延伸|更多|最新|今日|大家都在|为你)(?:新闻|推荐|阅读|文章|链接|报道|专题|资讯|喜欢|内容|图片|看|搜)',
    '^(?:特别声明|免责声明|版权声明|反侵权公告|郑重声明)',
    '^(?:责任编辑|责编|编辑|审核|校对|值班编辑)\\s*[:：]',
    '^【?(?:责任编辑|纠错|打印|关闭|收藏|分享)',
    '^(?:分享到|分享|收藏|举报|点赞|评论\\d*|网友评论|我要评论|发表评论|全部评论|展开阅读全文|加载更多|查看更多|阅读全文)\\s*[:：]?$',
    '^(?:上一篇|下一篇|上一条|下一条)',
    '^(?:Copyright|©|版权所有)',
    '^(?:打印本页|关闭窗口|返回顶部)',
    // Pagers: 第1页/共3页 under the last paragraph.
    '^第\\s*\\d+\\s*页\\s*[/／]?\\s*共\\s*\\d+\\s*页',
  ].join('|'),
  'i',
);
/**
 * Markers that never occur inside an article body: platform disclaimers, 责任编辑, related-news
 * headers, copyright, a blog's trackback and comment-count lines, a forum's reply thread. They cut as soon as the article has started, even before the densest
 * block ends (a comment thread can out-weigh a 200-character article).
 */
const STRONG_MARKER = new RegExp(
  [
    '^以上内容.{0,40}(?:上传并发布|仅提供信息存储)',
    '本平台仅提供信息存储服务',
    '^(?:特别声明|免责声明|版权声明|反侵权公告|郑重声明)',
    '^(?:责任编辑|责编)\\s*[:：]',
    '^(?:相关|热点|热门|精彩|猜你|推荐|延伸)(?:新闻|推荐|阅读|文章|报道|喜欢)\\s*$',
    '^(?:Copyright|©)',
    // Blog and forum templates: trackback line, comment-count header, reply thread.
    '^.{0,12}(?:引用通告|Trackback)',
    '已有\\s*\\d+\\s*[件条篇个]?(?:评论|回复|留言)$',
    '^\\|?\\s*(?:回复线索|主题已经?关闭)',
  ].join('|'),
  'i',
);
/** Characters of article text that must come before a strong marker may cut. */
const STRONG_AFTER_CHARS = 50;

/** Markers are short lines; a long line that happens to start with 推荐阅读 is prose. */
const MAX_MARKER_LENGTH = 40;

/** True for a line that marks the end of an article body. */
export function isEndMarker(line: string): boolean {
  const t = line.trim();
  return t.length <= MAX_MARKER_LENGTH && END_MARKER.test(t);
}

/**
 * True when trimArticleTail could cut anything: some line is an end marker or a strong marker.
 * Lets callers skip computing the core lines (a walk of the whole page) for clean articles.
 */
export function hasTailMarker(lines: readonly string[]): boolean {
  return lines.some((line) => isEndMarker(line) || (line.length <= 80 && STRONG_MARKER.test(line.trim())));
}

/**
 * Drops the lines from the first end marker after the last line shared with `core` (the
 * densest block's lines). Without a shared line, markers count only after the first third
 * of the text. Strong markers, and end markers repeated from the top three lines, cut anywhere
 * after the article's first characters.
 */
export function trimArticleTail(lines: readonly string[], core: readonly string[]): string[] {
  const coreSet = new Set(core);
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (coreSet.has(lines[i]!)) {
      start = i + 1;
      break;
    }
  }
  if (start < 0) start = indexAtFraction(lines, 1 / 3);
  let end = lines.length;
  for (let i = start; i < lines.length; i++) {
    if (isEndMarker(lines[i]!)) {
      end = i;
      break;
    }
  }
  // An end marker printed above the article too (a pager, a share bar) is the template's
  // frame: its second occurrence ends the article wherever the densest block ends.
  const top = new Set(lines.slice(0, 3).filter(isEndMarker));
  let seen = 0;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (seen >= STRONG_AFTER_CHARS && ((line.length <= 80 && STRONG_MARKER.test(line.trim())) || (i >= 3 && top.has(line)))) {
      end = i;
      break;
    }
    seen += line.length;
  }
  return lines.slice(0, end);
}

/** The index of the line at which `fraction` of the characters lie before. */
function indexAtFraction(lines: readonly string[], fraction: number): number {
  const total = lines.reduce((n, l) => n + l.length, 0);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    seen += lines[i]!.length;
    if (seen >= total * fraction) return i + 1;
  }
  return lines.length;
}
