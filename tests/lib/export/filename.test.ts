import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, safeFileName, truncateUtf8 } from '../../../lib/export/filename';

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** What Windows, macOS and Linux refuse in a file name. */
function refusedBySomeSystem(name: string): boolean {
  const stem = name.split('.')[0]!;
  return (
    // eslint-disable-next-line no-control-regex
    /[<>:"/\\|?*\u0000-\u001f]/.test(name) ||
    /[. ]$/.test(name) ||
    /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem.trim()) ||
    name === '' ||
    name === '.' ||
    name === '..' ||
    bytes(name) > 255 ||
    name !== name.toWellFormed()
  );
}

describe('safeFileName', () => {
  it.each([
    ['河南省科协召开党史学习教育动员大会', 'md', '河南省科协召开党史学习教育动员大会.md'],
    ['关于“学党史：办实事”的通知 / 第3期?', 'md', '关于“学党史：办实事”的通知 ／ 第3期？.md'],
    ['a<b>c|d*e"f\\g', '.md', 'a＜b＞c｜d＊e＂f＼g.md'],
    ['  ..隐藏文件.  ', 'md', '隐藏文件.md'],
    ['CON', 'md', 'CON_.md'],
    ['nul.tar', 'gz', 'nul_.tar.gz'],
    ['lpt1', undefined, 'lpt1_'],
    ['第一行\n第二行\t\u0000尾', 'md', '第一行 第二行 尾.md'],
    ['', 'md', '未命名.md'],
    ['???', 'md', '？？？.md'],
    ['report.md', undefined, 'report.md'],
    ['report.md', 'md', 'report.md'],
    ['\ud800孤立代理', 'md', '\ufffd孤立代理.md'],
  ])('%j + %j -> %j', (name, ext, expected) => {
    expect(safeFileName(name, undefined, ext)).toBe(expected);
  });

  it('numbers collisions case-insensitively and records what it hands out', () => {
    const taken = new Set<string>(['Notes.md']);
    expect(safeFileName('notes', taken, 'md')).toBe('notes (2).md');
    expect(safeFileName('NOTES', taken, 'md')).toBe('NOTES (3).md');
    expect(safeFileName('学习笔记', taken, 'md')).toBe('学习笔记.md');
    expect(safeFileName('学习笔记', taken, 'md')).toBe('学习笔记 (2).md');
    expect(taken.size).toBe(5);
  });

  it('sees names the caller adds to the set between calls', () => {
    const taken = new Set<string>();
    expect(safeFileName('a', taken, 'md')).toBe('a.md');
    taken.add('B.md');
    expect(safeFileName('b', taken, 'md')).toBe('b (2).md');
  });

  it('keeps long Chinese titles within the byte budget, suffix and extension included', () => {
    const title = '关于进一步加强党史学习教育的通知'.repeat(20);
    const taken = new Set<string>();
    const a = safeFileName(title, taken, 'md');
    const b = safeFileName(title, taken, 'md');
    expect(bytes(a)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(bytes(b)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(b).toMatch(/ \(2\)\.md$/);
    expect(a.startsWith('关于进一步加强')).toBe(true);
  });

  it('never cuts a character in half', () => {
    expect(truncateUtf8('😀😀😀', 9)).toBe('😀😀');
    expect(truncateUtf8('中文字', 8)).toBe('中文');
    expect(truncateUtf8('👨‍👩‍👧', 4)).toBe('👨');
  });

  it('produces names every system accepts, unique among themselves (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 120 }), { minLength: 1, maxLength: 12 }), (names) => {
        const taken = new Set<string>();
        const out = names.map((n) => safeFileName(n, taken, 'md'));
        for (const name of out) expect(refusedBySomeSystem(name), JSON.stringify(name)).toBe(false);
        expect(new Set(out.map((n) => n.toLowerCase())).size).toBe(out.length);
      }),
      { numRuns: 300 },
    );
  });
});
