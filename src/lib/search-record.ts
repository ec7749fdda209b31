import type { CatalogPractice, PracticeFields } from './build-catalog.ts';

/** Filter names of the search index: the query parameters of `/search/` and `/embed/`. */
export const FILTER_NAMES = ['objective', 'sdg', 'region', 'country', 'theme', 'principle', 'status'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * What the search index holds about a practice besides its text: filter
 * values (ids, as in URLs), sort keys, and metadata for result cards.
 * Regions include every parent, so `region=africa` finds a practice in Sierra Leone.
 */
export function searchRecord(practice: Pick<CatalogPractice<PracticeFields>, 'data' | 'regions' | 'primaryObjective' | 'years'>) {
  const { data } = practice;
  const filters: Record<FilterName, string[]> = {
    objective: data.gcmObjectives.map(String),
    sdg: data.sdgTargets ?? [],
    region: practice.regions,
    country: data.countries ?? [],
    theme: data.themes,
    principle: data.guidingPrinciples ?? [],
    status: [data.status],
  };
  return {
    filters,
    sort: { date: data.publishedAt, title: data.title.toLowerCase() },
    meta: {
      objective: String(practice.primaryObjective),
      countries: (data.countries ?? []).join(' '),
      regions: (data.regions ?? []).join(' '),
      years: practice.years,
      status: data.status,
      summary: data.summary,
      published: data.publishedAt,
    },
  };
}
