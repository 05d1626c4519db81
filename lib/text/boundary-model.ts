/**
 * A per-document model of paragraph boundaries for the cases line widths cannot settle: a
 * line that fills the column followed by one that could start a paragraph (list items and
 * table rows that happen to fill a line, paragraphs ending exactly at the margin). It learns,
 * from the same document's unambiguous decisions, what the start of a paragraph and the end
 * of one look like there (a date, `评论人：`, a name and `（`; a closing quote, a noun), versus
 * what a wrapped line starts and ends with, and weighs the two as naive Bayes. Tiny and
 * linear: two count tables keyed by one or two characters.
 */

// Pseudo-count pulling each feature's boundary share toward the document's base rate.
const SHRINK = 8;

/** Character class key: digits and Latin letters are pooled (2021年 and 1998年 look alike). */
function keyChar(ch: string | undefined): string {
  if (ch === undefined) return '';
  if (ch >= '0' && ch <= '9') return '0';
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) return 'a';
  return ch;
}

/** The keys describing how a line starts (one and two characters). */
function startKeys(b: string): [string, string] {
  const one = keyChar(b[0]);
  return [`s1${one}`, `s2${one}${keyChar(b[1])}`];
}

/** The keys describing how a line ends. */
function endKeys(a: string): [string, string] {
  const one = keyChar(a[a.length - 1]);
  return [`e1${one}`, `e2${keyChar(a[a.length - 2])}${one}`];
}

/** Counts of features at paragraph boundaries and at line wraps. */
export interface BoundaryModel {
  breaks: Map<string, number>;
  joins: Map<string, number>;
  breakTotal: number;
  joinTotal: number;
}

/** An empty model. */
export function createBoundaryModel(): BoundaryModel {
  return { breaks: new Map(), joins: new Map(), breakTotal: 0, joinTotal: 0 };
}

/** Records one unambiguous decision between line a and line b. */
export function learnBoundary(model: BoundaryModel, a: string, b: string, isBreak: boolean): void {
  const table = isBreak ? model.breaks : model.joins;
  for (const k of [...startKeys(b), ...endKeys(a)]) table.set(k, (table.get(k) ?? 0) + 1);
  if (isBreak) model.breakTotal++;
  else model.joinTotal++;
}

/**
 * Log-likelihood ratio of one feature (two-character key when seen often enough, else one):
 * the share of boundaries among this feature's occurrences, shrunk toward the document's base
 * rate, against that base rate. A feature seen rarely or never says nothing.
 */
function featureRatio(model: BoundaryModel, [one, two]: [string, string]): number {
  const b2 = model.breaks.get(two) ?? 0;
  const j2 = model.joins.get(two) ?? 0;
  const useTwo = b2 + j2 >= 3;
  const kb = useTwo ? b2 : (model.breaks.get(one) ?? 0);
  const kj = useTwo ? j2 : (model.joins.get(one) ?? 0);
  const base = model.breakTotal / (model.breakTotal + model.joinTotal);
  const p = (kb + SHRINK * base) / (kb + kj + SHRINK);
  return Math.log(p / (1 - p)) - Math.log(base / (1 - base));
}

/**
 * Log-odds that an ambiguous pair is a paragraph boundary, from the document's own
 * evidence; `prior` is the log-odds before looking at the text.
 */
export function scoreBoundary(model: BoundaryModel, a: string, b: string, prior: number): number {
  if (model.breakTotal < 3 || model.joinTotal < 3) return prior;
  return prior + featureRatio(model, startKeys(b)) + featureRatio(model, endKeys(a));
}
