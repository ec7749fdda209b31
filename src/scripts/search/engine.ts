import type { IndexCard, TermShard } from '../../lib/build-search-index.ts';
import { CARDS_PER_FILE } from '../../lib/build-search-index.ts';
import { countFacets, narrowed, type FacetCounts, type FacetSets } from '../../lib/count-facets.ts';
import { count, decodeSet, fullSet, has, members, type DocSet } from '../../lib/doc-set.ts';
import { highlightWords, type Segment } from '../../lib/highlight-words.ts';
import { matchWord, rankText } from '../../lib/rank-text.ts';
import { searchTokens, shardKey, type Stem } from '../../lib/search-tokens.ts';
import { stemmerFor } from '../../lib/stemmer-for.ts';
import type { IndexLocation } from './facet-data.ts';
import type { Removal } from './narrowest.ts';
import { FILTER_NAMES, effectiveSort, type FilterName, type SearchState } from './state.ts';

export type { FacetCounts };

/** What a result card shows. */
export interface ResultCard {
  url: string;
  title: string;
  summary: string;
  /** The summary with the words searched for marked; absent without text. */
  marked?: Segment[];
  objective: string;
  countries: string;
  regions: string;
  years: string;
  status: string;
  /** Where, in words in the practice's language. */
  place: string;
}

export interface Result {
  /** Place in the index. */
  id: number;
  card(): Promise<ResultCard>;
}

export interface SearchOutcome {
  state: SearchState;
  /** Every match, in order; cards load page by page. */
  results: Result[];
  /** What each filter value would give; these need every filter's file, so they come after the results. */
  counts: () => Promise<FacetCounts>;
  /** What removing each chosen filter would give, for the no-results state. */
  removals: Removal[];
}

/**
 * The engine of /search/ and /embed/ over the Atlas index (src/lib/build-search-index.ts).
 * Nothing is fetched before someone interacts or the URL carries a search;
 * then only the files a search needs: the word files of the words typed, the
 * files of the filters chosen, and the cards shown. Every filter's file
 * (for the counts) follows the first results.
 */
export class Engine {
  private readonly url: string;
  private readonly lang: string;
  /** Size and word files: given by the search page (from facets.json), else read from the manifest. */
  private manifest: Promise<{ size: number; shards: Set<string> }> | undefined;
  private stemmer: Promise<Stem> | undefined;
  /** The same two, once known, for prefetching without yielding to the page's rendering. */
  private known: { size: number; shards: Set<string> } | undefined;
  private stem: Stem | undefined;
  /** Fetched files, and filter files decoded to sets, by path: each is fetched and decoded once. */
  private readonly files = new Map<string, Promise<unknown>>();

  constructor(index: Pick<IndexLocation, 'url'> & Partial<IndexLocation>, lang: string, stem?: Stem) {
    this.url = index.url;
    this.lang = lang;
    if (index.size !== undefined && index.shards) {
      this.known = { size: index.size, shards: new Set(index.shards) };
      this.manifest = Promise.resolve(this.known);
    }
    if (stem) {
      this.stem = stem;
      this.stemmer = Promise.resolve(stem);
    }
  }

  private meta(): Promise<{ size: number; shards: Set<string> }> {
    this.manifest ??= this.json<{ size: number; shards: string[] }>('manifest.json').then(
      (m) => (this.known = { size: m.size, shards: new Set(m.shards) }),
    );
    const loading = this.manifest;
    loading.catch(() => {
      if (this.manifest === loading) this.manifest = undefined;
    });
    return loading;
  }

  /** Starts loading the stemmer (idempotent). */
  load(): Promise<Stem> {
    this.stemmer ??= stemmerFor(this.lang).then((stem) => (this.stem = stem));
    const loading = this.stemmer;
    // Let a later interaction try again (a flaky connection).
    loading.catch(() => {
      if (this.stemmer === loading) this.stemmer = undefined;
    });
    return loading;
  }

  /** What `load` gives, kept under `key`; a failure is forgotten, so a later search tries again. */
  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    let file = this.files.get(key) as Promise<T> | undefined;
    if (!file) {
      file = load();
      this.files.set(key, file);
      file.catch(() => this.files.delete(key));
    }
    return file;
  }

  private json<T>(path: string): Promise<T> {
    return this.cached(path, () =>
      fetch(this.url + path).then((r) => {
        if (!r.ok) throw new Error(`${path}: ${r.status}`);
        return r.json() as Promise<T>;
      }),
    );
  }

  private async words(q: string): Promise<string[]> {
    if (!q) return [];
    return [...new Set(searchTokens(q, await this.load()))];
  }

  private async shard(word: string): Promise<TermShard | undefined> {
    const key = shardKey(word);
    return (await this.meta()).shards.has(key) ? this.json<TermShard>(`t/${key}.json`) : undefined;
  }

  /** Warms the word files of the words being typed. */
  async preload(q: string): Promise<void> {
    await Promise.all((await this.words(q)).map((w) => this.shard(w)));
  }

  /** A filter's values and their practices, decoded once (the counts need all seven at every search). */
  private facet(name: FilterName): Promise<Map<string, DocSet>> {
    return this.cached(`sets:${name}`, async () => {
      const [{ size }, sets] = await Promise.all([this.meta(), this.json<Record<string, string>>(`f/${name}.json`)]);
      return new Map(Object.entries(sets).map(([value, encoded]) => [value, decodeSet(encoded, size)]));
    });
  }

  private async facetSets(names: readonly FilterName[]): Promise<FacetSets> {
    const loaded = await Promise.all(names.map((name) => this.facet(name)));
    return Object.fromEntries(names.map((name, i) => [name, loaded[i]]));
  }

  private cardOf(id: number, words: string[], stem: Stem | undefined): Promise<ResultCard> {
    return this.json<IndexCard[]>(`c/${Math.floor(id / CARDS_PER_FILE)}.json`).then((cards) => {
      const c = cards[id % CARDS_PER_FILE];
      if (!c) throw new Error(`No card ${id}`);
      return {
        url: c.u,
        title: c.t,
        summary: c.s,
        ...(stem && words.length > 0 ? { marked: highlightWords(c.s, words, stem) } : {}),
        objective: c.o,
        countries: c.c,
        regions: c.r,
        years: c.y,
        status: c.st,
        place: c.p,
      };
    });
  }

  /** The practices of every result, by slug, for downloads. */
  async slugs(results: Result[]): Promise<string[]> {
    const all = await this.json<string[]>('slugs.json');
    return results.map((r) => all[r.id] ?? '');
  }

  /**
   * Starts fetching what a search will need (its word files, chosen filters,
   * title order) before returning: the requests leave while the page builds
   * its filters, instead of after the browser has drawn them.
   */
  prefetch(state: SearchState): void {
    const quiet = (file: Promise<unknown>) => void file.catch(() => undefined);
    if (this.stem && this.known) {
      for (const word of new Set(searchTokens(state.q, this.stem))) {
        const key = shardKey(word);
        if (this.known.shards.has(key)) quiet(this.json(`t/${key}.json`));
      }
    } else if (state.q) quiet(this.preload(state.q));
    for (const name of FILTER_NAMES) if (state.filters[name].length > 0) quiet(this.json(`f/${name}.json`));
    if (effectiveSort(state) === 'title') quiet(this.json('title.json'));
  }

  async search(state: SearchState): Promise<SearchOutcome> {
    // A browse by filters alone needs no stemmer.
    const [{ size }, words] = await Promise.all([this.meta(), this.words(state.q)]);
    const stem = words.length > 0 ? await this.load() : undefined;
    const chosen = FILTER_NAMES.filter((name) => state.filters[name].length > 0);
    const sort = effectiveSort(state);
    const [shards, sets, byTitle] = await Promise.all([
      Promise.all(words.map((w) => this.shard(w))),
      this.facetSets(chosen),
      sort === 'title' ? this.json<number[]>('title.json') : undefined,
    ]);
    const text = words.length > 0 ? rankText(words.map((w, i) => matchWord(shards[i], w, size)), size) : undefined;
    const base = text?.set ?? fullSet(size);
    const matching = narrowed(base, state.filters, sets, size);
    const order = sort === 'relevance' && text ? text.ranked : sort === 'title' && byTitle ? byTitle : members(matching);
    const ids = order.filter((id) => has(matching, id));
    const removals = chosen.map((name) => ({
      name,
      values: [...state.filters[name]],
      count: count(narrowed(base, state.filters, sets, size, name)),
    }));
    return {
      state,
      results: ids.map((id) => ({ id, card: () => this.cardOf(id, words, stem) })),
      counts: async () => countFacets(base, state.filters, await this.facetSets(FILTER_NAMES), size),
      removals,
    };
  }
}
