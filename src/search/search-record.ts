import type { CatalogPractice, PracticeFields } from '../catalogue/build-catalog.ts';
import type { Vocabularies } from '../catalogue/load-vocabularies.ts';
import { placeLabel } from '../i18n/place-label.ts';
import { termLabels } from '../i18n/term-labels.ts';
import { isLang, type Lang } from '../i18n/locales.ts';

/** Filter names of the search index: the query parameters of `/search/` and `/embed/`. */
export const FILTER_NAMES = ['objective', 'sdg', 'region', 'country', 'theme', 'principle', 'status', 'block'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

type RecordPractice = Pick<CatalogPractice<PracticeFields>, 'slug' | 'data' | 'regions' | 'primaryObjective' | 'years'> & {
  data: PracticeFields & { implementers?: string[] | undefined; partners?: string[] | undefined; funders?: string[] | undefined };
};

export interface SearchRecord {
  filters: Record<FilterName, string[]>;
  /**
   * The reader languages whose search shows this version (readerLanguages):
   * the practice has a record in each of those languages' Pagefind indexes
   * (src/search/record-document.ts), and partners can filter on it.
   */
  listedIn: string[];
  /** Sort keys: `date` (descending: newest first) and `title` (the language's alphabetical order). */
  sort: SortKeys;
  /**
   * Metadata shown on result cards, and searched (`title`, `summary`, `tags`,
   * and `orgs`: the implementers', partners' and funders' names, when there
   * are any) with META_WEIGHTS.
   */
  meta: Record<string, string>;
  /**
   * The metadata worded in each language whose index holds the practice
   * (`listedIn`): `place` for cards and the searchable `tags`, so a French
   * query finds an English practice by the French labels of what it is about.
   */
  inLanguage: Record<string, LanguageMeta>;
}

export interface LanguageMeta {
  place: string;
  tags: string;
}

/**
 * A practice's one search record: filter values (ids, as in URLs), sort keys,
 * and metadata for result cards, in the practice's language. Regions include
 * every parent, so `region=africa` finds a practice in Sierra Leone. Part of
 * the manifest (src/catalogue/manifest.ts); Pagefind reads it in the document
 * src/search/record-document.ts makes.
 */
export interface SortKeys {
  date: string;
  title: string;
}

/**
 * `blocks`: the building blocks of the practice (any of its versions) with
 * the titles of every version of each (English, French, Spanish where
 * written), searched as tags: a French query finds an English practice
 * through the French title of its block. `staleSince`: the year an ongoing status was last confirmed,
 * when that is more than three years ago (result cards say so).
 */
export function searchRecord(
  practice: RecordPractice,
  vocab: Vocabularies,
  sort: SortKeys,
  listedIn: string[],
  { blocks = [], staleSince }: { blocks?: { id: string; titles: string[] }[]; staleSince?: string | undefined } = {},
): SearchRecord {
  const { data } = practice;
  const lang = data.language;
  const filters = { ...searchFilters(practice), ...(blocks.length ? { block: blocks.map((b) => b.id) } : {}) };
  const own = languageMeta(practice, vocab, lang, blocks);
  const orgs = organisations(practice);
  return {
    filters,
    listedIn,
    sort,
    meta: {
      lang,
      summary: data.summary,
      objective: String(practice.primaryObjective),
      place: own.place,
      years: practice.years,
      status: data.status,
      ...(staleSince ? { staleSince } : {}),
      tags: own.tags,
      ...(orgs ? { orgs } : {}),
    },
    inLanguage: Object.fromEntries(listedIn.map((l) => [l, isLang(l) ? languageMeta(practice, vocab, l, blocks) : own])),
  };
}

/**
 * The organisations of a practice (implementers, partners, funders), searched
 * as a field of their own with a low weight (META_WEIGHTS.orgs): their names
 * are in no language, and say who ran a practice rather than what it is about.
 */
export function organisations(practice: RecordPractice): string {
  const { data } = practice;
  return [...new Set([...(data.implementers ?? []), ...(data.partners ?? []), ...(data.funders ?? [])].filter(Boolean))].join(' · ');
}

/**
 * A practice's searchable labels and place in one language: its objectives
 * (short and official title), themes, principles, countries and regions in
 * that language, and the titles of its building blocks.
 */
export function languageMeta(practice: RecordPractice, vocab: Vocabularies, lang: Lang, blocks: readonly { titles: string[] }[] = []): LanguageMeta {
  const { data } = practice;
  const L = termLabels(vocab, lang);
  const tags = [
    ...data.gcmObjectives.flatMap((n) => [L.objective(n).short, L.objective(n).title]),
    ...data.themes.map((id) => L.theme(id).label),
    ...(data.guidingPrinciples ?? []).map((id) => L.principle(id)),
    ...(data.countries ?? []).map((id) => L.country(id)),
    ...practice.regions.map((id) => L.region(id)),
    // A building block's titles in every language it is written in (searchRecord's `blocks`).
    ...blocks.flatMap((b) => b.titles),
  ].filter((tag): tag is string => !!tag);
  return { place: placeLabel(data, vocab, lang), tags: [...new Set(tags)].join(' · ') };
}

/** The filter values of a practice, by filter name: what `?objective=5&region=africa` matches. */
export function searchFilters(practice: Pick<CatalogPractice<PracticeFields>, 'data' | 'regions'>): Record<FilterName, string[]> {
  const { data } = practice;
  return {
    objective: data.gcmObjectives.map(String),
    sdg: data.sdgTargets ?? [],
    region: practice.regions,
    country: data.countries ?? [],
    theme: data.themes,
    principle: data.guidingPrinciples ?? [],
    status: [data.status],
    block: data.buildingBlocks ?? [],
  };
}

/**
 * Sort keys of every practice. `date` is the publication date followed by a
 * tie-breaker, so that Pagefind's descending sort gives exactly the listings'
 * newest-first order (compareNewestFirst: then by title, then slug) instead of
 * an arbitrary order among practices published the same day.
 */
export function sortKeys(practices: readonly Pick<CatalogPractice<PracticeFields>, 'slug' | 'data'>[]): Map<string, SortKeys> {
  const titles = titleSortKeys(practices);
  const ties = [...practices].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en') || a.slug.localeCompare(b.slug));
  const width = String(practices.length).length;
  const keys = new Map<string, SortKeys>();
  // Descending order puts the highest tie-breaker first: the first title gets the highest.
  ties.forEach((p, i) => {
    keys.set(p.slug, { date: `${p.data.publishedAt}.${String(ties.length - 1 - i).padStart(width, '0')}`, title: titles.get(p.slug) ?? '' });
  });
  return keys;
}

/**
 * Title sort keys: each practice's place in one alphabetical order of every
 * title (Intl.Collator, accents and case aside, so "Étude" sorts with "E"),
 * zero-padded, because Pagefind compares sort keys as plain strings. One
 * order for all languages: a practice sits in the index of every language
 * whose readers find it (src/publishing/integrations/pagefind.ts).
 */
export function titleSortKeys(practices: readonly Pick<CatalogPractice<PracticeFields>, 'slug' | 'data'>[]): Map<string, string> {
  const width = String(practices.length).length;
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const sorted = [...practices].sort((a, b) => collator.compare(a.data.title, b.data.title) || a.slug.localeCompare(b.slug));
  return new Map(sorted.map((p, i) => [p.slug, String(i).padStart(width, '0')]));
}
