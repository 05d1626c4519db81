/**
 * Values and filters of the export template language. Output is Markdown-escaped unless a
 * filter says it produced Markdown (a `Markup` value): `quote`, `callout`, `escape`, `raw`,
 * `yaml`. So a template author cannot break a note's structure by accident, and can still
 * opt out on purpose with `raw`.
 */
import { stringify } from 'yaml';
import { formatDateParts, formatLocalDateTime, parseDateLike } from './dates';
import { escapeMarkdownBlock, quoteMarkdown, splitLines } from './escape';
import { failAt } from './template-ast';

/** Text that is already Markdown (or YAML) and must not be escaped again. */
export class Markup {
  constructor(readonly text: string) {}
}

/**
 * A context value computed only when a template reads it (e.g. the formatted body, which
 * a highlights-only template never needs), then remembered.
 */
export class Lazy<T = unknown> {
  private done = false;
  private value: T | undefined;
  constructor(private readonly compute: () => T) {}
  /** The value, computed on first use. */
  get(): T {
    if (!this.done) {
      this.value = this.compute();
      this.done = true;
    }
    return this.value as T;
  }
}

/** Plain text of a value as a reader would see it: dates local, lists joined with 、. */
export function toText(v: unknown, line: number): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Markup) return v.text;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return formatLocalDateTime(v);
  if (Array.isArray(v)) return v.map((x) => toText(x, line)).join('、');
  return failAt(line, 'this is a group of fields, not text: pick one field (e.g. h.text)');
}

/** A YAML flow scalar or sequence, double-quoted: safe on one line of a front matter. */
export function toYaml(v: unknown, line: number): string {
  const plain = (x: unknown): unknown => (x instanceof Date ? formatLocalDateTime(x) : x instanceof Markup ? x.text : Array.isArray(x) ? x.map(plain) : x);
  const value = plain(v);
  if (value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value)) return failAt(line, 'yaml: cannot write a group of fields');
  const out = stringify(value ?? null, { collectionStyle: 'flow', defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, nullStr: '', blockQuote: false, aliasDuplicateObjects: false });
  return out.replace(/\n$/, '');
}

/** Truthiness: null, false, 0, "" and [] are false. */
export function isTruthy(v: unknown): boolean {
  if (v instanceof Markup) return v.text !== '';
  if (Array.isArray(v)) return v.length > 0;
  return v !== null && v !== undefined && v !== false && v !== 0 && v !== '';
}

type Filter = (v: unknown, args: unknown[], line: number) => unknown;

const str = (v: unknown, line: number): string => toText(v, line);
const arg = (args: unknown[], i: number, fallback: string, line: number): string => (args[i] === undefined ? fallback : toText(args[i], line));

/** The filters, by name, with the number of arguments each accepts. */
export const FILTERS: Record<string, { min: number; max: number; run: Filter }> = {
  date: {
    min: 0,
    max: 1,
    run: (v, args, line) => {
      if (v === null || v === undefined || v === '') return '';
      const parts = parseDateLike(v);
      return parts ? formatDateParts(parts, arg(args, 0, 'YYYY-MM-DD', line)) : str(v, line);
    },
  },
  default: { min: 1, max: 1, run: (v, args) => (isTruthy(v) || v === 0 || v === false ? v : args[0]) },
  upper: { min: 0, max: 0, run: (v, _a, line) => str(v, line).toUpperCase() },
  lower: { min: 0, max: 0, run: (v, _a, line) => str(v, line).toLowerCase() },
  trim: { min: 0, max: 0, run: (v, _a, line) => str(v, line).trim() },
  join: {
    min: 0,
    max: 1,
    run: (v, args, line) => (Array.isArray(v) ? v.map((x) => str(x, line)).join(arg(args, 0, '、', line)) : str(v, line)),
  },
  first: { min: 0, max: 0, run: (v) => (Array.isArray(v) ? v[0] : v) },
  last: { min: 0, max: 0, run: (v) => (Array.isArray(v) ? v[v.length - 1] : v) },
  size: { min: 0, max: 0, run: (v, _a, line) => (Array.isArray(v) ? v.length : [...str(v, line)].length) },
  truncate: {
    min: 1,
    max: 2,
    run: (v, args, line) => {
      const n = Number(args[0]);
      if (!Number.isInteger(n) || n < 0) return failAt(line, 'truncate needs a whole number, e.g. truncate:30');
      const chars = [...str(v, line)];
      return chars.length <= n ? chars.join('') : chars.slice(0, n).join('') + arg(args, 1, '…', line);
    },
  },
  replace: { min: 2, max: 2, run: (v, args, line) => str(v, line).split(arg(args, 0, '', line)).join(arg(args, 1, '', line)) },
  escape: { min: 0, max: 0, run: (v, _a, line) => (v instanceof Markup ? v : new Markup(escapeMarkdownBlock(str(v, line)))) },
  raw: { min: 0, max: 0, run: (v, _a, line) => new Markup(str(v, line)) },
  yaml: { min: 0, max: 0, run: (v, _a, line) => new Markup(toYaml(v, line)) },
  quote: {
    min: 0,
    max: 0,
    run: (v, _a, line) => new Markup(v instanceof Markup ? prefixLines(v.text, '> ') : quoteMarkdown(str(v, line))),
  },
  callout: {
    min: 0,
    max: 2,
    run: (v, args, line) => {
      const type = arg(args, 0, 'note', line).replace(/[^\w-]/g, '') || 'note';
      const title = escapeMarkdownBlock(arg(args, 1, '', line).replace(/\s+/g, ' '));
      const body = v instanceof Markup ? prefixLines(v.text, '> ') : quoteMarkdown(str(v, line));
      return new Markup(`> [!${type}]${title ? ` ${title}` : ''}\n${body}`);
    },
  },
};

function prefixLines(md: string, prefix: string): string {
  return splitLines(md)
    .map((l) => (l === '' ? prefix.trimEnd() : prefix + l))
    .join('\n');
}
