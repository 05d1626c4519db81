/**
 * `bulletin-clip FILE [--format json|md] [--url URL]`: clips one file (or `-` for stdin) and
 * prints the draft as pretty JSON (the public BulletinDraft shape) or as the extension's
 * Markdown export.
 */
import { AppFailure } from '../../lib/bulletin/result';
import { toMarkdown } from '../../lib/export/markdown';
import type { BulletinDraft } from '../../lib/bulletin/model';
import { EXIT_OK, reportError, type CliIo } from '../io';
import { readDraft } from '../read-input';

/** Parsed arguments of the clip verb. */
export interface ClipArgs {
  file: string;
  format: 'json' | 'md';
  url: string | null;
}

/** The JSON key order of the public interface (BulletinDraft fields, always all present). */
const JSON_KEYS: Array<keyof BulletinDraft> = [
  'title', 'subtitle', 'issuer', 'bulletinName', 'issueNumber', 'date', 'publishedAt', 'source', 'author', 'url',
  'siteName', 'paragraphs', 'headings', 'distribution', 'attachments', 'text', 'origin',
];

/** Parses clip arguments; returns an error message for bad usage. */
export function parseClipArgs(argv: readonly string[]): ClipArgs | string {
  let file: string | null = null;
  let format: 'json' | 'md' = 'json';
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, null];
    if (flag === '--format' || flag === '-f') {
      const v = inline ?? argv[++i];
      if (v !== 'json' && v !== 'md') return `--format must be json or md (got ${v ?? 'nothing'})`;
      format = v;
    } else if (flag === '--url') {
      const v = inline ?? argv[++i];
      if (!v) return '--url needs a value';
      url = v;
    } else if (a.startsWith('-') && a !== '-') {
      return `unknown option ${a} (see bulletin-clip --help)`;
    } else if (file === null) {
      file = a;
    } else {
      return `one FILE at a time (got ${file} and ${a})`;
    }
  }
  return file === null ? 'missing FILE (see bulletin-clip --help)' : { file, format, url };
}

/** Formats a draft as the CLI's JSON: every field, fixed order, pretty-printed, trailing newline. */
export function formatDraftJson(draft: BulletinDraft): string {
  const ordered: Record<string, unknown> = {};
  for (const k of JSON_KEYS) ordered[k] = draft[k];
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Runs the clip verb; returns the exit code. */
export async function clipCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseClipArgs(argv);
  if (typeof args === 'string') return reportError(io, args);
  let bytes: Uint8Array;
  try {
    bytes = args.file === '-' ? await io.readStdin() : await io.readFile(args.file);
  } catch (e) {
    return reportError(io, `cannot read ${args.file}: ${describeReadError(e)}`);
  }
  try {
    const draft = await readDraft(args.file, bytes, args.url, (m) => io.stderr(`bulletin-clip: warning: ${m}\n`));
    io.stdout(args.format === 'md' ? toMarkdown(draft) : formatDraftJson(draft));
    return EXIT_OK;
  } catch (e) {
    if (e instanceof AppFailure) return reportError(io, e.message);
    return reportError(io, `cannot clip ${args.file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Short reason for a failed read (ENOENT, EISDIR, EACCES). */
function describeReadError(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}
