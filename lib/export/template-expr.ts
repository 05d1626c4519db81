/**
 * Expressions of the template language: operands (variable paths, strings, numbers,
 * true/false/null), filter chains `value | name:arg, arg`, and conditions with
 * ==, !=, <, >, <=, >=, not, and, or.
 */
import { failAt, type Condition, type FilterCall, type Filtered, type Operand } from './template-ast';

type Tok = { t: 'str' | 'num' | 'op' | 'name'; v: string };

const TOKEN = /\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(-?\d+(?:\.\d+)?)(?![\w.])|(==|!=|>=|<=|>|<|\||:|,)|([A-Za-z_][\w]*(?:\.(?:[A-Za-z_]\w*|\d+))*))/y;

/** Splits an expression into tokens; anything unreadable is an error at `line`. */
function lex(src: string, line: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < src.length) {
    if (/^\s*$/.test(src.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(src);
    if (!m) failAt(line, `cannot read "${src.slice(at).trim()}" in "${src}"`);
    at = TOKEN.lastIndex;
    if (m[1] !== undefined || m[2] !== undefined) out.push({ t: 'str', v: (m[1] ?? m[2]!).replace(/\\(.)/g, (_s, c: string) => (c === 'n' ? '\n' : c)) });
    else if (m[3] !== undefined) out.push({ t: 'num', v: m[3] });
    else if (m[4] !== undefined) out.push({ t: 'op', v: m[4] });
    else out.push({ t: 'name', v: m[5]! });
  }
  return out;
}

/** A cursor over expression tokens. */
class Reader {
  private i = 0;
  constructor(
    private readonly toks: Tok[],
    readonly line: number,
    private readonly src: string,
  ) {}
  peek(): Tok | undefined {
    return this.toks[this.i];
  }
  next(): Tok | undefined {
    return this.toks[this.i++];
  }
  done(): boolean {
    return this.i >= this.toks.length;
  }
  isOp(v: string): boolean {
    const p = this.peek();
    return !!p && p.t === 'op' && p.v === v;
  }
  isWord(v: string): boolean {
    const p = this.peek();
    return !!p && p.t === 'name' && p.v === v;
  }
  fail(what: string): never {
    return failAt(this.line, `${what} in "${this.src}"`);
  }
}

function readOperand(r: Reader): Operand {
  const tok = r.next();
  if (!tok) return r.fail('a value is missing');
  if (tok.t === 'str') return { kind: 'literal', value: tok.v };
  if (tok.t === 'num') return { kind: 'literal', value: Number(tok.v) };
  if (tok.t === 'name') {
    if (tok.v === 'true' || tok.v === 'false') return { kind: 'literal', value: tok.v === 'true' };
    if (tok.v === 'null' || tok.v === 'nil') return { kind: 'literal', value: null };
    return { kind: 'path', path: tok.v.split('.'), line: r.line };
  }
  return r.fail(`unexpected "${tok.v}"`);
}

function readFiltered(r: Reader): Filtered {
  const operand = readOperand(r);
  const filters: FilterCall[] = [];
  while (r.isOp('|')) {
    r.next();
    const name = r.next();
    if (!name || name.t !== 'name' || name.v.includes('.')) return r.fail('a filter name is missing after "|"');
    const args: Operand[] = [];
    if (r.isOp(':')) {
      r.next();
      args.push(readOperand(r));
      while (r.isOp(',')) {
        r.next();
        args.push(readOperand(r));
      }
    }
    filters.push({ name: name.v, args, line: r.line });
  }
  return { operand, filters };
}

const COMPARE = ['==', '!=', '<', '>', '<=', '>='] as const;

function readComparison(r: Reader): Condition {
  if (r.isWord('not')) {
    r.next();
    return { kind: 'not', inner: readComparison(r) };
  }
  const left = readFiltered(r);
  const op = r.peek();
  if (op && op.t === 'op' && (COMPARE as readonly string[]).includes(op.v)) {
    r.next();
    return { kind: 'compare', op: op.v as (typeof COMPARE)[number], left, right: readFiltered(r) };
  }
  return { kind: 'value', value: left };
}

function readAnd(r: Reader): Condition {
  let left = readComparison(r);
  while (r.isWord('and')) {
    r.next();
    left = { kind: 'and', left, right: readComparison(r) };
  }
  return left;
}

/** Parses `{{ … }}` contents: one value and its filters. */
export function parseOutput(src: string, line: number): Filtered {
  const r = new Reader(lex(src, line), line, src);
  if (r.done()) return r.fail('empty {{ }}');
  const value = readFiltered(r);
  if (!r.done()) r.fail(`unexpected "${r.peek()!.v}"`);
  return value;
}

/** Parses an if/elif condition. */
export function parseCondition(src: string, line: number): Condition {
  const r = new Reader(lex(src, line), line, src);
  if (r.done()) return r.fail('the condition is missing');
  let cond = readAnd(r);
  while (r.isWord('or')) {
    r.next();
    cond = { kind: 'or', left: cond, right: readAnd(r) };
  }
  if (!r.done()) r.fail(`unexpected "${r.peek()!.v}"`);
  return cond;
}
