/**
 * The library page's views, by hash route. Each view is its own component; this table is
 * the one place that lists them (and the navigation built from it).
 */
import type { ComponentType } from 'preact';
import { ClippingsView } from './ClippingsView';
import { ReaderRoute } from './ReaderRoute';
import { ImportView } from './ImportView';
import { NotesView } from '../notes/NotesView';
import { TemplateEditor } from '../notes/TemplateEditor';
import { BackupView } from '../backup/BackupView';
import { DashboardView } from './DashboardView';
import { HighlightsView } from './HighlightsView';
import { ReviewView } from './ReviewView';
import { SearchView } from './SearchView';
import { TagsView } from './TagsView';

/** A view of the library page. */
export interface LibraryRoute {
  /** Path prefix matched against the hash, e.g. '/highlights'. */
  path: string;
  /** i18n key of its navigation label; routes without one are not in the navigation. */
  navLabel?: string;
  view: ComponentType<{ route: string; params: URLSearchParams }>;
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
  { path: '/highlights', navLabel: 'navHighlights', view: HighlightsView },
  { path: '/search', view: SearchView },
  { path: '/', navLabel: 'navClippings', view: ClippingsView },
];

/** Splits '/path?x=1' into the matching route and its parameters. */
export function matchRoute(hash: string): { route: LibraryRoute; path: string; params: URLSearchParams } {
  const [path = '/', query = ''] = hash.split('?');
  const route = ROUTES.find((r) => (r.path === '/' ? true : path.startsWith(r.path))) ?? ROUTES[ROUTES.length - 1]!;
  return { route, path, params: new URLSearchParams(query) };
}
