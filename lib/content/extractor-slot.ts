/**
 * The page-reading code (Readability + bulletin parsing, ~25 KiB gzip) ships as its own
 * injected script, so pages that only need their highlights redrawn never load it. Both
 * scripts run in the extension's isolated world of the page, where this slot joins them.
 */
import type { extractBulletin } from '../extract/extract';
import { fail, ok, type Result } from '../bulletin/result';

/** The extraction function the extractor script provides. */
export type ExtractFn = typeof extractBulletin;

const SLOT = '__bulletinClipperExtract';

/** Called by the extractor script when it loads. */
export function provideExtractor(fn: ExtractFn): void {
  (globalThis as Record<string, unknown>)[SLOT] = fn;
}

/** The loaded extractor, or null before the extractor script ran. */
export function findExtractor(): ExtractFn | null {
  const fn = (globalThis as Record<string, unknown>)[SLOT];
  return typeof fn === 'function' ? (fn as ExtractFn) : null;
}

/** The extractor, asking `load` (the background injects the script) when it is not there yet. */
export async function requireExtractor(load: () => Promise<unknown>): Promise<Result<ExtractFn>> {
  if (!findExtractor()) await load();
  const fn = findExtractor();
  return fn ? ok(fn) : fail('internal', 'the page reader could not be loaded');
}
