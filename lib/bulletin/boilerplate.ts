/**
 * Page chrome that CMS templates put around a bulletin and Readability sometimes keeps:
 * font-size switches, print/close links, share widgets, previous/next links, breadcrumbs,
 * related links, pagers (第1页/共3页), view counters and site footers. Recognised per line; nothing here touches body sentences.
 */

// Tokens that make up chrome lines; a line made only of these (and separators) is chrome.
const TOKEN_RE = new RegExp(
  [
    '[【\\[［(（]? ?(?:字体|字号|文字) ?[：:]? ?(?:[大中小] ?){2,3}[】\\]］)）]?',
    '[【\\[［]? ?(?:[大中小] ?){3}[】\\]］]?',
    '(?:打印本页|打印此页|打印文章|打印正文|打印|关闭本页|关闭窗口|关闭|返回顶部|返回列表|返回首页|返回|收藏本页|加入收藏|收藏|我要纠错|纠错|保存本页|视力保护色|默认|护眼模式|朗读|分享到|分享|微信|朋友圈|新浪微博|微博|QQ空间|QQ好友|扫一扫|在手机打开当前页|手机扫码|用手机看|复制链接|下载附件)',
  ].join('|'),
  'g',
);
const SEPARATORS_ONLY = /^[\s【】[\]［］()（）|｜:：·•,，、>»/\-—_]*$/;
const PREFIXES =
  /^(?:当前位置|您的位置|您现在的位置|你现在的位置|您当前的位置|您所在的位置|所在位置|当前栏目|位置) ?[：:]|^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇) ?[：:]?|^(?:分享到|扫一扫|相关链接|相关阅读|相关新闻|相关文章|相关稿件|推荐阅读|延伸阅读|热点推荐)|^(?:主办单位|承办单位|技术支持|版权所有|网站标识码|网站地图|联系我们|Copyright|©)|^第 ?\d+ ?页 ?[/／]? ?共 ?\d+ ?页/i;
const FOOTER_MARKS = /ICP备|公网安备|ICP证/;
/** View counters of blog and forum templates: 您是本文第154个阅览者, （本文发表于…，已被阅读178次）. */
const COUNTER = /^您是本[文帖页]?第 ?\d+ ?[个位](?:阅览者|读者|访客|访问者|浏览者)|(?:已被|被)(?:阅读|浏览|点击|查看) ?\d+ ?次[）)]?$/;
const BREADCRUMB = /^(?:首页|网站首页|主页|Home)(?: ?[>»›/] ?[^>»›/]{1,20}){1,6}$/i;

/** Removes chrome tokens (【字体：大 中 小】, 打印本页 …) from a line, leaving the rest. */
export function stripBoilerplateTokens(s: string): string {
  return s.replace(TOKEN_RE, ' ').replace(/[【[［] *[】\]］]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Tests whether a line is page chrome rather than bulletin text: 【字体：大 中 小】, 打印本页,
 * 关闭窗口, 分享到, 扫一扫, 上一篇/下一篇, 相关链接, 当前位置 breadcrumbs, site footers.
 */
export function isBoilerplateLine(s: string): boolean {
  if (s.length > 200 || s.includes('。')) return false;
  const t = s.replace(/[\u3000\u00a0\t]/g, ' ').trim();
  if (!t) return false;
  if (PREFIXES.test(t) || BREADCRUMB.test(t)) return true;
  if ((FOOTER_MARKS.test(t) || COUNTER.test(t)) && t.length < 120) return true;
  return SEPARATORS_ONLY.test(stripBoilerplateTokens(t)) && !SEPARATORS_ONLY.test(t);
}
