/**
 * Parser of the export template language, a small Liquid/Jinja subset users can edit safely:
 *   {{ expr | filter:arg, arg }}   {% if cond %} {% elif cond %} {% else %} {% endif %}
 *   {% for x in list %} … {% else %} … {% endfor %}   {# comment #}
 * A line holding only block tags or comments disappears with its newline (Jinja's
 * trim_blocks + lstrip_blocks), so templates can be laid out readably. Every node keeps its
 * source line so errors say where: AppFailure('bad_template', 'line N: …').
 */
import { failAt, type TemplateNode } from './template-ast';
import { parseCondition, parseOutput } from './template-expr';

interface RawToken {
  kind: 'text' | 'output' | 'block' | 'comment';
  body: string;
  start: number;
  end: number;
  line: number;
}

const TAG = /\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}|\{#([\s\S]*?)#\}/g;

function lineAt(source: string, index: number): number {
  let n = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < index; i = source.indexOf('\n', i + 1)) n++;
  return n;
}

function checkStray(source: string, text: string, start: number): void {
  const m = /\{\{|\{%|\{#|\}\}|%\}/.exec(text);
  if (m) failAt(lineAt(source, start + m.index), `"${m[0]}" is not closed or opened`);
}

/** Splits the source into text and tags, then trims the lines that hold only block tags. */
function tokenize(source: string): RawToken[] {
  const tokens: RawToken[] = [];
  let at = 0;
  for (const m of source.matchAll(TAG)) {
    if (m.index > at) tokens.push({ kind: 'text', body: source.slice(at, m.index), start: at, end: m.index, line: lineAt(source, at) });
    const kind = m[1] !== undefined ? 'output' : m[2] !== undefined ? 'block' : 'comment';
    tokens.push({ kind, body: (m[1] ?? m[2] ?? m[3] ?? '').trim(), start: m.index, end: m.index + m[0].length, line: lineAt(source, m.index) });
    at = m.index + m[0].length;
  }
  if (at < source.length) tokens.push({ kind: 'text', body: source.slice(at), start: at, end: source.length, line: lineAt(source, at) });
  for (const t of tokens) if (t.kind === 'text') checkStray(source, t.body, t.start);
  trimStandaloneLines(source, tokens);
  return tokens;
}

const STANDALONE = /^[ \t]*(?:(?:\{%(?:(?!%\})[\s\S])*%\}|\{#(?:(?!#\})[\s\S])*#\})[ \t]*)+$/;

function trimStandaloneLines(source: string, tokens: RawToken[]): void {
  const standalone = tokens.map((t) => {
    if (t.kind !== 'block' && t.kind !== 'comment') return false;
    const from = source.lastIndexOf('\n', t.start - 1) + 1;
    const nl = source.indexOf('\n', t.end);
    return STANDALONE.test(source.slice(from, nl === -1 ? source.length : nl).replace(/\r$/, ''));
  });
  tokens.forEach((t, i) => {
    if (t.kind !== 'text') return;
    if (standalone[i - 1]) t.body = t.body.replace(/^[ \t]*\r?\n?/, '');
    if (standalone[i + 1]) t.body = t.body.replace(/(^|\n)[ \t]*$/, '$1');
  });
}

/** An open block while building the tree. */
interface Frame {
  node: Extract<TemplateNode, { type: 'if' | 'for' }>;
  /** Where new children go: the current branch's body or the else part. */
  target: TemplateNode[];
  sawElse: boolean;
}

/** The template's own front matter: from a first line `---` to the next `---` line. */
function frontMatterEnd(source: string): number {
  if (!/^---\r?\n/.test(source)) return -1;
  const m = /\r?\n---[ \t]*(\r?\n|$)/.exec(source.slice(3));
  return m ? 3 + m.index : -1;
}

/** Parses a template into a tree; throws AppFailure('bad_template', 'line N: …'). */
export function parseTemplate(source: string): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: Frame[] = [];
  const fmEnd = frontMatterEnd(source);
  const target = (): TemplateNode[] => stack[stack.length - 1]?.target ?? root;
  for (const tok of tokenize(source)) {
    if (tok.kind === 'text') {
      if (tok.body) target().push({ type: 'text', value: tok.body });
    } else if (tok.kind === 'output') {
      target().push({ type: 'output', value: parseOutput(tok.body, tok.line), line: tok.line, yaml: tok.start < fmEnd });
    } else if (tok.kind === 'block') {
      applyBlock(tok.body, tok.line, stack, target());
    }
  }
  const open = stack[stack.length - 1];
  if (open) failAt(open.node.line, `{% ${open.node.type} %} is never closed with {% end${open.node.type} %}`);
  return root;
}

function applyBlock(body: string, line: number, stack: Frame[], into: TemplateNode[]): void {
  const [, word = '', rest = ''] = /^(\w*)\s*([\s\S]*)$/.exec(body) ?? [];
  const top = stack[stack.length - 1];
  switch (word) {
    case 'if': {
      const node: TemplateNode = { type: 'if', branches: [{ cond: parseCondition(rest, line), body: [] }], otherwise: [], line };
      into.push(node);
      stack.push({ node, target: node.branches[0]!.body, sawElse: false });
      return;
    }
    case 'elif':
    case 'elsif': {
      if (top?.node.type !== 'if' || top.sawElse) failAt(line, `{% ${word} %} without an open {% if %}`);
      const branch = { cond: parseCondition(rest, line), body: [] as TemplateNode[] };
      top.node.branches.push(branch);
      top.target = branch.body;
      return;
    }
    case 'else':
      if (!top || top.sawElse) failAt(line, '{% else %} without an open {% if %} or {% for %}');
      if (rest.trim()) failAt(line, `{% else %} takes nothing (found "${rest.trim()}")`);
      top.sawElse = true;
      top.target = top.node.otherwise;
      return;
    case 'for': {
      const m = /^([A-Za-z_]\w*)\s+in\s+([\s\S]+)$/.exec(rest.trim());
      if (!m) failAt(line, `write {% for item in list %} (found "{% ${body} %}")`);
      const node: TemplateNode = { type: 'for', name: m[1]!, list: parseOutput(m[2]!, line), body: [], otherwise: [], line };
      into.push(node);
      stack.push({ node, target: node.body, sawElse: false });
      return;
    }
    case 'endif':
    case 'endfor': {
      const kind = word.slice(3);
      if (!top) failAt(line, `{% ${word} %} without an open {% ${kind} %}`);
      if (top.node.type !== kind) failAt(line, `{% ${word} %} closes {% ${top.node.type} %} opened on line ${top.node.line}`);
      stack.pop();
      return;
    }
    default:
      failAt(line, `unknown tag {% ${body} %}`);
  }
}
