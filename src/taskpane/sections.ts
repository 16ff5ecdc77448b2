/**
 * The sections of the pane, in navigation order. Each view is its own module under views/, loaded on first use
 * (its own chunk: heavy libraries a view needs — mathjs, ExcelJS — stay out of the pane's initial JS).
 * A view module default-exports a component without props; it reads everything through the hooks.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { FluentIcon } from '@fluentui/react-icons';
import {
  ArrowImportRegular,
  ChartMultipleRegular,
  DataTrendingRegular,
  HomePersonRegular,
  PeopleTeamRegular,
} from '@fluentui/react-icons';
import type { StringKey } from '../core/strings';

export type SectionId = 'import' | 'forecast' | 'placements' | 'resourceBoard' | 'reports';

export interface PaneSection {
  id: SectionId;
  label: StringKey;
  icon: FluentIcon;
  view: LazyExoticComponent<ComponentType>;
}

export const SECTIONS: readonly PaneSection[] = [
  {
    id: 'import',
    label: 'pane.nav.import',
    icon: ArrowImportRegular,
    view: lazy(() => import(/* webpackChunkName: "view-import", webpackPrefetch: true */ './views/ImportView')),
  },
  {
    id: 'forecast',
    label: 'pane.nav.forecast',
    icon: DataTrendingRegular,
    view: lazy(() => import(/* webpackChunkName: "view-forecast", webpackPrefetch: true */ './views/ForecastView')),
  },
  {
    id: 'placements',
    label: 'pane.nav.placements',
    icon: HomePersonRegular,
    view: lazy(() => import(/* webpackChunkName: "view-placements", webpackPrefetch: true */ './views/PlacementsView')),
  },
  {
    id: 'resourceBoard',
    label: 'pane.nav.resourceBoard',
    icon: PeopleTeamRegular,
    view: lazy(() => import(/* webpackChunkName: "view-resource-board", webpackPrefetch: true */ './views/ResourceBoardView')),
  },
  {
    id: 'reports',
    label: 'pane.nav.reports',
    icon: ChartMultipleRegular,
    view: lazy(() => import(/* webpackChunkName: "view-reports", webpackPrefetch: true */ './views/ReportsView')),
  },
];

/** The section named in the URL's hash (`taskpane.html#forecast`), or the first one. */
export function initialSection(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return SECTIONS.find((s) => s.id === id)?.id ?? SECTIONS[0].id;
}
