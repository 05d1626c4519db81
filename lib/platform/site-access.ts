/**
 * Per-site access for drawing highlights on revisits without a click. No site access is
 * asked at install; the user grants it site by site from the popup (a user gesture, as
 * permissions.request requires). Without it, highlights still come back when the popup opens.
 */
import { browser } from 'wxt/browser';

/** The match pattern of a page's origin, or null for pages that cannot have one. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** Whether the extension may read pages of this URL's site. */
export async function hasSiteAccess(url: string): Promise<boolean> {
  const origin = originPattern(url);
  return origin ? browser.permissions.contains({ origins: [origin] }) : false;
}

/** Asks for access to this URL's site; must run in a click handler. */
export async function requestSiteAccess(url: string): Promise<boolean> {
  const origin = originPattern(url);
  return origin ? browser.permissions.request({ origins: [origin] }) : false;
}
