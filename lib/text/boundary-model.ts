/**
 * A per-document model of paragraph boundaries for the cases line widths cannot settle: a
 * line that fills the column followed by one that could start a paragraph (list items and
 * table rows that happen to fill a line, paragraphs ending exactly at the margin). It learns,
 * from the same document's unambiguous decisions, what the start of a paragraph and the end
 * of one look like there (a date, `评论人：`, a name and `（`; a closing quote, a noun), versus
 * what a wrapped line starts and ends with, and how often a new paragraph starts in the shape
 * of the one before (parallel items: `姓名（单位）题目`, `2016 年 7 月，`), and weighs it all as
 * naive Bayes. Tiny and linear: count tables keyed by one or two character codes.
 */

// Pseudo-count pulling each feature's boundary share toward the document's base rate.
const SHRINK = 8;

/** Character class code: digits and Latin letters are pooled (2021年 and 1998年 look alike). */
function classCode(s: string, i: number): number {
  const c = i >= 0 && i < s.length ? s.charCodeAt(i) : 0;
  if (c >= 48 && c <= 57) return 48;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 97;
  return c;
}

// Feature keys are small integers (they stay V8 small integers: no allocation per pair).
// Codes are folded to 15 bits; the rare collisions (U+8000+ with U+0000+) cost nothing here.
const START1 = 0;
const START2 = 1;
const END1 = 2;
const END2 = 3;
const PARALLEL = 4;

/**
 * The shape a line starts with: its first three runs, a run of Han, of digits or of Latin
 * letters as one code each, any other character as itself, spaces skipped. `陈卫平（中国人民大学）`
 * and `朱希伟（浙江大学）` share one, as do `2016 年 7 月` and `2008 年 8 月`.
 */
export function startShape(s: string): string {
  let shape = '';
  let runs = 0;
  let last = '';
  for (let i = 0; i < s.length && runs < 3; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) continue;
    const code = c >= 48 && c <= 57 ? 'D' : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'L' : c >= 0x3400 && c <= 0x9fff ? 'H' : s[i]!;
    if (code === last && code.length === 1 && 'DLH'.includes(code)) continue;
    shape += code;
    last = code;
    runs++;
  }
  return shape;
}

/** A key for one or two character codes. */
function pairKey(one: number, two: number): number {
  return (one & 0x7fff) * 0x8000 + (two & 0x7fff);
}

/** The keys describing how line b starts (one and two characters). */
function startKeys(b: string): [number, number] {
  const one = classCode(b, 0);
  return [pairKey(one, 0), pairKey(one, classCode(b, 1))];
}

/** The keys describing how line a ends. */
function endKeys(a: string): [number, number] {
  const one = classCode(a, a.length - 1);
  return [pairKey(one, 0), pairKey(classCode(a, a.length - 2), one)];
}

/** Counts of features at paragraph boundaries and at line wraps. */
export interface BoundaryModel {
  /** Counts per feature kind (start 1, start 2, end 1, end 2) at paragraph boundaries. */
  breaks: Array<Map<number, number>>;
  /** The same at line wraps inside a paragraph. */
  joins: Array<Map<number, number>>;
  breakTotal: number;
  joinTotal: number;
}

/** An empty model. */
export function createBoundaryModel(): BoundaryModel {
  const tables = (): Array<Map<number, number>> => [new Map(), new Map(), new Map(), new Map(), new Map()];
  return { breaks: tables(), joins: tables(), breakTotal: 0, joinTotal: 0 };
}

/** Adds one to a key's count. */
function count(table: Map<number, number>, key: number): void {
  table.set(key, (table.get(key) ?? 0) + 1);
}

/**
 * Key of the parallel feature: whether b starts the way one of the last paragraphs started
 * (`starts`: their start shapes), in a shape more telling than Han text and commas.
 */
function parallelKey(starts: readonly string[], b: string): number {
  const shape = startShape(b);
  return starts.includes(shape) && !/^[H，。]*$/.test(shape) ? 1 : 0;
}

/**
 * Records one unambiguous decision between line a and line b; `starts` are the start shapes
 * of the last paragraphs (see startShape).
 */
export function learnBoundary(model: BoundaryModel, a: string, b: string, isBreak: boolean, starts: readonly string[]): void {
  const tables = isBreak ? model.breaks : model.joins;
  const [s1, s2] = startKeys(b);
  const [e1, e2] = endKeys(a);
  count(tables[START1]!, s1);
  count(tables[START2]!, s2);
  count(tables[END1]!, e1);
  count(tables[END2]!, e2);
  count(tables[PARALLEL]!, parallelKey(starts, b));
  if (isBreak) model.breakTotal++;
  else model.joinTotal++;
}

/**
 * Log-likelihood ratio of one feature (two-character key when seen often enough, else one):
 * the share of boundaries among this feature's occurrences, shrunk toward the document's base
 * rate, against that base rate. A feature seen rarely or never says nothing.
 */
function featureRatio(model: BoundaryModel, kinds: [number, number], [one, two]: [number, number]): number {
  const b2 = model.breaks[kinds[1]]!.get(two) ?? 0;
  const j2 = model.joins[kinds[1]]!.get(two) ?? 0;
  const useTwo = b2 + j2 >= 3;
  const kb = useTwo ? b2 : (model.breaks[kinds[0]]!.get(one) ?? 0);
  const kj = useTwo ? j2 : (model.joins[kinds[0]]!.get(one) ?? 0);
  const base = model.breakTotal / (model.breakTotal + model.joinTotal);
  const p = (kb + SHRINK * base) / (kb + kj + SHRINK);
  return Math.log(p / (1 - p)) - Math.log(base / (1 - base));
}

/**
 * Log-odds that an ambiguous pair is a paragraph boundary, from the document's own
 * evidence; `prior` is the log-odds before looking at the text.
 */
export function scoreBoundary(model: BoundaryModel, a: string, b: string, prior: number, starts: readonly string[]): number {
  if (model.breakTotal < 3 || model.joinTotal < 3) return prior;
  const parallel = parallelKey(starts, b);
  return prior + featureRatio(model, [START1, START2], startKeys(b)) + featureRatio(model, [END1, END2], endKeys(a)) + featureRatio(model, [PARALLEL, PARALLEL], [parallel, parallel]);
}
