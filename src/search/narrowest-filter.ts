import type { CountQuery } from './facet-queries.ts';
import { FILTER_NAMES, type FilterName, type Filters } from './search-state.ts';

/** Taking away one filter's whole selection, and how many practices that gives. */
export interface Removal {
  name: FilterName;
  values: string[];
  count: number;
}

/**
 * What each filter's removal would give, from the searches run for the
 * counts (one per filter with a selection, without it). Removing one value of
 * several can only narrow an OR, so only whole filters are worth offering.
 */
export function removals(filters: Filters, queries: CountQuery[], resultCounts: number[]): Removal[] {
  const out: Removal[] = [];
  queries.forEach((query, i) => {
    if (query.facet !== null) out.push({ name: query.facet, values: [...filters[query.facet]], count: resultCounts[i] ?? 0 });
  });
  return out;
}

/**
 * The narrowest filter: the one that shuts out the most, that is whose removal
 * brings back the most practices. Ties go to the filter with fewer values,
 * then to the contract's order. None when no removal brings anything back.
 */
export function narrowestFilter(candidates: Removal[]): Removal | undefined {
  let best: Removal | undefined;
  for (const c of candidates) {
    if (c.count <= 0) continue;
    if (
      !best ||
      c.count > best.count ||
      (c.count === best.count && c.values.length < best.values.length) ||
      (c.count === best.count &&
        c.values.length === best.values.length &&
        FILTER_NAMES.indexOf(c.name) < FILTER_NAMES.indexOf(best.name))
    ) {
      best = c;
    }
  }
  return best;
}
