import { FILTER_NAMES, type FilterName } from '../../src/search/search-record.ts';

/**
 * The filter semantics of `/search/` and `/embed/`: values of one parameter
 * are OR-ed, parameters are AND-ed, and a parameter without values does not
 * filter. `values` are a practice's filter values as `searchRecord()` gives them.
 */
export function matchesFilters(
  values: Partial<Record<FilterName, readonly string[]>>,
  selected: Partial<Record<FilterName, readonly string[]>>,
): boolean {
  return FILTER_NAMES.every((name) => {
    const wanted = selected[name];
    if (!wanted || wanted.length === 0) return true;
    const has = values[name] ?? [];
    return wanted.some((v) => has.includes(v));
  });
}
