import { count, emptySet, intersect, union, type DocSet } from './doc-set.ts';
import type { FilterName } from './search-record.ts';

/** Each filter's values and their practices, as loaded from the index. */
export type FacetSets = Partial<Record<FilterName, Map<string, DocSet>>>;
export type Selection = Partial<Record<FilterName, readonly string[]>>;
/** How many practices each value of each filter would give. */
export type FacetCounts = Record<FilterName, Record<string, number>>;

/**
 * The practices a filter's chosen values allow: values of one filter are
 * OR-ed. Undefined when the filter has no choice (it does not narrow).
 */
export function chosenSet(name: FilterName, selection: Selection, sets: FacetSets, size: number): DocSet | undefined {
  const chosen = selection[name] ?? [];
  if (chosen.length === 0) return undefined;
  let out: DocSet = emptySet(size);
  for (const value of chosen) {
    const set = sets[name]?.get(value);
    if (set) out = union(out, set);
  }
  return out;
}

/** `base` narrowed by every chosen filter (filters are AND-ed), optionally but one. */
export function narrowed(base: DocSet, selection: Selection, sets: FacetSets, size: number, except?: FilterName): DocSet {
  let out = base;
  // Names from the data, not from search-record.ts: the page script then needs no shared chunk for them.
  for (const name of Object.keys(selection) as FilterName[]) {
    if (name === except) continue;
    const chosen = chosenSet(name, selection, sets, size);
    if (chosen) out = intersect(out, chosen);
  }
  return out;
}

/**
 * Counts beside each value of each filter in `sets`: for a filter with a
 * choice, what choosing one more of its values would give (the others narrow
 * it, itself does not); for the others, how many of the results have it.
 */
export function countFacets(base: DocSet, selection: Selection, sets: FacetSets, size: number): FacetCounts {
  const results = narrowed(base, selection, sets, size);
  const out = {} as FacetCounts;
  for (const name of Object.keys(sets) as FilterName[]) {
    const context = (selection[name] ?? []).length > 0 ? narrowed(base, selection, sets, size, name) : results;
    out[name] = {};
    for (const [value, set] of sets[name] ?? []) out[name][value] = count(intersect(context, set));
  }
  return out;
}
