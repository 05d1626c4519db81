/**
 * YAML front matter for exported notes, written by the `yaml` package so any title, note or
 * URL is quoted correctly (a title like `---`, `# 一、` or `标题: 副题` cannot break the block).
 * Scalars are styled so both YAML 1.2 (Obsidian, the yaml package) and YAML 1.1 readers
 * (PyYAML, older static-site tools) read back the same strings: "yes" and dates are quoted.
 */
import { stringify } from 'yaml';

/** A front-matter value: what the fields of a note can hold. */
export type FrontMatterValue = string | number | boolean | null | string[];

/**
 * Normalises a tag for Obsidian, whose tags cannot contain spaces or start with "#": spaces
 * become "_", a leading "#" is dropped. Empty tags are removed by the caller.
 */
export function toObsidianTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').replace(/\s+/g, '_');
}

/**
 * How the yaml package writes front matter. No block scalars: yaml 2.9 writes `|+` without
 * an indentation indicator, so a value starting with a whitespace-only line (" \n") reads
 * back wrong; double quotes are exact. No anchors/aliases either (&a1 / *a1): note tools do
 * not expect them, and it is faster.
 */
export const YAML_OPTIONS = { lineWidth: 0, nullStr: '', compat: 'yaml-1.1', blockQuote: false, aliasDuplicateObjects: false } as const;

/**
 * Text that yaml writes as a plain scalar, as it is: a Han character first (so never a
 * number, date, boolean, null or indicator), then only Han, CJK and full-width punctuation,
 * ASCII letters and digits and a few marks that mean nothing in YAML. Most titles, issuers
 * and tags are like this; anything else is left to yaml.
 */
const PLAIN = /^[\u3400-\u4dbf\u4e00-\u9fff][\u3400-\u4dbf\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e\u2014\u2026\u201c\u201d\u2018\u2019\u00b7A-Za-z0-9_\-.()]*$/;

/** Dates and local times as exports write them: YAML 1.1 timestamps, so yaml double-quotes them. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/;

/** Web addresses of the common shape (no spaces, quotes or flow/comment characters): plain in yaml. */
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9\-._~%/?=&+]+$/;

/** Keys yaml writes as they are (in YAML 1.1 "y" or "no" would be quoted), learnt from yaml. */
const plainKeys = new Map<string, boolean>();
function isPlainKey(key: string): boolean {
  let plain = plainKeys.get(key);
  if (plain === undefined) {
    plain = stringify({ [key]: '中' }, YAML_OPTIONS) === `${key}: 中\n`;
    plainKeys.set(key, plain);
  }
  return plain;
}

/**
 * One `key: value` entry exactly as yaml writes it inside the map: written here for the
 * common plain cases (writing every field through yaml was half the cost of a 1,000-note
 * export), through yaml otherwise. A test checks both agree on random fields.
 */
function formatEntry(key: string, value: FrontMatterValue): string {
  if (isPlainKey(key)) {
    if (value === null) return `${key}:\n`;
    if (typeof value === 'string') {
      if (PLAIN.test(value) || PLAIN_URL.test(value)) return `${key}: ${value}\n`;
      if (TIMESTAMP.test(value)) return `${key}: "${value}"\n`;
    }
    if (Array.isArray(value) && value.every((v) => PLAIN.test(v))) return value.length ? `${key}:\n${value.map((v) => `  - ${v}\n`).join('')}` : `${key}: []\n`;
  }
  return stringify({ [key]: value }, YAML_OPTIONS);
}

/**
 * Renders an ordered record as a front-matter block, `---` lines included, ending in a
 * newline. Null values are written as empty (`key:`), the way Obsidian writes empty properties.
 * The bytes are what yaml's stringify(fields, YAML_OPTIONS) gives, entry by entry.
 */
export function formatFrontMatter(fields: Record<string, FrontMatterValue>): string {
  let yaml = '';
  for (const [key, value] of Object.entries(fields)) yaml += formatEntry(key, value);
  return `---\n${yaml || stringify(fields, YAML_OPTIONS)}---\n`; // no fields: yaml's "{}"
}
