/** Every UI string exists in both locales (zh_CN default, en), and every t('key') is defined. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const zh = JSON.parse(readFileSync(join(ROOT, 'public/_locales/zh_CN/messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((n) => {
    const p = join(dir, n);
    return statSync(join(ROOT, p)).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

describe('locales', () => {
  it('zh_CN and en define the same keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [k, v] of Object.entries({ ...zh, ...en })) expect(v.message, k).not.toBe('');
  });

  it('every t("key") used in the code is defined', () => {
    const used = new Set<string>();
    for (const f of [...files('components'), ...files('lib'), ...files('entrypoints')]) {
      for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((k) => !(k in zh))).toEqual([]);
  });

  it('every error code has a translated message', () => {
    const src = readFileSync(join(ROOT, 'lib/bulletin/result.ts'), 'utf8');
    const union = /export type ErrorCode =([^;]+);/.exec(src)![1]!;
    const codes = [...union.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((c) => !(`error_${c}` in zh))).toEqual([]);
  });

  it('the manifest strings are localised', () => {
    for (const k of ['extName', 'extDescription', 'actionTitle', 'commandOpenPopup']) expect(zh[k]?.message).toBeTruthy();
  });
});
