/**
 * The architecture rules of docs/adr-001-architecture.md, checked (STYLE.md habit 6).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const p = join(dir, name);
    if (statSync(join(ROOT, p)).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const imports = (src: string) => [...src.matchAll(/^\s*import[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('layer rules', () => {
  it('only lib/platform and lib/messages touch browser.* / chrome.* in lib', () => {
    const offenders = sources('lib').filter((f) => !/^lib\/(platform|messages)\//.test(f) && /\b(browser|chrome)\.(runtime|tabs|scripting|storage|downloads|i18n|contextMenus|permissions)\b|from 'wxt\/browser'/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('lib never imports entrypoints, components or preact', () => {
    const offenders = sources('lib').filter((f) => imports(read(f)).some((i) => /(^|\/)(entrypoints|components)\//.test(i) || /^preact/.test(i)));
    expect(offenders).toEqual([]);
  });

  it('components never call browser.* directly', () => {
    const offenders = sources('components').filter((f) => /\b(browser|chrome)\.\w+\.\w+\(|from 'wxt\/browser'/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('an entrypoint never imports another entrypoint', () => {
    const offenders = sources('entrypoints').filter((f) => {
      const own = f.split('/').slice(0, 2).join('/').replace(/\.tsx?$/, '');
      return imports(read(f))
        .filter((i) => i.startsWith('.'))
        .map((i) => relative(ROOT, join(ROOT, f, '..', i)))
        .some((target) => target.startsWith('entrypoints/') && !target.startsWith(own));
    });
    expect(offenders).toEqual([]);
  });

  it('the content script does not reach the database (its IndexedDB would be the page origin)', () => {
    const content = [...sources('lib/content'), 'entrypoints/content.ts'];
    const offenders = content.filter((f) => imports(read(f)).some((i) => /\/db\//.test(i) || i === 'dexie'));
    expect(offenders).toEqual([]);
  });
});
