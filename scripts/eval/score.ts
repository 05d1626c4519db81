/**
 * Scores used by `npm run eval`: whitespace-insensitive character-bigram F1 for body text, the
 * publish day against ground truth, and "no site suffix left in the title".
 */
import type { BulletinDraft } from '../../lib/bulletin/model';
import { readTitleSuffix } from '../../lib/extract/title';

/** Character-bigram F1 of two texts with all whitespace removed (1 when both are empty). */
export function scoreBigramF1(candidate: string, truth: string): number {
  const a = countBigrams(candidate);
  const b = countBigrams(truth);
  if (a.total === 0 && b.total === 0) return 1;
  if (a.total === 0 || b.total === 0) return 0;
  let overlap = 0;
  for (const [gram, n] of a.counts) overlap += Math.min(n, b.counts.get(gram) ?? 0);
  return (2 * overlap) / (a.total + b.total);
}

/** True when `found` (YYYY-MM-DD[ HH:MM]) agrees with the truth at the truth's precision. */
export function isDateRight(found: string | null | undefined, truth: string): boolean {
  if (!found) return false;
  return found.slice(0, truth.length) === truth;
}

/** True when the title is non-empty and does not end with the <title>'s site suffix. */
export function isTitleClean(title: string | null | undefined, documentTitle: string): boolean {
  const t = (title ?? '').trim();
  if (!t) return false;
  const suffix = readTitleSuffix(documentTitle);
  if (!suffix) return true;
  return !t.endsWith(suffix) || t.length <= suffix.length + 1;
}

function countBigrams(s: string): { counts: Map<string, number>; total: number } {
  const chars = Array.from(s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ''));
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return { counts, total: Math.max(0, chars.length - 1) };
}

/**
 * The body as a reader sees it: headings in place before their paragraphs, then attachments
 * and the distribution block. The parser keeps those out of `paragraphs` (they are structure),
 * but the ground truth has them in the body text.
 */
export function composeReadingText(d: Pick<BulletinDraft, 'paragraphs' | 'headings' | 'attachments' | 'distribution'>): string {
  const out: string[] = [];
  d.paragraphs.forEach((p, i) => {
    for (const h of d.headings) if (h.paragraph === i) out.push(h.text);
    out.push(p);
  });
  for (const h of d.headings) if (h.paragraph >= d.paragraphs.length) out.push(h.text);
  out.push(...d.attachments);
  for (const line of d.distribution) out.push(`${line.label}：${line.recipients}`);
  return out.join('\n\n');
}
