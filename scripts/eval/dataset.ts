/**
 * The evaluation pages in ../shared/eval-data with their ground truth, read into one shape.
 * Sets: Chinese-Web-Content-Extraction-Dataset (body + date), magic-html zh subset (body),
 * newspaper4k's Chinese article (body), Readability's CJK test pages (body = its expected.html).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** One page to score. */
export interface EvalCase {
  /** `set/id`, stable across runs. */
  id: string;
  set: 'cwced' | 'magic-html' | 'newspaper4k' | 'readability';
  htmlPath: string;
  url: string | null;
  /** Ground-truth body text. */
  body: string;
  /** Ground-truth publish date at its own precision (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  date: string | null;
}

/** ../shared relative to the repo root (CI clones the repo with a copy of shared/ beside it). */
export function resolveSharedDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '../../../shared');
}

/** Loads every page with ground truth; [] when the data is not there. */
export function loadEvalCases(sharedDir = resolveSharedDir()): EvalCase[] {
  const root = join(sharedDir, 'eval-data');
  if (!existsSync(root)) return [];
  return [...loadCwced(root), ...loadMagicHtml(root), ...loadNewspaper(root), ...loadReadability(root)];
}

/** Normalises a ground-truth date to its precision; null for UNKNOWN and junk. */
export function normalizeTruthDate(raw: string): string | null {
  const m = /^\s*((?:19|20)\d{2})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?/.exec(raw);
  if (!m) return null;
  const parts = [m[1]!];
  if (m[2]) parts.push(m[2].padStart(2, '0'));
  if (m[2] && m[3]) parts.push(m[3].padStart(2, '0'));
  return parts.join('-');
}

function loadCwced(root: string): EvalCase[] {
  const dir = join(root, 'Chinese-Web-Content-Extraction-Dataset');
  if (!existsSync(dir)) return [];
  return readdirSync(join(dir, 'original'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html$/, '');
      const datePath = join(dir, 'date', `${id}.txt`);
      return {
        id: `cwced/${id.slice(0, 8)}`,
        set: 'cwced' as const,
        htmlPath: join(dir, 'original', f),
        url: readWrapperUrl(join(dir, 'original', f)),
        body: readFileSync(join(dir, 'cleaned', `${id}.txt`), 'utf8'),
        date: existsSync(datePath) ? normalizeTruthDate(readFileSync(datePath, 'utf8')) : null,
      };
    });
}

function loadMagicHtml(root: string): EvalCase[] {
  const dir = join(root, 'magic-html/benchmark/data/article');
  const jsonPath = join(dir, 'base.zh-subset.json');
  if (!existsSync(jsonPath)) return [];
  const truth = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, { url?: string; content: string }>;
  return Object.keys(truth)
    .sort()
    .filter((id) => existsSync(join(dir, 'htmls', `${id}.html`)))
    .map((id) => ({
      id: `magic-html/${id.slice(0, 8)}`,
      set: 'magic-html' as const,
      htmlPath: join(dir, 'htmls', `${id}.html`),
      url: truth[id]!.url ?? null,
      body: truth[id]!.content,
      date: null,
    }));
}

function loadNewspaper(root: string): EvalCase[] {
  const dir = join(root, 'newspaper4k/tests/data');
  const html = join(dir, 'html/chinese_article.html');
  if (!existsSync(html)) return [];
  return [
    {
      id: 'newspaper4k/chinese_article',
      set: 'newspaper4k',
      htmlPath: html,
      url: null,
      body: readFileSync(join(dir, 'txt/chinese_article.txt'), 'utf8'),
      date: null,
    },
  ];
}

function loadReadability(root: string): EvalCase[] {
  const dir = join(root, 'readability/test/test-pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((name) => existsSync(join(dir, name, 'expected.html')))
    .map((name) => {
      const { document } = parseHTML(`<html><body>${readFileSync(join(dir, name, 'expected.html'), 'utf8')}</body></html>`);
      return {
        id: `readability/${name}`,
        set: 'readability' as const,
        htmlPath: join(dir, name, 'source.html'),
        url: null,
        body: document.body.textContent ?? '',
        date: null,
      };
    });
}

/** The page URL the dataset keeps in its `<text id="URL">` wrapper (the page as crawled, not ground truth). */
function readWrapperUrl(path: string): string | null {
  const head = readFileSync(path).subarray(0, 600).toString('latin1');
  const m = /^\s*<text\s+id="(https?:[^"]+)"/.exec(head);
  return m?.[1] ?? null;
}
