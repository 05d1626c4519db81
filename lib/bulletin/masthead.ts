/**
 * The masthead of a bulletin (报头): its name (党史学习教育简报, 工作简报, 工作动态 …), the issue
 * number (第12期, 〔2021〕3号, 总第N期), the issuing office (编印单位 / 主办 / the office on the
 * date line) and the date. Read line by line above the title; a line is masthead only if all of
 * it is accounted for.
 */
import { findDate } from './date';

/** What one masthead line says. */
export interface MastheadFields {
  bulletinName?: string;
  issueNumber?: string;
  issuer?: string;
  /** YYYY-MM-DD. */
  date?: string;
}

const ISSUE_RE =
  /(?:\d{4} ?年 ?)?(?:总 ?)?第 ?[\d一二三四五六七八九十百〇]{1,5} ?期|[〔[［【(（] ?\d{4} ?[〕\]］】)）] ?(?:第 ?)?\d{1,4} ?号/g;
const NAME_RE = /^[^\s的，。、]{0,14}(?:简报|快报|专报|动态|通讯|信息|要情|情况反映|情况通报|周报|月报|工作交流|参阅|增刊|特刊|专刊)$/;
const DECORATION_RE = /^(?:内部资料|内部刊物|注意保存|内部资料 ?注意保存|秘密|机密|绝密|★+|[-—━_=＊*·•]{3,}|增刊|特刊|专刊)$/;
const ISSUER_KEY_RE = /^(?:编印单位|编印|主办单位|主办|编发|编辑单位|主编单位) ?[：:] ?/;
const ISSUER_VERB_RE = /(?:编印|主办|编发|编)$/;
const MAX_LINE = 80;

/** Collapses spaces for an issue number or name as printed (`第 12 期` -> `第12期`). */
function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * True when `s` has more than `max` characters that are certainly no whitespace, so it stays
 * longer than `max` once its spaces are collapsed and trimmed. Counts from the start and stops
 * there; whatever might be a space (controls, the U+1680-U+2060 block) is not counted.
 */
function hasMoreVisibleChars(s: string, max: number): boolean {
  if (s.length <= max) return false;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff && (c < 0x1680 || c > 0x2060) && ++n > max) return true;
  }
  return false;
}

/**
 * Reads one line above the title. Returns the fields it states, or null when the line is not
 * (only) masthead, so the caller knows the title starts here. Decoration lines such as 内部资料
 * return an empty object.
 */
export function parseMastheadLine(raw: string): MastheadFields | null {
  // Body paragraphs reach this too (the lines under a title): rule them out before the clean-up.
  if (hasMoreVisibleChars(raw, MAX_LINE)) return null;
  const line = raw.replace(/[\u3000\u00a0\t]/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (!line || line.length > MAX_LINE) return null;
  if (DECORATION_RE.test(squeeze(line))) return {};
  const out: MastheadFields = {};
  let rest = line;
  const issues = [...rest.matchAll(ISSUE_RE)];
  if (issues.length) {
    const first = issues[0]!;
    const last = issues[issues.length - 1]!;
    const end = last.index + last[0].length;
    // Keep brackets that close around the last number: 第12期（总第120期）.
    const closing = /^[）)]/.test(rest.slice(end)) ? 1 : 0;
    out.issueNumber = squeeze(rest.slice(first.index, end + closing));
    rest = `${rest.slice(0, first.index)} ${rest.slice(end + closing)}`;
  }
  const date = findDate(rest);
  if (date) {
    out.date = date.date;
    rest = `${rest.slice(0, date.index)} ${rest.slice(date.index + date.length)}`;
  }
  const parts = rest
    .split(/[ |｜]+/)
    .map((p) => p.replace(/^[（(【]|[）)】，,：:]$/g, ''))
    .filter(Boolean);
  for (const part of parts) {
    const keyed = ISSUER_KEY_RE.exec(part);
    if (keyed) {
      out.issuer = part.slice(keyed[0].length) || out.issuer;
    } else if (NAME_RE.test(part) && !out.bulletinName) {
      out.bulletinName = part;
    } else if (DECORATION_RE.test(part)) {
      continue;
    } else if (ISSUER_VERB_RE.test(part) && part.length > 3) {
      out.issuer = part.replace(ISSUER_VERB_RE, '');
    } else if ((out.date || out.issueNumber) && !out.issuer && part.length <= 30 && !/[。，；！？]/.test(part)) {
      // The office printed next to the date or issue number: 党史学习教育领导小组办公室 2021年3月22日.
      out.issuer = part;
    } else {
      return null;
    }
  }
  if (ISSUER_KEY_RE.test(line) && parts.length === 1 && !out.issuer) return null;
  return out;
}
