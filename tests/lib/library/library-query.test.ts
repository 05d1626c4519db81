import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '../../../lib/bulletin/model';
import { decodeQuery, DEFAULT_QUERY, encodeQuery, makeQuery, type LibraryQuery } from '../../../lib/library/library-query';

const words = ['四个意识', '两个维护', 'a&b=c', '中文,逗号', '?#%+', 'tag with space', '“引号”'];
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const queryArb: fc.Arbitrary<LibraryQuery> = fc.record({
  view: fc.constantFrom('clippings', 'highlights'),
  text: fc.constantFrom('', ...words),
  tags: fc.uniqueArray(fc.constantFrom(...words), { maxLength: 3 }),
  tagMode: fc.constantFrom('and', 'or'),
  colors: fc.uniqueArray(fc.constantFrom(...HIGHLIGHT_COLORS), { maxLength: 4 }),
  issuer: maybe(fc.constantFrom(...words)),
  site: maybe(fc.constantFrom('www.gov.cn', 'example.org')),
  dateFrom: maybe(day),
  dateTo: maybe(day),
  clippedFrom: maybe(day),
  clippedTo: maybe(day),
  hasNote: maybe(fc.boolean()),
  orphaned: maybe(fc.boolean()),
  clippingId: maybe(fc.uuid()),
  sort: fc.constantFrom('date', 'issuer', 'edited', 'clipped'),
}) as fc.Arbitrary<LibraryQuery>;

describe('library query URL', () => {
  it('round-trips every query through the URL', () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const encoded = encodeQuery(q);
        expect(decodeQuery(encoded)).toEqual(q);
        expect(decodeQuery(`?${encoded}`)).toEqual(q);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('leaves defaults out and keeps a stable key order', () => {
    expect(encodeQuery(makeQuery())).toBe('');
    expect(encodeQuery(makeQuery({ view: 'highlights', tags: ['两个维护', '金句'], tagMode: 'or', hasNote: true, text: ' 四个意识 ' }))).toBe(
      'view=highlights&q=%E5%9B%9B%E4%B8%AA%E6%84%8F%E8%AF%86&tag=%E4%B8%A4%E4%B8%AA%E7%BB%B4%E6%8A%A4&tag=%E9%87%91%E5%8F%A5&mode=or&note=1',
    );
  });

  it('ignores invalid and unknown parameters', () => {
    const q = decodeQuery('view=cards&sort=random&color=purple&color=red&from=2021-13&to=2021-03-22&note=maybe&x=1&tag=&tag=%20a%20');
    expect(q).toEqual({ ...DEFAULT_QUERY, colors: ['red'], dateTo: '2021-03-22', tags: ['a'] });
  });
});
