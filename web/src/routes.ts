// The application's pages as data: path, menu text and the module that draws it (loaded on demand,
// so the overview does not wait for the chart and graph libraries). One folder per area in pages/.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { TextKey } from './i18n/nl.js';

export interface PageRoute {
  path: string;
  /** In the main menu when set. */
  menu?: TextKey;
  page: LazyExoticComponent<ComponentType>;
}

export const ROUTES: readonly PageRoute[] = [
  { path: '/', menu: 'nav.overview', page: lazy(() => import('./pages/overview/overview-page.js')) },
  { path: '/model/*', menu: 'nav.model', page: lazy(() => import('./pages/model/model-area.js')) },
  { path: '/catalogus/*', menu: 'nav.catalog', page: lazy(() => import('./pages/catalog/catalog-area.js')) },
  { path: '/herkomst/*', menu: 'nav.lineage', page: lazy(() => import('./pages/lineage/lineage-area.js')) },
  { path: '/kwaliteit/*', menu: 'nav.quality', page: lazy(() => import('./pages/quality/quality-area.js')) },
  { path: '/runs/*', menu: 'nav.runs', page: lazy(() => import('./pages/runs/runs-area.js')) },
  {
    path: '/quarantaine/*',
    menu: 'nav.quarantine',
    page: lazy(() => import('./pages/quarantine/quarantine-area.js')),
  },
  {
    path: '/dashboards/*',
    menu: 'nav.dashboards',
    page: lazy(() => import('./pages/dashboards/dashboards-area.js')),
  },
  { path: '/gegevens/*', menu: 'nav.data', page: lazy(() => import('./pages/data/data-area.js')) },
  { path: '/logboek/*', menu: 'nav.audit', page: lazy(() => import('./pages/audit/audit-area.js')) },
  { path: '/inloggen/*', page: lazy(() => import('./pages/login/login-area.js')) },
];
