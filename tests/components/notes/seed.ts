/** A small library in the page's database (the one useDb() opens) for component tests. */
import { emptyDraft, joinParagraphs, type Clipping, type Highlight } from '../../../lib/bulletin/model';
import { openDb, type ClipperDb } from '../../../lib/db/database';

/** A clipping whose text holds two passages. */
export function makeClipping(n: number, extra: Partial<Clipping> = {}): Clipping {
  const paragraphs = [`第${n}篇：学史明理、学史增信。`, `第${n}篇：学史崇德、学史力行。`];
  return {
    ...emptyDraft('html'),
    id: `c${n}`,
    title: `简报第${n}期`,
    issuer: '党史学习教育领导小组办公室',
    date: `2021-03-${String(10 + n).padStart(2, '0')}`,
    url: `https://example.org/${n}.html`,
    siteName: '示例站点',
    paragraphs,
    text: joinParagraphs(paragraphs),
    normalizedUrl: `https://example.org/${n}.html`,
    tags: [],
    createdAt: Date.parse('2026-11-01T00:00:00Z') + n,
    updatedAt: Date.parse('2026-11-01T00:00:00Z') + n,
    ...extra,
  };
}

/** A highlight of `exact` in clipping `c`. */
export function makeHighlight(c: Clipping, exact: string, extra: Partial<Highlight> = {}): Highlight {
  const start = c.text.indexOf(exact);
  if (start < 0) throw new Error(`not in text: ${exact}`);
  return {
    id: `${c.id}-h${start}`,
    clippingId: c.id,
    color: 'yellow',
    note: '',
    tags: [],
    exact,
    pageTarget: [],
    textTarget: [
      { type: 'TextQuoteSelector', exact, prefix: c.text.slice(Math.max(0, start - 6), start), suffix: c.text.slice(start + exact.length, start + exact.length + 6) },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
    headingPath: [],
    createdAt: c.createdAt + start,
    updatedAt: c.createdAt + start,
    reviewedAt: null,
    reviewCount: 0,
    orphan: false,
    ...extra,
  };
}

/** Empties the page database and fills it. */
export async function seedDb(clippings: Clipping[], highlights: Highlight[]): Promise<ClipperDb> {
  const db = openDb();
  await db.open();
  await db.transaction('rw', [db.clippings, db.highlights, db.tags, db.settings], async () => {
    await Promise.all([db.clippings.clear(), db.highlights.clear(), db.tags.clear(), db.settings.clear()]);
    await db.clippings.bulkAdd(clippings);
    await db.highlights.bulkAdd(highlights);
    const tags = [...new Set(highlights.flatMap((h) => h.tags))];
    await db.tags.bulkAdd(tags.map((name) => ({ name, color: null, createdAt: 0 })));
  });
  return db;
}
