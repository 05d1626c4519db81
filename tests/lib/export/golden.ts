/**
 * Golden files in tests/fixtures/export: compared byte for byte, rewritten on purpose with
 * UPDATE_GOLDEN=1 (then review the diff before committing).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = new URL('../../fixtures/export/', import.meta.url);

/** Asserts `actual` equals the golden file `name`, or writes it when UPDATE_GOLDEN=1. */
export function expectGolden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(name, DIR));
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.UPDATE_GOLDEN !== '1' && process.env.CI) throw new Error(`golden file missing: ${name}`);
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
