/**
 * The library page's views, by hash route. Each view is its own component; this table is
 * the one place that lists them (and the navigation built from it).
 */
import type { ComponentType } from 'preact';
import type { ClipperDb } from '../../lib/db/database';
import { lazyView } from '../common/lazy-view';
import { ClippingsView, prepareClippingsView } from './ClippingsView';
import { HighlightsView, prepareHighlightsView } from './HighlightsView';
import { prepareSearchView, SearchView } from './SearchView';

type ViewProps = { route: string; params: URLSearchParams };

// The lists and search are in the page's first chunk (the first paint needs them); every
// other view loads when first opened.
const ReaderRoute = lazyView<ViewProps>(() => import('./ReaderRoute').then((m) => m.ReaderRoute));
const ImportView = lazyView<ViewProps>(() => import('./ImportView').then((m) => m.ImportView));
const NotesView = lazyView<ViewProps>(() => import('../notes/NotesView').then((m) => m.NotesView));
const TemplateEditor = lazyView<ViewProps>(() => import('../notes/TemplateEditor').then((m) => m.TemplateEditor));
const BackupView = lazyView<ViewProps>(() => import('../backup/BackupView').then((m) => m.BackupView));
const DashboardView = lazyView<ViewProps>(() => import('./DashboardView').then((m) => m.DashboardView));
const ReviewView = lazyView<ViewProps>(() => import('./ReviewView').then((m) => m.ReviewView));
const TagsView = lazyView<ViewProps>(() => import('./TagsView').then((m) => m.TagsView));

/** A view of the library page. */
export interface LibraryRoute {
  /** Path prefix matched against the hash, e.g. '/highlights'. */
  path: string;
  /** i18n key of its navigation label; routes without one are not in the navigation. */
  navLabel?: string;
  view: ComponentType<ViewProps>;
  /** Reads the view's first data before it shows (see prepared-page.ts). */
  prepare?: (db: ClipperDb, params: URLSearchParams) => Promise<void>;
}

/** Most specific first: the first route whose path prefixes the hash wins. */
export const ROUTES: LibraryRoute[] = [
  { path: '/clip/', view: ReaderRoute },
  { path: '/import', navLabel: 'navImport', view: ImportView },
  { path: '/notes/templates', view: TemplateEditor },
  { path: '/notes', navLabel: 'navNotes', view: NotesView },
  { path: '/backup', navLabel: 'navBackup', view: BackupView },
  { path: '/dashboard', navLabel: 'navDashboard', view: DashboardView },
  { path: '/review', navLabel: 'navReview', view: ReviewView },
  { path: '/tags', navLabel: 'navTags', view: TagsView },
  { path: '/highlights', navLabel: 'navHighlights', view: HighlightsView, prepare: prepareHighlightsView },
  { path: '/search', view: SearchView, prepare: prepareSearchView },
  { path: '/', navLabel: 'navClippings', view: ClippingsView, prepare: prepareClippingsView },
];

/** Splits '/path?x=1' into the matching route and its parameters. */
export function matchRoute(hash: string): { route: LibraryRoute; path: string; params: URLSearchParams } {
  const [path = '/', query = ''] = hash.split('?');
  const route = ROUTES.find((r) => (r.path === '/' ? true : path.startsWith(r.path))) ?? ROUTES[ROUTES.length - 1]!;
  return { route, path, params: new URLSearchParams(query) };
}
