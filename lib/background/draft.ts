/**
 * Rebuilds a BulletinDraft from what arrived in a message (already schema-checked): only
 * the known fields are copied, so nothing else from the page's world reaches the database,
 * and `text` is recomputed from the paragraphs so it always matches them.
 */
import { joinParagraphs, type BulletinDraft } from '../bulletin/model';

/** A clean copy of a validated draft. */
export function cleanDraft(d: BulletinDraft): BulletinDraft {
  return {
    title: d.title,
    subtitle: d.subtitle,
    issuer: d.issuer,
    bulletinName: d.bulletinName,
    issueNumber: d.issueNumber,
    date: d.date,
    publishedAt: d.publishedAt,
    source: d.source,
    author: d.author,
    url: d.url,
    siteName: d.siteName,
    paragraphs: [...d.paragraphs],
    headings: d.headings.map(({ level, text, paragraph }) => ({ level, text, paragraph })),
    distribution: d.distribution.map(({ label, recipients }) => ({ label, recipients })),
    attachments: [...d.attachments],
    text: joinParagraphs(d.paragraphs),
    origin: d.origin,
  };
}
