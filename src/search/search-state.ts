import type { FilterName } from './search-record.ts';

/**
 * The state of `/search/`, which is its URL: `q`, the filters of the content
 * model (repeated for several values) and, when it differs from the default,
 * `sort`. Everything read from a URL is untrusted data: values that cannot be
 * ids or that the index does not know are dropped, long ones are cut, and
 * nothing here throws.
 */

export type { FilterName };

/**
 * The filter names of src/search/search-record.ts, in the contract's order.
 * Repeated here (a unit test keeps them equal) so the page script does not
 * share a chunk with other scripts: one request less before search starts.
 */
export const FILTER_NAMES = ['objective', 'sdg', 'region', 'country', 'theme', 'principle', 'status', 'block'] as const satisfies readonly FilterName[];

export const SORTS = ['relevance', 'newest', 'title'] as const;
export type Sort = (typeof SORTS)[number];

export type Filters = Record<FilterName, string[]>;

export interface SearchState {
  q: string;
  filters: Filters;
  /** As chosen, `relevance` by default; without text it means `newest` (see effectiveSort). */
  sort: Sort;
}

/** Longest search text kept; longer input is cut, not rejected. */
export const QUERY_MAX = 200;
/** Longest filter value read; ids are far shorter, so longer values are dropped. */
export const VALUE_MAX = 64;
/** Most values kept per filter. */
export const VALUES_MAX = 30;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** What a value of each filter can look like, before asking whether the index knows it. */
export const VALUE_PATTERNS: Record<FilterName, RegExp> = {
  objective: /^(?:[1-9]|1\d|2[0-3])$/,
  sdg: /^\d{1,2}\.(?:\d{1,2}|[a-z])$/,
  region: ID,
  country: /^[A-Z]{3}$/,
  theme: ID,
  principle: ID,
  status: /^(?:planned|ongoing|completed)$/,
  block: ID,
};

/** Is this a value the index holds? (From `facets.json`; any value when absent.) */
export type IsKnown = (name: FilterName, value: string) => boolean;

export function emptyFilters(): Filters {
  return { objective: [], sdg: [], region: [], country: [], theme: [], principle: [], status: [], block: [] };
}

export function emptyState(): SearchState {
  return { q: '', filters: emptyFilters(), sort: 'relevance' };
}

/** Whitespace collapsed, control characters removed, cut at QUERY_MAX. */
export function cleanQuery(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, QUERY_MAX)
    .trim();
}

/** A filter value as the index writes it, or undefined when it cannot be one. */
export function normalizeValue(name: FilterName, raw: string): string | undefined {
  if (raw.length > VALUE_MAX) return undefined;
  let value = raw.trim();
  if (name === 'country') value = value.toUpperCase();
  return VALUE_PATTERNS[name].test(value) ? value : undefined;
}

/** Sorting that applies: relevance needs text to rank by. */
export function effectiveSort(state: Pick<SearchState, 'q' | 'sort'>): Sort {
  return state.sort === 'relevance' && !state.q ? 'newest' : state.sort;
}

/** The sort a state has when the URL says nothing: relevance with text, newest without. */
export function defaultSort(q: string): Sort {
  return q ? 'relevance' : 'newest';
}

/** The filters of a query string: valid, known values only, at most VALUES_MAX per filter. */
export function readFilters(params: URLSearchParams, isKnown: IsKnown = () => true): Filters {
  const filters = emptyFilters();
  for (const name of FILTER_NAMES) {
    const seen = new Set<string>();
    for (const raw of params.getAll(name)) {
      if (seen.size >= VALUES_MAX) break;
      const value = normalizeValue(name, raw);
      if (value !== undefined && isKnown(name, value)) seen.add(value);
    }
    filters[name] = [...seen];
  }
  return filters;
}

/** Reads the state from a query string (with or without `?`). */
export function parseState(search: string | URLSearchParams, isKnown: IsKnown = () => true): SearchState {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    return emptyState();
  }
  const filters = readFilters(params, isKnown);
  const q = cleanQuery(params.getAll('q').join(' '));
  return { q, filters, sort: readSort(params) };
}

/** The `sort` parameter; without a valid one, relevance, which reads as newest first until there is text. */
export function readSort(params: URLSearchParams): Sort {
  const raw = params.get('sort')?.trim().toLowerCase();
  return SORTS.find((s) => s === raw) ?? 'relevance';
}

/**
 * The canonical query string, without `?`: `q`, the filters in the contract's
 * order, then `sort` when it is not the default for the text.
 */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.append('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  const sort = effectiveSort(state);
  if (sort !== defaultSort(state.q)) params.append('sort', sort);
  return params.toString();
}

/** True when the state asks for a search: some text or some filter. */
export function isActive(state: SearchState): boolean {
  return state.q !== '' || hasFilters(state.filters);
}

export function hasFilters(filters: Filters): boolean {
  return FILTER_NAMES.some((name) => filters[name].length > 0);
}

/** Does a query string carry anything the search page reads? (Cheap, before facets are known.) */
export function mayCarrySearch(search: string): boolean {
  try {
    const params = new URLSearchParams(search);
    return ['q', ...FILTER_NAMES].some((name) => params.getAll(name).some((v) => v.trim() !== ''));
  } catch {
    return false;
  }
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return serializeState(a) === serializeState(b);
}

/** A copy with one value added or removed. */
export function toggleValue(state: SearchState, name: FilterName, value: string, on: boolean): SearchState {
  const current = state.filters[name];
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [name]: next } };
}

/** A copy without any value of one filter. */
export function clearFilter(state: SearchState, name: FilterName): SearchState {
  return { ...state, filters: { ...state.filters, [name]: [] } };
}
