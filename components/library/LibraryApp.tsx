/**
 * The library page shell: navigation and the current view, chosen by the URL hash so
 * back/forward and bookmarks work. Every view updates live (Dexie liveQuery).
 */
import { t } from '../../lib/platform/i18n';
import { useHashRoute } from '../common/use-hash-route';
import { ROUTES, matchRoute } from './routes';

/** The page's root component. */
export function LibraryApp() {
  const hash = useHashRoute();
  const { route, path, params } = matchRoute(hash);
  const View = route.view;
  return (
    <div class="library">
      <header class="library-head">
        <h1>
          <a href="#/">{t('libraryTitle')}</a>
        </h1>
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
      <main>
        <View route={path} params={params} />
      </main>
    </div>
  );
}
