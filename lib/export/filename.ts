/**
 * File names for downloads and zip entries that every desktop system accepts. Windows is the
 * strictest (no <>:"/\|?*, no control characters, no trailing dot or space, no CON/PRN/…
 * even with an extension), macOS and Linux refuse "/" and NUL, and most file systems cap a
 * name at 255 bytes, which Chinese titles (3 bytes a character in UTF-8) reach quickly.
 * Forbidden ASCII punctuation becomes its full-width twin so a title still reads naturally.
 */

/** ASCII characters Windows refuses, mapped to look-alikes that every system accepts. */
const FULL_WIDTH: Record<string, string> = {
  '<': '＜',
  '>': '＞',
  ':': '：',
  '"': '＂',
  '/': '／',
  '\\': '＼',
  '|': '｜',
  '?': '？',
  '*': '＊',
};

/** Device names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The default byte budget: room under 255 for a browser's " (1)" and ".crdownload". */
export const MAX_NAME_BYTES = 200;

/** Used when nothing usable is left of a name. */
export const FALLBACK_NAME = '未命名';

const encoder = new TextEncoder();
const byteLength = (s: string): number => encoder.encode(s).length;

/** Cuts a string to at most `max` UTF-8 bytes without splitting a character. */
export function truncateUtf8(s: string, max: number): string {
  if (byteLength(s) <= max) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = byteLength(ch);
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  // A cut can leave a joiner or variation selector dangling at the end.
  return out.replace(/(?:\u200d|\ufe0e|\ufe0f)+$/, '');
}

/** Cleans the stem (no extension): characters, whitespace, dots and spaces at the ends. */
function cleanStem(name: string): string {
  return (
    name
      .normalize('NFC')
      // Lone surrogates cannot be encoded in a file name (or in UTF-8 at all).
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/[<>:"/\\|?*]/g, (ch) => FULL_WIDTH[ch] ?? '_')
      // Control characters (and line/paragraph separators) become spaces, then runs collapse.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      .replace(/\s+/g, ' ')
      // Leading dots hide files on macOS/Linux; trailing dots and spaces vanish on Windows.
      .replace(/^[\s.]+|[\s.]+$/g, '')
  );
}

function normaliseExt(ext: string | undefined, name: string): { stem: string; ext: string } {
  if (ext !== undefined) {
    const e = ext === '' ? '' : `.${ext.replace(/^\.+/, '')}`;
    const stem = e && name.toLowerCase().endsWith(e.toLowerCase()) ? name.slice(0, -e.length) : name;
    return { stem, ext: e };
  }
  const m = /\.[A-Za-z0-9]{1,8}$/.exec(name);
  return m ? { stem: name.slice(0, m.index), ext: m[0] } : { stem: name, ext: '' };
}

/** Case- and normalisation-insensitive key: Windows and macOS treat "A" and "a" as one name. */
const collisionKey = (name: string): string => name.normalize('NFC').toLowerCase();

/**
 * The collision keys of each `taken` set, kept between calls so naming n files costs O(n),
 * not O(n²) (a 1,000-file zip spent most of its time re-keying the set). The keys are rebuilt
 * whenever the set's size differs from what they were built from (the caller added names);
 * a set is expected only to grow between calls.
 */
const keysOfTaken = new WeakMap<Set<string>, { keys: Set<string>; size: number }>();

function takenKeys(taken: Set<string>): Set<string> {
  const cached = keysOfTaken.get(taken);
  if (cached && cached.size === taken.size) return cached.keys;
  const keys = new Set([...taken].map(collisionKey));
  keysOfTaken.set(taken, { keys, size: taken.size });
  return keys;
}

/**
 * Makes a safe file name from a title. `ext` ("md" or ".md") is appended (and not doubled when
 * the name already ends with it); without it, an existing short extension is kept apart so a
 * collision suffix goes before it. Names in `taken` (compared case-insensitively) get " (2)",
 * " (3)" …; the result is added to `taken` so a loop can pass the same set each time (names
 * may be added to it between calls, not removed). The
 * whole name stays within `maxBytes` UTF-8 bytes (default 200).
 */
export function safeFileName(name: string, taken?: Set<string>, ext?: string, maxBytes = MAX_NAME_BYTES): string {
  const split = normaliseExt(ext, name);
  const cleanExt = cleanStem(split.ext) ? `.${cleanStem(split.ext).replace(/^\.+/, '')}` : '';
  let stem = cleanStem(split.stem) || FALLBACK_NAME;
  // "NUL.tar" is as reserved as "NUL": Windows looks at the part before the first dot.
  const first = stem.split('.')[0]!.trim();
  if (RESERVED.test(first)) stem = `${first}_${stem.slice(first.length)}`;
  const keys = taken ? takenKeys(taken) : new Set<string>();
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const budget = Math.max(maxBytes - byteLength(cleanExt) - byteLength(suffix), 1);
    const cut = truncateUtf8(stem, budget).replace(/[\s.]+$/, '') || FALLBACK_NAME;
    const candidate = `${cut}${suffix}${cleanExt}`;
    const key = collisionKey(candidate);
    if (!keys.has(key)) {
      if (taken) {
        taken.add(candidate);
        keys.add(key);
        keysOfTaken.set(taken, { keys, size: taken.size });
      }
      return candidate;
    }
  }
}
