/** A tiny hash router: the library's views live in the URL so back/forward and bookmarks work. */
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Longest a navigation keeps the current view on screen while the next one reads its first
 * data: past this, the next view shows with its loading state (a slow query still shows
 * that something happens).
 */
export const PREPARE_MAX_MS = 150;

/**
 * Readies a route before it shows (reads its first data), or returns null when it has
 * nothing to read ahead. Its failure is the view's to show: the route shows all the same.
 */
export type PrepareRoute = (hash: string) => Promise<unknown> | null;

function currentHash(): string {
  return location.hash.slice(1) || '/';
}

/**
 * The current location hash without '#', e.g. '/clip/ID?tag=x'. With `prepare`, a new hash
 * takes effect once its route is ready (or PREPARE_MAX_MS have passed), so the next view
 * paints with its data instead of empty first; a later navigation overtakes a pending one.
 * `onPending` hears when a navigation starts waiting and when it shows (for a busy state
 * that needs no render: a render would compete with the reads it waits for).
 */
export function useHashRoute(prepare?: PrepareRoute, onPending?: (pending: boolean) => void): string {
  const [hash, setHash] = useState(currentHash);
  const prepareRef = useRef(prepare);
  prepareRef.current = prepare;
  const pendingRef = useRef(onPending);
  pendingRef.current = onPending;
  useEffect(() => {
    let latest = 0;
    const onChange = () => {
      const next = currentHash();
      const ticket = ++latest;
      let ready: Promise<unknown> | null = null;
      try {
        ready = prepareRef.current?.(next) ?? null;
      } catch (e) {
        console.error('preparing the route failed', e);
      }
      if (!ready) {
        pendingRef.current?.(false);
        setHash(next);
        return;
      }
      pendingRef.current?.(true);
      const show = () => {
        if (ticket !== latest) return;
        pendingRef.current?.(false);
        setHash(next);
      };
      const timer = setTimeout(show, PREPARE_MAX_MS);
      const settle = () => {
        clearTimeout(timer);
        show();
      };
      ready.then(settle, settle);
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      latest = -1;
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
  return hash;
}

/** Navigates to a hash route (adds a history entry). */
export function navigate(route: string): void {
  location.hash = route;
}
