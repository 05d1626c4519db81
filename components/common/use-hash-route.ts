/** A tiny hash router: the library's views live in the URL so back/forward and bookmarks work. */
import { useEffect, useState } from 'preact/hooks';

/** The current location hash without '#', e.g. '/clip/ID?tag=x'. */
export function useHashRoute(): string {
  const [hash, setHash] = useState(() => location.hash.slice(1) || '/');
  useEffect(() => {
    const onChange = () => setHash(location.hash.slice(1) || '/');
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/** Navigates to a hash route (adds a history entry). */
export function navigate(route: string): void {
  location.hash = route;
}
