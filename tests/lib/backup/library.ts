/**
 * Test helpers for backup tests: fresh fake-indexeddb databases and small deterministic
 * libraries (clippings, highlights, tags, settings with a user template).
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { emptyDraft, joinParagraphs, type Clipping, type Highlight, type Setting, type Tag } from '../../../lib/bulletin/model';
import { openDb, type ClipperDb } from '../../../lib/db/database';

let counter = 0;

/** A database with a name no other test uses. */
export function openTestDb(prefix = 'backup'): ClipperDb {
  counter += 1;
  return openDb({ name: `${prefix}-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`, indexedDB, IDBKeyRange });
}

/** A small library, as rows per table. */
export interface Library {
  clippings: Clipping[];
  highlights: Highlight[];
  tags: Tag[];
  settings: Setting[];
}

/** A clipping with `n` in its id, title and text. */
export function sampleClipping(n: number, extra: Partial<Clipping> = {}): Clipping {
  const paragraphs = [`第${n}段：学史明理。`, `第${n}段：学史力行。`];
  return {
    ...emptyDraft('html'),
    id: `c${String(n).padStart(5, '0')}`,
    title: `简报第${n}期`,
    issuer: '办公室',
    date: '2021-03-22',
    url: `https://example.org/${n}.html`,
    paragraphs,
    text: joinParagraphs(paragraphs),
    normalizedUrl: `https://example.org/${n}.html`,
    tags: ['学习'],
    createdAt: 1_700_000_000_000 + n,
    updatedAt: 1_700_000_000_000 + n,
    ...extra,
  };
}

/** A highlight of clipping `c`. */
export function sampleHighlight(c: Clipping, n: number, extra: Partial<Highlight> = {}): Highlight {
  return {
    id: `${c.id}-h${n}`,
    clippingId: c.id,
    color: 'yellow',
    note: `批注${n}`,
    tags: ['重点'],
    exact: '学史明理',
    pageTarget: [{ type: 'TextQuoteSelector', exact: '学史明理', prefix: '', suffix: '' }],
    textTarget: [{ type: 'TextPositionSelector', start: 4, end: 8 }],
    headingPath: [],
    createdAt: 1_700_000_001_000 + n,
    updatedAt: 1_700_000_001_000 + n,
    reviewedAt: null,
    reviewCount: 0,
    orphan: false,
    ...extra,
  };
}

/** `clippings` clippings with `perClipping` highlights each, two tags, two settings. */
export function sampleLibrary(clippings = 3, perClipping = 2): Library {
  const cs = Array.from({ length: clippings }, (_, i) => sampleClipping(i + 1));
  return {
    clippings: cs,
    highlights: cs.flatMap((c) => Array.from({ length: perClipping }, (_, j) => sampleHighlight(c, j + 1))),
    tags: [
      { name: '学习', color: null, createdAt: 1 },
      { name: '重点', color: '#f00', createdAt: 2 },
    ],
    settings: [
      { key: 'templates', value: [{ id: 'mine', name: '我的模板', source: '# {{ title }}\n' }] },
      { key: 'backupReminderDays', value: 30 },
    ],
  };
}

/** Writes a library into a database. */
export async function fillDb(db: ClipperDb, lib: Library): Promise<void> {
  await db.transaction('rw', [db.clippings, db.highlights, db.tags, db.settings], async () => {
    await db.clippings.bulkAdd(lib.clippings);
    await db.highlights.bulkAdd(lib.highlights);
    await db.tags.bulkAdd(lib.tags);
    await db.settings.bulkAdd(lib.settings);
  });
}

/** Everything in the backed-up tables, in key order: for "nothing changed" assertions. */
export async function snapshot(db: ClipperDb): Promise<Library> {
  return {
    clippings: await db.clippings.toArray(),
    highlights: await db.highlights.toArray(),
    tags: await db.tags.toArray(),
    settings: await db.settings.toArray(),
  };
}
