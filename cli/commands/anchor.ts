/**
 * `bulletin-clip anchor PAGE.html --annotations FILE.json`: anchors W3C-selector annotations
 * (Hypothesis API rows or a plain array) in a saved page and prints one JSON entry per
 * annotation, in input order. Offsets count UTF-16 code units of the page body's textContent.
 */
import { parseHTML } from 'linkedom';
import type { Selector } from '../../lib/bulletin/model';
import { anchorInRoot } from '../../lib/anchor/dom';
import { parseAnnotations, type AnnotationInput } from '../../lib/anchor/annotations';
import { decodeHtml } from '../../lib/extract/decode';

/** The CLI's side effects, injected so tests run it in-process. */
export interface AnchorIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<Uint8Array>;
}

/** One line of output. */
export interface AnchorReport {
  id: string | number | null;
  status: 'anchored' | 'orphan';
  start: number | null;
  end: number | null;
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
}

/** Context chars printed on each side of an anchored passage. */
const CONTEXT = 32;

const USAGE = 'usage: bulletin-clip anchor PAGE.html --annotations FILE.json';

/** Splits argv into the page path and the annotations path, or an error line. */
function parseArgs(argv: string[]): { page: string; annotations: string } | string {
  let page: string | null = null;
  let annotations: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--annotations') {
      const v = argv[++i];
      if (v === undefined) return `--annotations needs a file; ${USAGE}`;
      annotations = v;
    } else if (a.startsWith('--annotations=')) {
      annotations = a.slice('--annotations='.length);
    } else if (a.startsWith('-') && a !== '-') {
      return `unknown option ${a}; ${USAGE}`;
    } else if (page === null) {
      page = a;
    } else {
      return `unexpected argument ${a}; ${USAGE}`;
    }
  }
  if (!page || !annotations) return USAGE;
  return { page, annotations };
}

/** Anchors each annotation in the body text and formats the report entries. */
export function anchorAnnotations(root: Element, annotations: AnnotationInput[]): AnchorReport[] {
  const text = root.textContent ?? '';
  return annotations.map(({ id, selectors }: { id: AnnotationInput['id']; selectors: Selector[] }) => {
    const m = selectors.length ? anchorInRoot(root, selectors, text) : null;
    if (!m) return { id, status: 'orphan', start: null, end: null, exact: null, prefix: null, suffix: null };
    return {
      id,
      status: 'anchored',
      start: m.start,
      end: m.end,
      exact: text.slice(m.start, m.end),
      prefix: text.slice(Math.max(0, m.start - CONTEXT), m.start),
      suffix: text.slice(m.end, m.end + CONTEXT),
    };
  });
}

/** Reads a file, turning any error into a one-line message. */
async function readOrFail(io: AnchorIo, path: string, what: string): Promise<Uint8Array | string> {
  try {
    return await io.readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return `cannot read ${what} ${path}${code ? ` (${code})` : ''}`;
  }
}

/** Runs the `anchor` verb; argv is what follows `anchor`. Exit 0 ok, 2 bad usage or input. */
export async function anchorCommand(argv: string[], io: AnchorIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(args + '\n');
    return 2;
  }
  const pageBytes = await readOrFail(io, args.page, 'page');
  if (typeof pageBytes === 'string') return failWith(io, pageBytes);
  const annBytes = await readOrFail(io, args.annotations, 'annotations');
  if (typeof annBytes === 'string') return failWith(io, annBytes);
  const parsed = parseAnnotations(new TextDecoder('utf-8').decode(annBytes));
  if (!parsed.ok) return failWith(io, `${args.annotations}: ${parsed.error.detail}`);
  const html = decodeHtml(pageBytes);
  if (!/<[a-z!?]/i.test(html)) return failWith(io, `${args.page}: not an HTML page`);
  const root = pickRoot(parseHTML(html).document);
  if (!root) return failWith(io, `${args.page}: no document body`);
  io.stdout(JSON.stringify(anchorAnnotations(root, parsed.value), null, 2) + '\n');
  return 0;
}

/**
 * The element whose textContent the offsets count: the body. linkedom leaves <body> empty
 * when a page is wrapped in a non-HTML root (the Chinese extraction dataset wraps every page
 * in <text …>); then the document element is the only text there is.
 */
function pickRoot(document: Document): Element | null {
  const body = document.body as Element | null;
  if (body && body.textContent?.trim()) return body;
  return (document.documentElement as Element | null) ?? body;
}

/** Prints one error line and returns the usage/input exit code. */
function failWith(io: AnchorIo, line: string): number {
  io.stderr(line.replace(/\s*\n\s*/g, ' ') + '\n');
  return 2;
}
