import type { FilterName } from './search-record.ts';

/**
 * The filters with many values (a country per country, an SDG target per
 * target): the search page gives each a find box and shows its first
 * COLLAPSED_SIZE values until "Show all". Their other values' labels are not
 * needed before a reader interacts, so `facets.json` leaves them to
 * `facet-labels.json` (src/search/facet-data.ts): /search/ weighs less before
 * any interaction.
 */
export const LONG_FACETS = ['country', 'sdg'] as const satisfies readonly FilterName[];
export type LongFacet = (typeof LONG_FACETS)[number];
export const COLLAPSED_SIZE = 8;

export function isLongFacet(name: FilterName): name is LongFacet {
  return (LONG_FACETS as readonly FilterName[]).includes(name);
}
