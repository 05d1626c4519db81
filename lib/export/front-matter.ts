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
 * Renders an ordered record as a front-matter block, `---` lines included, ending in a
 * newline. Null values are written as empty (`key:`), the way Obsidian writes empty properties.
 */
export function formatFrontMatter(fields: Record<string, FrontMatterValue>): string {
  // No block scalars: yaml 2.9 writes `|+` without an indentation indicator, so a value
  // starting with a whitespace-only line (" \n") reads back wrong. Double quotes are exact.
  // No anchors/aliases either (&a1 / *a1): note tools do not expect them, and it is faster.
  const yaml = stringify(fields, { lineWidth: 0, nullStr: '', compat: 'yaml-1.1', blockQuote: false, aliasDuplicateObjects: false });
  return `---\n${yaml}---\n`;
}
