/**
 * Zips exported notes with fflate. Entry names are made safe and unique, and an index note
 * links every file so the folder opens as a small vault in Obsidian. Entries are stored, not
 * deflated, by default: the zip is a folder of notes on the user's own disk, and deflating
 * 1,000 notes (about 2.7 MB) cost more than reading them from the database and writing them
 * (scripts/bench/export*.ts) to save about 1.2 MB; level 1 was no faster on CJK text.
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import { formatLocalDateTime } from './dates';
import { escapeLinkText, escapeMarkdownInline } from './escape';
import { safeFileName } from './filename';
import { formatFrontMatter } from './front-matter';

/** One file of an export. */
export interface ExportFile {
  name: string;
  content: string;
}

/** Options of buildZip. */
export interface ZipOptions {
  /** Entry time stamps (default: now); tests freeze it for byte-identical zips. */
  now?: Date;
  /** The index note's title; default 索引. */
  indexTitle?: string;
  /** Deflate level 0-9; default 0 (stored, see above). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** The index note: front matter, a title, one link per file in the order given. */
export function formatIndexNote(title: string, names: readonly string[], now: Date): string {
  const fm = formatFrontMatter({ title, exported: formatLocalDateTime(now), files: names.length });
  const links = names.map((n) => `- [${escapeLinkText(n.replace(/\.md$/i, ''))}](<${n}>)`);
  return `${fm}\n# ${escapeMarkdownInline(title)}\n\n${links.length ? links.join('\n') : '（空）'}\n`;
}

/**
 * Builds a zip of the files plus an index note (`索引.md`, listed first). Names are passed
 * through safeFileName (collisions get " (2)"), so the result unpacks on any system.
 */
export function buildZip(files: ExportFile[], options: ZipOptions = {}): Uint8Array {
  const now = options.now ?? new Date();
  const title = options.indexTitle ?? '索引';
  const taken = new Set<string>();
  const indexName = safeFileName(title, taken, 'md');
  const entries = files.map((f) => ({ name: safeFileName(f.name, taken, /\.md$/i.test(f.name) ? 'md' : undefined), content: f.content }));
  // The Date fflate stores is read in local time, which is what unzip tools show. DOS time
  // stamps only span 1980-2099 (fflate throws outside): a wrong system clock must not fail.
  const year = now.getFullYear();
  const mtime = year >= 1980 && year <= 2099 ? now : new Date(1980, 0, 1);
  const opts = { mtime, level: options.level ?? 0 } as const;
  const zippable: Zippable = {
    [indexName]: [strToU8(formatIndexNote(title, entries.map((e) => e.name), now)), opts],
  };
  for (const e of entries) zippable[e.name] = [strToU8(e.content), opts];
  return zipSync(zippable);
}
