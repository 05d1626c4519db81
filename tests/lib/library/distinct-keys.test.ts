import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipperDb } from '../../../lib/db/database';
import { distinctHosts, distinctKeys } from '../../../lib/library/distinct-keys';
import { freshDb, makeClipping } from '../search/helpers';

let db: ClipperDb;

beforeAll(async () => {
  db = freshDb();
  const rows = [
    ['a', 'https://www.gov.cn/1.html', '省委办公厅'],
    ['b', 'https://www.gov.cn/2.html', '省委办公厅'],
    ['c', 'https://www.gov.cn/x/3.html', '市委组织部'],
    ['d', 'https://a.example.org/p', null],
    ['e', 'https://www.gov.cn.evil.example/p', '市委组织部'],
    ['f', null, '县委宣传部'],
  ] as const;
  await db.clippings.bulkAdd(rows.map(([id, url, issuer]) => makeClipping(id, { normalizedUrl: url, issuer })));
});
afterAll(async () => {
  await db.delete();
});

describe('distinct keys by skip-scan', () => {
  it('lists each value of an index once, in key order (null values are not indexed)', async () => {
    expect(await distinctKeys(db.clippings, 'issuer')).toEqual(['县委宣传部', '市委组织部', '省委办公厅'].sort());
  });

  it('lists each site host once, even when hosts share a prefix', async () => {
    expect((await distinctHosts(db.clippings)).sort()).toEqual(['a.example.org', 'www.gov.cn', 'www.gov.cn.evil.example']);
  });

  it('finds nothing in an empty table', async () => {
    const empty = freshDb();
    expect(await distinctHosts(empty.clippings)).toEqual([]);
    await empty.delete();
  });
});
