/**
 * Rebuilds a BulletinDraft from what a content script sent: only known fields, each of the
 * right type, so nothing else from the page's world reaches the database.
 */
import { emptyDraft, joinParagraphs, type BulletinDraft, type ClipOrigin } from '../bulletin/model';

const STRING_FIELDS = ['subtitle', 'issuer', 'bulletinName', 'issueNumber', 'date', 'publishedAt', 'source', 'author', 'url', 'siteName'] as const;
const ORIGINS: ClipOrigin[] = ['article', 'selection', 'page', 'text', 'txt', 'pdf', 'html'];

/** A clean draft from untrusted input (already schema-checked for title/paragraphs/text). */
export function cleanDraft(input: Record<string, unknown> & { title: string; paragraphs: string[] }): BulletinDraft {
  const d = emptyDraft(ORIGINS.includes(input.origin as ClipOrigin) ? (input.origin as ClipOrigin) : 'article');
  d.title = input.title;
  d.paragraphs = input.paragraphs;
  d.text = joinParagraphs(d.paragraphs);
  for (const k of STRING_FIELDS) {
    const v = input[k];
    if (typeof v === 'string') d[k] = v;
  }
  if (Array.isArray(input.headings)) {
    d.headings = input.headings
      .filter((h): h is { level: number; text: string; paragraph: number } => !!h && typeof h.level === 'number' && typeof h.text === 'string' && typeof h.paragraph === 'number')
      .map(({ level, text, paragraph }) => ({ level, text, paragraph }));
  }
  if (Array.isArray(input.distribution)) {
    d.distribution = input.distribution
      .filter((x): x is { label: string; recipients: string } => !!x && typeof x.label === 'string' && typeof x.recipients === 'string')
      .map(({ label, recipients }) => ({ label, recipients }));
  }
  if (Array.isArray(input.attachments)) d.attachments = input.attachments.filter((a): a is string => typeof a === 'string');
  return d;
}
