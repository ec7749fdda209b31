import { excerptSegments } from '../../search/excerpt-segments.ts';
import { countQueries, facetCounts, pagefindFilters, type FacetCounts, type FilterCounts, type PagefindFilters } from '../../search/facet-queries.ts';
import { removals, type Removal } from '../../search/narrowest-filter.ts';
import type { PagefindBundle } from './bundle.ts';
import { RANKING } from '../../search/meta-weights.ts';
import { inRankedOrder, isQuotedPhrase, phraseFirst, phraseOf, unquoted } from '../../search/phrase-ranking.ts';
import { effectiveSort, FILTER_NAMES, type SearchState } from '../../search/search-state.ts';
import { meaningfulQuery } from '../../search/search-terms.ts';
import type { ResultCard } from '../shared/result-card.ts';

export type { FacetCounts, Removal };

/** The parts of Pagefind's JS API (pagefind.app/docs/api) that the Atlas uses. */
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
  weighted_locations: { balanced_score: number }[];
}
interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<Fragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindInstance {
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

export interface Result {
  /** Pagefind's id for the result (its fragment). */
  id: string;
  card(): Promise<ResultCard>;
}

export interface SearchOutcome {
  state: SearchState;
  /** Every match, in order; each card's fragment loads when it is shown. */
  results: Result[];
  /** What each filter value would give: every filter's chunk and one search per chosen filter, so after the results. */
  counts(): Promise<FacetCounts>;
  /** What removing each chosen filter would give, for the no-results state. */
  removals(): Promise<Removal[]>;
}

export interface EngineOptions {
  /** Folder of Pagefind's bundle, base path included: `/pagefind/`. */
  bundleUrl: string;
  /** Site base path, for result URLs. */
  base: string;
  lang: string;
  /** The language's words that make no result alone (`/search/stop-words.json`, src/search/stop-words.ts). */
  stopWordsUrl: string;
  /** The index's tag, from the page (src/client/search/bundle.ts). */
  bundle?: PagefindBundle | undefined;
}

const sum = (sub: SubResult) => sub.weighted_locations.reduce((total, l) => total + l.balanced_score, 0);

function toCard(fragment: Fragment): ResultCard {
  const meta = fragment.meta ?? {};
  // The section whose words weigh most; the page's own top when it wins.
  const best = [...(fragment.sub_results ?? [])].filter((s) => s.weighted_locations.length > 0).sort((a, b) => sum(b) - sum(a))[0];
  const excerpt = best?.excerpt ?? '';
  return {
    url: fragment.url,
    title: meta.title ?? '',
    summary: meta.summary ?? '',
    ...(excerpt.includes('<mark>') ? { excerpt: excerptSegments(excerpt) } : {}),
    ...(best?.anchor && best.url !== fragment.url ? { section: { title: best.title, url: best.url } } : {}),
    objective: meta.objective ?? '',
    place: meta.place ?? '',
    years: meta.years ?? '',
    status: meta.status ?? '',
    staleSince: /^\d{4}$/.test(meta.staleSince ?? '') ? meta.staleSince! : '',
    lang: meta.lang ?? '',
  };
}

/**
 * Pagefind, for /search/ and /embed/. Nothing is fetched before someone
 * interacts or the URL carries a search. Then `warm()` asks for Pagefind's
 * script, its index entry (the entry's tag is in the page) and its
 * WebAssembly at once, instead of one after the other; a search fetches the word
 * chunks of its text and the filter chunks of its chosen filters, and each
 * card its fragment. Every filter's chunk (for the counts) follows the results.
 * Pagefind runs on the page's thread: one file (its worker) and one round trip
 * fewer, for an index this size.
 */
export class Engine {
  private readonly options: EngineOptions;
  private instance: Promise<PagefindInstance> | undefined;
  private warmed = false;
  private stop: Promise<readonly string[]> | undefined;

  constructor(options: EngineOptions) {
    this.options = options;
  }

  private hint(rel: 'preload' | 'modulepreload', file: string): void {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = this.options.bundleUrl + file;
    if (rel === 'preload') {
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
    }
    document.head.append(link);
  }

  /** Starts fetching Pagefind (idempotent): its script, and its entry alongside. */
  warm(): void {
    if (this.warmed) return;
    this.warmed = true;
    const { bundle, lang } = this.options;
    if (bundle) this.hint('preload', `pagefind-entry.json?ts=${bundle.tag}`);
    // Pagefind names its WebAssembly after the index's language, with no
    // hash: fetched now, it is in by the time the entry names it.
    this.hint('preload', `wasm.${lang}.pagefind`);
    void this.load().catch(() => undefined);
    void this.stopWords();
  }

  /**
   * Pagefind, started (idempotent); a failure is forgotten, so a later search
   * tries again. The page's language's index holds every practice a reader of
   * that language finds (src/publishing/integrations/pagefind.ts), so one index answers.
   */
  load(): Promise<PagefindInstance> {
    this.instance ??= import(/* @vite-ignore */ `${this.options.bundleUrl}pagefind.js`).then((module: PagefindModule) =>
      module.createInstance({
        baseUrl: this.options.base,
        noWorker: true,
        ranking: RANKING,
        ...(this.options.bundle ? { metaCacheTag: this.options.bundle.tag } : {}),
      }),
    );
    const loading = this.instance;
    loading.catch(() => {
      if (this.instance === loading) this.instance = undefined;
    });
    return loading;
  }

  /** The language's stop words (a small file), fetched once; none if they cannot load, and tried again next time. */
  private stopWords(): Promise<readonly string[]> {
    this.stop ??= fetch(this.options.stopWordsUrl)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : []))
      .then((words) => (Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : []))
      .catch(() => {
        this.stop = undefined;
        return [];
      });
    return this.stop;
  }

  /** Fetches the word chunks of text being typed. */
  async preload(q: string): Promise<void> {
    if (q) await (await this.load()).preload(q);
  }

  async search(state: SearchState): Promise<SearchOutcome> {
    const [api, stop] = await Promise.all([this.load(), state.q ? this.stopWords() : []]);
    const term = state.q ? meaningfulQuery(state.q, stop) : null;
    // Words that carry no meaning alone make no result by themselves.
    if (term === '') return { state, results: [], counts: async () => Object.fromEntries(FILTER_NAMES.map((name) => [name, {}])) as FacetCounts, removals: async () => [] };
    const sort = effectiveSort(state);
    const filters = pagefindFilters(state.filters);
    const main = await api.search(term, {
      filters,
      ...(sort === 'newest' ? { sort: { date: 'desc' } } : sort === 'title' ? { sort: { title: 'asc' } } : {}),
    });
    let results = main?.results ?? [];
    // Phrases in the ranking (src/search/phrase-ranking.ts): the same word chunks, so no more fetching.
    if (sort === 'relevance' && term && results.length > 1) {
      if (isQuotedPhrase(term)) {
        const words = meaningfulQuery(unquoted(term), stop);
        const ranked = words ? await api.search(words, { filters }) : null;
        if (ranked) results = inRankedOrder(results, ranked.results.map((r) => r.id));
      } else {
        const phrase = phraseOf(state.q);
        const found = phrase ? await api.search(phrase, { filters }) : null;
        if (found?.results.length) results = phraseFirst(results, new Set(found.results.map((r) => r.id)));
      }
    }
    let extra: Promise<{ counts: FacetCounts; removals: Removal[] }> | undefined;
    const more = () =>
      (extra ??= (async () => {
        // Every filter's chunk, so that each search below returns counts for all of them.
        await api.filters();
        const queries = countQueries(state.filters);
        const responses = await Promise.all(queries.map((query) => api.search(term, { filters: query.filters })));
        return {
          counts: facetCounts(queries, responses.map((r) => r?.filters)),
          removals: removals(state.filters, queries, responses.map((r) => r?.results.length ?? 0)),
        };
      })());
    return {
      state,
      results: results.map((r) => ({ id: r.id, card: () => r.data().then(toCard) })),
      counts: async () => (await more()).counts,
      removals: async () => (await more()).removals,
    };
  }

  /** Each result's page URL, for downloads, through Pagefind's public API (each result's data, which the cards shown already hold). */
  async pages(results: Result[]): Promise<string[]> {
    return Promise.all(results.map(async (r) => (await r.card()).url));
  }
}
