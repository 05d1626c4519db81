/**
 * jsdom for the DOM-path tests (linkedom has no Range.setStart). @types/jsdom is not installed
 * in this repo, so jsdom is loaded through require with the one shape we use typed here.
 */
import { createRequire } from 'node:module';

interface JsdomModule {
  JSDOM: new (html: string) => { window: { document: Document } };
}

const require = createRequire(import.meta.url);
const { JSDOM } = require('jsdom') as JsdomModule;

/** Parses HTML into a jsdom Document. */
export function parseWithJsdom(html: string): Document {
  return new JSDOM(html).window.document;
}
