import { useTranslations, type Lang } from '../i18n/index.ts';
import { pageCount } from '../i18n/paginate.ts';
import { pickLanguageVersions } from '../i18n/pick-language-versions.ts';
import { termLabels } from '../i18n/term-labels.ts';
import { paths } from '../i18n/urls.ts';
import { getCatalog, vocabularies, type Practice } from './catalog.ts';

/** The facets with a listing page per value: `/objectives/5/`, `/regions/africa/`... */
export type ListingKind = 'objective' | 'region' | 'country' | 'theme' | 'sdg' | 'principle';

/** What a listing page shows, whatever its facet. */
export interface Listing {
  /** Path of its first page, without language prefix; later pages are `<path>page/<n>/`. */
  path: string;
  title: string;
  /** One paragraph explaining the facet value. */
  lead: string;
  /** Trail between Home and this page. */
  parent: { label: string; path: string };
  /** Newest first, one version of each practice (see `practicesFor`). */
  practices: Practice[];
  /** The same selection in /search/, for further filtering. */
  searchPath: string;
  /** Said when there are no practices, followed by an invitation to contribute. */
  empty: string;
  /** A line under the lead (the goal of an SDG target). */
  note?: { text: string; className: string } | undefined;
  /** What a practice proposed from an empty listing would fill (the form opens with it). */
  gap?: { objective?: number; region?: string } | undefined;
}

/**
 * The practices a reader of `lang` sees in a list: each practice once, as its
 * translation in `lang` where there is one, otherwise as the original.
 */
export async function practicesFor(list: readonly Practice[], lang: Lang): Promise<Practice[]> {
  const catalog = await getCatalog();
  return pickLanguageVersions(list, lang, catalog.translations);
}

/**
 * The values of a facet that have a page: every objective, region, theme and
 * principle (an empty one says so and invites contributions), and the
 * countries and SDG targets in use (hundreds of empty pages would be noise).
 * The same in every language, so every English URL has its twins.
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

const cache = new Map<string, Promise<Listing>>();

/** The listing of one facet value in one language, computed once per build. */
export function listing(kind: ListingKind, id: string, lang: Lang = 'en'): Promise<Listing> {
  const key = `${kind}\u0000${id}\u0000${lang}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = buildListing(kind, id, lang)));
  return found;
}

async function buildListing(kind: ListingKind, id: string, lang: Lang): Promise<Listing> {
  const t = useTranslations(lang);
  const L = termLabels(vocabularies(), lang);
  const vocab = vocabularies();
  const catalog = await getCatalog();
  const one = async (list: Practice[] | undefined) => practicesFor(list ?? [], lang);
  switch (kind) {
    case 'objective': {
      const n = Number(id);
      const objective = L.objective(n);
      return {
        path: paths.objective(n),
        title: t('objective.title', { n, short: objective.short }),
        lead: objective.title + '.',
        parent: { label: t('nav.objectives'), path: paths.objectives() },
        practices: await one(catalog.byObjective.get(n)),
        searchPath: paths.search({ objective: n }),
        empty: t('objective.empty'),
        gap: { objective: n },
      };
    }
    case 'region': {
      const name = L.region(id);
      return {
        path: paths.region(id),
        title: name,
        lead: t('region.lead', { name }),
        parent: { label: t('regions.title'), path: paths.regions() },
        practices: await one(catalog.byRegion.get(id)),
        searchPath: paths.search({ region: id }),
        empty: t('region.empty'),
        gap: { region: id },
      };
    }
    case 'country': {
      const country = vocab.countries.get(id)!;
      const name = L.country(id);
      return {
        path: paths.country(id),
        title: name,
        lead: t('country.lead', { name, region: L.region(country.intermediateRegion ?? country.subRegion) }),
        parent: { label: t('countries.title'), path: paths.countries() },
        practices: await one(catalog.byCountry.get(id)),
        searchPath: paths.search({ country: id }),
        empty: '',
      };
    }
    case 'theme': {
      const theme = L.theme(id);
      return {
        path: paths.theme(id),
        title: theme.label,
        lead: theme.description,
        parent: { label: t('nav.themes'), path: paths.themes() },
        practices: await one(catalog.byTheme.get(id)),
        searchPath: paths.search({ theme: id }),
        empty: t('theme.empty'),
      };
    }
    case 'sdg': {
      const goal = vocab.sdgTargets.get(id)!.goal;
      const { short, title } = L.sdgGoal(goal);
      return {
        path: paths.sdgTarget(id),
        title: t('sdg.targetTitle', { id }),
        lead: L.sdgTarget(id),
        parent: { label: t('sdg.title'), path: paths.sdgTargets() },
        practices: await one(catalog.bySdgTarget.get(id)),
        searchPath: paths.search({ sdg: id }),
        empty: '',
        note: { text: `${t('sdg.goal', { n: goal, short })}. ${title}.`, className: `sdg sdg-${goal}` },
      };
    }
    case 'principle': {
      const name = L.principle(id);
      return {
        path: paths.principle(id),
        title: name,
        lead: t('principle.lead', { name }),
        parent: { label: t('principles.title'), path: paths.principles() },
        practices: await one(catalog.byPrinciple.get(id)),
        searchPath: paths.search({ principle: id }),
        empty: t('principle.empty'),
      };
    }
  }
}

/**
 * Pages 2 and after of every listing of a facet in a language: at 10,000
 * practices a popular objective holds thousands, and one page listing them
 * all would weigh megabytes. A language's listing can be shorter than
 * another's (a practice and its translation are one card).
 */
export async function laterPages(kind: ListingKind, lang: Lang = 'en'): Promise<{ id: string; page: number }[]> {
  const out: { id: string; page: number }[] = [];
  for (const id of await listingIds(kind)) {
    const { practices } = await listing(kind, id, lang);
    for (let page = 2; page <= pageCount(practices.length); page++) out.push({ id, page });
  }
  return out;
}

/** `getStaticPaths` of `<facet>/[param].astro` in any language. */
export async function listingPaths(kind: ListingKind, param: string) {
  return (await listingIds(kind)).map((id) => ({ params: { [param]: id }, props: { id } }));
}

/** `getStaticPaths` of `<facet>/[param]/page/[page].astro` in one language; page 1 is the listing's own URL. */
export async function laterPagePaths(kind: ListingKind, param: string, lang: Lang) {
  return (await laterPages(kind, lang)).map(({ id, page }) => ({ params: { [param]: id, page: String(page) }, props: { id, page } }));
}

const everyPractice = new Map<Lang, Promise<Practice[]>>();

/** All practices of a language, newest first: `/practices/`, `/fr/practices/`... (once per build: every page of the listing asks). */
export function allPractices(lang: Lang): Promise<Practice[]> {
  let found = everyPractice.get(lang);
  if (!found) everyPractice.set(lang, (found = getCatalog().then((catalog) => practicesFor(catalog.practices, lang))));
  return found;
}

/** `getStaticPaths` of `practices/page/[page].astro` in one language. */
export async function practicesPagePaths(lang: Lang) {
  const count = pageCount((await allPractices(lang)).length);
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => ({ params: { page: String(i + 2) }, props: { page: i + 2 } }));
}
