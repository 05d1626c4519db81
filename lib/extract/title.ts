/**
 * Page titles without their site suffix. Chinese CMS templates build <title> as
 * `文章标题_栏目_站点`, `文章标题 - 某某网`, `文章标题|站点` or `文章标题-新华网`; Readability keeps
 * the whole string because `_` is not one of its separators (TOOLCHAIN.md).
 */

/** Separators that never occur inside a Chinese article title (U+FF5C is the full-width bar). */
const HARD_SEPARATORS = /\s*(?:_{1,2}|\||｜|»|«|::)\s*/;
/** Dashes separate a suffix only with spaces around them, or before a site-like name. */
const SPACED_DASH = /\s+[-–—－]{1,2}\s+/;
/** Tail segments that name a site, channel or column rather than an article. */
const SITE_WORD = /(?:网|網|站|频道|頻道|政府|门户|官网|首页|中心|在线|日报|晚报|报|新闻|资讯|博客|论坛|社区|协会|委员会|学会|平台|\.com|\.cn|\.net|\.org|news|online)$/i;

/** Removes `_栏目_站点`, ` - 某某网`, `|站点` and `-某某网` suffixes from a page title. */
export function stripTitleSuffix(raw: string, siteName?: string | null): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (!title) return '';
  let parts = title.split(HARD_SEPARATORS).filter((p) => p.trim() !== '');
  if (parts.length === 1) parts = title.split(SPACED_DASH).filter((p) => p.trim() !== '');
  if (parts.length === 1) parts = splitSiteDash(title);
  if (parts.length === 1) return stripSiteName(title, siteName);
  // The article title is the longest segment in practice; ties go to the first (title-first order).
  let best = parts[0]!;
  for (const part of parts) if (part.length > best.length * 1.3 && !SITE_WORD.test(part)) best = part;
  return stripSiteName(best.trim(), siteName);
}

/** Splits `标题-新华网` at its last unspaced dash when the tail looks like a site name. */
function splitSiteDash(title: string): string[] {
  const m = /^(.{4,}?)[-–—－]{1,2}([^-–—－]{2,20})$/.exec(title);
  if (m && SITE_WORD.test(m[2]!.trim())) return [m[1]!, m[2]!];
  return [title];
}

/** A site name in brackets at the end: `标题[麻辣社区]`, `标题＜某某网＞`. */
const BRACKETED_SITE = /^(.{4,}?)\s*(?:\[([^[\]]{2,20})\]|［([^［］]{2,20})］|＜([^＜＞]{2,20})＞|<([^<>]{2,20})>|【([^【】]{2,20})】)$/;

/** Drops a trailing or leading site name that was glued on without a separator. */
function stripSiteName(title: string, siteName?: string | null): string {
  const inside = readBracketedSite(title);
  if (inside && (SITE_WORD.test(inside) || inside === siteName?.trim())) return BRACKETED_SITE.exec(title)![1]!.trim();
  const name = siteName?.trim();
  if (!name || name.length >= title.length) return title;
  if (title.endsWith(name)) return title.slice(0, -name.length).replace(/[\s\-–—_|｜:：]+$/, '') || title;
  return title;
}

/** The site-name part of a <title> (its last segment), or null when there is no separator. */
export function readTitleSuffix(raw: string): string | null {
  const parts = splitTitle(raw);
  if (parts.length > 1) return parts[parts.length - 1]!.trim();
  const inside = readBracketedSite(raw.replace(/\s+/g, ' ').trim());
  return inside && SITE_WORD.test(inside) ? inside : null;
}

/** The bracketed tail of a title (`标题[麻辣社区]` -> 麻辣社区), or null. */
function readBracketedSite(title: string): string | null {
  return BRACKETED_SITE.exec(title)?.slice(2).find((g) => g !== undefined)?.trim() ?? null;
}

/** The first segment of a <title> that has a separator, or null. */
export function readTitleHead(raw: string): string | null {
  const parts = splitTitle(raw);
  return parts.length > 1 ? parts[0]!.trim() : null;
}

/** A <title> cut at its separators (one part when it has none). */
function splitTitle(raw: string): string[] {
  const title = raw.replace(/\s+/g, ' ').trim();
  let parts = title.split(HARD_SEPARATORS).filter((p) => p.trim() !== '');
  if (parts.length === 1) parts = title.split(SPACED_DASH).filter((p) => p.trim() !== '');
  if (parts.length === 1) parts = splitSiteDash(title);
  return parts;
}
