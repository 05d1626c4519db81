/** t(): a message without substitutions is looked up once; the rest every time. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { t } from '../../../lib/platform/i18n';

describe('t()', () => {
  it('looks a plain message up once, and substituted or missing ones every time', () => {
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
      key === 'missing' ? '' : subs === undefined ? `«${key}»` : `«${key}:${String(subs)}»`) as never);
    expect(t('libraryTitle')).toBe('«libraryTitle»');
    expect(t('libraryTitle')).toBe('«libraryTitle»');
    expect(spy.mock.calls.filter(([k]) => k === 'libraryTitle')).toHaveLength(1);
    expect(t('highlightTotal', '3')).toBe('«highlightTotal:3»');
    expect(t('highlightTotal', '4')).toBe('«highlightTotal:4»');
    expect(spy.mock.calls.filter(([k]) => k === 'highlightTotal')).toHaveLength(2);
    // A missing message shows its key, and is asked for again next time.
    expect(t('missing')).toBe('missing');
    expect(t('missing')).toBe('missing');
    expect(spy.mock.calls.filter(([k]) => k === 'missing')).toHaveLength(2);
    spy.mockRestore();
  });
});
