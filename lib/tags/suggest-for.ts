/**
 * Tag suggestions for a passage of a clipping: the user's existing tags matching what is
 * typed, then the section heading the passage sits under and the phrases the bulletin quotes.
 */
import { headingPath, paragraphIndexAt, type Clipping } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { matchTags } from '../db/highlights';
import { headingTag, mergeSuggestions, suggestPhrases } from './suggest';

/** Suggestions for tagging `passage` of `clipping` (either may be absent). */
export async function suggestTagsFor(db: ClipperDb, clipping: Clipping | undefined, prefix: string, passage = ''): Promise<string[]> {
  const phrases = clipping ? suggestPhrases(clipping.text, passage) : [];
  if (clipping && passage) {
    const off = clipping.text.indexOf(passage);
    const path = off >= 0 ? headingPath(clipping.headings, paragraphIndexAt(clipping.paragraphs, off)) : [];
    const last = path.length ? headingTag(path[path.length - 1]!) : null;
    if (last) phrases.unshift(last);
  }
  return mergeSuggestions(await matchTags(db, prefix), phrases, prefix);
}
