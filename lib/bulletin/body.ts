/**
 * The body of a bulletin after its header: paragraphs with their section headings, and the
 * closing blocks (attachments, signature and document date, distribution, 印发 lines).
 * Works on paragraphs already joined and space-normalised.
 */
import type { DistributionLine, Heading } from './model';
import { findDate } from './date';
import { matchHeading } from './headings';
import { isNumberedItem, isOrganizationName, isPrintLine, matchAttachment, matchDistribution } from './distribution';

/** What the body walk found. */
export interface BodyParts {
  paragraphs: string[];
  headings: Heading[];
  distribution: DistributionLine[];
  attachments: string[];
  /** The office in the signature (落款), if any. */
  signature: string | null;
  /** 成文日期 from the signature, YYYY-MM-DD. */
  documentDate: string | null;
}

const END_MARK = /^[（(【[]?(?:完|全文完|结束|END)[）)】\]]?$/i;

/** Tests whether a block is nothing but a date (a 落款 date line). */
function dateOnly(block: string): string | null {
  if (block.length > 24) return null;
  const d = findDate(block);
  if (!d) return null;
  const rest = block.slice(0, d.index) + block.slice(d.index + d.length);
  return /^[\s（）()]*$/.test(rest) ? d.date : null;
}

/** Reads a signature line that carries its date: 河南省科协办公室 2021年3月22日. */
function signatureWithDate(block: string): { office: string; date: string } | null {
  if (block.length > 50) return null;
  const d = findDate(block);
  if (!d || d.index + d.length < block.length - 1) return null;
  const office = block.slice(0, d.index).trim();
  return isOrganizationName(office) ? { office, date: d.date } : null;
}

/** Walks body blocks in order and sorts them into paragraphs, headings and closing parts. */
export function readBody(blocks: readonly string[]): BodyParts {
  const out: BodyParts = { paragraphs: [], headings: [], distribution: [], attachments: [], signature: null, documentDate: null };
  let openRecipients: DistributionLine | null = null;
  let inAttachments = false;
  for (const block of blocks) {
    if (!block || END_MARK.test(block)) continue;
    if (isPrintLine(block)) {
      openRecipients = null;
      continue;
    }
    const dist = matchDistribution(block);
    if (dist) {
      openRecipients = { label: dist.label, recipients: dist.recipients };
      out.distribution.push(openRecipients);
      inAttachments = false;
      continue;
    }
    // Recipients wrapped onto further blocks (one <p> per printed line on HTML pages).
    if (openRecipients && !/[。：:]$/.test(openRecipients.recipients) && block.length <= 100 && !findDate(block)) {
      openRecipients.recipients += block;
      continue;
    }
    openRecipients = null;
    const attachment = matchAttachment(block);
    if (attachment !== null) {
      if (attachment) out.attachments.push(attachment);
      inAttachments = true;
      continue;
    }
    if (inAttachments && isNumberedItem(block)) {
      out.attachments.push(block.replace(/^\d{1,2} ?[.．、] ?/, '').trim());
      continue;
    }
    inAttachments = false;
    if (out.paragraphs.length > 0 && readClosing(block, out)) continue;
    const heading = matchHeading(block);
    if (heading) {
      out.headings.push({ level: heading.level, text: heading.text, paragraph: out.paragraphs.length });
      if (!heading.runIn) continue;
    }
    out.paragraphs.push(block);
  }
  return out;
}

/**
 * Recognises the signature (落款) and document date after the body. A date line takes the
 * short organisation line right before it (already pushed as a paragraph) as the signature.
 */
function readClosing(block: string, out: BodyParts): boolean {
  // The last date line wins: the signature closes the document, earlier date lines are body.
  const date = dateOnly(block);
  if (date) {
    out.documentDate = date;
    const last = out.paragraphs[out.paragraphs.length - 1];
    if (last !== undefined && isOrganizationName(last) && !out.headings.some((h) => h.paragraph === out.paragraphs.length - 1)) {
      out.signature = last;
      out.paragraphs.pop();
    }
    return true;
  }
  const signed = signatureWithDate(block);
  if (signed) {
    out.signature = signed.office;
    out.documentDate = signed.date;
    return true;
  }
  return false;
}
