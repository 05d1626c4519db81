/**
 * Golden Markdown of the seed bulletin. Time zone pinned so `clipped`/`exported` print the
 * same offset everywhere; export time frozen.
 */
import { describe, it } from 'vitest';
import { toMarkdown } from '../../../lib/export/markdown';
import { expectGolden } from './golden';
import { parseExport } from './parse-export';
import { FROZEN_NOW, pinTimeZone, loadSeedClipping, seedHighlights } from './seed';

pinTimeZone('Asia/Shanghai');

describe('toMarkdown golden files (UPDATE_GOLDEN=1 rewrites)', () => {
  const c = loadSeedClipping();
  const highlights = seedHighlights(c);
  it.each([
    ['seed-full.md', {}],
    ['seed-marks.md', { highlights, marks: true }],
    ['seed-highlights.md', { highlights, mode: 'highlights' as const }],
  ])('%s', (file, options) => {
    const md = toMarkdown(c, { ...options, now: FROZEN_NOW });
    parseExport(md);
    expectGolden(file, md);
  });
});
