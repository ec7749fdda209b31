import type { Catalog, CatalogPractice, PracticeFields } from '../../catalogue/build-catalog.ts';
import type { Vocabularies } from '../../catalogue/load-vocabularies.ts';
import type { FeedFacet } from '../api/open-data-paths.ts';
import type { Lang, Translate } from '../../i18n/index.ts';
import { localizePath } from '../../i18n/locales.ts';
import { pickLanguageVersions } from '../../i18n/pick-language-versions.ts';
import { termLabels } from '../../i18n/term-labels.ts';
import { paths } from '../../i18n/urls.ts';

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
 *
 * With `lang`, the feeds of that language (`/fr/feeds/…`): labels in it, each
 * practice once, as its translation in it where there is one (as listings
 * show them). Without, every practice of every language (open data).
 */
export function feedSources<D extends PracticeFields>(
  catalog: Pick<Catalog<D>, 'practices' | 'byObjective' | 'byTheme' | 'byRegion'> & Partial<Pick<Catalog<D>, 'translations'>>,
  vocab: Vocabularies,
  t: Translate,
  lang?: Lang,
): FeedSource<D>[] {
  const L = termLabels(vocab, lang ?? 'en');
  const home = (path: string) => (lang ? localizePath(path, lang) : path);
  const list = (practices: CatalogPractice<D>[] | undefined) =>
    lang && catalog.translations ? pickLanguageVersions(practices ?? [], lang, catalog.translations) : (practices ?? []);
  const sources: FeedSource<D>[] = [
    { title: t('practices.title'), description: t('practices.lead'), homePath: home(paths.practices()), practices: list(catalog.practices) },
  ];
  for (const n of vocab.objectives.keys()) {
    const { short, title } = L.objective(n);
    sources.push({
      facet: 'objectives',
      id: String(n),
      title: t('objective.title', { n, short }),
      description: title + '.',
      homePath: home(paths.objective(n)),
      practices: list(catalog.byObjective.get(n)),
    });
  }
  for (const id of vocab.themes.keys()) {
    const { label, description } = L.theme(id);
    sources.push({
      facet: 'themes',
      id,
      title: label,
      description,
      homePath: home(paths.theme(id)),
      practices: list(catalog.byTheme.get(id)),
    });
  }
  for (const id of vocab.regions.keys()) {
    const name = L.region(id);
    sources.push({
      facet: 'regions',
      id,
      title: name,
      description: t('region.lead', { name }),
      homePath: home(paths.region(id)),
      practices: list(catalog.byRegion.get(id)),
    });
  }
  return sources;
}
