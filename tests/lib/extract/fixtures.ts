/**
 * Test helper: the fixture pages, the seed bulletin's expected fields, and a linkedom Document
 * built the way the CLI builds it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../../lib/extract/decode';
import { parseHtmlDocument } from '../../../cli/dom';

const here = dirname(fileURLToPath(import.meta.url));
/** tests/fixtures/pages */
export const PAGES_DIR = resolve(here, '../../fixtures/pages');
/** ../shared (beside the repo). */
export const SHARED_DIR = resolve(here, '../../../../shared');

/** The seed bulletin's expected fields (title, issuer, date, paragraphs, distribution). */
export interface SeedExpected {
  title: string;
  issuer: string;
  date: string;
  paragraphs: string[];
  distribution: Array<{ label: string; recipients: string }>;
}

/** Reads bulletin-2021-03-22.expected.json from the shared seed. */
export function readSeedExpected(): SeedExpected {
  return JSON.parse(readFileSync(join(SHARED_DIR, 'seed/bulletin-2021-03-22.expected.json'), 'utf8')) as SeedExpected;
}

/** Raw bytes of a fixture page. */
export function readPageBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(PAGES_DIR, name)));
}

/** A fixture page as a Document (charset honoured). */
export function loadPage(name: string): Document {
  return parseHtmlDocument(decodeHtml(readPageBytes(name)));
}

/** Any HTML string as a Document. */
export function htmlDocument(html: string): Document {
  return parseHtmlDocument(html);
}
