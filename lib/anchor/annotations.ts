/**
 * Reading annotation files from outside (Hypothesis API search results, or a plain array of
 * W3C-style annotations) into id + selectors, validating every selector field: a malformed
 * selector is dropped, never trusted.
 */
import type { Selector } from '../bulletin/model';
import { fail, ok, type Result } from '../bulletin/result';

/** One annotation as the anchoring engine needs it. */
export interface AnnotationInput {
  id: string | number | null;
  selectors: Selector[];
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** A well-formed selector from untrusted JSON, or null. */
export function toSelector(v: unknown): Selector | null {
  if (!isObj(v)) return null;
  if (v.type === 'TextQuoteSelector' && typeof v.exact === 'string') {
    const prefix = typeof v.prefix === 'string' ? v.prefix : '';
    const suffix = typeof v.suffix === 'string' ? v.suffix : '';
    return { type: 'TextQuoteSelector', exact: v.exact, prefix, suffix };
  }
  if (v.type === 'TextPositionSelector' && isOffset(v.start) && isOffset(v.end) && v.start <= v.end) {
    return { type: 'TextPositionSelector', start: v.start, end: v.end };
  }
  if (
    v.type === 'RangeSelector' &&
    typeof v.startContainer === 'string' &&
    typeof v.endContainer === 'string' &&
    isOffset(v.startOffset) &&
    isOffset(v.endOffset)
  ) {
    return {
      type: 'RangeSelector',
      startContainer: v.startContainer,
      startOffset: v.startOffset,
      endContainer: v.endContainer,
      endOffset: v.endOffset,
    };
  }
  return null;
}

/** The selectors of an annotation's target (an array of targets: the first with selectors). */
function selectorsOf(target: unknown): Selector[] {
  const targets = Array.isArray(target) ? target : [target];
  for (const t of targets) {
    if (!isObj(t) || t.selector === undefined) continue;
    const raw = Array.isArray(t.selector) ? t.selector : [t.selector];
    return raw.map(toSelector).filter((s): s is Selector => s !== null);
  }
  return [];
}

/**
 * Parses an annotations file: `{rows: [{id, target: [{selector: [...]}]}]}` (Hypothesis API)
 * or `[{id, target: {selector: [...]}}]`. Fails (bad input) when it is neither.
 */
export function parseAnnotations(json: string): Result<AnnotationInput[]> {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail('unsupported_input', `not JSON (${(e as Error).message})`);
  }
  const rows = Array.isArray(data) ? data : isObj(data) && Array.isArray(data.rows) ? data.rows : null;
  if (!rows) return fail('unsupported_input', 'expected {rows: [...]} or an array of annotations');
  const out: AnnotationInput[] = [];
  for (const [i, row] of rows.entries()) {
    if (!isObj(row)) return fail('unsupported_input', `annotation ${i} is not an object`);
    const id = typeof row.id === 'string' || typeof row.id === 'number' ? row.id : null;
    out.push({ id, selectors: selectorsOf(row.target) });
  }
  return ok(out);
}
