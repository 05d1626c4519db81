// Writes public/_locales/{zh_CN,en}/messages.json from scripts/locales.source.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { messages } from './locales.source.mjs';

for (const [dir, col] of [['zh_CN', 1], ['en', 2]]) {
  const out = {};
  for (const row of messages) out[row[0]] = { message: row[col] };
  mkdirSync(`public/_locales/${dir}`, { recursive: true });
  writeFileSync(`public/_locales/${dir}/messages.json`, JSON.stringify(out, null, 2) + '\n');
}
console.log(`wrote ${messages.length} messages`);
