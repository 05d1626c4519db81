import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { main } from '../../cli/main';
import type { CliIo } from '../../cli/io';
import { makeScannedPdf, makeTextPdf } from '../lib/extract/make-pdf';
import { PAGES_DIR, SHARED_DIR, readSeedExpected } from '../lib/extract/fixtures';

const REPO = resolve(PAGES_DIR, '../../..');
const SEED_TXT = join(SHARED_DIR, 'seed/bulletin-2021-03-22.txt');
const expected = readSeedExpected();
const run = promisify(execFile);

/** Runs the CLI in-process with real file reads and captured output. */
async function runInProcess(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: async (p) => new Uint8Array(readFileSync(p)),
    readStdin: async () => new TextEncoder().encode(stdin),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'bulletin-clip-'));
const write = (name: string, data: string | Uint8Array): string => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

describe('bulletin-clip (in-process)', () => {
  it.each([SEED_TXT, join(PAGES_DIR, 'gov-bulletin.html'), join(PAGES_DIR, 'gov-bulletin-br.html'), join(PAGES_DIR, 'gov-bulletin-gbk.html')])(
    '%s -> the seed bulletin as JSON',
    async (file) => {
      const { code, stdout, stderr } = await runInProcess([file]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const json = JSON.parse(stdout) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual([
        'title', 'subtitle', 'issuer', 'bulletinName', 'issueNumber', 'date', 'publishedAt', 'source', 'author', 'url',
        'siteName', 'paragraphs', 'headings', 'distribution', 'attachments', 'text', 'origin',
      ]);
      for (const k of ['title', 'issuer', 'date', 'paragraphs', 'distribution'] as const) expect(json[k]).toEqual(expected[k]);
    },
  );

  it('--url sets the url of an HTML page; --format md gives Markdown whose front matter parses', async () => {
    const { code, stdout } = await runInProcess([join(PAGES_DIR, 'gov-bulletin.html'), '--format', 'md', '--url', 'https://www.hast.net.cn/a.html']);
    expect(code).toBe(0);
    const m = /^---\n([\s\S]*?)\n---\n/.exec(stdout);
    const front = parseYaml(m![1]!) as Record<string, unknown>;
    expect(front.title).toBe(expected.title);
    expect(front.url).toBe('https://www.hast.net.cn/a.html');
    expect(stdout).toContain(expected.paragraphs[8]!);
  });

  it('reads text from stdin with -', async () => {
    const { code, stdout } = await runInProcess(['-'], readFileSync(SEED_TXT, 'utf8'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).paragraphs).toEqual(expected.paragraphs);
    expect(JSON.parse(stdout).origin).toBe('text');
  });

  it('clips a PDF with a text layer', async () => {
    const pdf = write('note.pdf', makeTextPdf([[{ text: '关于做好春季安全生产工作的通知', x: 100, y: 780 }, { text: '各单位要认真落实安全生产责任制。', x: 104, y: 740 }]]));
    const { code, stdout } = await runInProcess([pdf]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ title: '关于做好春季安全生产工作的通知', origin: 'pdf', paragraphs: ['各单位要认真落实安全生产责任制。'] });
  });

  it.each([
    ['empty file', () => write('empty.txt', ''), /is empty/],
    ['blank file', () => write('blank.html', '  \n\n'), /is empty/],
    ['binary file', () => write('image.html', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])), /binary/],
    ['scanned PDF', () => write('scanned.pdf', makeScannedPdf()), /^bulletin-clip: no text layer in scanned\.pdf \(scanned PDF\?\) - try OCR first$/],
    ['fake PDF', () => write('fake.pdf', 'hello'), /not a PDF/],
    ['unsupported type', () => write('notes.docx', 'PK'), /unsupported file type \.docx/],
    ['missing file', () => join(tmp, 'missing.html'), /cannot read .*missing\.html: no such file/],
    ['page without an article', () => write('nav.html', '<html><head><title>x</title></head><body><a href="/">首页</a></body></html>'), /no article found in nav\.html/],
  ])('%s -> exit 2 with one line on stderr', async (_name, make, message) => {
    const { code, stdout, stderr } = await runInProcess([make()]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([[[]], [['--format', 'xml', SEED_TXT]], [['--bogus', SEED_TXT]], [['a.txt', 'b.txt']]])('bad usage %j -> exit 2', async (argv) => {
    const { code, stderr } = await runInProcess(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^bulletin-clip: /);
  });

  it('--help and --version', async () => {
    expect((await runInProcess(['--help'])).stdout).toContain('usage: bulletin-clip FILE');
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect((await runInProcess(['--version'])).stdout.trim()).toBe(pkg.version);
  });
});

describe('bin/bulletin-clip.mjs (child process)', () => {
  const bin = join(REPO, 'bin/bulletin-clip.mjs');

  it('prints the seed bulletin JSON from the .txt and exits 0', async () => {
    const { stdout } = await run(process.execPath, [bin, SEED_TXT, '--format', 'json'], { cwd: REPO });
    const json = JSON.parse(stdout) as { title: string; paragraphs: string[] };
    expect(json.title).toBe(expected.title);
    expect(json.paragraphs).toEqual(expected.paragraphs);
  });

  it('exits 2 with one stderr line and no stack trace on a binary file', async () => {
    const file = write('blob.txt', Uint8Array.from([0, 1, 2, 3, 0, 255]));
    const err = (await run(process.execPath, [bin, file], { cwd: REPO }).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(err.code).toBe(2);
    expect(err.stderr).toMatch(/^bulletin-clip: .*binary.*\n$/);
    expect(err.stderr).not.toMatch(/\bat \S+:\d+/);
  });
});
