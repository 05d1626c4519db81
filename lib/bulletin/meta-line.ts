/**
 * CMS metadata lines printed above or below an article: `发布时间：2021-03-22 10:30 来源：河南省科协
 * 浏览次数：123`. The useful values become fields; counters and the like are recognised so the
 * line can be dropped.
 */
import { parseDateTime, findDate } from './date';
import { stripBoilerplateTokens } from './boilerplate';

/** Fields read from a CMS metadata line. */
export interface MetaLine {
  /** YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS]. */
  publishedAt?: string;
  source?: string;
  author?: string;
  editor?: string;
  /** 成文日期 (YYYY-MM-DD) when the line states it (government information-disclosure pages). */
  documentDate?: string;
  /** 发布机构 / 发文机关. */
  issuer?: string;
}

type Field = keyof MetaLine | 'drop';

const KEYS: ReadonlyArray<[string, Field]> = [
  ['发布时间', 'publishedAt'], ['发布日期', 'publishedAt'], ['发表时间', 'publishedAt'], ['发表日期', 'publishedAt'],
  ['更新时间', 'publishedAt'], ['发稿时间', 'publishedAt'], ['公开日期', 'publishedAt'], ['时间', 'publishedAt'],
  ['日期', 'publishedAt'], ['成文日期', 'documentDate'], ['发文日期', 'documentDate'],
  ['信息来源', 'source'], ['文章来源', 'source'], ['稿件来源', 'source'], ['来源', 'source'], ['出处', 'source'],
  ['作者', 'author'], ['记者', 'author'], ['撰稿人', 'author'], ['撰稿', 'author'], ['供稿', 'author'],
  ['文', 'author'], ['发布人', 'author'], ['发布者', 'author'],
  ['责任编辑', 'editor'], ['编辑', 'editor'], ['责编', 'editor'],
  ['发布机构', 'issuer'], ['发文机关', 'issuer'], ['发文单位', 'issuer'],
  ['浏览次数', 'drop'], ['浏览量', 'drop'], ['点击数', 'drop'], ['点击量', 'drop'], ['点击率', 'drop'],
  ['阅读次数', 'drop'], ['阅读数', 'drop'], ['阅读量', 'drop'], ['访问量', 'drop'], ['访问次数', 'drop'],
  ['阅读', 'drop'], ['浏览', 'drop'], ['审核', 'drop'], ['审校', 'drop'], ['校对', 'drop'], ['签发', 'drop'],
  ['通讯员', 'drop'], ['摄影', 'drop'], ['索引号', 'drop'], ['文号', 'drop'], ['分类', 'drop'], ['主题分类', 'drop'],
];
const FIELD = new Map(KEYS);
// Longest keys first so 责任编辑 wins over 编辑 and 发布时间 over 时间.
const KEY_ALT = [...FIELD.keys()].sort((a, b) => b.length - a.length).join('|');
const KEY_RE = new RegExp(`(?:^|[\\s|｜【\\[（(])(${KEY_ALT}) ?[：:]`, 'g');
const LEADING_DATE = /^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?: \d{1,2}:\d{2}(?::\d{2})?)?/;
/** A verb some templates print after the leading date: `2005-04-05 06:40更新 来源：…`. */
const DATE_VERB = /^\s*(?:更新|发布|發布|发表|發表)/;
const COLON = /[：:]/;
const LEADING_DIGITS = /^\s*\d{4}/;
const VALUE_TRIM = /^[\s|｜【】[\]()（）]+|[\s|｜【】[\]()（）]+$/g;

/**
 * Reads a CMS metadata line. Returns null when the line is not one: every part must be a
 * known key (发布时间, 来源, 作者, 责任编辑, 浏览次数 …) and date keys need a real date.
 */
export function parseMetaLine(s: string): MetaLine | null {
  // Every metadata line has a colon (key：value) or starts with a date.
  if (s.length > 240 || (!COLON.test(s) && !LEADING_DIGITS.test(s))) return null;
  const line = stripBoilerplateTokens(s.replace(/[\u3000\u00a0\t]/g, ' ')).trim();
  if (!line || line.length > 200) return null;
  const out: MetaLine = {};
  let rest = line;
  const lead = LEADING_DATE.exec(line);
  if (lead) {
    const when = parseDateTime(lead[0]);
    if (!when) return null;
    out.publishedAt = when;
    rest = line.slice(lead[0].length).replace(DATE_VERB, '');
  }
  const keys: Array<{ key: string; start: number; end: number }> = [];
  KEY_RE.lastIndex = 0;
  for (let m = KEY_RE.exec(rest); m !== null; m = KEY_RE.exec(rest)) {
    keys.push({ key: m[1]!, start: m.index, end: m.index + m[0].length });
  }
  if (keys.length === 0) return null;
  // Nothing but brackets or spaces may come before the first key.
  if (!/^[\s|｜【[（(]*$/.test(rest.slice(0, keys[0]!.start))) return null;
  for (let i = 0; i < keys.length; i++) {
    const { key, end } = keys[i]!;
    const value = rest.slice(end, keys[i + 1]?.start ?? rest.length).replace(VALUE_TRIM, '');
    // An unknown "XX：" inside a value means this is prose (会议时间：… 地点：…), not metadata.
    if (/[\u4e00-\u9fff] ?[：:]/.test(value)) return null;
    const field = FIELD.get(key)!;
    if (field === 'publishedAt' || field === 'documentDate') {
      const when = field === 'publishedAt' ? parseDateTime(value) : (findDate(value)?.date ?? null);
      if (!when || findDate(value)!.index > 2) return null;
      if (!out[field]) out[field] = when;
    } else if (field !== 'drop' && value && !out[field]) {
      out[field] = value;
    }
  }
  return out;
}
