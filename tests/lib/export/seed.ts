/**
 * Test data: the seed bulletin (../shared/seed, beside the repo in CI too) as a stored
 * clipping with fixed dates, and a few highlights anchored in its text.
 */
import { readFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { emptyDraft, joinParagraphs, type Clipping, type Highlight } from '../../../lib/bulletin/model';

const SEED = fileURLToPath(new URL('../../../../shared/seed/bulletin-2021-03-22.expected.json', import.meta.url));

/**
 * Pins the time zone for one test file (golden files print local times with their offset)
 * and puts the previous one back afterwards, in case the worker process is reused.
 */
export function pinTimeZone(tz: string): void {
  const previous = process.env.TZ;
  process.env.TZ = tz;
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}

/** Export time used by every golden: noon UTC, the same calendar day in every time zone. */
export const FROZEN_NOW = new Date('2026-11-29T12:00:00Z');

/** The seed bulletin as a clipping (expected.json fields, a placeholder URL, fixed dates). */
export function loadSeedClipping(): Clipping {
  const seed = JSON.parse(readFileSync(SEED, 'utf8')) as Pick<Clipping, 'title' | 'issuer' | 'date' | 'paragraphs' | 'distribution'>;
  return {
    ...emptyDraft('txt'),
    title: seed.title,
    issuer: seed.issuer,
    date: seed.date,
    paragraphs: seed.paragraphs,
    distribution: seed.distribution,
    text: joinParagraphs(seed.paragraphs),
    url: 'https://example.org/bulletins/2021-03-22.html',
    siteName: '示例站点',
    id: 'seed-2021-03-22',
    normalizedUrl: 'https://example.org/bulletins/2021-03-22.html',
    tags: ['党史学习教育'],
    createdAt: Date.parse('2026-11-28T01:30:00Z'),
    updatedAt: Date.parse('2026-11-28T01:30:00Z'),
  };
}

/** A highlight of `exact` (its first occurrence) in a clipping, with position and quote selectors. */
export function makeHighlight(c: Clipping, exact: string, extra: Partial<Highlight> = {}): Highlight {
  const start = c.text.indexOf(exact);
  if (start < 0) throw new Error(`not in text: ${exact}`);
  const end = start + exact.length;
  const t = Date.parse('2026-11-28T02:00:00Z') + start;
  return {
    id: `${c.id}-h${start}`,
    clippingId: c.id,
    color: 'yellow',
    note: '',
    tags: [],
    exact,
    pageTarget: [],
    textTarget: [
      { type: 'TextQuoteSelector', exact, prefix: c.text.slice(Math.max(0, start - 8), start), suffix: c.text.slice(end, end + 8) },
      { type: 'TextPositionSelector', start, end },
    ],
    headingPath: [],
    createdAt: t,
    updatedAt: t,
    reviewedAt: null,
    reviewCount: 0,
    orphan: false,
    ...extra,
  };
}

/** Three highlights of the seed, with notes that look like Markdown and YAML on purpose. */
export function seedHighlights(c: Clipping): Highlight[] {
  return [
    makeHighlight(c, '学史明理、学史增信、学史崇德、学史力行', { note: '# 十六字要求\n- 背诵\n> 对照检查', tags: ['重点'], color: 'red' }),
    makeHighlight(c, '深入学习习近平总书记在党史学习教育动员大会上的重要讲话精神', { note: '' }),
    makeHighlight(c, '“科技之星，光耀中原”', { note: 'title: "引号" | 管道 --- *星* [链接](x)', tags: ['品牌 活动'] }),
  ];
}
