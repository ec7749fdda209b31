import { useTranslations } from '../i18n/index.ts';
import { pageCount } from '../lib/paginate.ts';
import { paths } from '../lib/urls.ts';
import { getCatalog, vocabularies, type Practice } from './catalog.ts';

/** The facets with a listing page per value: `/objectives/5/`, `/regions/africa/`... */
export type ListingKind = 'objective' | 'region' | 'country' | 'theme' | 'sdg' | 'principle';

/** What a listing page shows, whatever its facet. */
export interface Listing {
  /** Path of its first page; later pages are `<path>page/<n>/`. */
  path: string;
  title: string;
  /** One paragraph explaining the facet value. */
  lead: string;
  /** Trail between Home and this page. */
  parent: { label: string; path: string };
  /** Newest first. */
  practices: Practice[];
  /** The same selection in /search/, for further filtering. */
  searchPath: string;
  /** Said when there are no practices, followed by an invitation to contribute. */
  empty: string;
  /** A line under the lead (the goal of an SDG target). */
  note?: { text: string; className: string } | undefined;
}

/**
 * The values of a facet that have a page: every objective, region, theme and
 * principle (an empty one says so and invites contributions), and the
 * countries and SDG targets in use (hundreds of empty pages would be noise).
 */
export async function listingIds(kind: ListingKind): Promise<string[]> {
  const vocab = vocabularies();
  const catalog = await getCatalog();
  switch (kind) {
    case 'objective':
      return [...vocab.objectives.keys()].map(String);
    case 'region':
      return [...vocab.regions.keys()];
    case 'country':
      return [...catalog.byCountry.keys()];
    case 'theme':
      return [...vocab.themes.keys()];
    case 'sdg':
      return [...catalog.bySdgTarget.keys()];
    case 'principle':
      return [...vocab.principles.keys()];
  }
}

/** The listing of one facet value. */
export async function listing(kind: ListingKind, id: string): Promise<Listing> {
  const t = useTranslations('en');
  const vocab = vocabularies();
  const catalog = await getCatalog();
  switch (kind) {
    case 'objective': {
      const n = Number(id);
      const objective = vocab.objectives.get(n)!;
      return {
        path: paths.objective(n),
        title: t('objective.title', { n, short: objective.short }),
        lead: objective.title + '.',
        parent: { label: t('nav.objectives'), path: paths.objectives() },
        practices: catalog.byObjective.get(n) ?? [],
        searchPath: paths.search({ objective: n }),
        empty: t('objective.empty'),
      };
    }
    case 'region': {
      const region = vocab.regions.get(id)!;
      return {
        path: paths.region(id),
        title: region.name,
        lead: t('region.lead', { name: region.name }),
        parent: { label: t('regions.title'), path: paths.regions() },
        practices: catalog.byRegion.get(id) ?? [],
        searchPath: paths.search({ region: id }),
        empty: t('region.empty'),
      };
    }
    case 'country': {
      const country = vocab.countries.get(id)!;
      const region = vocab.regions.get(country.intermediateRegion ?? country.subRegion)!;
      return {
        path: paths.country(id),
        title: country.names.en,
        lead: t('country.lead', { name: country.names.en, region: region.name }),
        parent: { label: t('countries.title'), path: paths.countries() },
        practices: catalog.byCountry.get(id) ?? [],
        searchPath: paths.search({ country: id }),
        empty: '',
      };
    }
    case 'theme': {
      const theme = vocab.themes.get(id)!;
      return {
        path: paths.theme(id),
        title: theme.label,
        lead: theme.description,
        parent: { label: t('nav.themes'), path: paths.themes() },
        practices: catalog.byTheme.get(id) ?? [],
        searchPath: paths.search({ theme: id }),
        empty: t('theme.empty'),
      };
    }
    case 'sdg': {
      const target = vocab.sdgTargets.get(id)!;
      const goal = vocab.sdgGoals.get(target.goal)!;
      return {
        path: paths.sdgTarget(id),
        title: t('sdg.targetTitle', { id }),
        lead: target.text,
        parent: { label: t('sdg.title'), path: paths.sdgTargets() },
        practices: catalog.bySdgTarget.get(id) ?? [],
        searchPath: paths.search({ sdg: id }),
        empty: '',
        note: { text: `${t('sdg.goal', { n: goal.id, short: goal.short })}. ${goal.title}.`, className: `sdg sdg-${goal.id}` },
      };
    }
    case 'principle': {
      const principle = vocab.principles.get(id)!;
      return {
        path: paths.principle(id),
        title: principle.title,
        lead: t('principle.lead', { name: principle.title }),
        parent: { label: t('principles.title'), path: paths.principles() },
        practices: catalog.byPrinciple.get(id) ?? [],
        searchPath: paths.search({ principle: id }),
        empty: t('principle.empty'),
      };
    }
  }
}

/**
 * Pages 2 and after of every listing of a facet, for `getStaticPaths` of
 * `<facet>/[id]/page/[page].astro`: at 10,000 practices a popular objective
 * holds thousands, and one page listing them all would weigh megabytes.
 */
export async function laterPages(kind: ListingKind): Promise<{ id: string; page: number }[]> {
  const out: { id: string; page: number }[] = [];
  for (const id of await listingIds(kind)) {
    const { practices } = await listing(kind, id);
    for (let page = 2; page <= pageCount(practices.length); page++) out.push({ id, page });
  }
  return out;
}
