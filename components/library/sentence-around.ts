/**
 * The sentence a highlight sits in, from its stored quote selector's prefix and suffix (no
 * need to load the clipping's 3 KB text for every row of a 100,000-row list).
 */
import type { Highlight, TextQuoteSelector } from '../../lib/bulletin/model';

/** The passage around a highlight: text before it, the highlight, text after it. */
export interface SentenceAround {
  before: string;
  exact: string;
  after: string;
}

const END = /[。！？；!?\n]/;

/** Cuts `prefix` after its last sentence end and `suffix` after its first. */
export function sentenceAround(h: Pick<Highlight, 'exact' | 'textTarget' | 'pageTarget'>): SentenceAround {
  const quote = [...h.textTarget, ...h.pageTarget].find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const prefix = quote?.prefix ?? '';
  const suffix = quote?.suffix ?? '';
  let cut = -1;
  for (let i = prefix.length - 1; i >= 0; i--) {
    if (END.test(prefix[i]!)) {
      cut = i;
      break;
    }
  }
  const before = prefix.slice(cut + 1).replace(/\s+/g, ' ').trimStart();
  const m = END.exec(suffix);
  const after = (m ? suffix.slice(0, m.index + (m[0] === '\n' ? 0 : 1)) : suffix).replace(/\s+/g, ' ').trimEnd();
  return { before: cut < 0 && prefix ? `…${before}` : before, exact: h.exact, after: m || !suffix ? after : `${after}…` };
}
