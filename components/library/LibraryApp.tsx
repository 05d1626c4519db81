/**
 * The library page shell: search box, navigation and the current view, chosen by the URL
 * hash so back/forward and bookmarks work. Every view updates live (Dexie liveQuery); the
 * search index follows every write through openAppDatabase's middleware, in every context.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/platform/i18n';
import { navigate, useHashRoute } from '../common/use-hash-route';
import { ROUTES, matchRoute } from './routes';
import { SearchBox, searchHash } from './SearchBox';
import { BackupReminder } from '../backup/BackupReminder';
import { isTypingTarget } from './use-list-keys';
import { useDb } from '../common/use-db';
import { useTagClipsBackfill } from './use-tag-clips-backfill';

/** The page's root component. */
export function LibraryApp() {
  const db = useDb();
  // A view's first data (a list's first page, a search's first results) is read before the
  // view replaces the current one: it paints with them, not empty first (prepared-page.ts).
  const main = useRef<HTMLElement>(null);
  const hash = useHashRoute(
    (next) => {
      const { route, params } = matchRoute(next);
      return route.prepare?.(db, params) ?? null;
    },
    // While the next view reads, the current one says it is busy (the bar shows past 80 ms).
    (pending) => (pending ? main.current?.setAttribute('aria-busy', 'true') : main.current?.removeAttribute('aria-busy')),
  );
  const { route, path, params } = matchRoute(hash);
  const View = route.view;
  const searchInput = useRef<HTMLInputElement>(null);
  useTagClipsBackfill(db);
  useEffect(() => {
    // '/' focuses search from anywhere but a text field (where it is a character).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      e.preventDefault();
      searchInput.current?.focus();
      searchInput.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const onSearch = (q: string, replace: boolean) => {
    const to = searchHash(q);
    // While typing, replace the entry (Back leaves the search in one step).
    navigate(to, { replace: replace && path === '/search' });
  };
  return (
    <div class="library">
      <header class="library-head">
        <h1>
          <a href="#/">{t('libraryTitle')}</a>
        </h1>
        <SearchBox
          current={path === '/search' ? (params.get('q') ?? '') : ''}
          onSearch={onSearch}
          onClear={() => path === '/search' && navigate('/')}
          inputRef={searchInput}
        />
        <nav class="library-nav" aria-label={t('libraryNav')}>
          {ROUTES.filter((r) => r.navLabel)
            .slice()
            .reverse()
            .map((r) => (
              <a key={r.path} href={`#${r.path}`} aria-current={r === route ? 'page' : undefined}>
                {t(r.navLabel!)}
              </a>
            ))}
        </nav>
      </header>
      <main ref={main}>
        <BackupReminder />
        <View route={path} params={params} />
      </main>
    </div>
  );
}
