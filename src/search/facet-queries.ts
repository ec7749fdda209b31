import { FILTER_NAMES, type FilterName, type Filters } from './search-state.ts';

/**
 * Filters for Pagefind. Values of one filter are OR-ed (`{ any: [...] }`),
 * filters are AND-ed (keys of one object), as the content model says.
 */
export type PagefindFilters = Partial<Record<FilterName, { any: string[] }>>;

/** Counts per filter value, as Pagefind returns them. */
export type FilterCounts = Record<string, Record<string, number>>;

export type FacetCounts = Record<FilterName, Record<string, number>>;

/** The selection as Pagefind filters, optionally without one filter. */
export function pagefindFilters(filters: Filters, except?: FilterName): PagefindFilters {
  const out: PagefindFilters = {};
  for (const name of FILTER_NAMES) {
    if (name === except || filters[name].length === 0) continue;
    out[name] = { any: [...filters[name]] };
  }
  return out;
}

/**
 * One search for the results, then one per filter that has a selection,
 * without that filter: standard faceted search, where a filter's counts say
 * what choosing one more of its values would give, and the others narrow them.
 */
export interface CountQuery {
  /** null: the search with every filter (the results). */
  facet: FilterName | null;
  filters: PagefindFilters;
}

export function countQueries(filters: Filters): CountQuery[] {
  const queries: CountQuery[] = [{ facet: null, filters: pagefindFilters(filters) }];
  for (const name of FILTER_NAMES) {
    if (filters[name].length > 0) queries.push({ facet: name, filters: pagefindFilters(filters, name) });
  }
  return queries;
}

/**
 * Counts to show beside each value: for a filter with a selection, the counts
 * of the search without it (Pagefind's `filters`: results that also have the
 * value); for the others, those of the main search.
 */
export function facetCounts(queries: CountQuery[], counts: (FilterCounts | undefined)[]): FacetCounts {
  const main = counts[queries.findIndex((q) => q.facet === null)] ?? {};
  const out = {} as FacetCounts;
  for (const name of FILTER_NAMES) {
    const i = queries.findIndex((q) => q.facet === name);
    out[name] = { ...((i >= 0 ? counts[i] : main)?.[name] ?? {}) };
  }
  return out;
}
