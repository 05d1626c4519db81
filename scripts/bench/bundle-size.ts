/**
 * Gzip size of each entrypoint's bundle in a build: the entry file plus every chunk it
 * imports (statically), and its CSS. Used by `npm run bench` and the budget check.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';

/** One entrypoint's size. */
export interface BundleSize {
  entry: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

function staticImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of src.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) found.push(m[1]!);
  return found.filter((p) => p.startsWith('.') || p.startsWith('/'));
}

function collect(root: string, file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  for (const spec of staticImports(file)) {
    collect(root, spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec), seen);
  }
}

function htmlAssets(root: string, html: string): string[] {
  const src = readFileSync(join(root, html), 'utf8');
  return [...src.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => join(root, m[1]!.replace(/^\//, '')));
}

/**
 * Sizes of the popup, library, background and the two injected scripts of `root`: the content
 * script (highlights, messages; injected on clips and on revisits with highlights) and the
 * page reader (Readability + parsing; injected only to clip).
 */
export function measureBundles(rootDir: string): BundleSize[] {
  const root = resolve(rootDir);
  const entries: [string, string[]][] = [
    ['content script', [join(root, 'content-scripts', 'content.js')]],
    ['page reader', [join(root, 'content-scripts', 'extractor.js')]],
    ['background', [join(root, 'background.js')]],
    ['popup', htmlAssets(root, 'popup.html')],
    ['library', htmlAssets(root, 'library.html')],
  ];
  return entries.map(([entry, starts]) => {
    const seen = new Set<string>();
    for (const s of starts) collect(root, s, seen);
    const files = [...seen];
    let raw = 0;
    const all: Buffer[] = [];
    for (const f of files) {
      const b = readFileSync(f);
      raw += b.length;
      all.push(b);
    }
    // Each file is fetched and compressed on its own.
    const gzipBytes = all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    return { entry, files: files.map((f) => f.slice(root.length + 1)), rawBytes: raw, gzipBytes };
  });
}

/** Budgets from issue 2 (KiB gzip). */
export const BUDGETS: Record<string, number> = { 'content script': 30, 'page reader': 30, popup: 40 };

/** Lists the build's chunk files (for reports). */
export function listChunks(root: string): string[] {
  const dir = join(root, 'chunks');
  return existsSync(dir) ? readdirSync(dir) : [];
}
