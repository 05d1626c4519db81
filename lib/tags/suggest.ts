/**
 * Tag suggestions drawn from the bulletin itself: the quoted slogans and key phrases such
 * texts are full of (“四个意识”, “两个维护”, “我为群众办实事”) and the section heading a
 * passage sits under. Pure: the caller supplies the texts.
 */

const QUOTED = /[“"「『]([^“”"「」『』\n]{2,16})[”"」』]/g;

/**
 * Phrases quoted in `text`, most frequent first; phrases quoted in `passage` lead, since
 * they are what the reader just marked.
 */
export function suggestPhrases(text: string, passage = '', limit = 8): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(QUOTED)) {
    const phrase = m[1]!.trim();
    if (isTagLike(phrase)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  const inPassage = new Set([...passage.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter(isTagLike));
  return [...new Set([...inPassage, ...[...counts.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p)])].slice(0, limit);
}

/** A heading like "一、提高政治站位" becomes the tag "提高政治站位". */
export function headingTag(heading: string): string | null {
  const t = heading.replace(/^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十]+）|\(\s*[一二三四五六七八九十]+\s*\)|\d+[.．、]|（\d+）|\(\d+\))\s*/, '').replace(/[。：:；;，,]+$/, '').trim();
  return t && t.length <= 30 ? t : null;
}

/** Merges the user's existing tags matching `prefix` with phrase suggestions, no duplicates. */
export function mergeSuggestions(existing: string[], phrases: string[], prefix: string, limit = 12): string[] {
  const p = prefix.trim();
  const fromPhrases = phrases.filter((ph) => !p || ph.includes(p));
  return [...new Set([...existing, ...fromPhrases])].slice(0, limit);
}

function isTagLike(s: string): boolean {
  // Quotations of whole sentences are not tags; nor are bare numbers or punctuation.
  return s.length >= 2 && s.length <= 16 && !/[。！？，]/.test(s) && /[\u4e00-\u9fff]/.test(s);
}
