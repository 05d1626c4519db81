/**
 * Evaluates a parsed template against a context. Strict where a typo would otherwise give a
 * silently empty note: an unknown variable or field is an error at its line; a field that
 * exists but is empty (null) renders as nothing.
 */
import { failAt, type Condition, type Filtered, type Operand, type TemplateNode } from './template-ast';
import { FILTERS, isTruthy, Lazy, Markup, toText, toYaml } from './template-filters';
import { escapeMarkdownBlock, escapeMarkdownInline } from './escape';

type Scope = Record<string, unknown>;

const unwrap = (v: unknown): unknown => (v instanceof Lazy ? v.get() : v);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Markup) && !(v instanceof Lazy);

function resolve(op: Operand, scopes: readonly Scope[]): unknown {
  if (op.kind === 'literal') return op.value;
  const [head, ...rest] = op.path;
  const scope = [...scopes].reverse().find((s) => Object.prototype.hasOwnProperty.call(s, head!));
  if (!scope) {
    const known = [...new Set(scopes.flatMap((s) => Object.keys(s)))].slice(0, 16).join(', ');
    return failAt(op.line, `unknown variable "${head}" (known: ${known})`);
  }
  let value: unknown = unwrap(scope[head!]);
  let path = head!;
  for (const key of rest) {
    if (value === null || value === undefined) return undefined;
    if (Array.isArray(value) && /^\d+$/.test(key)) value = value[Number(key)];
    else if (isRecord(value) && Object.prototype.hasOwnProperty.call(value, key)) value = unwrap(value[key]);
    else return failAt(op.line, `"${path}" has no field "${key}"`);
    path += `.${key}`;
  }
  return value;
}

function evaluate(f: Filtered, scopes: readonly Scope[]): unknown {
  let value = resolve(f.operand, scopes);
  for (const call of f.filters) {
    const filter = FILTERS[call.name]!;
    value = filter.run(value, call.args.map((a) => resolve(a, scopes)), call.line);
  }
  return value;
}

function comparable(v: unknown): unknown {
  if (v instanceof Markup) return v.text;
  if (v instanceof Date) return v.getTime();
  return v;
}

function test(c: Condition, scopes: readonly Scope[]): boolean {
  switch (c.kind) {
    case 'value':
      return isTruthy(evaluate(c.value, scopes));
    case 'not':
      return !test(c.inner, scopes);
    case 'and':
      return test(c.left, scopes) && test(c.right, scopes);
    case 'or':
      return test(c.left, scopes) || test(c.right, scopes);
    default: {
      const a = comparable(evaluate(c.left, scopes));
      const b = comparable(evaluate(c.right, scopes));
      if (c.op === '==') return a === b;
      if (c.op === '!=') return a !== b;
      const [x, y] = typeof a === 'number' && typeof b === 'number' ? [a, b] : [String(a ?? ''), String(b ?? '')];
      return c.op === '<' ? x < y : c.op === '>' ? x > y : c.op === '<=' ? x <= y : x >= y;
    }
  }
}

/** The output's current line so far: what a value lands after. */
function currentLine(out: readonly string[]): string {
  let tail = '';
  for (let i = out.length - 1; i >= 0; i--) {
    const piece = out[i]!;
    const nl = piece.lastIndexOf('\n');
    if (nl >= 0) return piece.slice(nl + 1) + tail;
    tail = piece + tail;
  }
  return tail;
}

/** A heading line: it cannot hold a line break. */
const HEADING_LINE = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;
/**
 * Block containers at the start of the line: quote markers, list item markers, and the
 * indentation of a continuation line inside a list item.
 */
const CONTAINERS = /^(?:[ \t]*(?:>[ \t]?|\d{1,9}[.)][ \t]+|[-+*][ \t]+))*[ \t]*/;

/**
 * Escapes a value for where it lands: on a heading line as one line; elsewhere as a block
 * whose continuation lines repeat the line's quote markers and indent under its list item,
 * so a multi-line note stays inside its list item or quote in every Markdown parser (lazy
 * continuation lines are read differently by different parsers).
 */
function escapeForLine(text: string, line: string): string {
  if (HEADING_LINE.test(line)) return escapeMarkdownInline(text);
  const block = escapeMarkdownBlock(text);
  const container = CONTAINERS.exec(line)?.[0];
  if (!container || !block.includes('\n')) return block;
  const continuation = container.replace(/\d{1,9}[.)]|[-+*]/g, (m) => ' '.repeat(m.length));
  return block.replace(/\n/g, `\n${continuation}`);
}

/** Renders nodes into `out` (an array of pieces, joined once at the end). */
export function renderNodes(nodes: readonly TemplateNode[], scopes: Scope[], out: string[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(node.value);
        break;
      case 'output': {
        const v = evaluate(node.value, scopes);
        if (v instanceof Markup) out.push(v.text);
        else if (node.yaml) out.push(toYaml(v, node.line));
        else out.push(escapeForLine(toText(v, node.line), currentLine(out)));
        break;
      }
      case 'if': {
        const branch = node.branches.find((b) => test(b.cond, scopes));
        renderNodes(branch ? branch.body : node.otherwise, scopes, out);
        break;
      }
      case 'for': {
        const list = evaluate(node.list, scopes);
        if (list !== null && list !== undefined && !Array.isArray(list)) failAt(node.line, `"${describe(node.list)}" is not a list`);
        const items = (list ?? []) as unknown[];
        if (!items.length) renderNodes(node.otherwise, scopes, out);
        items.forEach((item, i) => {
          const loop = { index: i + 1, index0: i, first: i === 0, last: i === items.length - 1, length: items.length };
          renderNodes(node.body, [...scopes, { [node.name]: item, loop }], out);
        });
        break;
      }
    }
  }
}

function describe(f: Filtered): string {
  return f.operand.kind === 'path' ? f.operand.path.join('.') : String(f.operand.value);
}
