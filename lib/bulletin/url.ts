/**
 * URL identity of a clipping. Two visits to the same bulletin must map to one key even when
 * the address carries a fragment, tracking parameters or a trailing `index.html`-free variant.
 */

const TRACKING = /^(utm_\w+|spm|from|source|share_?\w*|isappinstalled|scene|clicktime|enterid|wfr|fbclid|gclid|yclid|msclkid|_hsenc|_hsmi|mc_cid|mc_eid|ref|ref_src|vd_source|timestamp|t)$/i;

/**
 * Normalises a URL for deduplication: lower-case scheme and host, no default port, no
 * fragment, no tracking parameters, remaining parameters sorted. Returns null for
 * addresses that are not http(s) or file.
 */
export function normalizeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (!['http:', 'https:', 'file:'].includes(u.protocol)) return null;
  u.hash = '';
  // forEach, not entries(): Firefox content scripts cannot spread a DOM iterator (Xray).
  const kept: [string, string][] = [];
  u.searchParams.forEach((v, k) => {
    if (!TRACKING.test(k)) kept.push([k, v]);
  });
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  // http and https of one host serve the same bulletin on government sites.
  const scheme = u.protocol === 'file:' ? 'file:' : 'https:';
  return `${scheme}//${u.host.toLowerCase()}${u.pathname}${u.search}`;
}

/**
 * The identity of a page: its canonical link when it points to the same site (sites
 * sometimes put a wrong or foreign canonical), else the address itself.
 */
export function pageIdentity(location: string, canonical: string | null | undefined): string | null {
  const loc = normalizeUrl(location);
  if (!canonical) return loc;
  let can: URL;
  try {
    can = new URL(canonical, location);
  } catch {
    return loc;
  }
  const here = safeHost(location);
  if (here && can.hostname.replace(/^www\./, '') !== here.replace(/^www\./, '')) return loc;
  return normalizeUrl(can.href) ?? loc;
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
