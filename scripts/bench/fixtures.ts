/**
 * A seeded generator of a realistic library (clippings, highlights, tags) for benchmarks and
 * for filling a real browser's database in E2E runs. Pure: it takes the sentences to sample
 * as input (see loadEvalSentences in ./search.ts for Node), so it also runs in a page.
 */
import { HIGHLIGHT_COLORS, type Clipping, type Highlight, type Tag } from '../../lib/bulletin/model';

/** Sizes of a generated library. */
export interface LibrarySizes {
  clippings: number;
  highlights: number;
  tags: number;
  /** Sentences to sample texts from (real Chinese text); a small built-in set when absent. */
  sentences?: string[];
  /** Target UTF-8 size of a clipping's text; 3,072 bytes (about 1,000 characters) by default. */
  textBytes?: number;
}

/** A generated library. */
export interface GeneratedLibrary {
  clippings: Clipping[];
  highlights: Highlight[];
  tags: Tag[];
}

/** mulberry32: tiny, fast, good enough for fixtures, identical in every JS engine. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits running text into sentences (ending at 。！？； or a line break), 8-160 chars. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；])|\n+/)
    .map((s) => s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((s) => s.length >= 8 && s.length <= 160);
}

const FALLBACK_SENTENCES = [
  '全体党员干部要增强四个意识、坚定四个自信、做到两个维护。',
  '各地区各部门深入开展党史学习教育，推动学习教育走深走实。',
  '坚持以人民为中心的发展思想，扎实推进我为群众办实事实践活动。',
  '统筹推进疫情防控和经济社会发展工作，全年经济增长百分之五点二。',
  '加强基层治理体系和治理能力现代化建设，夯实乡村振兴基础。',
  '安全生产责任制层层压实，重点行业领域专项整治取得阶段性成效。',
];

const BASE_TAGS = ['四个意识', '两个维护', '党史学习教育', '乡村振兴', '安全生产', '我为群众办实事', '基层治理', '营商环境', '生态环境', '疫情防控', '金句', '数据', '待学', '重点', '经验做法', '问题清单'];
const ISSUER_PLACES = ['省委', '市委', '县委', '省政府', '市政府', '区委'];
const ISSUER_UNITS = ['办公厅', '组织部', '宣传部', '党史学习教育领导小组办公室', '发展改革委', '农业农村局', '应急管理局'];
const BULLETIN_NAMES = ['工作简报', '党史学习教育简报', '信息专报', '情况通报'];

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Generates a library: clippings of about `textBytes` of sampled sentences in paragraphs,
 * from 42 issuers with numbered series (第N期, a few issues missing), highlights on real
 * passages of their clipping (with W3C selectors against its text), tags used with a skewed
 * (Zipf-like) frequency so some tags are common and most are rare. Same seed, same library.
 */
export function generateLibrary(seed: number, sizes: LibrarySizes): GeneratedLibrary {
  const rand = createRng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentences = sizes.sentences?.length ? sizes.sentences : FALLBACK_SENTENCES;
  const textBytes = sizes.textBytes ?? 3072;
  const start = Date.UTC(2020, 0, 1);
  const DAY = 86_400_000;

  const tags: Tag[] = Array.from({ length: sizes.tags }, (_, i) => ({
    name: i < BASE_TAGS.length ? BASE_TAGS[i]! : `${BASE_TAGS[i % BASE_TAGS.length]}·${Math.floor(i / BASE_TAGS.length)}`,
    color: i % 5 === 0 ? pick(['#e53935', '#fdd835', '#43a047', '#1e88e5']) : null,
    createdAt: start + i * 1000,
  }));
  // Zipf-like: tag i is chosen with weight 1/(i+1).
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < tags.length; i++) cumulative.push((sum += 1 / (i + 1)));
  const pickTag = (): string => {
    const r = rand() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return tags[lo]!.name;
  };
  const pickTags = (max: number): string[] => (tags.length ? [...new Set(Array.from({ length: Math.floor(rand() * (max + 1)) }, pickTag))] : []);

  const issuers = ISSUER_PLACES.flatMap((p) => ISSUER_UNITS.map((u) => p + u));
  const nextIssue = new Map<string, number>();
  const clippings: Clipping[] = [];
  for (let i = 0; i < sizes.clippings; i++) {
    const issuer = pick(issuers);
    const bulletinName = BULLETIN_NAMES[issuers.indexOf(issuer) % BULLETIN_NAMES.length]!;
    // Issue numbers mostly consecutive; one in twenty skipped (a gap the library shows).
    const issue = (nextIssue.get(issuer) ?? 1) + (rand() < 0.05 ? 1 : 0);
    nextIssue.set(issuer, issue + 1);
    const paragraphs: string[] = [];
    let bytes = 0;
    const target = textBytes * (0.7 + rand() * 0.6);
    while (bytes < target) {
      const n = 2 + Math.floor(rand() * 4);
      const para = Array.from({ length: n }, () => pick(sentences)).join('');
      paragraphs.push(para);
      bytes += utf8Length(para) + 2;
    }
    const createdAt = start + Math.floor((i / Math.max(1, sizes.clippings)) * 1500 * DAY) + Math.floor(rand() * DAY);
    const d = new Date(createdAt - Math.floor(rand() * 5) * DAY);
    const title = pick(sentences).replace(/[。！？；]$/, '').slice(0, 40);
    clippings.push({
      id: `clip-${seed}-${i}`,
      title,
      subtitle: null,
      issuer,
      bulletinName,
      issueNumber: `第${issue}期`,
      date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
      publishedAt: null,
      source: issuer,
      author: null,
      url: `https://example.gov.cn/${encodeURIComponent(issuer)}/${issue}.html`,
      siteName: `${issuer.slice(0, 2)}政务网`,
      paragraphs,
      headings: [],
      distribution: [],
      attachments: [],
      text: paragraphs.join('\n\n'),
      origin: 'article',
      normalizedUrl: `https://example.gov.cn/${encodeURIComponent(issuer)}/${issue}.html`,
      tags: pickTags(2),
      createdAt,
      updatedAt: createdAt + (rand() < 0.2 ? Math.floor(rand() * 30 * DAY) : 0),
    });
  }

  const highlights: Highlight[] = [];
  for (let i = 0; i < sizes.highlights && clippings.length; i++) {
    const c = pick(clippings);
    const len = 6 + Math.floor(rand() * 35);
    const from = Math.floor(rand() * Math.max(1, c.text.length - len));
    let exact = c.text.slice(from, from + len);
    const cut = exact.indexOf('\n');
    if (cut > 2) exact = exact.slice(0, cut);
    const end = from + exact.length;
    const createdAt = c.createdAt + Math.floor(rand() * 60 * DAY);
    const reviewed = rand() < 0.3;
    highlights.push({
      id: `hl-${seed}-${i}`,
      clippingId: c.id,
      color: pick(HIGHLIGHT_COLORS),
      note: rand() < 0.3 ? pick(sentences).slice(0, 60) : '',
      tags: pickTags(3),
      exact,
      pageTarget: [],
      textTarget: [
        { type: 'TextQuoteSelector', exact, prefix: c.text.slice(Math.max(0, from - 32), from), suffix: c.text.slice(end, end + 32) },
        { type: 'TextPositionSelector', start: from, end },
      ],
      headingPath: [],
      createdAt,
      updatedAt: createdAt,
      reviewedAt: reviewed ? createdAt + Math.floor(rand() * 30 * DAY) : null,
      reviewCount: reviewed ? 1 + Math.floor(rand() * 4) : 0,
      orphan: rand() < 0.01,
    });
  }
  return { clippings, highlights, tags };
}
