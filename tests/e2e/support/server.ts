/**
 * A static file server on 127.0.0.1 for the fixture pages (the only address the tests use).
 * Paths under /pages/ map to tests/fixtures/pages; `?variant` query strings are ignored so
 * tests can visit the same page under tracking-parameter URLs.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures');
const TYPES: Record<string, string> = { '.html': 'text/html', '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf', '.json': 'application/json' };

/** A running fixture server. */
export interface FixtureServer {
  origin: string;
  /** Extra routes served from memory (path -> html), e.g. pages generated in a test. */
  routes: Map<string, string>;
  close(): Promise<void>;
}

/** Starts the server on a free port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mem = routes.get(path);
    if (mem !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(mem);
      return;
    }
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      // No charset in the header for HTML: the page's own <meta charset> must be honoured.
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { origin: `http://127.0.0.1:${port}`, routes, close: () => new Promise((r) => server.close(() => r())) };
}
