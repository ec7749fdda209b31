import { countQueries, facetCounts, type FacetCounts, type FilterCounts, type PagefindFilters } from './filters.ts';
import { removals, type Removal } from './narrowest.ts';
import { effectiveSort, type SearchState } from './state.ts';

/** The parts of Pagefind's JS API the search page uses (pagefind.app/docs/api). */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindApi {
  options(options: { baseUrl?: string }): Promise<void>;
  filters(): Promise<FilterCounts>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
}

export interface SearchOutcome {
  state: SearchState;
  /** Every match, in order; their data is loaded page by page. */
  results: PagefindResult[];
  /** What each filter value would give (see filters.ts). */
  counts: FacetCounts;
  /** What removing each chosen filter would give, for the no-results state. */
  removals: Removal[];
}

/**
 * Pagefind, loaded on first use only: nothing of the index is fetched before
 * someone interacts with the search or opens a URL that carries one. Pagefind
 * reads `<html lang>` and loads that language's index.
 */
export class Engine {
  private readonly url: string;
  private readonly baseUrl: string;
  private api: Promise<PagefindApi> | undefined;
  private ready: Promise<unknown> | undefined;

  constructor(url: string, baseUrl: string) {
    this.url = url;
    this.baseUrl = baseUrl;
  }

  /** Starts loading (idempotent); resolves when Pagefind's script is in. */
  load(): Promise<PagefindApi> {
    this.api ??= (async () => {
      const api = (await import(/* @vite-ignore */ this.url)) as PagefindApi;
      await api.options({ baseUrl: this.baseUrl });
      // Every filter chunk (a few hundred bytes each), so that searches return counts.
      this.ready = api.filters();
      return api;
    })();
    const loading = this.api;
    loading.catch(() => {
      // Let a later interaction try again (a flaky connection).
      if (this.api === loading) this.api = undefined;
      this.ready = undefined;
    });
    return loading;
  }

  /** Warms the index chunks for words being typed. */
  async preload(term: string): Promise<void> {
    if (!term) return;
    const api = await this.load();
    await api.preload(term);
  }

  /**
   * The results and the counts of a state, from one search with every filter
   * and one per chosen filter without it, run together.
   */
  async search(state: SearchState): Promise<SearchOutcome> {
    const api = await this.load();
    const term = state.q || null;
    await Promise.all([this.ready, term ? api.preload(term) : undefined]);
    const sort = effectiveSort(state);
    const sortOption: PagefindSearchOptions = sort === 'newest' ? { sort: { date: 'desc' } } : sort === 'title' ? { sort: { title: 'asc' } } : {};
    const queries = countQueries(state.filters);
    const responses = await Promise.all(
      queries.map((query, i) => api.search(term, { filters: query.filters, ...(i === 0 ? sortOption : {}) })),
    );
    const results = responses[0]?.results ?? [];
    return {
      state,
      results,
      counts: facetCounts(queries, responses.map((r) => r?.filters)),
      removals: removals(state.filters, queries, responses.map((r) => r?.results.length ?? 0)),
    };
  }
}
