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
 * The route a click follows when it is a plain click (main button, no modifier key, not
 * handled already) on a link to another route of this page (href="#/…", no target, not a
 * download); null for any other click.
 */
function clickedRoute(e: MouseEvent): string | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#/')) return null;
  const route = href.slice(1);
  return route === currentHash() ? null : route;
}

/** The mounted router's own navigation (navigate() sets the URL itself while none is). */
let routerNavigate: ((route: string, replace: boolean) => void) | null = null;

/** Runs `fn` once the browser has painted the current frame. */
function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(fn, 0));
  else setTimeout(fn, 0);
}

/**
 * The current location hash without '#', e.g. '/clip/ID?tag=x'. With `prepare`, a new hash
 * takes effect once its route is ready (or PREPARE_MAX_MS have passed), so the next view
 * paints with its data instead of empty first; a later navigation overtakes a pending one.
 * `onPending` hears when a navigation starts waiting and when it shows (for a busy state
 * that needs no render: a render would compete with the reads it waits for).
 *
 * A navigation from inside the page (navigate()) is prepared and shown first, and the URL
 * follows once the view has painted: a change of URL costs Chromium's browser process about
 * 15 ms of work (measured for a same-document navigation, headless, without automation),
 * which on a small machine slowed the reads the view waits for by half or more. A plain click
 * on an in-page link (href="#/…") is such a navigation too. The URL's own changes (Back, a
 * bookmark, a link opened with a modifier key) go through hashchange as they must.
 */
export function useHashRoute(prepare?: PrepareRoute, onPending?: (pending: boolean) => void): string {
  const [hash, setHash] = useState(currentHash);
  const prepareRef = useRef(prepare);
  prepareRef.current = prepare;
  const pendingRef = useRef(onPending);
  pendingRef.current = onPending;
  useEffect(() => {
    let latest = 0;
    /** The hash navigate() set after showing its route: its hashchange has nothing left to do. */
    let shownAhead: string | null = null;
    const go = (next: string, shown?: () => void) => {
      const ticket = ++latest;
      const show = () => {
        if (ticket !== latest) return;
        pendingRef.current?.(false);
        setHash(next);
        shown?.();
      };
      let ready: Promise<unknown> | null = null;
      try {
        ready = prepareRef.current?.(next) ?? null;
      } catch (e) {
        console.error('preparing the route failed', e);
      }
      if (!ready) {
        show();
        return;
      }
      pendingRef.current?.(true);
      const timer = setTimeout(show, PREPARE_MAX_MS);
      const settle = () => {
        clearTimeout(timer);
        show();
      };
      ready.then(settle, settle);
    };
    const onChange = () => {
      const next = currentHash();
      const ahead = shownAhead;
      shownAhead = null;
      if (next !== ahead) go(next);
    };
    routerNavigate = (route, replace) => {
      const from = location.href;
      go(route, () =>
        afterPaint(() => {
          // Unmounted, or the URL changed meanwhile (a link, Back): that navigation stands.
          if (latest < 0 || location.href !== from) return;
          if (replace) location.replace(`#${route}`);
          else location.hash = route;
          // As the URL has it (percent-encoded): what its hashchange will read. None comes
          // when the URL already had it.
          if (location.href !== from) shownAhead = currentHash();
        }),
      );
    };
    // A plain click on an in-page link is navigate()'s too: the href stays for a new tab,
    // a copied link and a middle click.
    const onClick = (e: MouseEvent) => {
      const route = clickedRoute(e);
      if (route === null) return;
      e.preventDefault();
      routerNavigate?.(route, false);
    };
    window.addEventListener('hashchange', onChange);
    document.addEventListener('click', onClick);
    return () => {
      latest = -1;
      routerNavigate = null;
      window.removeEventListener('hashchange', onChange);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return hash;
}

/**
 * Navigates to a hash route: adds a history entry, or with `replace` takes the current one's
 * place. Through the mounted router, the route shows first and the URL follows.
 */
export function navigate(route: string, options: { replace?: boolean } = {}): void {
  if (routerNavigate) routerNavigate(route, options.replace === true);
  else if (options.replace) location.replace(`#${route}`);
  else location.hash = route;
}
