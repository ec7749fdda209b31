import type { Catalog, CatalogPractice, PracticeFields } from './build-catalog.ts';
import type { Vocabularies } from './load-vocabularies.ts';
import type { FeedFacet } from './open-data-paths.ts';
import type { Translate } from '../i18n/index.ts';
import { paths } from './urls.ts';

/** One selection of practices that has feeds and a JSON file: all practices, or one objective, theme or region. */
export interface FeedSource<D extends PracticeFields = PracticeFields> {
  /** Absent for the feed of all practices. */
  facet?: FeedFacet;
  id?: string;
  title: string;
  description: string;
  /** The listing page the feed follows (path without base). */
  homePath: string;
  practices: CatalogPractice<D>[];
}

/**
 * Every feed of the site: all practices, then each objective, theme and
 * region of the vocabularies (with or without practices, like their pages,
 * so a partner can subscribe before the first practice arrives).
 */
export function feedSources<D extends PracticeFields>(
  catalog: Pick<Catalog<D>, 'practices' | 'byObjective' | 'byTheme' | 'byRegion'>,
  vocab: Pick<Vocabularies, 'objectives' | 'themes' | 'regions'>,
  t: Translate,
): FeedSource<D>[] {
  const sources: FeedSource<D>[] = [
    { title: t('practices.title'), description: t('practices.lead'), homePath: paths.practices(), practices: catalog.practices },
  ];
  for (const o of vocab.objectives.values()) {
    sources.push({
      facet: 'objectives',
      id: String(o.id),
      title: t('objective.title', { n: o.id, short: o.short }),
      description: o.title + '.',
      homePath: paths.objective(o.id),
      practices: catalog.byObjective.get(o.id) ?? [],
    });
  }
  for (const theme of vocab.themes.values()) {
    sources.push({
      facet: 'themes',
      id: theme.id,
      title: theme.label,
      description: theme.description,
      homePath: paths.theme(theme.id),
      practices: catalog.byTheme.get(theme.id) ?? [],
    });
  }
  for (const region of vocab.regions.values()) {
    sources.push({
      facet: 'regions',
      id: region.id,
      title: region.name,
      description: t('region.lead', { name: region.name }),
      homePath: paths.region(region.id),
      practices: catalog.byRegion.get(region.id) ?? [],
    });
  }
  return sources;
}
