/**
 * A view whose code loads on first use (a dynamic import, its own chunk): the library page
 * starts with the lists only, and the reader, notes, backup and other views load when opened.
 * Hooks run in the same order on every render; the loaded component is kept for the page's life.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/platform/i18n';

/** Wraps `load` (e.g. `() => import('./X').then((m) => m.X)`) as a component with the same props. */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () => (pending ??= load().then((c) => (loaded = c)));
  return function LazyView(props: P) {
    const [, setReady] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      start().then(
        () => live && setReady((n) => n + 1),
        () => {
          pending = null; // a later visit tries again
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, []);
    const View = loaded;
    if (View) return <View {...props} />;
    return failed ? (
      <p class="status error" role="alert">
        {t('viewLoadFailed')}
      </p>
    ) : (
      <p class="status" role="status">
        {t('loading')}
      </p>
    );
  };
}
