/**
 * User-editable export templates (issue 6): renderTemplate turns a template and a context
 * into Markdown, or a `bad_template` failure whose detail starts with `line N:`. Templates
 * are checked whole before rendering (tags balanced, filters known, argument counts right) so
 * an error in a branch that happens not to run is still reported.
 */
import { fail, ok, toAppError, type Result } from '../bulletin/result';
import { failAt, type Condition, type Filtered, type TemplateNode } from './template-ast';
import { FILTERS } from './template-filters';
import { parseTemplate } from './template-parse';
import { renderNodes } from './template-render';

export { BUILTIN_TEMPLATES, type BuiltinTemplate } from './builtin-templates';
export { buildClippingContext, buildHighlightContext, type HighlightContext } from './template-context';
export { Lazy, Markup } from './template-filters';

/** Variables a template can read: strings, numbers, dates, lists, nested records, Markup. */
export type TemplateContext = Record<string, unknown>;

function checkFiltered(f: Filtered): void {
  for (const call of f.filters) {
    const filter = FILTERS[call.name];
    if (!filter) failAt(call.line, `unknown filter "${call.name}" (known: ${Object.keys(FILTERS).join(', ')})`);
    if (call.args.length < filter.min || call.args.length > filter.max) {
      const want = filter.min === filter.max ? `${filter.min}` : `${filter.min}-${filter.max}`;
      failAt(call.line, `filter "${call.name}" takes ${want} argument(s), got ${call.args.length}`);
    }
  }
}

function checkCondition(c: Condition): void {
  if (c.kind === 'value') checkFiltered(c.value);
  else if (c.kind === 'compare') [c.left, c.right].forEach(checkFiltered);
  else if (c.kind === 'not') checkCondition(c.inner);
  else [c.left, c.right].forEach(checkCondition);
}

function checkNodes(nodes: readonly TemplateNode[]): void {
  for (const n of nodes) {
    if (n.type === 'output') checkFiltered(n.value);
    if (n.type === 'if') {
      n.branches.forEach((b) => (checkCondition(b.cond), checkNodes(b.body)));
      checkNodes(n.otherwise);
    }
    if (n.type === 'for') {
      checkFiltered(n.list);
      checkNodes(n.body);
      checkNodes(n.otherwise);
    }
  }
}

/**
 * Parsed and checked templates by source: an export renders the same template for each of
 * up to thousands of clippings, and parsing it each time was over a third of the work.
 * The trees are never changed by rendering. A few sources are kept (the editor's preview
 * renders a new source on every keystroke).
 */
const parsedTemplates = new Map<string, readonly TemplateNode[]>();
const PARSED_KEEP = 8;

/** The template's checked tree; throws AppFailure bad_template like parseTemplate. */
function compileTemplate(source: string): readonly TemplateNode[] {
  const cached = parsedTemplates.get(source);
  if (cached) return cached;
  const nodes = parseTemplate(source);
  checkNodes(nodes);
  if (parsedTemplates.size >= PARSED_KEEP) parsedTemplates.delete(parsedTemplates.keys().next().value!);
  parsedTemplates.set(source, nodes);
  return nodes;
}

/**
 * Checks a template without rendering it (for the editor's live error line).
 * Returns ok(undefined) or the first `bad_template` error.
 */
export function checkTemplate(source: string): Result<undefined> {
  try {
    checkNodes(parseTemplate(source));
    return ok(undefined);
  } catch (e) {
    const err = toAppError(e);
    return fail(err.code, err.detail);
  }
}

/**
 * Renders a template. Syntax: `{{ value | filter:arg }}`, `{% if %}/{% elif %}/{% else %}/
 * {% endif %}`, `{% for x in list %}…{% else %}…{% endfor %}` (with loop.index, loop.first,
 * loop.last, loop.length), `{# comment #}`. Filters: date, default, upper, lower, trim, join,
 * first, last, size, truncate, replace, escape, raw, yaml, quote, callout. Values are
 * Markdown-escaped (YAML-quoted inside the template's own `---` front matter) unless a
 * filter produced Markdown.
 */
export function renderTemplate(source: string, context: TemplateContext): Result<string> {
  try {
    const nodes = compileTemplate(source);
    const out: string[] = [];
    renderNodes(nodes, [context], out);
    return ok(out.join(''));
  } catch (e) {
    const err = toAppError(e);
    return fail(err.code, err.detail);
  }
}
