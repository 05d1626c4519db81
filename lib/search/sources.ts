/**
 * What of a clipping or highlight is searchable, as (field, text) pairs in field order, and
 * the hash that tells whether re-indexing is needed.
 */
import type { Clipping, Highlight } from '../bulletin/model';
import { FIELD_BODY, FIELD_HIGHLIGHT, FIELD_NOTE, FIELD_TITLE } from './schema';

/** One searchable text of a source. */
export type FieldText = readonly [field: number, text: string];

/** The ref key of a clipping in the index (lib/search/refs.ts). */
export function clippingRef(id: string): string {
  return `c:${id}`;
}

/** The ref key of a highlight in the index (lib/search/refs.ts). */
export function highlightRef(id: string): string {
  return `h:${id}`;
}

/** A clipping's searchable fields: title (with subtitle) and body text. */
export function fieldsOfClipping(c: Pick<Clipping, 'title' | 'subtitle' | 'text'>): FieldText[] {
  const title = c.subtitle ? `${c.title}\n${c.subtitle}` : c.title;
  return [
    [FIELD_TITLE, title],
    [FIELD_BODY, c.text],
  ];
}

/** A highlight's searchable fields: the highlighted text and the note. */
export function fieldsOfHighlight(h: Pick<Highlight, 'exact' | 'note'>): FieldText[] {
  return [
    [FIELD_HIGHLIGHT, h.exact],
    [FIELD_NOTE, h.note],
  ];
}

/** The text of one field of a source (what verification and snippets read). */
export function textOfField(source: Clipping | Highlight, field: number): string {
  if ('clippingId' in source) return field === FIELD_HIGHLIGHT ? source.exact : field === FIELD_NOTE ? source.note : '';
  if (field === FIELD_TITLE) return source.subtitle ? `${source.title}\n${source.subtitle}` : source.title;
  return field === FIELD_BODY ? source.text : '';
}

/** FNV-1a over the fields (with separators): cheap change detection, not security. */
export function hashFields(fields: readonly FieldText[]): number {
  let h = 0x811c9dc5;
  for (const [field, text] of fields) {
    h = Math.imul(h ^ (field + 0x10000), 0x01000193);
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}
