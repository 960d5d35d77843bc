// The application's pages as data: path, menu text and the module that draws it (loaded on demand,
// so the overview does not wait for the chart and graph libraries). One folder per area in pages/.
import type { TextKey } from './i18n/nl.js';
import OverviewPage from './pages/overview/overview-page.js';
import { preloadablePage, type PreloadablePage } from './preloadable-page.js';

export interface PageRoute {
  path: string;
  /** In the main menu when set. */
  menu?: TextKey;
  page: PreloadablePage;
}

export const ROUTES: readonly PageRoute[] = [
  {
    path: '/',
    menu: 'nav.overview',
    // The landing page is part of the application's chunk: on a first visit its own chunks queued
    // behind the overview's API requests (a browser opens at most six connections to one server).
    page: preloadablePage(() => Promise.resolve({ default: OverviewPage })),
  },
  { path: '/model/*', menu: 'nav.model', page: preloadablePage(() => import('./pages/model/model-area.js')) },
  {
    path: '/catalogus/*',
    menu: 'nav.catalog',
    page: preloadablePage(() => import('./pages/catalog/catalog-area.js')),
  },
  {
    path: '/herkomst/*',
    menu: 'nav.lineage',
    page: preloadablePage(() => import('./pages/lineage/lineage-area.js')),
  },
  {
    path: '/kwaliteit/*',
    menu: 'nav.quality',
    page: preloadablePage(() => import('./pages/quality/quality-area.js')),
  },
  { path: '/runs/*', menu: 'nav.runs', page: preloadablePage(() => import('./pages/runs/runs-area.js')) },
  {
    path: '/quarantaine/*',
    menu: 'nav.quarantine',
    page: preloadablePage(() => import('./pages/quarantine/quarantine-area.js')),
  },
  {
    path: '/dashboards/*',
    menu: 'nav.dashboards',
    page: preloadablePage(() => import('./pages/dashboards/dashboards-area.js')),
  },
  { path: '/gegevens/*', menu: 'nav.data', page: preloadablePage(() => import('./pages/data/data-area.js')) },
  {
    path: '/logboek/*',
    menu: 'nav.audit',
    page: preloadablePage(() => import('./pages/audit/audit-area.js')),
  },
  { path: '/inloggen/*', page: preloadablePage(() => import('./pages/login/login-area.js')) },
];

/** The route that draws `pathname` (the first match, as <Routes> picks it), if any. */
export function routeFor(pathname: string): PageRoute | undefined {
  return ROUTES.find((r) => {
    if (!r.path.endsWith('/*')) return pathname === r.path;
    const base = r.path.slice(0, -2);
    return pathname === base || pathname.startsWith(`${base}/`);
  });
}
